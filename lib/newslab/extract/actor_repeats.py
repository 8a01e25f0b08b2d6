"""A name the article already gives an actor, written again where the model found no entity: a mention of that
actor ("Commanders of the Korean People's Army" after the model found the army once; "MLB" after "Major League
Baseball (MLB)").

The model tags a name in one sentence and misses it in the next; a name means the same within one article (one sense
per discourse, Gale, Church & Yarowsky 1992). Names of two words or more and acronyms repeat; a one-word name only
when a lexicon backs it (a state, a big city or US state, a gazetteer organisation) or when it is a person's name
in title case ("Carol" said once, "thanks Carol" later): other one-word names repeat the model's errors as often
as its finds ("Street" typed a place, "Union", "Skittles"). Group names (NORP) do not repeat: a demonym is as often
an adjective. A word with an invisible format mark glued to it ("Mosul" and a left-to-right mark, in text copied from
the web) is the name too; the model sees no name there.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .actor_lexicons import POSSESSIVE, big_cities, lexicons, us_states
from .actor_titles import Mention
from .docindex import doc_lowers, doc_text, doc_words, token_chars

#: Labels whose names repeat.
REPEAT_LABELS = {"ORG", "GPE", "LOC", "FAC", "PERSON"}
#: An acronym of three letters or more ("SDF", "U.S.G."): two capitals are as often a product or a common
#: abbreviation ("IE", "TV", "PC").
ACRONYM = re.compile(r"(?:[A-Z]\.?){3,6}")


def _known_word(m: Mention, text: str) -> bool:
    """A one-word name that a lexicon knows as what the mention says it is (a state, a big city or US state, an
    organisation of the gazetteer), or a person's name in title case."""
    if m.label == "GPE":
        return bool(m.iso3) or text in big_cities() or text in us_states()
    if m.label == "PERSON":
        return text.istitle() and m.key[0] == "PERSON"
    return m.label == "ORG" and text in lexicons().orgs


def _surface(doc, m: Mention) -> str | None:
    """The mention's words as written (no "the", no possessive ending), if they may be looked for again."""
    start, end = m.start, m.end
    lowers, texts = doc_lowers(doc), doc_words(doc)  # word lists: no Token per word
    while start < end and lowers[start] == "the":
        start += 1
    while end > start and texts[end - 1] in POSSESSIVE:
        end -= 1
    if end <= start or not texts[start][:1].isupper():
        return None
    starts, ends = token_chars(doc)
    text = doc_text(doc)[starts[start]:ends[end - 1]]  # span_text(doc[start:end]), without the Span
    if end - start < 2 and not ACRONYM.fullmatch(text) and not _known_word(m, text):
        return None
    return text if len(text) >= 2 and "\n" not in text else None


def _word_char(ch: str) -> bool:
    """``re``'s ``\\w`` for one character."""
    return ch.isalnum() or ch == "_"


def _occurrences(body: str, names: list[str]) -> list[tuple[int, str]]:
    """``(start, name)`` of every free-standing occurrence of the names, left to right, never overlapping, the
    earlier name in ``names`` first where two start together: what one regular expression alternating the names
    would find, without compiling a new one for every article (about 0.3 ms an article)."""
    hits = []
    for rank, name in enumerate(names):
        at = body.find(name)
        while at >= 0:
            end = at + len(name)
            before = body[at - 1] if at else ""
            after = body[end] if end < len(body) else ""
            if not (before and (_word_char(before) or before in ".-")) and not (
                    after and (_word_char(after) or after == "-" or (after == "." and end + 1 < len(body) and _word_char(body[end + 1])))):
                hits.append((at, rank, name))
            at = body.find(name, at + 1)
    out, reached = [], 0
    for at, _rank, name in sorted(hits):
        if at >= reached:
            out.append((at, name))
            reached = at + len(name)
    return out


#: Invisible format characters that text copied from the web glues to words ("Mosul\u200e"): no part of a name.
FORMAT_MARKS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"


def _with_format_marks(doc, start: int, end: int):
    """The tokens of ``[start, end)`` when the last one goes on past ``end`` by format characters only, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start_char != start or not span.text[end - start:] or span.text[end - start:].strip(FORMAT_MARKS):
        return None
    return span


def repeated_names(doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of actors at the unmentioned places where the article writes one of their names again."""
    sources: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda x: (x.start, x.end)):
        if m.label in REPEAT_LABELS and m.mention_label is None and m.key[0] in REPEAT_LABELS:
            text = _surface(doc, m)
            if text:
                sources.setdefault(text, m)
    if not sources:
        return []
    taken = set()
    for m in mentions:
        taken.update(range(m.span_start if m.span_start is not None else m.start, max(m.end, m.span_end or 0)))
    body = doc_text(doc)
    lowers = doc_lowers(doc)
    out = []
    for begin, text in _occurrences(body, sorted(sources, key=len, reverse=True)):
        tokens = _strict_tokens(doc, begin, begin + len(text))
        if tokens is None:
            span = _with_format_marks(doc, begin, begin + len(text))
            tokens = (span.start, span.end) if span is not None else None
        if tokens is None or any(i in taken for i in range(*tokens)):
            continue
        src = sources[text]
        first, last = tokens
        start = first
        src_start = min(src.start, src.span_start if src.span_start is not None else src.start)
        if start and lowers[start - 1] == "the" and lowers[src_start] == "the" and start - 1 not in taken:
            start -= 1  # "the Korean People's Army", written with its "the" as the first time
        out.append(Mention(first, last, src.label, src.key, src.name, kind=src.kind, iso3=src.iso3,
                           affiliation=src.affiliation, affiliation_name=src.affiliation_name, span_start=start))
        taken.update(range(start, last))
    return out


def _strict_tokens(doc, begin: int, end: int) -> tuple[int, int] | None:
    """``(span.start, span.end)`` of ``doc.char_span(begin, end)`` (spaCy's strict alignment: ``begin`` opens a token
    and ``end`` closes one; None otherwise), from the per-document token offsets: no Span and no Token."""
    starts, ends = token_chars(doc)
    first = bisect_right(starts, begin) - 1
    last = bisect_right(starts, end - 1) - 1
    if first < 0 or last < 0 or starts[first] != begin or ends[last] != end:
        return None
    return first, last + 1

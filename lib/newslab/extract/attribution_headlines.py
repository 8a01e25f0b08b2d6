"""Attributions in a title-case headline: "Lee Slams Port Board Over Ferry Tolls", "Harbor Union
Endorses Quill".

The parser reads title-case headlines poorly (every word a proper noun), so the verb rules miss
them. This rule works on the words alone: in the article's first paragraph, written in title case,
a capitalised word in the third-person present whose stem is a speech verb ("Slams", "Endorses",
"Announces") splits the headline into source (the words before it, after any "Breaking:" label) and
content (the words after it, up to a dash, colon, semicolon or a preposition that opens the
circumstances: "After", "With", "Amid", ...). PolNeAR annotates such headlines like any sentence.
"""

from __future__ import annotations

from .attribution_cues import Candidate, cue_lexicon
from .attribution_spans import span_of, trim_span
from .docindex import tokens_in_chars

#: Words that end a headline's content: circumstances and contrasts, not what was said.
_CONTENT_STOPS = frozenset({"after", "amid", "as", "before", "despite", "instead", "while", "with", "without", "ahead"})
#: Small words a title-case headline may leave in lower case.
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "but", "at", "by", "as", "with"})


def _stem(word: str, verbs: set[str]) -> str | None:
    """The speech verb a third-person present form ("Slams", "Denounces", "Tweets") is of, or None."""
    low = word.lower()
    if not low.endswith("s") or len(low) < 4:
        return None
    for cut in (1, 2):
        if low[:-cut] in verbs:
            return low[:-cut]
    if low.endswith("ies") and low[:-3] + "y" in verbs:
        return low[:-3] + "y"
    return None


def _title_case(words) -> bool:
    content = [t for t in words if t.is_alpha]
    if len(content) < 3:
        return False
    caps = sum(1 for t in content if t.text[0].isupper() or t.lower_ in _SMALL_WORDS)
    return caps == len(content) and sum(1 for t in content if t.text[0].isupper()) >= 0.6 * len(content)


def headline_cands(doc, body: str, article) -> list[Candidate]:
    """Candidates from a title-case headline (the first paragraph) with a speech verb."""
    if not article.paragraphs:
        return []
    para = article.paragraphs[0]
    words = tokens_in_chars(doc, para.start, para.end)
    if not words or not _title_case(words):
        return []
    # Not the weak speech verbs: "Attacks", "Offers", "Orders" head a noun phrase as often.
    verbs = cue_lexicon()["speech_verbs"]
    start = 0
    for i, t in enumerate(words):
        if t.text == ":" and i < 4:
            start = i + 1  # "Breaking: ...", "Report: ..."
    out = []
    for i in range(start + 1, len(words)):
        t = words[i]
        if not t.text[0].isupper() or _stem(t.text, verbs) is None:
            continue
        source = [w for w in words[start:i] if not w.is_punct or w.text in ("’", "'", ".")]
        if not source or len(source) > 6 or not all(w.text[0].isupper() or w.lower_ in _SMALL_WORDS or w.is_punct
                                                    for w in source):
            break
        content = []
        for w in words[i + 1:]:
            if w.lower_ in _CONTENT_STOPS or w.text in ("–", "—", ":", ";", "-", "|") or (w.lower_ == "and" and content
                                                                                      and _stem(w.nbor(1).text, verbs) if w.i + 1 < len(doc) else False):
                break
            content.append(w)
        span = trim_span(body, span_of(content)) if content else None
        if span is None:
            break
        src_span = span_of(source)
        out.append(Candidate(source[-1], span_of([t]), [span], "headline", 1, source_span=src_span, cue_tok=t))
        break  # one attribution per headline
    return out

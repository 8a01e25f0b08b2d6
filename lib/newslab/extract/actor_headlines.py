"""A name in a title-case headline is cut to the name the article's body gives: "Bernie Sanders Suffered A Big Blow"
-> "Bernie Sanders", "Donald Trump Playing Dumb About The KKK" -> "Donald Trump", "May Have Won Cruz The Caucus" ->
"Cruz".

In a headline written in title case every word looks like a name's, and the small model runs a name on into the verb
or the words around it. Taken: an entity of two words or more in the first line of the text, when that line is in
title case (five content words or more, nearly all capitalised, a final full stop, question mark or quote), whose text is no entity of the body, but a part of
it is (the longest part wins, with that entity's label); every word left out must be alphabetic, no given name
("Mikhail Gorbachev" over a body's "Gorbachev" in a letter's heading stays whole) and never written with a capital in
the body outside a sentence's first word; a word left out before the part must also be written in lower case somewhere
("Won Cruz": "won"; not "Knox Thames").
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import POSSESSIVE, given_names
from .actor_parse import text_of
from .docindex import doc_words

#: Share of a headline's content words (four letters or more) written with a capital, at least.
TITLE_SHARE = 0.75
#: Content words a headline has, at least (an address line or a name alone is no headline).
MIN_WORDS = 5
#: How a news headline ends here: a full stop, a question or a closing quote.
_HEADLINE_ENDS = {".", "?", "!", "’", "”", "'", '"', ".’", ".”"}
#: Small words a title-case headline writes in lower case.
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
#: Words that open a sentence in the body, so that a capital after them says nothing.
_SENTENCE_OPENERS = {".", "!", "?", "“", '"', "‘", "'", ":", "—", "-", "(", "``"}


def title_case_headline(doc) -> int:
    """End (a token index) of the first line when it is a headline in title case, else 0."""
    words = doc_words(doc)
    end = next((i for i, w in enumerate(words) if "\n" in w), 0)
    content = [w for w in words[:end] if w.isalpha() and len(w) >= 4]
    if len(content) < MIN_WORDS or sum(w[0].isupper() for w in content) < TITLE_SHARE * len(content):
        return 0
    last = next((w for w in reversed(words[:end]) if w.strip()), "")
    # a heading of a letter or a paper ("Miss Marcie Rickenbacker") has no closing mark, nor the small words a headline
    # keeps in lower case ("Cruz Hits Rubio on Immigration as Iowa Caucuses Near")
    return end if last in _HEADLINE_ENDS or sum(w in _SMALL_WORDS for w in words[:end]) >= 2 else 0


def _text(doc, a: int, b: int) -> str:
    """``doc[a:b].text`` without a possessive ending, from the word lists (no Span, no Token per word: this runs for
    every pair of word bounds of every headline name)."""
    words = doc_words(doc)
    while b > a and words[b - 1] in POSSESSIVE:
        b -= 1
    return text_of(doc, a, b)


def headline_names(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the headline's names cut to a name the body gives."""
    end = title_case_headline(doc)
    if not end:
        return ents
    body = {}
    for e in ents:
        if e.start >= end:
            body.setdefault(_text(doc, e.start, e.end), e.label_)
    for e in ents:
        if e.start >= end and e.label_ == "PERSON" and len(names := _text(doc, e.start, e.end).split()) >= 2:
            body.setdefault(names[-1], "PERSON")  # a headline names a person by the surname ("Vance Hits Ortiz")
    if not body:
        return ents
    words = doc_words(doc)
    capitalised = {w for k, w in enumerate(words[end:], end) if w[:1].isupper()
                   and not (words[k - 1] in _SENTENCE_OPENERS or "\n" in words[k - 1])}
    given = given_names()
    lower = {w for w in words if w.islower()}
    lower_or_small = lower | _SMALL_WORDS  # (a word between two parts of a headline name may be either)
    out = []
    for e in ents:
        whole = _text(doc, e.start, e.end)
        if e.end > end or len(whole.split()) < 2 or whole in body:
            out.append(e)
            continue
        parts = [(b - a, a, b) for a in range(e.start, e.end) for b in range(a + 1, e.end + 1)
                 if (a, b) != (e.start, e.end) and words[a] not in POSSESSIVE and _text(doc, a, b) in body]
        chosen: list[tuple[int, int]] = []
        for _, a, b in sorted(parts, reverse=True):  # the longest first, then others beside it ("Cruz Hits Rubio")
            if all(b <= x or a >= y for x, y in chosen):
                chosen.append((a, b))
        chosen.sort()
        bounds = [e.start] + [k for ab in chosen for k in ab] + [e.end]
        gaps = [[w for w in words[bounds[k]:bounds[k + 1]] if w not in POSSESSIVE] for k in range(0, len(bounds), 2)]
        before = [w for w in gaps[0] if w.lower() != "the"]
        left = before + [w for gap in gaps[1:] for w in gap]
        # a word between two parts is a verb or a small word ("Cruz Hits Rubio"), or one the body writes in lower case
        if not chosen or any(not w.isalpha() or w in capitalised or w in given for w in left) \
                or any(w.lower() not in lower for w in before) \
                or any(words[k].lower() not in lower_or_small and doc[k].pos_ not in {"VERB", "AUX"}
                       for g in range(1, len(chosen)) for k in range(chosen[g - 1][1], chosen[g][0])):
            out.append(e)
            continue
        out += [Span(doc, a, b, label=body[_text(doc, a, b)]) for a, b in chosen]
    return out

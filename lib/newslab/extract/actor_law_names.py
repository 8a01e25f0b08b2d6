"""A law named after its sponsors is no person: "Glass-Steagall", "Dodd-Frank", "Gramm-Leach-Bliley".

The model reads a hyphenated pair of surnames as a person ("Reinstating Glass-Steagall", "Glass" alone) or an
organisation ("Dodd-Frank"). Where the article writes the same compound of capitalised words glued by hyphens right
before "Act", "Bill", "Law", "Amendment", "law" or "bill" ("the Glass-Steagall Act", "the Dodd-Frank law"), it names the law everywhere in the article, with
or without that word, and an actor entity that overlaps it is dropped. A compound the article never writes before
such a word is left alone: double-barrelled surnames ("Mark-Viverito") name people.
"""

from __future__ import annotations

from .actor_lexicons import ACTOR_LABELS
from .docindex import doc_words

#: Capitalised words after a sponsor's compound that make it a law's name.
LAW_WORDS = {"Act", "Acts", "Bill", "Law", "Amendment", "law", "bill"}


def _compound_start(doc, words: list[str], end: int) -> int:
    """First token of the hyphen-glued compound of capitalised words that ends at token ``end - 1`` (``end`` if none)."""
    j = end - 1
    if j < 0 or not words[j][:1].isupper() or not words[j].isalpha():
        return end
    while j >= 2 and words[j - 1] == "-" and words[j - 2][:1].isupper() and words[j - 2].isalpha() \
            and not doc[j - 2].whitespace_ and not doc[j - 1].whitespace_:
        j -= 2
    return j if j < end - 1 else end


def law_names(doc, ents: list) -> list:
    """``ents`` without the actor entities that overlap a sponsors' compound the article uses as a law's name."""
    words = doc_words(doc)
    if "-" not in words:
        return ents
    laws = set()
    for i in [i for i, w in enumerate(words) if w in LAW_WORDS]:  # strings first, Tokens near law words only
        j = _compound_start(doc, words, i)
        if j < i:
            laws.add(tuple(words[j:i]))
    if not laws:
        return ents
    taken = set()
    for law in laws:
        n = len(law)
        for i in [i for i, w in enumerate(words) if w == law[0]]:
            if tuple(words[i:i + n]) == law and _compound_start(doc, words, i + n) == i:
                taken.update(range(i, i + n))
    return [e for e in ents if e.label_ not in ACTOR_LABELS or not any(i in taken for i in range(e.start, e.end))]

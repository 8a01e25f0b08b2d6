"""Two organisations the model ran into one entity across "and": "the merger of Kroger and Albertsons". Firm names
do hold an "and" ("Procter and Gamble", "Barnes and Noble"), so the entity is cut only where the article itself writes
one of the two parts alone elsewhere ("Kroger said ...", "Albertsons did not respond"): one sense per discourse (Gale,
Church & Yarowsky 1992). Only an organisation of capitalised words on both sides of one "and", with no article before
it ("The Globe and Mail") and two different parts ("Johnson and Johnson"); a lone part inside a person's name does
not count.
"""

from __future__ import annotations

from spacy.tokens import Span

from .docindex import doc_words


def _alone_elsewhere(words: list[str], part: list[str], start: int, end: int, persons: set[int]) -> bool:
    """Whether ``part`` is written outside ``start``..``end`` with no "and" or capitalised word joining it on."""
    n = len(part)
    for i in range(len(words) - n + 1):
        if start <= i < end or words[i:i + n] != part or any(k in persons for k in range(i, i + n)):
            continue
        before = words[i - 1] if i else ""
        after = words[i + n] if i + n < len(words) else ""
        if before.lower() not in {"and", "&"} and after.lower() not in {"and", "&"} \
                and not before[:1].isupper() and not (after[:1].isupper() and after.isalpha()):
            return True
    return False


def split_named_pairs(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation "A and B" cut in two where the article names A or B alone elsewhere."""
    words = doc_words(doc)
    persons = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    out = []
    for e in ents:
        ands = [i for i in range(e.start + 1, e.end - 1) if words[i] == "and"] if e.label_ == "ORG" else []
        if len(ands) != 1 or words[e.start].lower() == "the" or (e.start and words[e.start - 1].lower() == "the"):
            out.append(e)
            continue
        k = ands[0]
        left, right = words[e.start:k], words[k + 1:e.end]
        if left == right or not all(w[:1].isupper() and w.isalpha() for w in left + right) or len(left) > 3 or len(right) > 3 \
                or not (_alone_elsewhere(words, left, e.start, e.end, persons) or _alone_elsewhere(words, right, e.start, e.end, persons)):
            out.append(e)
            continue
        out += [Span(doc, e.start, k, label="ORG"), Span(doc, k + 1, e.end, label="ORG")]
    return out

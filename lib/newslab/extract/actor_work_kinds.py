"""A name in apposition after the noun for its kind of work or craft ("the romantic comedy Summer Rain", "her graphic
novel Night Owl", "his book Fluid Motion", "the story "Kirameki"", "the ship Endeavour") is a title or a craft's name,
not an actor: the model often reads such a title as a person or an organisation.

The kind noun (``data/actors_work_kinds.csv``) is lower case, right before the mention (or before its opening quote),
and the parse ties the two: the noun is a compound inside the name, or the name is the noun's apposition. A verb right
after the name keeps it ("the book Smith wrote": a relative clause with the person as its subject) unless the parser
made the noun and the name two subjects of that verb ("The film Oppenheimer won")."""

from __future__ import annotations

from functools import lru_cache

from ..paths import data_rows
from .actor_titles import Mention
from .docindex import doc_lowers, doc_pos, doc_words

#: Opening quotation marks that may stand between the kind noun and the title.
OPEN_QUOTES = {'"', "\u201c", "'", "\u2018"}


@lru_cache(maxsize=1)
def work_kinds() -> frozenset[str]:
    """Lower-case nouns for a kind of work or craft (``data/actors_work_kinds.csv``)."""
    return frozenset(r["word"] for r in data_rows("actors_work_kinds.csv"))


def _titled(doc, m: Mention, words: list[str], lowers: list[str], pos: list[str]) -> bool:
    """Whether ``m`` stands in apposition right after a kind-of-work noun."""
    first = m.first
    quoted = first >= 1 and words[first - 1] in OPEN_QUOTES
    k = first - 2 if quoted else first - 1
    if k >= 1 and words[k] == "," and m.end < len(words) and words[m.end] in {",", ")"}:
        # "The painting, Salvator Mundi, sold": set off by commas, the name is the kind noun's apposition
        k -= 1
        return lowers[k] in work_kinds() and words[k] == lowers[k] and pos[k] == "NOUN" \
            and any(doc[i].head.i == k and doc[i].dep_ == "appos" for i in range(first, m.end))
    if k < 0 or lowers[k] not in work_kinds() or words[k] != lowers[k] or pos[k] != "NOUN":
        return False
    kind = doc[k]  # one Token per candidate, not per word
    if m.end < len(words) and pos[m.end] in {"VERB", "AUX"}:
        # "the book Smith wrote", "the film Lee directed": the name is the subject of a relative clause; but when
        # the parser makes both the kind noun and the name subjects of one verb ("The film Oppenheimer won"),
        # they are one noun phrase, the kind noun and its title
        last = doc[m.end - 1]
        return kind.dep_ in {"nsubj", "nsubjpass"} and last.dep_ == kind.dep_ and last.head.i == kind.head.i
    if quoted or first <= kind.head.i < m.end:
        return True
    return any(doc[i].head.i == k and doc[i].dep_ == "appos" for i in range(first, m.end))  # "Confessions of ..."


def without_work_titles(doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the titles and craft names that follow their kind noun."""
    words, lowers, pos = doc_words(doc), doc_lowers(doc), doc_pos(doc)  # lists: no Token per word
    return [m for m in mentions if not _titled(doc, m, words, lowers, pos)]

"""The two sides of the American Civil War, which history texts name as states: "the Union" (the United States) and
"the Confederacy" (the Confederate States of America). The small model reads a lone "Union" as an organisation (a
trade union, a club); an article that also writes "Confederacy", "Confederate" or "Confederates" is about the war, and
there both names are states (GPE; GUM marks them places). Longer names ("the Soviet Union", "the African Union",
"Union Pacific") are other entities and keep their type."""

from __future__ import annotations

from .actor_lexicons import POSSESSIVE
from .docindex import doc_words

#: Words that show an article speaks of the Confederate side of the war.
CONFEDERATE_WORDS = frozenset({"Confederacy", "Confederate", "Confederates"})
#: The two sides' names, as written without "the".
SIDES = frozenset({"Union", "Confederacy"})
#: Last tokens of their names, possessive ending included ("the Union's"): a cheap test before the name is read.
_LAST_WORDS = SIDES | POSSESSIVE
#: Labels the model gives them out of context.
_MISREAD = {"ORG", "NORP", "PERSON", "FAC"}


def _core(e) -> str:
    """The entity's words without "the" and a possessive ending."""
    return " ".join(t.text for t in e if t.lower_ != "the" and t.text not in POSSESSIVE)


def civil_war_sides(doc, ents: list, span_cls) -> list:
    """``ents`` with "Union" and "the Confederacy" made states where the article speaks of the Confederacy."""
    if not any(e.label_ in _MISREAD and len(e) <= 3 and e[-1].text in _LAST_WORDS and _core(e) in SIDES for e in ents):
        return ents
    if CONFEDERATE_WORDS.isdisjoint(doc_words(doc)):
        return ents
    return [span_cls(doc, e.start, e.end, label="GPE") if e.label_ in _MISREAD and _core(e) in SIDES else e for e in ents]

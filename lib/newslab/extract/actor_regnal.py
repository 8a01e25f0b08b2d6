"""A regnal numeral is no first-person pronoun: "Shah Abbas I in the 1600s", "NORTON I, Emperor of the United States",
"Elizabeth I". The tagger reads the "I" after a ruler's name as "I" the pronoun, and the first-person rule of
:mod:`newslab.extract.actors` would make it a mention of the text's author."""

from __future__ import annotations


#: Entity labels whose names take a Roman numeral: rulers, ships and rockets, wars, works.
NUMBERED_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW"})


def regnal_numeral(doc, i: int) -> bool:
    """Whether the "I" at token ``i`` follows a name glued to it by a space only (no comma, no line break) and no
    verb follows it: a numeral of the name ("Abbas I in", "NORTON I,", "the Artemis I rocket", "World War I"), not
    "Ali I think" (a verb after it). A place's name is not numbered ("In Paris I ...")."""
    if i == 0 or doc[i].text != "I":
        return False
    prev = doc[i - 1]
    if prev.ent_type_ not in NUMBERED_LABELS or not prev.text[:1].isupper() or "\n" in prev.whitespace_:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if i >= 2 and _royal_title(doc[i - 2].text):
        return True  # "Tsar Alexander I demanded most of Poland": after a ruler's title, a verb follows the numeral
    return nxt is None or nxt.pos_ not in {"VERB", "AUX"}


def _royal_title(word: str) -> bool:
    """``word`` is a ruler's title of ``data/actors_titles.csv`` ("Tsar", "King", "Pope")."""
    from .actor_lexicons import lexicons

    return lexicons().titles.get(word, ("", False))[0] == "royal"


def ruler_title(role: str | None, titles: dict[str, tuple[str, bool]]) -> str | None:
    """The royal title of ``role`` ("King", "Crown Prince", "Pope"), or None. A ruler's name after such a title is
    a regnal or given name ("King Hussein", "Queen Rania", "Pope Francis"), not a surname: it must not join
    "Saddam Hussein" by surname. ``titles`` is :attr:`Lexicons.titles` (``data/actors_titles.csv``)."""
    if not role:
        return None
    for word in role.split():
        if word == "Pope" or titles.get(word, ("",))[0] == "royal":
            return word
    return None

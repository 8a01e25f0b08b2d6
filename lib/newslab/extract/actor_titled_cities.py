"""A big city's name that a title stands before, and that the article never puts after a place preposition, is a
person's: "President Bush" ... "Bush said" (geonames lists a city Bush), "President Kennedy" (a district of Bogotá).

``actor_cues.titled_names`` leaves big cities out so that "President Washington" keeps the city in an article that
also says "in Washington". Taken back: a big city's name that no "in", "near", "from", "to", "at", "outside" ...
precedes anywhere in the article.
"""

from __future__ import annotations

from .docindex import doc_words

#: Words before a place name that make it a place ("in Washington", "flew to Houston").
_PLACE_WORDS = {"in", "near", "outside", "around", "across", "towards", "toward", "to", "from", "at", "of", "into",
                "through", "via"}


def never_a_place(doc, name: str) -> bool:
    """Whether no place preposition precedes ``name`` (one word) anywhere in ``doc``."""
    words = doc_words(doc)
    return not any(w == name and i and words[i - 1].lower() in _PLACE_WORDS for i, w in enumerate(words))

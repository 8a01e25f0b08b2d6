"""A plural title before names ("Senators Ada Roe and Bo Lin", "Presidents Carter and Ford") belongs to no one name:
the model takes it into the first person's entity, so the actor is named "Senators Ada Roe". The plural of a title
head word of the lexicon (data/actors_titles.csv; "Senators" of "Senator") at the start of a PERSON entity, before a
capitalised word, is cut off the entity, and ``actor_name_starts`` does not take it into the name the model began
after it. A plural the lexicon lists itself ("Ministers") is handled as a title."""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import lexicons
from .docindex import doc_words


def plural_title(word: str, titles: dict) -> bool:
    """Whether ``word`` is the plural of a title head word ("Senators", "Justices") that the lexicon lacks."""
    return word.endswith("s") and word not in titles and titles.get(word[:-1], ("", False))[1] \
        and titles[word[:-1]][0] != "honorific"


def without_plural_titles(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a leading plural title cut off each PERSON entity (see the module)."""
    words = doc_words(doc)
    titles = lexicons().titles
    out = []
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and plural_title(words[e.start], titles) and words[e.start + 1][:1].isupper():
            e = Span(doc, e.start + 1, e.end, label=e.label_, kb_id=e.kb_id_)
        out.append(e)
    return out

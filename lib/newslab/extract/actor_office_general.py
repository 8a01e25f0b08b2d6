""""General" after a civil office word is part of the office ("the Inspector General", "Attorney General of
Delaware"), not a person's name or rank. The model calls that lone "General" a PERSON (so the actor is named
"General") or the whole office an ORG ("The Inspector General"). Such an entity is dropped when its office word is a
title of the lexicon (data/actors_titles.csv; "Surgeon" is none, so "The Surgeon General" stays): the title-only pass
(``actor_titles.title_only``) then makes the office a person mention keyed by its title, as for "the Minister".
The offices are ``actor_lexicons.GENERAL_OFFICES``."""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import POSSESSIVE, lexicons, office_general
from .docindex import doc_words


def without_office_generals(doc, ents: list[Span]) -> list[Span]:
    """``ents`` less each PERSON/ORG/GPE/NORP entity that holds no word but an office "General" and its office word."""
    words = doc_words(doc)
    titles = lexicons().titles
    out = []
    for e in ents:
        ks = [k for k in range(e.start, e.end) if words[k].lower() != "the" and words[k] not in POSSESSIVE]
        if e.label_ in {"PERSON", "ORG", "GPE", "NORP"} and not e.kb_id_ and ks and office_general(words, ks[-1]) \
                and words[ks[-1] - 1] in titles \
                and (len(ks) == 1 or len(ks) == 2 and ks[0] == ks[1] - 1):
            continue
        out.append(e)
    return out

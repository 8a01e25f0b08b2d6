"""A firm's name the text has called a firm is the firm's name in the rest of the article too: "Kim Ode founded the
company Lumora in 2019. ... Lumora now sells ..." (one sense per discourse). The small model reads an unknown short
name as a person's wherever nothing says otherwise; :mod:`newslab.extract.actor_firm_nouns` types the mention that
has a firm noun before it or in apposition ("the company Lumora"), and this module types its other one-word mentions
alike. Without it, the actor stage merges the organisation into the "person" of the same name as a surname."""

from __future__ import annotations

from .actor_firm_nouns import called_a_firm, unknown_place
from .actor_lexicons import POSSESSIVE
from .docindex import doc_words


def _name(words: list[str], e) -> str:
    ks = [k for k in range(e.start, e.end) if words[k] not in POSSESSIVE and words[k].lower() != "the"]
    return " ".join(words[k] for k in ks)


def firm_names_repeated(doc, ents: list) -> list:
    """``ents`` with each one-word person entity that reads as the name of an organisation the text calls a firm (a
    firm noun before it or in apposition) made an organisation, and the same word where the model found no entity."""
    from spacy.tokens import Span

    if not any(e.label_ in {"PERSON", "GPE"} for e in ents):
        return ents
    words = doc_words(doc)
    firms = {_name(words, e) for e in ents if e.label_ == "ORG" and len(e) <= 2 and called_a_firm(doc, words, e)}
    if not firms:
        return ents
    # a "place" of the same one word too ("the low-cost carrier Ryanair" ... "Shares in Ryanair"): the model's guess
    # for an unseen word, as the firm noun typed the first mention
    out = [Span(doc, e.start, e.end, label="ORG") if e.label_ in {"PERSON", "GPE"} and not e.kb_id_ and _name(words, e) in firms
           and " " not in _name(words, e) and not (e.label_ == "GPE" and not unknown_place(e)) else e for e in ents]
    # and the same one word where the model saw no name at all ("carrier IndiGo" ... "IndiGo chief executive X")
    taken = {k for e in out for k in range(e.start, e.end)}
    single = {f for f in firms if " " not in f}
    found = [Span(doc, k, k + 1, label="ORG") for k, w in enumerate(words) if w in single and k not in taken]
    return sorted(out + found, key=lambda e: e.start) if found else out

"""A family named by its surname in the plural is people: "the Clintons", "the Khans", "the Olsens" (the model calls
them a group or an organisation, "Khans" a NORP). Taken: a GPE, NORP or ORG entity whose text, less "the" and a
possessive, is the plural ("-s", "-es") of the last word of a person the article names in full ("Khizr Khan" ...
"the Khans"); GUM marks such a family a person. The plural of no named person's surname ("the Americans", "the
Chathams") is left alone."""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import bare_words
from .actor_parse import span_text
from .docindex import doc_words


def families(doc, ents: list) -> list:
    """``ents`` with each plural of a named person's surname labelled PERSON."""
    surnames = {span_text(e).split()[-1] for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    if not surnames:
        return ents
    texts = doc_words(doc)
    out = []
    for e in ents:
        if e.label_ in {"GPE", "NORP", "ORG"} and not e.kb_id_:
            words = bare_words(texts, e.start, e.end)
            if len(words) == 1 and words[0][:1].isupper() and words[0].endswith("s") and (
                    words[0][:-1] in surnames or words[0].endswith("es") and words[0][:-2] in surnames):
                e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out

"""Helpers shared by the actor rule tests."""

from __future__ import annotations


def one_sentence_doc(nlp, text: str):
    """``text`` tokenised only (no model), as one sentence: a rule test then sets the entities it needs."""
    doc = nlp.make_doc(text)
    for t in doc:
        t.is_sent_start = t.i == 0
    return doc


def span_of(doc, text: str, label: str):
    """The first run of tokens in ``doc`` that reads ``text`` (space-separated tokens), as a Span with ``label``."""
    from spacy.tokens import Span

    words = text.split()
    toks = [t.text for t in doc]
    i = next(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    return Span(doc, i, i + len(words), label=label)

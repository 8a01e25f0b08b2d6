"""Helpers shared by the actor rule tests."""

from __future__ import annotations


def one_sentence_doc(nlp, text: str):
    """``text`` tokenised only (no model), as one sentence: a rule test then sets the entities it needs."""
    doc = nlp.make_doc(text)
    for t in doc:
        t.is_sent_start = t.i == 0
    return doc

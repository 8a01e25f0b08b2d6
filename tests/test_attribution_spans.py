"""span_of / subtree_span read offsets from docindex's lists: same spans as from the Tokens."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newslab.extract.attribution_spans import span_of, subtree_span


def _doc() -> Doc:
    words = ["The", "mayor", "said", "the", "new", "bridge", "would", "open", "in", "May", "."]
    heads = [1, 2, 2, 5, 5, 7, 7, 2, 7, 8, 2]
    spaces = [True, True, True, True, True, True, True, True, True, False, False]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=["dep"] * len(words))


def _chars(toks) -> tuple[int, int]:
    return (min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks))


def test_span_of_covers_the_tokens_given_in_any_form():
    doc = _doc()
    assert span_of([]) is None
    assert span_of([doc[5], doc[1]]) == _chars([doc[1], doc[5]]) == (4, 29)
    assert span_of(t for t in doc if t.i > 8) == (len("The mayor said the new bridge would open in "), len(doc.text))
    assert span_of(doc[2:4]) == (10, 18)


def test_subtree_span_leaves_out_the_excluded_subtrees():
    doc = _doc()
    for tok in doc:
        assert subtree_span(tok) == _chars(list(tok.subtree))
    assert subtree_span(doc[7], exclude=[doc[8]]) == (doc[3].idx, doc[7].idx + 4)  # "the new bridge would open"
    assert subtree_span(doc[9], exclude=[doc[9]]) == (doc[9].idx, doc[9].idx + 3)  # nothing left: the token itself

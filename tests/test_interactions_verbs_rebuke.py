"""Issue 12: verbs of rebuke, rejection and electoral defeat (data/interactions_verbs.csv, CAMEO 111/120/190).

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


@pytest.mark.parametrize("text,edge", [
    ("Mary Lopez sternly reprimanded Tom Baker on Monday.", ("Mary Lopez", "Tom Baker", "oppose")),
    ("Tom Baker edged out Mary Lopez in the Ohio primary.", ("Tom Baker", "Mary Lopez", "oppose")),
    ("Tom Baker bested Mary Lopez in Ohio by 5,000 votes.", ("Tom Baker", "Mary Lopez", "oppose")),
    ("Kenya snubbed Uganda at the summit in May.", ("Kenya", "Uganda", "oppose")),
    ("Tom Baker said Mary Lopez had disrespected the Kenyan army.", ("Mary Lopez", "Kenyan army", "oppose")),
])
def test_rebuke_and_defeat_verbs(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, directed=True), df[["source", "kind", "target"]]

"""Attribution rules of session 22 (issue 12: the duplicate-content choice, recall). Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("scope", ["speech", "broad"])
def test_an_inserted_he_said_takes_the_content_from_the_verb_around_it(attr, scope):
    # Both rows have the same content; the belief's content swallows "she said", which frames it.
    df = attr('She believes, she said, that "the plan is a good one for the harbor."', scope)
    assert one(df, "said").content == 'that "the plan is a good one for the harbor."'
    assert "believes" not in set(df.cue)


def test_a_reporting_verb_keeps_the_content_of_the_verb_it_reports(attr):
    # The guard of the rule above: "found" hangs below "said", so "said" governs the content.
    df = attr("Lee said she found that the costs of the bridge had doubled since the spring.")
    assert one(df, "said").source == "Lee"
    assert "found" not in set(df.cue)

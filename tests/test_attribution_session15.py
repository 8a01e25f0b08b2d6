"""Attribution rules of the twelfth issue-12 pass. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_quotation_introduced_by_a_colon_runs_on_the_content(attr):
    rows = attr('The harbor master recalled the winter of the big storm: "We lost three boats in one night and nobody slept."')
    row = one(rows, "recalled")
    assert row.content.startswith("the winter of the big storm")
    assert row.content.endswith('nobody slept."')


def test_a_colon_quotation_after_a_relative_clause_is_not_its_content(attr):
    rows = attr('Fishermen booed the councillor who promised lower fees: "Nobody in this town believes that anymore."')
    assert one(rows, "promised").content == "lower fees"


def test_a_raising_verb_counts_at_the_speech_scope(attr):
    row = one(attr("The ferry company appeared to have lost most of its winter passengers."), "appeared")
    assert row.source is None
    assert row.content == "The ferry company appeared to have lost most of its winter passengers"


def test_a_raising_verb_without_a_judged_clause_is_no_cue(attr):
    assert attr("The harbor master appeared on the quay at noon.").query("cue == 'appeared'").empty

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


def test_a_participle_quotation_keeps_its_speaker_over_a_noun_row(attr):
    # With the first quotation left to "called", the participle's row and the "admission" row share
    # their content; the noun row's content swallows "saying", so the minister's row stays.
    df = attr('The minister called the country\'s admission to the alliance "a return home," saying: '
              '"We have always belonged with those who share our values."')
    row = one(df, "saying")
    assert row.source == "The minister"
    assert row.content == '"We have always belonged with those who share our values."'
    assert "admission" not in set(df.cue)


def test_that_said_after_an_opening_bracket_is_a_discourse_marker(attr):
    # "That said," is no speech act even when a bracket opens the sentence before it.
    df = attr('The plan has flaws. (That said, she also noted, "The town needs a new bridge.")')
    assert "That" not in set(df.source)
    assert one(df, "noted").source == "she"


def test_a_participle_right_after_a_noun_tells_of_the_noun(attr):
    # The guard of the dedupe choice: with no comma before it, "emphasizing" tells of the message,
    # so the message's row keeps the shared content and its holder.
    df = attr("The envoy conveyed the president's message to the council emphasizing the long history of trade, "
              "friendship and close cooperation between the two harbor towns.")
    assert one(df, "message").source == "the president"
    assert "emphasizing" not in set(df.cue)

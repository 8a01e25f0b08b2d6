"""Attribution rules of session 21 (issue 12: recall). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_poll_participle_shows_its_finding(attr):
    # "showing" hangs on "surveys" with no subject of its own: the surveys are what shows.
    df = attr("With new surveys showing the mayor leading the race in the north, the council met on Monday.")
    row = one(df, "showing")
    assert row.source == "new surveys"
    assert row.content == "the mayor leading the race in the north"


def test_a_pronoun_with_a_predicate_after_it_is_a_finding(attr):
    df = attr("Despite polls showing him far behind, Lee campaigned hard in the harbor district.")
    assert one(df, "showing").content == "him far behind"


def test_a_poll_relative_clause_shows_its_finding(attr):
    df = attr("The polls that show Hale above 20 percent also have Lee ahead.")
    assert one(df, "show").content == "Hale above 20 percent"


def test_a_bare_pronoun_object_of_a_document_verb_is_no_finding(attr):
    # The guard of the rule above: with nothing said of it, the pronoun is no finding.
    df = attr("The polls showing them came out on Friday.")
    assert "showing" not in set(df.cue)


def test_a_passive_charge_is_an_accusation_by_no_one_named(attr):
    # The fronted time phrase is the writer's frame, not the charge.
    df = attr("Later that week, two harbor clerks were charged with fraud and bribery.")
    row = one(df, "charged")
    assert row.source is None
    assert row.content == "two harbor clerks were charged with fraud and bribery"


def test_a_passive_charge_without_a_with_phrase_is_no_attribution(attr):
    df = attr("Hale was charged in Ohio in 2019 and moved to the coast a year later.")
    assert "charged" not in set(df.cue)


def test_a_quotation_in_the_said_clause_is_not_the_added_words(attr):
    # The first quotation closes the said clause; only the second is what the participle adds.
    df = attr('The senator said the bill was "a disaster," adding, "We will fight it."')
    assert one(df, "adding").content == '"We will fight it."'
    assert one(df, "said").content == 'the bill was "a disaster,"'


def test_a_quotation_split_by_its_speaker_is_still_joined(attr):
    # The guard of the rule above: a quotation opening its sentence is the first half of the split quote.
    df = attr('"The plan is bold," Lee said, "and we will see it through."')
    content = one(df, "said").content
    assert content.startswith('"The plan is bold,"') and content.endswith('"and we will see it through."')

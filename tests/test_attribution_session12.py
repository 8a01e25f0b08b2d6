"""Attribution rules of the ninth issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, cue, content", [
    ("The harbor board has faced allegations of fraud in the dredging contract.", "allegations of",
     "fraud in the dredging contract"),
    ("Accusations of bias against the port authority spread quickly last spring.", "Accusations of",
     "bias against the port authority"),
])
def test_holderless_accusation_has_an_implicit_source(attr, text, cue, content):
    row = one(attr(text), cue)
    assert row.content == content
    assert row.source is None


def test_holderless_question_makes_no_row(attr):
    rows = attr("Questions about the ferry schedule kept coming up at the meeting.")
    assert rows.empty or not rows.cue.str.startswith("Questions").any()


def test_accusation_with_a_holder_keeps_it(attr):
    row = one(attr("The mayor's accusations of fraud against the harbor board were rejected."), "accusations of")
    assert row.source == "The mayor's" or row.source.startswith("The mayor")


def test_speech_gerund_closing_a_reported_clause_is_its_own_attribution(attr):
    rows = attr('Lee said the harbor deal has "kept us safe" on Twitter before claiming that the ferries are '
                '"tearing families apart."')
    said = one(rows, "said")
    assert said.content == 'the harbor deal has "kept us safe" on Twitter'
    claiming = one(rows, "claiming")
    assert claiming.content == 'that the ferries are "tearing families apart."'
    assert claiming.source == "Lee"


def test_speech_gerund_of_a_reported_speaker_stays_in_the_content(attr):
    rows = attr("Lee said the mayor resigned after criticizing the harbor board.")
    assert one(rows, "said").content == "the mayor resigned after criticizing the harbor board"


def test_means_gerund_stays_in_the_content(attr):
    rows = attr("The aide argued that the campaign could still win the vote by persuading the delegates.")
    assert one(rows, "argued").content == "that the campaign could still win the vote by persuading the delegates"


def test_by_phrase_on_a_passive_verbs_infinitive_is_its_agent(attr):
    row = one(attr("Lee has been asked to preserve the files by the harbor committee."), "asked")
    assert row.content == "to preserve the files"
    assert row.source == "the harbor committee"


def test_by_phrase_of_time_stays_in_the_infinitive(attr):
    row = one(attr("The mayor was told to cut costs by the end of May."), "told")
    assert row.content == "to cut costs by the end of May"
    assert row.source is None

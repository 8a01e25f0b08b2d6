"""Attribution rules of the tenth issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_closing_participle_speaks_for_the_nearest_conjunct_with_a_subject(attr):
    rows = attr("Inspectors closed the old ferry terminal and the mayor dismissed the port chief, "
                "admitting that the harbor had been badly run.")
    row = one(rows, "admitting")
    assert row.source == "the mayor"


def test_closing_participle_after_a_clause_of_a_thing_speaks_for_the_adverbial_subject(attr):
    rows = attr("The trouble began at the town hall meeting, when angry fishermen interrupted the mayor at the pier, "
                "shouting that the pier must stay open.")
    assert one(rows, "shouting").source == "angry fishermen"


def test_closing_participle_keeps_a_speaking_subject_over_an_adverbial_clause(attr):
    rows = attr("The mayor left the town hall meeting when the fishermen booed, insisting that the pier would close.")
    assert one(rows, "insisting").source == "The mayor"


def test_a_list_read_as_an_apposition_stays_in_the_content(attr):
    row = one(attr("The senator thanked his parents, his brothers, his wife and his children."), "thanked")
    assert row.content == "his parents, his brothers, his wife and his children"


def test_an_apposition_of_a_name_still_leaves_the_content(attr):
    row = one(attr("The senator thanked Ann Hale, the harbor chief and a former judge."), "thanked")
    assert row.content == "Ann Hale"


@pytest.mark.parametrize("text, cue, content", [
    ("The harbor chief expressed concern that the pier would not survive the winter.", "expressed concern",
     "that the pier would not survive the winter"),
    ("Several fishermen voiced support for the new ferry levy.", "voiced support for", "the new ferry levy"),
    ("Two council members expressed discomfort with Hale.", "expressed discomfort with", "Hale"),
])
def test_a_word_of_stance_after_express_joins_the_cue(attr, text, cue, content):
    row = one(attr(text), cue)
    assert row.content == content


def test_a_possessed_word_of_stance_stays_the_content(attr):
    row = one(attr("The fishermen expressed their support for the ferry levy."), "expressed")
    assert row.content == "their support for the ferry levy"


def test_a_thing_that_echoes_is_no_speaker(attr):
    rows = attr("The film's gloomy title echoes the old feud between the two harbor towns.")
    assert rows.empty or not rows.cue.str.contains("echo").any()


def test_a_person_who_echoes_is_a_speaker(attr):
    row = one(attr("The harbor chief echoed the mayor's warning about the storm."), "echoed")
    assert row.source == "The harbor chief"


def test_a_thing_that_threatens_is_no_speaker(attr):
    rows = attr("The early primary threatens to knock two of the harbor candidates out of the race.")
    assert rows.empty or not rows.cue.str.contains("threat").any()


@pytest.mark.parametrize("text", [
    "Harbor Party members are defending a number of coastal seats this autumn.",
    "The navy vowed to defend the island nation against any attack.",
])
def test_defending_something_held_is_no_speech(attr, text):
    rows = attr(text)
    assert rows.empty or not rows.cue.str.startswith("defend").any()


def test_defending_a_person_is_still_a_cue(attr):
    row = one(attr("The harbor chief defended the mayor at the council meeting."), "defended")
    assert row.content == "the mayor"

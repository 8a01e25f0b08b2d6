"""Attribution rules of the fourth issue-12 pass, each on a sentence written for the test."""

from __future__ import annotations

import pytest
from attrkit import make_attr, one  # noqa: F401 - one is used by the tests below


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, source", [
    ("At times last year, people close to the mayor said, the mere mention of the merger could make him furious.",
     "people close to the mayor"),
    ("After the court approved the state law four years ago, Lopez said, most local rules were thought to be safe.",
     "Lopez"),
])
def test_parenthetical_cue_keeps_the_fronted_phrase_of_the_clause_it_interrupts(attr, text, source):
    r = one(attr(text), "said")
    assert r.source == source
    assert r.content == text.rstrip(".")


@pytest.mark.parametrize("text, content", [
    ("At the dinner, the senator told a joke about the weather.", "a joke about the weather"),
    ("She told them a long tale of lost ballots.", "a long tale of lost ballots"),
])
def test_a_told_narrative_is_the_content(attr, text, content):
    r = one(attr(text), "told")
    assert r.content == content


def test_a_told_hearer_is_not_the_content(attr):
    assert "told" not in set(attr("Quill told reporters at the dock.").cue)


@pytest.mark.parametrize("text", [
    "The new museum will tell an American story.",
    "The mayor needs to relax and tell more jokes.",
])
def test_a_narrative_not_yet_told_is_no_attribution(attr, text):
    assert "tell" not in set(attr(text).cue)


@pytest.mark.parametrize("text, cue, content", [
    ("Many dock workers think the new port fees are too high.", "think", "the new port fees are too high"),
    ("The council refused to delay the harbor vote.", "refused", "to delay the harbor vote"),
])
def test_default_cognition_verbs_count_at_the_speech_scope(attr, text, cue, content):
    assert one(attr(text), cue).content == content


def test_other_cognition_verbs_stay_broad_only(attr):
    text = "The mayor hopes the ferry will run again in May."
    assert "hopes" not in set(attr(text).cue)
    assert "hopes" in set(attr(text, scope="broad").cue)

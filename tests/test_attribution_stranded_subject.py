"""A reported clause whose subject the parser gave to the speech verb ("The economy, the minister said, would
recover"): the subject opens the content, as for every other verb that interrupts the clause it reports.

Every sentence here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr, one  # noqa: F401 - one is used by the tests below


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_subject_before_the_speaker_opens_the_reported_words(attr):
    text = "The economy, the minister said in a televised address on Sunday, would recover by the end of the year."
    r = one(attr(text), "said")
    assert r.source == "the minister"
    assert r.content == text.rstrip(".")


def test_a_speaker_with_a_plain_clause_keeps_its_content(attr):
    r = one(attr("The minister said on Sunday that the economy would recover."), "said")
    assert r.source == "The minister" and r.content == "that the economy would recover"


@pytest.mark.parametrize("text", [
    "The plan would be hurt, Lopez said, by the early primary calendar.",  # "said" the root, the clause its object
    "The case will be decided, Moreno said, by the higher court.",  # "said" a parenthetical of the clause
])
def test_the_agent_of_a_fronted_passive_after_the_speaker_closes_the_content(attr, text):
    r = one(attr(text), "said")
    assert r.content == text.rstrip(".")


def test_a_subject_the_parser_left_unattached_opens_the_reported_words_too(attr):
    # twenty-eighth round: the parser makes "The decision" a "dep" of "said", not a second subject
    text = "The decision, the company said in a filing with regulators late Tuesday, reflected \"a challenging market.\""
    r = one(attr(text), "said")
    assert r.source == "the company" and r.content.startswith("The decision"), r

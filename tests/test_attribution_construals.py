"""Construals, 'X sees/views/regards Y as Z' (attribution_construals). Every
sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, cue, source, content", [
    ("Many harbor farmers see the new levy as a threat to their land.", "see", "Many harbor farmers",
     "the new levy as a threat to their land"),
    ("Critics of the mayor regard the ferry plan as reckless.", "regard", "Critics of the mayor", "the ferry plan as reckless"),
    ("The dock workers' union saw the strike as a last resort.", "saw", "The dock workers' union", "the strike as a last resort"),
])
def test_construal_with_holder(attr, text, cue, source, content):
    row = one(attr(text, "broad"), cue)
    assert row.content == content
    assert row.source == source


def test_construal_participle_and_passive_have_no_holder(attr):
    df = attr("Dunmore, a town seen as vital for the party, votes next week. "
              "The ferry plan is widely viewed as a gamble.", "broad")
    seen = one(df, "seen")
    assert seen.content == "a town seen as vital for the party" and seen.source is None
    viewed = one(df, "viewed")
    assert viewed.content == "The ferry plan is widely viewed as a gamble" and viewed.source is None


def test_construal_needs_as_phrase(attr):
    assert attr("The union saw the video as the mayor left the hall.", "broad").query("cue == 'saw'").empty
    assert attr("If you see those two plans as equal, the vote is easy.", "broad").query("cue == 'see'").empty


def test_construal_with_holder_in_speech_scope(attr):
    # A named holder's construal counts at the default scope; one held by no one named stays broad.
    row = one(attr("Most ferry captains view the new toll as a tax on islanders.", "speech"), "view")
    assert row.content == "the new toll as a tax on islanders" and row.source == "Most ferry captains"
    df = attr("Dunmore, a town seen as vital for the party, votes next week. "
              "The ferry plan is widely viewed as a gamble.", "speech")
    assert df.query("cue in ('seen', 'viewed')").empty


def test_stance_noun_without_holder(attr):
    df = attr("Support for the harbor levy has grown since the storm.", "broad")
    row = one(df, "Support for")
    assert row.content == "the harbor levy" and row.source is None
    # Not a stance: evidence lacking for a claim.
    assert attr("The lack of support for the claim worried the board.", "broad").query("cue == 'support for'").empty
    assert attr("Estimates of support for the levy vary.", "broad").query("cue == 'support for'").empty


@pytest.mark.parametrize("text, cue, content", [
    ("In the coming weeks, two rivals are expected to quit the race.", "expected",
     "In the coming weeks, two rivals are expected to quit the race"),
    ("Mayor Dale is not expected to attend the harbor debate.", "expected", "Mayor Dale is not expected to attend the harbor debate"),
    ("Other candidates are not considered serious contenders.", "considered", "Other candidates are not considered serious contenders"),
])
def test_passive_belief_without_holder(attr, text, cue, content):
    row = one(attr(text, "broad"), cue)
    assert row.content == content and row.source is None


def test_passive_belief_needs_complement_no_agent_and_broad_scope(attr):
    assert attr("The levy was considered at length by the board.", "broad").query("cue == 'considered'").empty
    assert attr("Lee is expected to quit the race.", "speech").query("cue == 'expected'").empty


@pytest.mark.parametrize("text, cue, content", [
    ("For the Republicans, the tone of the race appeared to change over the weekend after a debate in which Lee faltered.",
     "appeared", "the tone of the race appeared to change over the weekend"),
    ("Lee held a sizable lead in the county and appeared poised to win the first vote.", "appeared",
     "Lee held a sizable lead in the county and appeared poised to win the first vote"),
    ("Dale seemed to be of two minds on Tuesday night when he gave a speech.", "seemed",
     "Dale seemed to be of two minds on Tuesday night"),
])
def test_raising_verb_judged_clause(attr, text, cue, content):
    row = one(attr(text, "broad"), cue)
    assert row.content == content and row.source is None


@pytest.mark.parametrize("text, cue, content", [
    ("The county seems stable, but that could change.", "seems", "The county seems stable"),
    ("Cutting the levy while raising fares seems like a contradiction.", "seems",
     "Cutting the levy while raising fares seems like a contradiction"),
])
def test_raising_verb_with_predicate_or_like(attr, text, cue, content):
    row = one(attr(text, "broad"), cue)
    assert row.content == content and row.source is None

"""The broad scope (issue 12): communication verbs that are cues about half the time (now in every
scope), and stance predicates. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.attribution import extract_attributions
from newslab.seeds import parse_seed_text


@pytest.fixture(scope="module")
def attr(nlp):
    def _attr(text: str, scope: str = "broad"):
        article = parse_seed_text("date 2025-01-01 Harbor board.\n\n" + text, "t")
        doc = nlp(article.body)
        return extract_attributions(doc, article, extract_actors(doc, article), scope=scope)
    return _attr


@pytest.mark.parametrize("text, cue, content", [
    ("Mayor Ruth Dale defended the new ferry timetable.", "defended", "the new ferry timetable"),
    ("The union blamed the harbor board for the delays.", "blamed", "the harbor board for the delays"),
    ("Senator Ruth Dale offered her condolences to the families.", "offered", "her condolences"),
])
def test_broad_communication_verbs(attr, text, cue, content):
    df = attr(text)
    row = df[df.cue == cue]
    assert row.content.tolist() == [content]
    # Also at the default (speech) scope since nested cues stopped making rows of their own.
    assert attr(text, scope="speech")[lambda d: d.cue == cue].content.tolist() == [content]


@pytest.mark.parametrize("text, source, cue, content, in_speech", [
    ("Some harbor workers are worried that the night boats will stop.", "Some harbor workers", "are worried",
     "that the night boats will stop", True),
    ("The mayor has been critical of the new timetable.", "The mayor", "been critical", "the new timetable", False),
    ("The crews remain confident the vote will go their way.", "The crews", "remain confident",
     "the vote will go their way", True),
    ("Dale was eager to meet the ferry crews.", "Dale", "was eager", "to meet the ferry crews", False),
])
def test_stance_adjectives(attr, text, source, cue, content, in_speech):
    df = attr(text)
    assert df.cue.tolist() == [cue]
    assert df.source.tolist() == [source]
    assert df.content.tolist() == [content]
    # A stance with a that-clause counts at the default scope too; one with a to-infinitive or a
    # preposition only in the broad scope.
    speech = attr(text, scope="speech")
    assert speech.content.tolist() == ([content] if in_speech else [])


def test_stance_adjective_needs_content(attr):
    # 'The crews were worried.' names no content: no attribution.
    assert attr("The crews were worried.").empty


def test_broad_speculate_and_portray(attr):
    df = attr("Dale speculated that the board would sell the pier. The mayor portrayed the cuts as temporary.")
    assert set(df.cue) == {"speculated", "portrayed"}
    # Weak communication verbs count in every scope; "discuss" only in the broad one.
    assert attr("Dale speculated that the board would sell the pier.", scope="speech").cue.tolist() == ["speculated"]
    assert attr("The two chiefs discussed joint exercises.", scope="speech").empty


@pytest.mark.parametrize("text, cue", [
    ("They’re worried that the night boats will stop.", "’re worried"),
    ("I’m confident the vote will pass.", "’m confident"),
])
def test_stance_adjective_after_curly_contraction(attr, text, cue):
    assert attr(text).cue.tolist() == [cue]


@pytest.mark.parametrize("text, cue, content", [
    ("Some harbor pilots doubt that the new dredge will be ready by spring.", "doubt",
     "that the new dredge will be ready by spring"),
    ("The ferry crews suspected that the schedule had been changed on purpose.", "suspected",
     "that the schedule had been changed on purpose"),
])
def test_belief_with_that_clause_in_speech_scope(attr, text, cue, content):
    # A cognition verb with its own subject and a that-clause counts at the default scope.
    row = attr(text, scope="speech").query("cue == @cue")
    assert row.content.tolist() == [content]


def test_belief_without_subject_or_complementizer_stays_broad(attr):
    # A relative "that", a subjectless gerund and a raising verb are no stated belief.
    assert attr("The board rejected plans that the pilots hoped would pass.", scope="speech").query("cue == 'hoped'").empty
    assert attr("Understanding that the tide turns early helps the crews.", scope="speech").empty
    assert attr("It seems that the ferry will be late.", scope="speech").empty

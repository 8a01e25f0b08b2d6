"""Attribution rules of the sixth issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one
from newslab.extract.attribution_spans import drop_leading_connective


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, out", [
    ("But the plan works", "the plan works"),
    ("And yet, the plan works", "the plan works"),
    ("Still, the plan works", "the plan works"),
    ("Still the plan works", "Still the plan works"),  # an adverb, not a connective
    ("So far the plan works", "So far the plan works"),
    ("Butler will run", "Butler will run"),
])
def test_drop_leading_connective(text, out):
    s, e = drop_leading_connective(text, (0, len(text)))
    assert text[s:e] == out


def test_parenthetical_content_without_connective(attr):
    row = one(attr("The board met on Monday. But the ferry plan, the mayor said, would cost too much."), "said")
    assert row.content.startswith("the ferry plan")


def test_connective_kept_in_a_speaker_line(attr):
    row = one(attr("LEE: But the ferry plan would cost far too much for the town."), ":")
    assert row.content.startswith("But the ferry plan")


def test_remind_reports_its_that_clause(attr):
    row = one(attr("The mayor reminded voters that the harbor levy expires in June."), "reminded")
    assert row.content == "that the harbor levy expires in June" and row.source == "The mayor"


@pytest.mark.parametrize("text, cue, content", [
    ("The harbor clerk pleaded guilty Wednesday to fraud and theft.", "pleaded", "to fraud and theft"),
    ("He is pleading guilty to two counts of bribery.", "pleading", "to two counts of bribery"),
    ("The dock workers pleaded for patience from the board.", "pleaded", "patience from the board"),
])
def test_plead(attr, text, cue, content):
    assert one(attr(text), cue).content == content


def test_plea_without_charge_reports_nothing(attr):
    assert attr("The harbor clerk pleaded guilty on Monday.").query("cue == 'pleaded'").empty


def test_believe_in(attr):
    row = one(attr("The harbor pilots believe in free trade with the islands."), "believe")
    assert row.content == "in free trade with the islands" and row.source == "The harbor pilots"


@pytest.mark.parametrize("text, cue, source, content", [
    ("Their argument: Only a new harbor board can fix the ferries.", "argument:", "Their",
     "Only a new harbor board can fix the ferries"),
    ("The union's leaders sent Mayor Dale a blunt message: The strike will go on.", "message:", "The union's leaders",
     "The strike will go on"),
])
def test_speech_noun_colon(attr, text, cue, source, content):
    row = one(attr(text), cue)
    assert row.content == content and row.source == source


def test_speech_noun_colon_needs_a_holder(attr):
    assert attr("It was a simple message: Vote early and often this year.").query("cue == 'message:'").empty
    assert attr("Lee wrote in a letter: \"The ferries must keep running.\"").query("cue == 'letter:'").empty


@pytest.mark.parametrize("text, cue, source, content", [
    ("A new harbor survey showed a slim lead for the levy among older voters.", "showed", "A new harbor survey",
     "a slim lead for the levy among older voters"),
    ("The audit found broad support for the ferry plan.", "found", "The audit", "broad support for the ferry plan"),
    ("A county poll showed Dale in second at 20 percent, followed by Lee at 15 percent.", "showed", "A county poll",
     "Dale in second at 20 percent, followed by Lee at 15 percent"),
])
def test_document_finding(attr, text, cue, source, content):
    row = one(attr(text), cue)
    assert row.content == content and row.source == source


def test_show_with_person_subject_is_no_finding(attr):
    # "show" with a person as subject: the object is the addressee or a thing shown, not reported words.
    assert attr("Mayor Dale showed the reporters the new ferry.").query("cue == 'showed'").empty


@pytest.mark.parametrize("text, content", [
    ("The mayor called for the harbor board to resign.", "the harbor board to resign"),
    ("On Monday, Senator Lee called on the harbor board to resign.", "the harbor board to resign"),
])
def test_called_for_and_on_keep_the_addressee(attr, text, content):
    assert one(attr(text), "called").content == content


def test_declare_object_is_content(attr):
    row = one(attr("The harbor union declared victory after the vote."), "declared")
    assert row.content == "victory" and row.source == "The harbor union"


def test_editor_note_paragraph_has_no_attributions(attr):
    df = attr("Lee said the levy would pass.\n\nEditor’s note: Mayor Dale has repeatedly pledged to close the harbor.")
    assert list(df.cue) == ["said"]

"""Attribution rules of session 17. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_an_elliptic_when_asked_has_no_named_asker(attr):
    rows = attr('When asked whom she backed, Ms. Dunmore smiled and said, "Nobody yet."')
    row = one(rows, "asked")
    assert row.source is None
    assert row.content == "whom she backed"
    assert one(rows, "said").source == "Ms. Dunmore"


def test_an_if_question_holding_a_belief_is_the_question(attr):
    rows = attr("Asked if he thought the harbor levy was fair, Mr. Quill said that he did not.")
    row = one(rows, "Asked")
    assert row.source is None
    assert row.content == "if he thought the harbor levy was fair"
    assert rows.query("cue == 'thought'").empty


def test_a_cue_in_a_because_clause_of_reported_words_is_part_of_them(attr):
    rows = attr("Mr. Quill said he stayed home because he did not believe the ferry would sail.")
    assert one(rows, "said").content == "he stayed home because he did not believe the ferry would sail"
    assert rows.query("cue == 'believe'").empty


def test_a_subjectless_reported_clause_takes_back_its_subject_read_as_an_adverbial(attr):
    # The parser reads "the way ..." as an adverbial noun and "just because ..." as an adverbial
    # clause of "said"; both are the subject of the reported clause.
    rows = attr("Lee said the way the board treated the fishermen in the 1990s ''would be all but "
                "disqualifying in a port election'' nowadays.")
    assert one(rows, "said").content.startswith("the way the board treated")
    rows = attr("The harbor judge, in her ruling, said just because the fee was not posted did not mean it was not owed.")
    assert one(rows, "said").content == "just because the fee was not posted did not mean it was not owed"


def test_a_quotation_closing_the_writers_phrase_is_no_content_of_the_cue_after_it(attr):
    rows = attr('The harbor master spoke about the flood in another interview with "The Morning Tide," remarking '
                "from the pier.")
    assert rows.query("cue == 'remarking'").empty
    rows = attr('"We will rebuild the pier before the summer," Ms. Hale said.')
    assert one(rows, "said").content == '"We will rebuild the pier before the summer,"'


def test_a_handle_or_web_address_alone_is_no_reported_content(attr):
    rows = attr("Mara Quill covers the harbor for the Ledger. She tweets @mquill_harbor.\n\nTwitter: @ledger_port")
    assert rows.empty

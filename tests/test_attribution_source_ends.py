"""Where a source phrase ends (issue 12): after the relative word of a relative clause that holds the
cue, not on the auxiliaries and adverbs before the cue. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, cue, source", [
    ("The plan was dropped after Mayor Dale, who had previously criticized the harbor fees, spoke.",
     "criticized", "Mayor Dale, who"),
    ("The board heard from Ms. Grant, who on Monday said the pier was unsafe.", "said", "Ms. Grant, who"),
    ("Fishermen who have long argued that the quota is too low came to the meeting.", "argued", "Fishermen who"),
])
def test_a_relative_clause_source_ends_at_its_relative_word(attr, text, cue, source):
    assert one(attr(text), cue).source == source


def test_a_relative_clause_that_only_describes_the_source_stays(attr):
    # The guard: the clause holds no cue or content of this row, so it is part of the description.
    row = one(attr("Ms. Grant, who has run the ferry line since 2004, said the pier was unsafe."), "said")
    assert row.source == "Ms. Grant, who has run the ferry line since 2004"


def test_a_set_off_relative_clause_with_its_own_cue_is_left_out_of_the_source(attr):
    # "who said ..." is an attribution of its own (its source is "who"); the outer source is the name.
    rows = attr("Ms. Grant, who said the pier was unsafe, told the council that the ferry should stop.")
    assert one(rows, "told").source == "Ms. Grant"
    assert one(rows, "said").source == "Ms. Grant, who"


def test_a_restrictive_relative_clause_with_a_cue_stays_in_the_source(attr):
    # The guard: without a comma the clause tells which people are meant ("residents who ...").
    rows = attr("Residents who said the pier was unsafe told the council that the ferry should stop.")
    assert one(rows, "told").source == "Residents who said the pier was unsafe"


def test_a_source_ends_before_a_no_break_space(attr):
    # The parser hangs the no-break space after the name on the name.
    assert one(attr("The\u00a0Harbor Gazette\u00a0reported that the pier was unsafe."), "reported").source == \
        "The\u00a0Harbor Gazette"


@pytest.mark.parametrize("dash", ["—", "--", "-"])
def test_a_dateline_is_no_part_of_the_source(attr, dash):
    row = one(attr(f"PORT ELLEN {dash} Mayor Dale said on Monday that the pier was unsafe."), "said")
    assert row.source == "Mayor Dale"



def test_words_not_in_capitals_before_a_dash_stay(attr):
    # The guard: a dateline is in capitals; "Harbor news - Mayor Dale" is no dateline.
    row = one(attr("Harbor talk - Mayor Dale said on Monday that the pier was unsafe."), "said")
    assert row.source.startswith("Harbor talk")

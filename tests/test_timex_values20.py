"""Time-expression values from the twentieth session's timex round (issue 12), each on a sentence written here."""

from __future__ import annotations

from timexkit import tx


def test_many_weeks_ago_is_a_week_not_a_day(nlp):
    # Written on Wednesday 10 July 2024: five weeks back is the ISO week of 5 June (2024-W23).
    got = tx(nlp, "The mayor announced the plan five weeks ago.", "2024-07-10")
    assert got == [("five weeks ago", "DATE", "2024-W23", None)]
    # One or two weeks back still name a day, as "a week ago" does.
    got = tx(nlp, "The mayor announced the plan two weeks ago.", "2024-07-10")
    assert got == [("two weeks ago", "DATE", "2024-06-26", None)]


def test_a_year_earlier_than_the_end_of_a_reported_period_is_that_day(nlp):
    # "A year earlier" after "the quarter ended May 31" compares with the period ending that day a year before.
    got = tx(nlp, "For the quarter ended May 31, the grocer earned $4 million, up from $3 million a year earlier.",
             "2024-07-10")
    assert got == [("the quarter", "DATE", "2024-Q2", None), ("May 31", "DATE", "2024-05-31", None),
                   ("a year earlier", "DATE", "2023-05-31", None)]
    # After a day that ends no period, "a year earlier" stays the year.
    got = tx(nlp, "The grocer said on May 31 that it earned $4 million, up from $3 million a year earlier.",
             "2024-07-10")
    assert got[-1] == ("a year earlier", "DATE", "2023", None)

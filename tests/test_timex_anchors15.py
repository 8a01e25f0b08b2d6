"""Time-expression rules from the fifteenth session's timex round (issue 12), each on a sentence written here."""

from __future__ import annotations

from timexkit import tx


def test_a_past_event_before_a_holiday_days_ahead_is_before_that_holiday(nlp):
    # Written on 20 December 2021: the concert was held before the Christmas five days ahead.
    got = tx(nlp, "The choir gave its last concert before Christmas.", "2021-12-20")
    assert got == [("Christmas", "DATE", "2021-12-25", None)]
    # Months ahead, "before Christmas" in the past is last year's.
    got = tx(nlp, "The choir gave its last concert before Christmas.", "2021-10-20")
    assert got == [("Christmas", "DATE", "2020-12-25", None)]
    # On the holiday itself, the past tense still means last year's.
    assert tx(nlp, "He left on Christmas Eve.", "2021-12-20") == [("Christmas Eve", "DATE", "2020-12-24", None)]


def test_a_plan_told_in_the_past_tense_takes_the_nearest_day(nlp):
    # Written on Wednesday 8 May 2024: "was scheduled to" may have been yesterday; "is scheduled to" is ahead.
    got = tx(nlp, "The minister was scheduled to visit the plant on Tuesday.", "2024-05-08")
    assert got == [("Tuesday", "DATE", "2024-05-07", None)]
    got = tx(nlp, "As the senator prepared to speak on Tuesday, a protester was arrested.", "2024-05-08")
    assert got == [("Tuesday", "DATE", "2024-05-07", None)]
    got = tx(nlp, "The minister is scheduled to visit the plant on Tuesday.", "2024-05-08")
    assert got == [("Tuesday", "DATE", "2024-05-14", None)]


def test_a_date_inside_the_subject_of_a_future_verb_is_not_ahead(nlp):
    # Written on Thursday 9 May 2024: the wins and the ruling were on the Tuesday just gone.
    got = tx(nlp, "Her wins in three states on Tuesday will speed the shift.", "2024-05-09")
    assert got == [("Tuesday", "DATE", "2024-05-07", None)]
    got = tx(nlp, "Tuesday's ruling will echo through the courts.", "2024-05-09")
    assert got == [("Tuesday", "DATE", "2024-05-07", None)]
    # The date of the future verb itself stays ahead.
    got = tx(nlp, "The court will rule on Tuesday.", "2024-05-09")
    assert got == [("Tuesday", "DATE", "2024-05-14", None)]


def test_last_day_is_a_final_day_not_yesterday(nlp):
    assert tx(nlp, "It is our last day in the park, so we are taking it slow.", "2024-05-09") == []
    assert tx(nlp, "Friday was the last day to register.", "2024-05-09")[0][0] == "Friday"
    assert len(tx(nlp, "Friday was the last day to register.", "2024-05-09")) == 1


def test_a_month_followed_by_that_year_takes_the_narratives_year(nlp):
    got = tx(nlp, "The plant opened in 1998. In March the same year, the union struck.", "2024-05-09")
    assert got == [("1998", "DATE", "1998", None), ("March", "DATE", "1998-03", None), ("the same year", "DATE", "1998", None)]
    got = tx(nlp, "She moved to Paris in 1970; in October of that year she married.", "2024-05-09")
    assert [t[2] for t in got] == ["1970", "1970-10", "1970"]


def test_that_same_day_after_a_month_is_an_unknown_day_of_that_month(nlp):
    got = tx(nlp, "The last attack came in March, when a guard was shot. The gate was sealed that same day.", "2024-05-09")
    assert got[-1] == ("that same day", "DATE", "2024-03-XX", None)
    got = tx(nlp, "The guard was shot on Friday. The gate was sealed that same day.", "2024-05-09")
    assert got[-1] == ("that same day", "DATE", "2024-05-03", None)


def test_the_very_next_year_is_anaphoric(nlp):
    got = tx(nlp, "The mill closed in 1982. The very next year, a new one opened.", "2012-09-25")
    assert got == [("1982", "DATE", "1982", None), ("The very next year", "DATE", "1983", None)]
    got = tx(nlp, "The strike began on March 3. That very day, the union called it off.", "2012-09-25")
    assert got[-1] == ("That very day", "DATE", "2012-03-03", None)
    # "the very last year of the plan" is its final year, not the year before the article.
    assert tx(nlp, "It was the very last year of the plan.", "2012-09-25") == []

"""Time expressions in earnings and business reports (issue 12, second round), on sentences written here."""

from __future__ import annotations

from timexkit import tx


def test_a_year_before_quarter_is_that_years_reported_quarter(nlp):
    assert tx(nlp, "Net income rose from 5 million in the 2022 quarter.", "2023-10-30") == [
        ("the 2022 quarter", "DATE", "2022-Q3", None)]
    got = tx(nlp, "Fourth-quarter sales slipped, compared with the 2021 quarter.", "2023-02-10")
    assert got[-1] == ("the 2021 quarter", "DATE", "2021-Q4", None)


def test_the_last_half_and_the_first_two_quarters_are_half_years(nlp):
    assert tx(nlp, "Margins improved in the last half of 2022.", "2023-10-30") == [
        ("the last half of 2022", "DATE", "2022-H2", None)]
    assert tx(nlp, "Orders were weak in the first two quarters of 2021.", "2023-10-30") == [
        ("the first two quarters of 2021", "DATE", "2021-H1", None)]
    assert tx(nlp, "The plant idled for the last two quarters.", "2023-10-30") == [
        ("the last two quarters", "DURATION", "P2Q", None)]


def test_years_read_out_after_the_year(nlp):
    assert tx(nlp, "The system must be ready by the year two thousand.", "1998-02-05") == [
        ("the year two thousand", "DATE", "2000", None)]
    assert tx(nlp, "The rule takes effect in the year two thousand and three.", "1998-02-05") == [
        ("the year two thousand and three", "DATE", "2003", None)]
    assert tx(nlp, "It happened in the year nineteen eighty-one.", "1998-02-05") == [
        ("the year nineteen eighty-one", "DATE", "1981", None)]
    assert tx(nlp, "Two thousand workers walked out.", "1998-02-05") == []


def test_focus_adverbs_stay_out_of_a_duration(nlp):
    assert tx(nlp, "The strike lasted only five hours.", "2023-10-30") == [("five hours", "DURATION", "PT5H", None)]
    assert tx(nlp, "The flight took just over an hour.", "2023-10-30") == [("over an hour", "DURATION", "PT1H", "MORE_THAN")]
    assert tx(nlp, "The ceasefire held for about three days.", "2023-10-30") == [("about three days", "DURATION", "P3D", "APPROX")]


def test_open_ended_tails_are_part_of_the_extent(nlp):
    assert tx(nlp, "Demand should stay soft for the next two years or so.", "2023-10-30") == [
        ("the next two years or so", "DURATION", "P2Y", None)]
    assert tx(nlp, "The line will run through 2030 and beyond.", "2023-10-30") == [("2030 and beyond", "DATE", "2030", None)]
    assert tx(nlp, "The mine will not reopen until 2027 or later.", "2023-10-30") == [("2027 or later", "DATE", "2027", None)]
    assert tx(nlp, "It may reopen in 2027 or later this year.", "2023-10-30")[0] == ("2027", "DATE", "2027", None)


def test_a_duration_after_a_focus_adverb_is_kept_without_it(nlp):
    assert tx(nlp, "She had been in office barely a month.", "2023-10-30") == [("a month", "DURATION", "P1M", None)]
    assert tx(nlp, "The repair took just a few minutes.", "2023-10-30") == [("a few minutes", "DURATION", "PTXM", None)]


def test_the_previous_and_the_following_weekday_are_seen_from_the_narrative(nlp):
    got = tx(nlp, "The lender collapsed on Oct. 12. Its shares had slumped the previous Friday.", "2023-10-30")
    assert got[1] == ("the previous Friday", "DATE", "2023-10-06", None)
    got = tx(nlp, "The strike began on March 3, 2022, and ended the following Monday.", "2023-10-30")
    assert got[1] == ("the following Monday", "DATE", "2022-03-07", None)


def test_fourth_quarter_results_announced_in_january_are_last_years(nlp):
    got = tx(nlp, "The insurer will report fourth-quarter results on Thursday.", "2019-01-22")
    assert got[0] == ("fourth-quarter", "DATE", "2018-Q4", None)
    # a future quarter that is no report keeps this year's
    assert tx(nlp, "The insurer expects claims to fall in the fourth quarter.", "2019-01-22") == [
        ("the fourth quarter", "DATE", "2019-Q4", None)]


def test_a_clock_time_is_on_the_day_named_after_its_zone(nlp):
    got = tx(nlp, "The governor spoke at 11 a.m. Pacific time on Monday.", "2016-09-01")
    assert got[0] == ("11 a.m.", "TIME", "2016-08-29T11:00", None)
    got = tx(nlp, "The ferry sank at 9:10 p.m. (1310 GMT) on Saturday.", "2016-09-01")
    assert [g[2] for g in got[:2]] == ["2016-08-27T21:10", "2016-08-27T13:10Z"]
    # another clause in between: the clock keeps the article's day
    assert tx(nlp, "The vote closed at 8 p.m., and on Monday the count began.", "2016-09-01")[0][2] == "2016-09-01T20:00"


def test_a_year_earlier_after_a_run_of_months_is_that_year_not_a_quarter(nlp):
    # session 17: a comparison in a sentence about nine (or six) months has no quarter to copy
    text = ("Third-quarter profit at the mill rose to 4 million from 3 million a year earlier. "
            "For the first nine months, profit climbed to 11 million from 9 million a year earlier.")
    got = tx(nlp, text, "2023-10-30")
    assert got[1] == ("a year earlier", "DATE", "2022-Q3", None)
    assert got[-1] == ("a year earlier", "DATE", "2022", None)

"""More time-expression shapes from the large dev set's error categories (issue 12), each on a sentence written here."""

from __future__ import annotations

from timexkit import tx


def test_couple_of_after_a_determiner_is_two(nlp):
    got = tx(nlp, "Over the next couple of years the mill will double its output.", "2021-03-04")
    assert got == [("the next couple of years", "DURATION", "P2Y", None)]


def test_a_season_of_a_spoken_year(nlp):
    got = tx(nlp, "Wheat last sold this cheaply in the winter of nineteen eighty-two.", "1998-02-23")
    assert got == [("the winter of nineteen eighty-two", "DATE", "1982-WI", None)]


def test_pre_and_post_a_year_are_that_year(nlp):
    assert tx(nlp, "The post-1975 reforms opened the ports.", "1998-02-23") == [("post-1975", "DATE", "1975", "AFTER")]
    assert tx(nlp, "Pre-2008 mortgages were easy to get.", "2015-02-23") == [("Pre-2008", "DATE", "2008", "BEFORE")]


def test_the_night_of_a_date_is_the_date(nlp):
    got = tx(nlp, "The guard was attacked on the night of May 14 near the gate.", "2021-06-02")
    assert got == [("May 14", "DATE", "2021-05-14", None)]


def test_high_noon_is_no_clock_time(nlp):
    assert tx(nlp, "For the reformers, high noon has arrived.", "2021-06-02") == []
    assert tx(nlp, "The reformers meet at noon.", "2021-06-02") == [("noon", "TIME", "2021-06-02T12:00", None)]


def test_one_day_after_a_modal_is_some_future_day(nlp):
    assert tx(nlp, "Rovers may one day drill on Europa.", "2021-06-02") == [("one day", "DATE", "FUTURE_REF", None)]
    assert tx(nlp, "The strike lasted one day.", "2021-06-02") == [("one day", "DURATION", "P1D", None)]


def test_the_reported_quarter_a_year_back(nlp):
    got = tx(nlp, "The mill lost money in the second quarter. For the quarter a year ago, it earned $4 million.", "2021-08-02")
    assert got == [("the second quarter", "DATE", "2021-Q2", None), ("the quarter a year ago", "DATE", "2020-Q2", None)]
    got = tx(nlp, "Exports fell in the second quarter. Sales abroad for last year's quarter were $9 million.", "2021-08-02")
    assert got == [("the second quarter", "DATE", "2021-Q2", None), ("last year's quarter", "DATE", "2020-Q2", None)]


def test_the_day_beside_a_date_is_that_date(nlp):
    got = tx(nlp, "Ten days after March 3, the day before the flood, the dam cracked.", "2021-08-02")
    assert got == [("Ten days", "DURATION", "P10D", None), ("March 3", "DATE", "2021-03-03", None),
                   ("the day", "DATE", "2021-03-03", None)]


def test_the_day_before_an_event_is_no_day_before_the_article(nlp):
    # counted from the vote or the flight, which the article does not date: nothing to mark
    assert tx(nlp, "Protesters gathered the day before the vote.", "2021-08-02") == []
    assert tx(nlp, "The envoy met rebels later in the day before flying home.", "2021-08-02") == []
    assert tx(nlp, "The bank cut rates the year before.", "2021-08-02") == [("the year before", "DATE", "2020", None)]


def test_the_year_after_a_count_of_its_months(nlp):
    got = tx(nlp, "Exports reached $3 million in the first seven months of the year.", "2021-08-02")
    assert got == [("the first seven months", "DURATION", "P7M", None), ("the year", "DATE", "2021", None)]
    assert tx(nlp, "The sedan was named car of the year.", "2021-08-02") == []


def test_a_holiday_named_with_its_day_keeps_the_day(nlp):
    got = tx(nlp, "The ferry was found Christmas Day drifting off the cape.", "2021-01-04")
    assert got == [("Christmas Day", "DATE", "2020-12-25", None)]
    assert tx(nlp, "They bought a Christmas tree.", "2021-01-04") == []


def test_a_counted_day_of_a_run(nlp):
    assert tx(nlp, "It is the fourth day of the strike at the docks.", "2021-06-02") == [("the fourth day", "DATE", "2021-06-02", None)]
    assert tx(nlp, "The index fell for a third straight day.", "2021-06-02") == [("a third straight day", "DATE", "2021-06-02", None)]
    got = tx(nlp, "On Monday, the second day of the summit, the leaders quarrelled.", "2021-06-02")
    assert got == [("Monday", "DATE", "2021-05-31", None), ("the second day", "DATE", "2021-05-31", None)]
    assert tx(nlp, "She promised to act on her first day in office.", "2021-06-02") == []
    assert tx(nlp, "The first day of the course is always hard.", "2021-06-02") == []


def test_early_and_late_join_hyphenated_months_and_deictic_days(nlp):
    assert tx(nlp, "They planned the late-November trip.", "2021-12-02") == [("late-November", "DATE", "2021-11", "END")]
    assert tx(nlp, "The minister was unavailable late yesterday.", "2021-12-02") == [("late yesterday", "DATE", "2021-12-01", "END")]
    got = tx(nlp, "The envoys will meet later this afternoon.", "2021-12-02")
    assert got == [("later this afternoon", "TIME", "2021-12-02TAF", None)]


def test_false_friends_a_comparison_a_programme_and_a_day_beside_its_weekday(nlp):
    assert tx(nlp, "The quarter-to-quarter comparison flattered the bank.", "2021-06-02") == []
    assert tx(nlp, "You are listening to Radio Nine Today.", "2021-06-02") == []
    assert tx(nlp, "During the day Monday, the crowd grew.", "2021-06-02") == [("Monday", "DATE", "2021-05-31", None)]


def test_generic_today_before_a_generic_noun_set_off_by_punctuation(nlp):
    got = tx(nlp, "The law grants rights ``only to sons and not to daughters in today's world _ where kinship can easily be shown.''",
             "2021-06-02")
    assert got == [("today", "DATE", "PRESENT_REF", None)]


def test_and_a_half_adds_half_a_unit(nlp):
    assert tx(nlp, "The hearing lasted an hour and a half.", "2021-06-02") == [("an hour and a half", "DURATION", "PT1H30M", None)]
    assert tx(nlp, "She spent two and a half years abroad.", "2021-06-02") == [("two and a half years", "DURATION", "P2Y6M", None)]
    assert tx(nlp, "The siege lasted a year and a half.", "2021-06-02") == [("a year and a half", "DURATION", "P1Y6M", None)]


def test_a_later_date_is_the_vague_future(nlp):
    assert tx(nlp, "The shares will be offered at a later date.", "2021-06-02") == [("a later date", "DATE", "FUTURE_REF", None)]


def test_a_holiday_week_is_the_week_of_the_holiday(nlp):
    # Easter 2021 was Sunday, April 4 (ISO week 13); written on the Monday before it
    assert tx(nlp, "Pilgrims filled the city as Easter week began.", "2021-03-29") == [("Easter week", "DATE", "2021-W13", None)]


def test_the_reported_quarter_is_the_latest_one_named_not_the_last(nlp):
    got = tx(nlp, "The brewer posted higher third-quarter profit. After a weak second quarter, sales recovered. "
                  "Costs fell from the year-earlier period.", "2021-11-02")
    assert got[-1] == ("the year-earlier period", "DATE", "2020-Q3", None)


def test_over_as_a_preposition_stays_out_of_the_extent(nlp):
    # "spread over four years": the period; "for over four years", "over a month": more than
    assert tx(nlp, "The city will pay the debt over four years.", "2021-06-02") == [("four years", "DURATION", "P4Y", None)]
    assert tx(nlp, "The mine has been shut for over four years.", "2021-06-02") == [
        ("over four years", "DURATION", "P4Y", "MORE_THAN")]
    assert tx(nlp, "The repairs could take over a month.", "2021-06-02") == [("over a month", "DURATION", "P1M", "MORE_THAN")]


def test_a_year_before_a_comma_and_a_counted_unit_is_a_year(nlp):
    got = tx(nlp, "The tunnel opened in May 2016, 14 months behind schedule.", "2018-02-01")
    assert got == [("May 2016", "DATE", "2016-05", None), ("14 months", "DURATION", "P14M", None)]
    assert tx(nlp, "Seats cost 1500, 2500 and 4000 euros.", "2018-02-01") == []


def test_a_bare_part_of_day_before_a_market_session(nlp):
    got = tx(nlp, "Rail stocks slid on Thursday in afternoon trading.", "2021-06-04")
    assert got == [("Thursday", "DATE", "2021-06-03", None), ("afternoon", "TIME", "2021-06-03TAF", None)]
    assert tx(nlp, "Rail stocks slid in early trading.", "2021-06-04") == []
    assert tx(nlp, "She read the evening paper.", "2021-06-04") == []


def test_a_count_before_later_is_a_duration_and_later_a_signal(nlp):
    # TimeML: "later" and "before"/"after" + clause are signals; the count is the timex
    assert tx(nlp, "Three days later, the rebels withdrew.", "2021-06-02") == [("Three days", "DURATION", "P3D", None)]
    assert tx(nlp, "A few hours later, the fire was out.", "2021-06-02") == [("A few hours", "DURATION", "PTXH", None)]
    assert tx(nlp, "He was held for 48 hours before being released.", "2021-06-02") == [
        ("48 hours", "DURATION", "PT48H", None)]
    assert tx(nlp, "Sales rose to $5 million from $4 million a year earlier.", "2021-06-02") == [
        ("a year earlier", "DATE", "2020", None)]


def test_the_end_of_a_weekday_range_follows_its_start(nlp):
    # written on Wednesday 2021-06-02: the Thursday after that Tuesday, not the one before it
    got = tx(nlp, "Warnings were issued from Tuesday to Thursday.", "2021-06-02")
    assert got == [("Tuesday", "DATE", "2021-06-01", None), ("Thursday", "DATE", "2021-06-03", None)]


def test_a_clock_time_takes_the_date_after_on(nlp):
    got = tx(nlp, "The ferry leaves at 10:30 am on 14 July.", "2021-06-02")
    assert got == [("10:30 am", "TIME", "2021-07-14T10:30", None), ("14 July", "DATE", "2021-07-14", None)]
    assert tx(nlp, "The vote closes at 8 p.m. local time on July 14.", "2021-06-02")[0] == (
        "8 p.m. local time", "TIME", "2021-07-14T20:00", None)


def test_a_year_number_before_a_year_noun_is_that_year_and_half_is_a_count(nlp):
    assert tx(nlp, "The insurer expects a loss in the 2022 financial year.", "2021-06-02") == [
        ("the 2022 financial year", "DATE", "2022", None)]
    assert tx(nlp, "Net income for the half-year doubled.", "2021-06-02") == [("half-year", "DURATION", "P6M", None)]
    assert tx(nlp, "The hearing lasted half an hour.", "2021-06-02") == [("half an hour", "DURATION", "PT30M", None)]


def test_a_quarter_century_and_a_dozen_years_are_counts(nlp):
    assert tx(nlp, "The party has ruled for a quarter of a century.", "2021-06-02") == [
        ("a quarter of a century", "DURATION", "P25Y", None)]
    assert tx(nlp, "She has taught here for a dozen years.", "2021-06-02") == [("a dozen years", "DURATION", "P12Y", None)]
    assert tx(nlp, "Profits rose in the first quarter.", "2021-06-02") == [("the first quarter", "DATE", "2021-Q1", None)]


def test_a_season_of_next_year_is_in_next_year(nlp):
    got = tx(nlp, "The inquiry will report in the autumn of next year.", "2021-06-02")
    assert got == [("the autumn", "DATE", "2022-FA", None), ("next year", "DATE", "2022", None)]


def test_a_bare_decade_after_another_and_years_before_year_numbers(nlp):
    got = tx(nlp, "Rents doubled in the 1970s and 80s.", "2021-06-02")
    assert got == [("the 1970s", "DATE", "197", None), ("80s", "DATE", "198", None)]
    assert tx(nlp, "She is in her 80s and 90s.", "2021-06-02") == []
    got = tx(nlp, "The grant covers the years 2022 to 2024.", "2021-06-02")
    assert got == [("2022", "DATE", "2022", None), ("2024", "DATE", "2024", None)]


def test_is_due_on_a_weekday_looks_ahead(nlp):
    # written on Wednesday 2021-06-02
    assert tx(nlp, "The report is due on Monday.", "2021-06-02") == [("Monday", "DATE", "2021-06-07", None)]
    assert tx(nlp, "The loan was due on Monday.", "2021-06-02") == [("Monday", "DATE", "2021-05-31", None)]


def test_a_weekday_in_the_plural_recurs(nlp):
    assert tx(nlp, "The market is closed on Sundays.", "2021-06-02") == [("Sundays", "SET", "XXXX-WXX-7", None)]
    assert tx(nlp, "The show airs Tuesday nights.", "2021-06-02") == [("Tuesday nights", "SET", "XXXX-WXX-2TNI", None)]
    assert tx(nlp, "The Happy Mondays played in Leeds.", "2021-06-02") == []


def test_a_quarter_of_a_fiscal_year_is_one_expression(nlp):
    got = tx(nlp, "Margins widened in the second quarter of fiscal 2022.", "2021-11-02")
    assert got == [("the second quarter of fiscal 2022", "DATE", "2022-Q2", None)]


def test_the_weeks_ahead_is_one_vague_duration(nlp):
    assert tx(nlp, "Shoppers will stay cautious in the weeks ahead.", "2021-06-02") == [("the weeks ahead", "DURATION", "PXW", None)]
    assert tx(nlp, "Prices will rise in the months to come.", "2021-06-02") == [("the months to come", "DURATION", "PXM", None)]


def test_a_holiday_weekend_is_the_weekend_of_its_week(nlp):
    # Easter 2021: Sunday, April 4 (ISO week 13); written after it
    got = tx(nlp, "Roads were jammed over the Easter weekend.", "2021-04-06")
    assert got == [("the Easter weekend", "DATE", "2021-W13-WE", None)]


def test_spring_and_fall_before_a_relative_year_are_seasons(nlp):
    # as "the autumn of next year" already was: the season, then the year as its own expression
    got = tx(nlp, "The crisis began in the spring of last year.", "2024-05-02")
    assert got == [("the spring", "DATE", "2023-SP", None), ("last year", "DATE", "2023", None)]
    got = tx(nlp, "Work resumes in the late fall of next year.", "2024-05-02")
    assert got == [("the late fall", "DATE", "2025-FA", "END"), ("next year", "DATE", "2025", None)]
    # "the fall of the city" is no season; "in the spring" closing the clause is (twenty-eighth round)
    assert tx(nlp, "The fall of the city came in the spring.", "2024-05-02") == [("the spring", "DATE", "2024-SP", None)]
    assert tx(nlp, "The fall of last year's cabinet was swift.", "2024-05-02") == [("last year", "DATE", "2023", None)]


def test_the_end_of_a_year_modifying_a_noun_is_the_year(nlp):
    # the edge phrase would stop inside the noun phrase ("the end of the 2022"): the year alone
    assert tx(nlp, "The coach retired at the end of the 2022 season.", "2024-05-02") == [("2022", "DATE", "2022", None)]
    got = tx(nlp, "The firm lost money at the end of the 1990s.", "2024-05-02")
    assert got == [("the end of the 1990s", "DATE", "199", "END")]


def test_a_capitalised_season_before_a_name_is_part_of_the_name(nlp):
    assert tx(nlp, "The Summer Olympics were held in Tokyo.", "2024-05-02") == []
    assert tx(nlp, "Crowds stormed the Winter Palace.", "2024-05-02") == []
    assert tx(nlp, "The team trained hard over the summer.", "2024-05-02") == [("the summer", "DATE", "2023-SU", None)]


def test_a_weekday_between_two_capitalised_name_words_is_a_name(nlp):
    assert tx(nlp, "The Good Friday Agreement was signed in 1998.", "2024-05-02") == [("1998", "DATE", "1998", None)]
    assert tx(nlp, "Chelsea beat Arsenal on Tuesday.", "2024-05-02") == [("Tuesday", "DATE", "2024-04-30", None)]


def test_evening_hours_on_the_24_hour_clock(nlp):
    # 20:00-23:59 were read as a bare "2" and dropped; 09:00 always worked
    assert tx(nlp, "The polls close at 20:00 CET.", "2024-05-02") == [("20:00 CET", "TIME", "2024-05-02T20:00", None)]
    assert tx(nlp, "The last train left at 23:15.", "2024-05-02") == [("23:15", "TIME", "2024-05-02T23:15", None)]
    assert tx(nlp, "The shop opens at 2 pm.", "2024-05-02") == [("2 pm", "TIME", "2024-05-02T14:00", None)]


def test_a_half_of_something_else_is_no_half_year(nlp):
    assert tx(nlp, "Shares rose in the second half of trading.", "2024-05-02") == []
    assert tx(nlp, "The side scored twice in the first half of the match.", "2024-05-02") == []
    got = tx(nlp, "Rates rose in the second half of the year.", "2024-05-02")
    assert got == [("the second half of the year", "DATE", "2024-H2", None)]
    assert tx(nlp, "The firm expects growth in the second half.", "2024-05-02") == [("the second half", "DATE", "2024-H2", None)]


def test_the_future_of_something_is_its_prospects_not_a_time(nlp):
    # session 17: "the future of X" is not marked (TimeBank gold), "in the future" is
    assert tx(nlp, "Delegates argued about the future of the coalition.", "2023-10-30") == []
    assert tx(nlp, "Prices may rise in the future.", "2023-10-30") == [("the future", "DATE", "FUTURE_REF", None)]


def test_a_rate_after_a_percentage_is_no_set(nlp):
    # "grow 6% annually" is a growth rate; "The fair is held annually" recurs (SET)
    assert tx(nlp, "The brewer expects exports to grow 6% annually.", "2021-06-02") == []
    assert tx(nlp, "The fair is held annually in the old market.", "2021-06-02") == [("annually", "SET", "P1Y", None)]

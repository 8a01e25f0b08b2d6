"""Counted durations and other shapes from the seventh timex round (issue 12), each on a sentence written here."""

from __future__ import annotations

from timexkit import tx


def test_last_as_an_infinitive_is_the_verb(nlp):
    # The parser reads "last" after "due to" as an adjective; the duration is the count alone.
    got = tx(nlp, "The hearing was due to last 40 minutes.", "2024-05-02")
    assert got == [("40 minutes", "DURATION", "PT40M", None)]
    assert tx(nlp, "Exports fell compared to last year.", "2024-05-02") == [("last year", "DATE", "2023", None)]


def test_another_unit_is_one_more_unit(nlp):
    assert tx(nlp, "The dispute could drag on for another decade.", "2024-05-02") == [("another decade", "DURATION", "P10Y", None)]
    assert tx(nlp, "The lease may run another month.", "2024-05-02") == [("another month", "DURATION", "P1M", None)]


def test_a_further_count_keeps_its_determiner(nlp):
    got = tx(nlp, "The board wants a further three weeks to study the bid.", "2024-05-02")
    assert got == [("a further three weeks", "DURATION", "P3W", None)]
    got = tx(nlp, "Inspectors were given an extra day to finish.", "2024-05-02")
    assert got == [("an extra day", "DURATION", "P1D", None)]


def test_a_hundreds_plural_is_a_century(nlp):
    assert tx(nlp, "The mill was built in the late 1700s.", "2024-05-02") == [("the late 1700s", "DATE", "17", "END")]
    assert tx(nlp, "Rents soared in the 2000s.", "2024-05-02") == [("the 2000s", "DATE", "200", None)]


def test_a_hyphenated_range_of_days_marks_both_days(nlp):
    got = tx(nlp, "Ministers will meet on June 11-12 in Oslo.", "2024-05-02")
    assert got == [("June 11", "DATE", "2024-06-11", None), ("12", "DATE", "2024-06-12", None)]
    got = tx(nlp, "The show ran Sept. 29 - Oct. 3 in the old hall.", "2024-11-02")
    assert [t[:3] for t in got] == [("Sept. 29", "DATE", "2024-09-29"), ("Oct. 3", "DATE", "2024-10-03")]
    # A score is no range ("3-1" goes down).
    assert all(t[0] != "May 3" for t in tx(nlp, "They lost on May 3-1 to the visitors.", "2024-05-20"))


def test_o_clock_times(nlp):
    # "o'clock" starts with a letter the clock trigger did not look at: digits and words both count.
    assert tx(nlp, "The ferry leaves at 7 o'clock.", "2024-05-02") == [("7 o'clock", "TIME", "2024-05-02T07:00", None)]
    assert tx(nlp, "By nine o'clock the square was empty.", "2024-05-02") == [("nine o'clock", "TIME", "2024-05-02T09:00", None)]


def test_a_quarter_or_half_named_by_its_months(nlp):
    got = tx(nlp, "Household spending fell in the April-June quarter.", "2021-09-01")
    assert got == [("the April-June quarter", "DATE", "2021-Q2", None)]
    got = tx(nlp, "Exports rose in the July-December period.", "2021-09-01")
    assert got == [("the July-December period", "DATE", "2021-H2", None)]
    got = tx(nlp, "Exports rose in the October-December quarter of 2019.", "2021-09-01")
    assert got == [("the October-December quarter of 2019", "DATE", "2019-Q4", None)]
    # Months that do not make a calendar quarter stay two months.
    assert [t[0] for t in tx(nlp, "Sales fell in the February-April period.", "2021-09-01")] == ["February", "April"]


def test_a_weekday_counted_within_a_month(nlp):
    got = tx(nlp, "The council meets on the first Monday of June.", "2024-05-02")
    assert got == [("the first Monday of June", "DATE", "2024-06-03", None)]
    got = tx(nlp, "The race was run on the last Sunday in April 2019.", "2024-05-02")
    assert got == [("the last Sunday in April 2019", "DATE", "2019-04-28", None)]


def test_a_frequency_before_a_set_word_is_in_the_set(nlp):
    assert tx(nlp, "Ferries sail twice daily in summer.", "2024-05-02") == [("twice daily", "SET", "P1D", None)]
    assert tx(nlp, "The board meets three times weekly.", "2024-05-02") == [("three times weekly", "SET", "P1W", None)]


def test_the_unit_before_last_is_two_back(nlp):
    assert tx(nlp, "The plant closed the month before last.", "2024-05-02") == [("the month before last", "DATE", "2024-03", None)]
    assert tx(nlp, "Rates rose the year before last.", "2024-05-02") == [("the year before last", "DATE", "2022", None)]


def test_a_named_time_zone_is_in_the_clock_time(nlp):
    got = tx(nlp, "The plane touched down at 7 a.m. Moscow time.", "2024-05-02")
    assert got == [("7 a.m. Moscow time", "TIME", "2024-05-02T07:00", None)]
    got = tx(nlp, "The polls will open at 6 a.m. Pacific time on Tuesday.", "2024-05-02")
    assert got == [("6 a.m. Pacific time on Tuesday", "TIME", "2024-05-07T06:00", None)]
    # A capitalised word opening the next sentence is no zone.
    assert tx(nlp, "She left at 8 a.m. Every day was the same.", "2024-05-02")[0][0] == "8 a.m."


def test_a_bare_week_is_a_week_of_the_narratives_year(nlp):
    got = tx(nlp, "Copper rose on Friday. For the week, it gained 4%.", "2024-05-06")
    assert got[-1] == ("the week", "DATE", "2024-WXX", None)
    # "the week before the vote" and "the week of June 3" keep their own readings.
    assert tx(nlp, "The week of June 3 is busy.", "2024-05-06") == [("The week of June 3", "DATE", "2024-W23", None)]
    assert all(t[0] != "the week" for t in tx(nlp, "They met the week before the vote.", "2024-05-06"))
    assert tx(nlp, "Traders are wary of the week ahead.", "2024-05-06") == []


def test_march_between_a_determiner_and_a_noun_is_the_month(nlp):
    got = tx(nlp, "Critics said the March ballot would be delayed.", "2024-01-10")
    assert got == [("March", "DATE", "2024-03", None)]
    # A name stays a name.
    assert tx(nlp, "The March of Dimes gave grants.", "2024-01-10") == []


def test_a_unit_granted_for_doing_something_is_a_length(nlp):
    got = tx(nlp, "The council gave the firm a month to reply.", "2024-05-02")
    assert got == [("a month", "DURATION", "P1M", None)]
    assert tx(nlp, "After the storm they called it a day.", "2024-05-02") == []


def test_a_vague_hyphenated_count(nlp):
    assert tx(nlp, "She ended a several-year stint abroad.", "2024-05-02") == [("several-year", "DURATION", "PXY", None)]


def test_a_reported_stretch_keeps_latest_and_year_earlier(nlp):
    got = tx(nlp, "Orders rose 8% in the latest six months.", "2024-05-02")
    assert got == [("the latest six months", "DURATION", "P6M", None)]
    got = tx(nlp, "Profit in the year-earlier six months was flat.", "2024-05-02")
    assert got == [("the year-earlier six months", "DURATION", "P6M", None)]


def test_a_counted_period_is_the_stretch(nlp):
    got = tx(nlp, "Prices were frozen over a two-year period.", "2024-05-02")
    assert got == [("a two-year period", "DURATION", "P2Y", None)]
    # Without its own article the period noun stays out.
    assert tx(nlp, "Lawyers asked for the extra ten-day period.", "2024-05-02")[0][0] == "ten-day"


def test_the_article_of_a_noun_a_count_modifies_stays_out(nlp):
    assert tx(nlp, "Fans came to the three day festival.", "2024-05-02") == [("three day", "DURATION", "P3D", None)]
    assert tx(nlp, "Officials said the five days of talks ended.", "2024-05-02")[0][0] == "five days"
    # A stretch that is itself the noun keeps its article.
    assert tx(nlp, "Profit rose in the six months to June.", "2024-07-02")[0][0] == "the six months"


def test_this_past_season(nlp):
    assert tx(nlp, "The mill shut this past winter.", "2024-05-02") == [("this past winter", "DATE", "2023-WI", None)]


def test_a_count_range_is_one_stretch(nlp):
    assert tx(nlp, "Repairs should take four to six weeks.", "2024-05-02") == [("four to six weeks", "DURATION", "P4W", None)]
    got = tx(nlp, "Hiring will slow over the next 6 to 9 months.", "2024-05-02")
    assert got == [("the next 6 to 9 months", "DURATION", "P6M", None)]
    # The ends of a range after "from" stay apart.
    assert tx(nlp, "The wait grew from 12 to 18 months.", "2024-05-02") == [("18 months", "DURATION", "P18M", None)]


def test_coordinated_vague_units_are_one_stretch(nlp):
    got = tx(nlp, "The repairs could take weeks or months to finish.", "2024-05-02")
    assert got == [("weeks or months", "DURATION", "PXW", None)]
    got = tx(nlp, "Prices have risen in recent weeks and months.", "2024-05-02")
    assert got == [("recent weeks and months", "DURATION", "PXW", None)]


def test_a_part_of_an_apostrophe_decade(nlp):
    got = tx(nlp, "Growth slowed in the last half of the '60s.", "1989-05-02")
    assert got == [("the last half of the '60s", "DATE", "196", "END")]


def test_a_single_unit_before_later_is_a_count(nlp):
    # as "three years later" is: the count is the expression (DURATION), "later" a signal
    got = tx(nlp, "The mill opened in 2001. A decade later it closed.", "2024-05-02")
    assert got == [("2001", "DATE", "2001", None), ("A decade", "DURATION", "P10Y", None)]
    got = tx(nlp, "The mill opened in 2001. It closed a year later.", "2024-05-02")
    assert got == [("2001", "DATE", "2001", None), ("a year", "DURATION", "P1Y", None)]


def test_bare_short_units_after_within_for_or_after_are_vague_durations(nlp):
    assert tx(nlp, "Officials said the town would be retaken within days.", "2024-05-02") == [("days", "DURATION", "PXD", None)]
    assert tx(nlp, "The two sides argued for hours.", "2024-05-02") == [("hours", "DURATION", "PTXH", None)]
    assert tx(nlp, "After days of shelling, the garrison surrendered.", "2024-05-02") == [("days", "DURATION", "PXD", None)]


def test_bare_days_elsewhere_are_no_duration(nlp):
    assert tx(nlp, "In those days the harbour was busy.", "2024-05-02") == []
    assert tx(nlp, "It takes days to cross the pass.", "2024-05-02") == []

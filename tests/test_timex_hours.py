"""Hours with a part of the day and other shapes from the fourteenth session's timex round (issue 12),
each on a sentence written here."""

from __future__ import annotations

from timexkit import tx


def test_an_hour_with_its_part_of_the_day_is_a_clock_time(nlp):
    got = tx(nlp, "The ferry sails at 4 in the morning and docks at 8 in the evening.", "2024-05-02")
    assert got == [("4 in the morning", "TIME", "2024-05-02T04:00", None), ("8 in the evening", "TIME", "2024-05-02T20:00", None)]
    assert tx(nlp, "The gates close at eleven at night.", "2024-05-02") == [("eleven at night", "TIME", "2024-05-02T23:00", None)]
    assert tx(nlp, "The vote ends at 3:30 in the afternoon.", "2024-05-02") == [("3:30 in the afternoon", "TIME", "2024-05-02T15:30", None)]
    # Without "at" (or "until", "by" ...) the number may be a count: no clock time.
    assert all(not t[0].startswith("3") for t in tx(nlp, "The team scored 3 in the afternoon session.", "2024-05-02"))


def test_a_past_weekend_after_a_narrative_day_is_not_ahead_of_the_article(nlp):
    # Written on Wednesday 8 May 2024: Monday is 6 May, so the weekend is the one before it (W18).
    got = tx(nlp, "Officials said on Monday that the toll had risen over the weekend.", "2024-05-08")
    assert got[-1] == ("the weekend", "DATE", "2024-W18-WE", None)
    # After a Friday the weekend is still the one that follows it.
    got = tx(nlp, "The talks stalled on Friday. Over the weekend, both sides met again.", "2024-05-08")
    assert got[-1] == ("the weekend", "DATE", "2024-W18-WE", None)


def test_more_holidays_are_their_day(nlp):
    got = tx(nlp, "Crowds gathered on Bastille Day and again on Remembrance Day.", "2024-12-02")
    assert got == [("Bastille Day", "DATE", "2024-07-14", None), ("Remembrance Day", "DATE", "2024-11-11", None)]
    got = tx(nlp, "The truce has held since St. Patrick's Day.", "2024-05-02")
    assert got == [("St. Patrick's Day", "DATE", "2024-03-17", None)]
    got = tx(nlp, "Fireworks were banned on the Fourth of July.", "2024-09-10")
    assert got == [("the Fourth of July", "DATE", "2024-07-04", None)]
    # "Christmas of 2008": the year after "of"
    assert tx(nlp, "Prices fell after Christmas of 2008.", "2024-05-02") == [("Christmas of 2008", "DATE", "2008-12-25", None)]


def test_a_holiday_with_a_weekday_is_the_holiday(nlp):
    # The NER reads "Easter Sunday" as a facility; it is still the holiday, not the nearest Sunday.
    assert tx(nlp, "Pilgrims arrived for Easter Sunday.", "2024-05-02") == [("Easter Sunday", "DATE", "2024-03-31", None)]
    # "Good Friday" modifying a noun is left alone, and so is its weekday.
    assert tx(nlp, "Churches were full for Good Friday services.", "2024-05-02") == []


def test_a_clock_time_takes_the_day_named_after_its_conversion(nlp):
    # Written on Thursday 2 May 2024: the vote was yesterday, in both zones.
    got = tx(nlp, "Polls closed at 20:00 CET (19:00 GMT) yesterday.", "2024-05-02")
    assert [t[:3] for t in got] == [("20:00 CET", "TIME", "2024-05-01T20:00"), ("19:00 GMT", "TIME", "2024-05-01T19:00Z"),
                                    ("yesterday", "DATE", "2024-05-01")]


def test_end_hyphen_is_the_end_of_a_year_or_month(nlp):
    got = tx(nlp, "Debt stood at $5 billion at end-March and should fall by end-2025.", "2024-05-02")
    assert got == [("end-March", "DATE", "2024-03", "END"), ("end-2025", "DATE", "2025", "END")]


def test_days_counted_from_easter_and_thanksgiving(nlp):
    got = tx(nlp, "Crowds gathered on Palm Sunday and again on Easter Monday.", "2024-05-02")
    assert got == [("Palm Sunday", "DATE", "2024-03-24", None), ("Easter Monday", "DATE", "2024-04-01", None)]
    assert tx(nlp, "Retailers reported record sales on Cyber Monday.", "2024-12-10") == [("Cyber Monday", "DATE", "2024-12-02", None)]


def test_another_calendars_new_year_is_not_january_first(nlp):
    assert tx(nlp, "Families travelled home for Chinese New Year.", "2024-05-02") == []
    assert tx(nlp, "Fireworks marked the New Year.", "2024-05-02") == [("New Year", "DATE", "2024-01-01", None)]


def test_typographic_apostrophes_read_as_straight_ones(nlp):
    got = tx(nlp, "The files were released on New Year’s Eve.", "2024-01-05")
    assert got == [("New Year’s Eve", "DATE", "2023-12-31", None)]
    # "He’s campaigning Wednesday" (written on Thursday 2 May 2024) is an arrangement ahead, as with "He's".
    assert tx(nlp, "He’s campaigning Wednesday in Ohio.", "2024-05-02") == [("Wednesday", "DATE", "2024-05-08", None)]
    assert tx(nlp, "He's campaigning Wednesday in Ohio.", "2024-05-02") == [("Wednesday", "DATE", "2024-05-08", None)]


def test_at_the_end_of_the_day_as_an_idiom_is_no_time(nlp):
    assert tx(nlp, "At the end of the day, what matters is the vote.", "2024-05-02") == []
    got = tx(nlp, "Shares recovered at the end of the day.", "2024-05-02")
    assert got == [("the end of the day", "DATE", "2024-05-02", "END")]


def test_a_far_earlier_date_in_the_sentence_does_not_set_the_direction(nlp):
    # Written on 18 July 2024: the survey date is past, but the November it needs to win in is ahead.
    got = tx(nlp, "The poll, taken July 11-14, shows he needs to win over women to have a realistic chance of winning in November.",
             "2024-07-18")
    assert got[-1] == ("November", "DATE", "2024-11", None)
    # A list still runs on: "in May ..., in June" after a past date.
    got = tx(nlp, "Sales fell in March, in April and in May.", "2024-07-18")
    assert [t[2] for t in got] == ["2024-03", "2024-04", "2024-05"]


def test_a_refusal_to_say_is_past(nlp):
    # Written on Wednesday 8 May 2024: the refusal was on the Tuesday just gone.
    got = tx(nlp, "The chairman wouldn't say Tuesday how the party would pay for it.", "2024-05-08")
    assert got == [("Tuesday", "DATE", "2024-05-07", None)]
    # A reported plan still looks ahead.
    assert tx(nlp, "He said the talks would resume Tuesday.", "2024-05-08") == [("Tuesday", "DATE", "2024-05-14", None)]


def test_that_second_round_is_an_ordinal(nlp):
    assert tx(nlp, "She reached the run-off but lost that second round to a rival.", "2024-05-02") == []


def test_half_an_hour_with_a_quantity_modifier(nlp):
    got = tx(nlp, "The raid took little more than half an hour.", "2024-05-02")
    assert got == [("more than half an hour", "DURATION", "PT30M", "MORE_THAN")]


def test_a_quarter_as_a_fraction_is_no_time(nlp):
    assert tx(nlp, "He said one-quarter to one-third of members backed him.", "2024-05-02") == []


def test_a_capitalised_midnight_inside_a_sentence_is_a_name(nlp):
    assert tx(nlp, "She starred in Chimes at Midnight and The Trial.", "2024-05-02") == []
    assert tx(nlp, 'The squad was called the "Midnight Crew" by reporters.', "2024-05-02") == []
    assert tx(nlp, "The polls close at midnight.", "2024-05-02") == [("midnight", "TIME", "2024-05-02T24:00", None)]


def test_a_part_of_day_before_of_and_a_date_leaves_the_date(nlp):
    got = tx(nlp, "Early in the morning of 30 May 1832, he was shot.", "2024-05-02")
    assert got == [("30 May 1832", "DATE", "1832-05-30", None)]


def test_months_take_the_year_named_after_them_with_in(nlp):
    got = tx(nlp, "She toured the region between May and June in 1981.", "2024-05-02")
    assert got == [("May", "DATE", "1981-05", None), ("June", "DATE", "1981-06", None), ("1981", "DATE", "1981", None)]
    assert tx(nlp, "Sales rose in May in most regions.", "2024-07-02") == [("May", "DATE", "2024-05", None)]


def test_super_tuesday_is_that_years_primary_day(nlp):
    assert tx(nlp, "She swept the South on Super Tuesday.", "2024-03-07") == [("Super Tuesday", "DATE", "2024-03-05", None)]


def test_midnight_ends_the_day_it_is_named_with(nlp):
    # Written on Monday 6 May 2024: "midnight Friday" closes Friday the 10th (ISO 8601 24:00, TimeBank gold)
    got = tx(nlp, "The tender offer will expire at midnight Friday.", "2024-05-06")
    assert got == [("midnight Friday", "TIME", "2024-05-10T24:00", None)]


def test_that_before_overnight_as_an_object_is_no_night(nlp):
    # "that" is what is managed, and "overnight" means "at once": no night of the narrative
    assert tx(nlp, "Nobody expects the new board to manage that overnight.", "2024-05-06") == []
    got = tx(nlp, "The rescuers worked through that night.", "2024-05-06")
    assert got == [("that night", "TIME", "2024-05-06TNI", None)]


def test_a_capitalised_today_after_a_proper_noun_is_a_name(nlp):
    # "USA TODAY" is a newspaper whatever follows it (a verb, a noun, a possessive)
    assert tx(nlp, "A USA TODAY review found gaps in the records.", "2024-05-06") == []
    assert tx(nlp, "The mayor told USA Today that the plan would go ahead.", "2024-05-06") == []
    got = tx(nlp, "The mayor said today that the plan would go ahead.", "2024-05-06")
    assert got == [("today", "DATE", "2024-05-06", None)]


def test_a_clock_reading_before_mark_is_a_position_in_a_recording(nlp):
    assert tx(nlp, "The remarks begin around the 3:40 mark of the clip.", "2024-05-06") == []
    assert tx(nlp, "He stumbled at the 12:40 minute mark.", "2024-05-06") == []
    assert tx(nlp, "Doors open at 7:30.", "2024-05-06") == [("7:30", "TIME", "2024-05-06T07:30", None)]


def test_a_capitalised_today_after_a_network_possessive_is_a_programme(nlp):
    assert tx(nlp, "The senator told NBC’s “Today” that she would run.", "2024-05-06") == []
    assert tx(nlp, "The senator told NBC's Today that she would run.", "2024-05-06") == []
    got = tx(nlp, "He said the council's report today showed gains.", "2024-05-06")
    assert got == [("today", "DATE", "2024-05-06", None)]

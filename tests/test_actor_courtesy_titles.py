"""Surnames and given names alone among people of one article: a courtesy title's gender, a given name that opens one
full name; on sentences written for these tests."""

from actorkit import actor_mentions


def test_courtesy_title_rules_out_the_other_gender(nlp):
    # Two people share the surname; "Mrs." picks the woman, "Mr." the man (given names of one gender only).
    found = actor_mentions(nlp, "Margaret Holloway and her husband, Richard Holloway, opened the bakery in May. "
                                 "Mrs. Holloway bakes the bread. Mr. Holloway keeps the books.")
    assert "Mrs. Holloway" in found["Margaret Holloway"] and "Mr. Holloway" in found["Richard Holloway"]


def test_courtesy_title_of_the_other_gender_is_someone_else(nlp):
    # Her father is not she; the bare surname after him still goes to the one full name.
    found = actor_mentions(nlp, "Susan Fairweather opened the shop in 1990. Mr. Fairweather, her father, still "
                                 "works there. Fairweather sells maps.")
    assert "Mr. Fairweather" not in found["Susan Fairweather"] and "Fairweather" in found["Susan Fairweather"]


def test_given_name_alone_joins_the_one_full_name_it_opens(nlp):
    found = actor_mentions(nlp, "Marisol Quintero won the race on Sunday. Voters cheered when Marisol spoke.")
    assert "Marisol" in found["Marisol Quintero"]


def test_given_name_two_full_names_open_stays_apart(nlp):
    found = actor_mentions(nlp, "Anna Brill and Anna Kessler both ran for the seat. Anna won.")
    assert found["Anna Brill"] == {"Anna Brill"} and found["Anna Kessler"] == {"Anna Kessler"}

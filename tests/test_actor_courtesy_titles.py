"""A courtesy title's gender when two people share a surname, on sentences written for these tests."""

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

"""Capitalised titles standing alone, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_a_title_as_a_complement_is_a_person(nlp):
    spans = _spans(nlp, "After the vote in 1871 old Wilhelm was proclaimed Emperor, and no town ever had a Mayor so young.")
    assert ("PERSON", "Emperor") in spans
    assert ("PERSON", "a Mayor") in spans


def test_a_title_of_an_office_or_a_name_is_left_to_the_other_rules(nlp):
    spans = _spans(nlp, "The NASA Administrator met Governor Kelly Brandt, and the ministers ate.")
    assert ("PERSON", "Administrator") not in spans
    assert ("PERSON", "Governor") not in spans


def test_a_hyphenated_title_is_one_person_not_its_two_halves(nlp):
    spans = _spans(nlp, "Ortega would rule as Commander-in-Chief, while the next Editor-in-Chief would run the paper.")
    assert ("PERSON", "Commander-in-Chief") in spans
    assert ("PERSON", "Chief") not in spans
    assert ("PERSON", "Commander") not in spans


def test_a_title_joined_by_in_with_spaces_is_one_person(nlp):
    spans = _spans(nlp, "The voters may well make Ortega the next Commander in Chief before the winter.")
    assert not any(t == "Chief" for _, t in spans)
    assert any("Commander in Chief" in t for _, t in spans)

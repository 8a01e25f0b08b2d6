"""People an organisation is named for, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_the_people_ending_an_organisations_name_are_a_person_mention(nlp):
    spans = _spans(nlp, "Last year the International Guild of Beekeepers elected Marit Olsen as its chair.")
    assert ("PERSON", "Beekeepers") in spans


def test_a_plural_that_names_no_people_stays_inside(nlp):
    spans = _spans(nlp, "Last year the Ruritanian Office for Maritime Affairs elected Marit Olsen as its chair.")
    assert not any(t == "PERSON" and m.endswith("Affairs") for t, m in spans)

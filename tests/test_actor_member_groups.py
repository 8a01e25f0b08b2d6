"""People an organisation is named for, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def _spans(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return {(a.type, text[s:e]) for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions}


def test_the_people_ending_an_organisations_name_are_a_person_mention(nlp):
    spans = _spans(nlp, "Last year the International Guild of Beekeepers elected Marit Olsen as its chair.")
    assert ("PERSON", "Beekeepers") in spans


def test_a_plural_that_names_no_people_stays_inside(nlp):
    spans = _spans(nlp, "Last year the Ruritanian Office for Maritime Affairs elected Marit Olsen as its chair.")
    assert not any(t == "PERSON" and m.endswith("Affairs") for t, m in spans)

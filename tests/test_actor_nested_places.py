"""Places named inside an organisation's name, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def test_campus_town_after_a_comma_in_a_university_name(nlp):
    text = "Ottilie Brandt taught linguistics at the University of California, Berkeley, until 1994."

    class A:  # the stage only reads the Doc
        body = text

    places = {text[s:e] for a in extract_actors(nlp(text), A()).actors if a.type == "GPE" for s, e in a.mentions}
    assert places == {"California", "Berkeley"}  # each its own mention, not "California, Berkeley"


def test_a_state_form_word_inside_a_ministry_is_no_town(nlp):
    # "Commonwealth" is also a district of Quezon City in the city list
    text = "The Foreign and Commonwealth Office advised against all travel to the region."

    class A:
        body = text

    places = {text[s:e] for a in extract_actors(nlp(text), A()).actors if a.type == "GPE" for s, e in a.mentions}
    assert "Commonwealth" not in places

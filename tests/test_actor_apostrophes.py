"""Gazetteer names written with a typographic apostrophe, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def _actors(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return extract_actors(nlp(text), A()).actors


def test_state_and_group_with_a_curly_apostrophe_are_the_gazetteer_names(nlp):
    actors = _actors(nlp, "Envoys of the Democratic People’s Republic of Korea met the People’s Protection Units.")
    assert any(a.iso3 == "PRK" and a.type == "GPE" for a in actors)
    assert not any(a.iso3 == "KOR" for a in actors)  # not South Korea's "Republic of Korea" inside it
    assert any(a.type == "ORG" and a.name == "YPG" and a.kind == "armed_group" for a in actors)  # the gazetteer's entry

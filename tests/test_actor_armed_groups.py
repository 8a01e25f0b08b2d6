"""Armed groups named after a region, from the gazetteer, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def _actors(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return extract_actors(nlp(text), A()).actors


def test_a_regional_branch_is_one_organisation_with_its_acronym(nlp):
    text = "Fighters of al-Qaeda in the Arabian Peninsula raided the port at dawn, and AQAP later claimed the raid."
    actors = _actors(nlp, text)
    branch = next(a for a in actors if a.type == "ORG" and "Arabian Peninsula" in a.name)
    assert {text[s:e] for s, e in branch.mentions} == {"al-Qaeda in the Arabian Peninsula", "AQAP"}


def test_the_branch_in_iraq_is_not_the_place(nlp):
    text = "Officials said al Qaeda in Iraq had lost most of its commanders by then."
    spans = {(a.type, text[s:e]) for a in _actors(nlp, text) for s, e in a.mentions}
    assert ("ORG", "al Qaeda in Iraq") in spans

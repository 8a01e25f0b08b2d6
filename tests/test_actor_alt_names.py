"""A person's other name forms in the bracket after the name, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def _persons(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return {(a.name, text[s:e]) for a in extract_actors(nlp(text), A()).actors if a.type == "PERSON" for s, e in a.mentions}


def test_pronunciation_and_labelled_forms_join_the_person(nlp):
    text = "Marta Kowalczyk (/ kɔˈvaltʂɨk /; Polish: [ˈmarta kɔˈvaltʂɨk]; 3 May 1901 – 9 June 1980) was a Polish chemist."
    persons = _persons(nlp, text)
    names = {n for n, m in persons if m == "Marta Kowalczyk"}
    assert names
    name = names.pop()
    assert (name, "kɔˈvaltʂɨk") in persons
    assert (name, "ˈmarta kɔˈvaltʂɨk") in persons
    assert not any("1901" in m for _, m in persons)  # the dates are no name


def test_arabic_script_form_is_left_out(nlp):
    text = "Karim Haddad (Arabic: كريم حداد; born 1950) was a Syrian officer. Later Karim Haddad retired."
    assert not any("كريم" in m for _, m in _persons(nlp, text))

"""Title-only mentions of an office with no determiner, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def _actors(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return extract_actors(nlp(text), A())


def _texts(actors, text):
    return {text[s:e] for a in actors.actors if a.type == "PERSON" for s, e in a.mentions}


def test_office_after_a_named_person_and_a_comma(nlp):
    text = "The senators heard Harriet Pemberton, President of the Ruritanian Republic, on Monday."
    assert "President of the Ruritanian Republic" in _texts(_actors(nlp, text), text)


def test_office_after_a_verb_of_holding_it_and_with_an_ordinal(nlp):
    text = "His uncle was Mayor of Cardiff for ten years. Ottilie Brandt is now the 12th Governor of the Bank of Ruritania."
    found = _texts(_actors(nlp, text), text)
    assert "Mayor of Cardiff" in found and "the 12th Governor of the Bank of Ruritania" in found


def test_office_at_a_line_start_in_an_address(nlp):
    text = "Dear Sir,\nLeader of the Opposition\nHouse of Assembly"
    assert "Leader of the Opposition" in _texts(_actors(nlp, text), text)


def test_bare_title_without_complement_is_no_office_phrase(nlp):
    # The office rule takes no bare title; actor_bare_titles makes each a title-only mention of its own (as GUM marks
    # them), so no longer phrase grows around it.
    text = "Ottilie Brandt, President, thanked them. She was Mayor later."
    found = _texts(_actors(nlp, text), text)
    assert not any(m.startswith(("President ", "Mayor ")) for m in found)


def test_office_after_a_determiner_and_adjectives_or_a_possessive(nlp):
    text = "Ottilie Brandt met our new President and the former Prime Minister. His Chief of Staff stayed home."
    found = _texts(_actors(nlp, text), text)
    assert {"our new President", "the former Prime Minister", "His Chief of Staff"} <= found

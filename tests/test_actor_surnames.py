"""Surnames the model left unlabelled, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_gazetteer import _person_words, _surname_like, _unlabelled_given_names


def test_surname_after_an_elided_particle_counts(nlp):
    assert _surname_like("L'Enfant") and _surname_like("O\u2019Toole") and _surname_like("Quist")
    assert not _surname_like("L'a") and not _surname_like("UN") and not _surname_like("de")
    doc = nlp.make_doc("The engineer Rosalind O'Dwyer drew the plan.")
    assert _person_words([Span(doc, 2, 4, label="PERSON")]) == {"O'Dwyer"}


def test_surname_the_tagger_calls_a_verb_at_a_sentence_start_is_a_person(nlp):
    # The tagger's guess varies with the model, so the tags are set here: the rule reads them, not the model.
    doc = nlp.make_doc("The economist Wilhelmina Grieves wrote first . Grieves argues that rent grows .")
    for t in doc:
        t.is_sent_start = t.i == 0 or doc[t.i - 1].text == "."
        t.pos_ = "PROPN" if t.text[:1].isupper() and t.i else ("PUNCT" if t.text == "." else "VERB")
    second = [t.i for t in doc if t.text == "Grieves"][1]
    doc[second].pos_, doc[second].dep_ = "VERB", "ROOT"
    doc[second + 1].pos_ = "VERB"
    ents = [Span(doc, 2, 4, label="PERSON")]
    assert [(e.text, e.start) for e in _unlabelled_given_names(doc, ents)] == [("Grieves", second)]


def test_given_name_tagged_as_a_verb_stays_out(nlp):
    # Only the article's own surnames skip the proper-noun test: a bare given name needs it.
    doc = nlp.make_doc("Will argues that rent grows .")
    for t in doc:
        t.is_sent_start = t.i == 0
        t.pos_ = "VERB" if t.i < 2 else "NOUN"
    assert _unlabelled_given_names(doc, []) == []


def test_census_given_names_join_the_list_without_common_words(nlp):
    from newslab.extract.actor_lexicons import given_names

    names = given_names()
    assert {"Byron", "Lionel", "Marcie", "Thelma"} <= names
    assert not {"Will", "Young", "Sterling", "Dallas"} & names
    doc = nlp.make_doc("Later Lionel moved north .")
    for t in doc:
        t.is_sent_start = t.i == 0
        t.pos_ = "PROPN" if t.text == "Lionel" else "X"
    assert [e.text for e in _unlabelled_given_names(doc, [])] == ["Lionel"]


def test_given_name_opening_a_place_name_is_no_person(nlp):
    doc = nlp.make_doc("They moved to Lionel Park and later to Marcie Street .")
    for t in doc:
        t.is_sent_start = t.i == 0
        t.pos_ = "PROPN" if t.text[:1].isupper() and t.i else "X"
    assert _unlabelled_given_names(doc, []) == []


def test_place_named_with_a_given_name_stays_a_place(nlp):
    from newslab.extract.actor_gazetteer import _given_name_led

    doc = nlp.make_doc("She drove up from Lionel Park , New York .")
    assert not _given_name_led(doc, Span(doc, 4, 6, label="GPE"))
    doc = nlp.make_doc("Reporters met Lionel Hartwell .")
    assert _given_name_led(doc, Span(doc, 2, 4, label="ORG"))


def test_a_title_and_a_name_the_model_calls_an_organisation_is_a_person(nlp):
    from actorkit import typed_mentions

    spans = typed_mentions(nlp, "The campaign moved its staff to Ohio. Spokeswoman Haley Morris said the move was "
                                "planned, and General Motors said nothing.")
    assert ("ORG", "Spokeswoman Haley Morris") not in spans
    assert any(typ == "PERSON" and "Haley Morris" in t for typ, t in spans)
    assert ("ORG", "General Motors") in spans


def test_a_sentence_opening_word_written_in_lower_case_elsewhere_is_no_surname(nlp):
    from newslab.extract.actor_titles import Mention
    from newslab.extract.actors import _acronyms_and_surnames

    def found(text):
        doc = nlp.make_doc(text)
        for t in doc:
            t.is_sent_start = t.i == 0 or doc[t.i - 1].text == "."
            t.pos_ = "PROPN" if t.text[:1].isupper() else ("PUNCT" if t.text == "." else "NOUN")
        m = Mention(2, 5, "PERSON", ("PERSON", "Orla Marsh Reed"), "Orla Marsh Reed", kind="person", span_start=2)
        return [doc[x.start].text for x in _acronyms_and_surnames(doc, [m], set(range(2, 5)))]

    assert found("They met Orla Marsh Reed there . Reed grows tall .") == ["Reed"]
    assert found("They met Orla Marsh Reed there . Reed grows tall by the reed beds .") == []

"""Words next to a name that say what it names, on sentences written for these tests."""

from newslab.extract.actor_cues import colour_adjective, cue_label

from actorkit import span_of


def test_title_before_one_word_makes_a_person(nlp):
    doc = nlp("We thank Senator Quarry and Governor Texas for coming.")
    assert cue_label(doc, span_of(doc, "Quarry", "GPE")) == "PERSON"
    assert cue_label(doc, span_of(doc, "Texas", "GPE")) is None  # a state after a title stays a state


def test_town_before_a_state_is_a_place(nlp):
    doc = nlp("The letter came from Vellmar, Ohio, last week; Ada Gorse, Mexico's envoy, read it.")
    assert cue_label(doc, span_of(doc, "Vellmar", "PERSON")) == "GPE"
    assert cue_label(doc, span_of(doc, "Ada Gorse", "PERSON")) is None  # the state goes on with a possessive


def test_town_in_a_list_stays(nlp):
    doc = nlp("Flights leave for Kovar, Canada, and Peru.")
    assert cue_label(doc, span_of(doc, "Canada", "PERSON")) is None


def test_company_apposition_makes_an_organisation(nlp):
    doc = nlp("In 2019 she founded the company Trelvio. Later Vantrix, a company that sells paint, bought it.")
    assert cue_label(doc, span_of(doc, "Trelvio", "PERSON")) == "ORG"
    assert cue_label(doc, span_of(doc, "Vantrix", "GPE")) == "ORG"


def test_colour_for_people_is_an_adjective(nlp):
    doc = nlp("Their White colleagues earned more than the union's Black members, said White.")
    assert colour_adjective(doc, span_of(doc, "White", "LOC"))
    assert colour_adjective(doc, span_of(doc, "Black", "ORG"))
    last = [t.i for t in doc if t.text == "White"][-1]
    assert not colour_adjective(doc, doc[last:last + 1])  # a surname at the end of the sentence


def test_names_with_an_inner_capital(nlp):
    from newslab.extract.actor_cues import name_cased
    from newslab.extract.actor_gazetteer import persons_by_name

    assert name_cased("McVane") and name_cased("DeLuria") and name_cased("MacOrran")
    assert not name_cased("Vane") and not name_cased("NATO") and not name_cased("iPhone") and not name_cased("Mc")
    doc = nlp.make_doc("The appeal was filed by Greta McVane last spring.")
    ents = [span_of(doc, "Greta McVane", "ORG")]
    assert [e.label_ for e in persons_by_name(doc, ents)] == ["PERSON"]  # a given name leads it


def test_person_cut_at_an_inner_possessive(nlp):
    from newslab.extract.actor_cues import split_at_possessive

    doc = nlp.make_doc("Last week Vorne\u2019s Ohio manager, Lil Marsh, left and Vorne\u2019s Big Plan failed.")
    parts = split_at_possessive(doc, span_of(doc, "Vorne \u2019s Ohio", "PERSON"))
    assert [(p.text, p.label_) for p in parts] == [("Vorne", "PERSON"), ("Ohio", "GPE")]
    parts = split_at_possessive(doc, span_of(doc, "Vorne \u2019s Big Plan", "PERSON"))
    assert [(p.text, p.label_) for p in parts] == [("Vorne", "PERSON")]  # the rest is no place: no name
    doc = nlp.make_doc("We saw The Queen's Gambit twice.")
    whole = span_of(doc, "The Queen 's Gambit", "PERSON")
    assert split_at_possessive(doc, whole) == [whole]  # a title opened by "The"


def test_headline_verb_glued_to_names(nlp):
    from newslab.extract.actor_cues import glued_names

    doc = nlp.make_doc("Ada Vorne Scolds Lil Marsh Over Taxes\n\nAda Vorne met Lil Marsh. Senator Lil Marsh Jr. and "
                       "Ethicist Ada Vorne spoke.")
    from spacy.tokens import Span

    met, dot = span_of(doc, "Ada Vorne met", "PERSON"), span_of(doc, "Lil Marsh .", "PERSON")
    ents = [span_of(doc, "Ada Vorne Scolds Lil Marsh", "PERSON"), Span(doc, met.start, met.start + 2, label="PERSON"),
            Span(doc, dot.start, dot.start + 2, label="PERSON"), span_of(doc, "Lil Marsh Jr.", "PERSON"),
            span_of(doc, "Ethicist Ada Vorne", "PERSON")]
    out = [e.text for e in glued_names(doc, ents)]
    assert out[:2] == ["Ada Vorne", "Lil Marsh"]  # the headline's verb is cut out
    assert "Lil Marsh Jr." in out and "Ethicist Ada Vorne" in out  # a suffix and a role before a name stay


def test_titled_one_word_names(nlp):
    from newslab.extract.actor_cues import titled_names

    doc = nlp.make_doc("Governor Vellmar and Mr. Quorrel met President Washington and Senator Ohio, then Vellmar left.")
    ents = [span_of(doc, w, "GPE") for w in ("Vellmar", "Quorrel", "Washington", "Ohio")]
    assert titled_names(doc, ents) == {"Vellmar", "Quorrel"}  # a big city and a US state stay places


def test_titled_name_is_a_person_throughout(nlp):
    doc = nlp("Governor Vellmar spoke first. The candidates are Ortz, Vellmar, Bannet, and Rubeo. Vellmar won.")
    assert {e.label_ for e in doc.ents if e.text == "Vellmar"} <= {"PERSON"}


def test_town_before_a_state_is_no_surname(nlp):
    from newslab.extract.actor_gazetteer import persons_by_name

    doc = nlp.make_doc("Letters reach Dunmore, Fla., slowly. Ada Dunmore runs the post office there.")
    ents = [span_of(doc, "Dunmore", "GPE"), span_of(doc, "Ada Dunmore", "PERSON")]
    assert [e.label_ for e in persons_by_name(doc, ents)] == ["GPE", "PERSON"]  # the town, though she bears its name
    doc = nlp.make_doc("Letters reach Marcy, Fla., slowly.")
    assert [e.label_ for e in persons_by_name(doc, [span_of(doc, "Marcy", "GPE")])] == ["GPE"]  # a given name too


def test_town_before_a_state_joins_no_person(nlp):
    from actorkit import typed_mentions

    found = typed_mentions(nlp, "He drew the plan for Washington, D.C. (the capital) in 1791. George Washington approved "
                                "it, and Washington praised the engineer.")
    assert ("GPE", "Washington, D.C.") in found and ("PERSON", "George Washington") in found
    found = typed_mentions(nlp, "She mailed the card from Dunmore, Fla., on Monday. Ada Dunmore had kept the shop there.")
    assert ("PERSON", "Dunmore") not in found and ("PERSON", "Ada Dunmore") in found

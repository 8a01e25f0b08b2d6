"""Weapon models and titled works are no actors, a given name between a title and a surname is the name's, "Gov."
is a title, a firm described by trade is an organisation, and a role in apposition before a name is the person's
(twenty-eighth round). Every sentence here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from actorkit import typed_mentions
from newslab.extract.actors import extract_actors
from newslab.seeds import parse_seed_text


def _actors(nlp, text: str):
    art = parse_seed_text(f"date 2023-05-06 {text}\n", "t")
    return {a.name: a for a in extract_actors(nlp(art.body), art).actors}


@pytest.mark.parametrize("text, model", [
    ("The United States has supplied Ukraine with rocket launchers and Javelin missiles.", "Javelin"),
    ("Kyiv thanked Berlin for the Patriot air defence systems it sent in April.", "Patriot"),
    # the model calls these an organisation (thirtieth round): a weapon's model, a product after its model number
    ("Berlin sent two IRIS-T launchers to Kyiv in October.", "IRIS"),
    ("The company made progress on the 737 MAX at its plant.", "MAX"),
])
def test_a_weapon_or_product_model_is_no_actor(nlp, text, model):
    found = typed_mentions(nlp, text)
    assert not any(model in t for _, t in found), found


def test_a_person_before_a_weapon_noun_that_is_not_its_head_stays(nlp):
    # guard: "the Obama drone program" is the president's programme, not a drone's model
    assert ("PERSON", "Obama") in typed_mentions(nlp, "Critics of the Obama drone program spoke in Congress.")


def test_a_work_in_apposition_between_commas_is_no_actor(nlp):
    found = typed_mentions(nlp, "The painting, Salvator Mundi, sold for $450 million in New York.")
    assert not any("Salvator" in t for _, t in found), found


def test_a_person_in_apposition_to_a_kin_noun_stays(nlp):
    # guard: only a kind of work or craft before the commas makes the name a title
    assert ("PERSON", "Michael") in typed_mentions(nlp, "Her son, Michael, was arrested in Leeds.")


def test_a_given_name_between_a_title_and_the_surname_is_the_names(nlp):
    got = _actors(nlp, "London Mayor Sadiq Khan criticised the plan.")
    assert "Sadiq Khan" in got, sorted(got)
    assert got["Sadiq Khan"].role == "Mayor" and got["Sadiq Khan"].affiliation == "London"


@pytest.mark.parametrize("text, name, affiliation", [
    ("Gov. Gavin Newsom signed the bill on Monday.", "Gavin Newsom", None),
    ("Wisconsin Gov. Scott Walker vetoed the budget.", "Scott Walker", "Wisconsin"),
])
def test_gov_is_a_government_title(nlp, text, name, affiliation):
    person = _actors(nlp, text)[name]
    assert person.role and person.role.startswith("Gov.") and person.kind == "government", person
    assert person.affiliation == affiliation


def test_a_firm_described_as_a_supplier_is_an_organisation(nlp):
    assert ("ORG", "Foxconn") in typed_mentions(nlp, "Foxconn, Apple's main supplier, said output had recovered.")


def test_a_full_name_described_by_a_trade_stays_a_person(nlp):
    # guard: "a dress manufacturer" after a given and a family name describes a person
    assert ("PERSON", "Maria Gomez") in typed_mentions(nlp, "He spoke to Maria Gomez, a dress manufacturer.")


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("The foreign minister, Sergei Lavrov, said talks would go on.", "Sergei Lavrov", "foreign minister", None),
    ("Germany's chancellor, Olaf Scholz, said talks would go on.", "Olaf Scholz", "chancellor", "Germany"),
    ("The Bundesbank president, Joachim Nagel, said inflation had peaked.", "Joachim Nagel", "Bundesbank president",
     "Bundesbank"),
])
def test_a_role_in_apposition_before_the_name(nlp, text, name, role, affiliation):
    person = _actors(nlp, text)[name]
    assert person.role == role and person.affiliation == affiliation, person


def test_a_name_opening_the_clause_after_a_role_takes_no_role_from_a_bare_noun(nlp):
    # guard: no apposition closes after the name, and "reporters" is no role phrase
    person = _actors(nlp, "Speaking to reporters, Ana Diaz opposed the plan.")["Ana Diaz"]
    assert person.role is None, person


def test_two_firms_run_together_across_and_are_cut_where_one_is_named_alone(nlp):
    found = typed_mentions(nlp, "A judge blocked the merger of Kroger and Albertsons on Tuesday. Kroger said it would "
                                "appeal.")
    assert {("ORG", "Kroger"), ("ORG", "Albertsons")} <= found, found
    assert not any(" and " in t for _, t in found), found


def test_a_firm_name_with_and_stays_whole_when_no_part_stands_alone(nlp):
    # guard: "Procter and Gamble" is one company; neither part is written alone
    found = typed_mentions(nlp, "Shares of Procter and Gamble rose on Monday. The company said sales grew.")
    assert ("ORG", "Procter and Gamble") in found, found


def test_names_a_which_clause_describes_are_organisations(nlp):
    found = typed_mentions(nlp, "Eli Lilly, Novo Nordisk and Sanofi, which make most of the insulin sold in Europe, "
                                "cut prices in March.")
    assert {("ORG", "Eli Lilly"), ("ORG", "Novo Nordisk"), ("ORG", "Sanofi")} <= found, found


def test_a_which_clause_closing_the_sentence_may_be_about_the_event(nlp):
    # guard: ", which surprised everyone." can be said of the whole clause; the person stays
    assert ("PERSON", "Marcus Webb") in typed_mentions(nlp, "The board hired Marcus Webb, which surprised everyone.")


def test_a_name_in_apposition_after_a_body_noun_is_an_organisation(nlp):
    found = typed_mentions(nlp, "The drug industry's main lobbying group, PhRMA, said the bill was flawed.")
    assert ("ORG", "PhRMA") in found, found


def test_a_bare_role_with_its_of_phrase_after_the_name(nlp):
    person = _actors(nlp, "Tom Hale, chairman of Vantage Labs, resigned on Friday.")["Tom Hale"]
    assert person.role == "chairman of Vantage Labs" and person.affiliation == "Vantage Labs", person


def test_a_kin_noun_after_the_name_is_no_role(nlp):
    # guard: "father of three" describes the person; "father" is no office
    assert _actors(nlp, "John Smith, father of three, said he was worried.")["John Smith"].role is None


def test_a_name_after_known_as_is_the_persons_other_name(nlp):
    text = ("The RSF is commanded by Mohamed Hamdan Dagalo, known as Hemedti, who denies the charges. Hemedti later met "
            "the army chief in Jeddah.")
    got = _actors(nlp, text)
    assert "Hemedti" not in got, sorted(got)
    assert len(got["Mohamed Hamdan Dagalo"].mentions) == 3, got["Mohamed Hamdan Dagalo"]


@pytest.mark.parametrize("text, name, kind", [
    ("Alan Reed, president of Nestle Foods, said sales rose.", "Alan Reed", "organisation"),
    ("Bashar al-Assad, president of Syria, spoke on Sunday.", "Bashar al-Assad", "government"),
])
def test_an_office_in_a_firm_is_no_government_office(nlp, text, name, kind):
    assert _actors(nlp, text)[name].kind == kind


def test_a_carrier_is_a_firm_in_every_mention(nlp):
    text = ("Pilots at the low-cost carrier Ryanair walked out on Thursday. Ryanair chief executive Michael O'Leary "
            "called the action unjustified. Shares in Ryanair fell.")
    got = _actors(nlp, text)
    assert got["Ryanair"].type == "ORG" and len(got["Ryanair"].mentions) == 3, got["Ryanair"]


def test_a_month_between_times_is_no_place(nlp):
    # "March" is also a town of the gazetteer; between "between" and another month it is a time
    found = typed_mentions(nlp, "He passed six reports to a journalist between March and June of last year.")
    assert not any(t == "March" for _, t in found), found


def test_a_month_the_model_typed_as_a_place_is_dropped_in_a_time_phrase(nlp):
    from actorkit import one_sentence_doc, span_of

    from newslab.extract.actor_gazetteer import _drop_things

    doc = one_sentence_doc(nlp, "Prices rose sharply in March and fell in June .")
    kept = _drop_things(doc, [span_of(doc, "March", "GPE"), span_of(doc, "Prices", "ORG")])
    assert [e.text for e in kept] == ["Prices"], kept


def test_a_month_name_as_a_possessor_stays(nlp):
    # guard: "in May's cabinet" is a person's
    from actorkit import one_sentence_doc, span_of

    from newslab.extract.actor_gazetteer import _drop_things

    doc = one_sentence_doc(nlp, "He served in May 's cabinet .")
    assert [e.text for e in _drop_things(doc, [span_of(doc, "May", "PERSON")])] == ["May"]


def test_an_organisations_former_name_after_known_as_is_its_own(nlp):
    text = ("Jabhat Fateh al-Sham, formerly known as the Nusra Front, is an affiliate of al-Qaeda. The Nusra Front was "
            "founded in 2012.")
    got = _actors(nlp, text)
    assert "Nusra Front" not in got and len(got["Jabhat Fateh al-Sham"].mentions) == 3, sorted(got)


def test_a_name_listed_with_an_organisation_is_one_too(nlp):
    found = typed_mentions(nlp, "Pfizer and BioNTech said their updated vaccine would be ready in the autumn.")
    assert {("ORG", "Pfizer"), ("ORG", "BioNTech")} <= found, found


def test_a_states_leader_holds_a_government_office(nlp):
    person = _actors(nlp, "The Brazilian leader, Luiz Inácio Lula da Silva, criticised the embargo.")["Luiz Inácio Lula da Silva"]
    assert person.role == "Brazilian leader" and person.kind == "government", person


def test_known_as_with_nothing_after_it_changes_nothing(nlp):
    # a text cut after the opening quote of a nickname: no name to take, and no error
    from newslab.extract.actor_alt_names import known_as_names
    from newslab.extract.actor_titles import Mention

    doc = nlp.make_doc('Ali Musa, known as "')
    mentions = [Mention(0, 2, "PERSON", ("PERSON", "ali musa"), "Ali Musa")]
    known_as_names(doc, mentions)
    assert [(m.start, m.end, m.key) for m in mentions] == [(0, 2, ("PERSON", "ali musa"))]

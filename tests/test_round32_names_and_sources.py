"""A state's airline the model split, storms named after their prefix, media and bodies by their head word, people the
model called a body, headline names side by side, acronyms defined for a whole name, airlines by their short name,
bodies named for a house, openers glued to a name, roles at a workplace with no article (actors); datelines run into a
subject or a quotation, threats that are dangers, he and she as the text shows them, civil offices named "general"
(attribution); a group's own possessive and a counterpart as partner (interactions); deeds one is accused of and the
ends of a date range (time). Thirty-second round. Every sentence here is written for the test; none comes from an
evaluation set."""

from __future__ import annotations

import pytest

from actorkit import actors_by_name as _actors, typed_mentions
from attrkit import make_attr, one
from interkit import edges, has
from timexkit import tx


@pytest.mark.parametrize("text, name", [
    ("China Airlines and EVA Air cancelled more than 200 flights on Monday.", "China Airlines"),
    ("She flew home with Qatar Airways last spring.", "Qatar Airways"),
])
def test_a_states_airline_the_model_split_is_one_organisation(nlp, text, name):
    found = typed_mentions(nlp, text)
    assert ("ORG", name) in found and not any(t == "Airlines" or t == "Airways" for _, t in found), found


def test_a_storm_prefix_the_model_ended_before_the_name_is_no_place(nlp):
    found = typed_mentions(nlp, "MANILA — Typhoon Marta slammed into the northern coast on Sunday afternoon.")
    assert not any("Typhoon" in t for _, t in found), found


def test_an_agency_acronym_before_a_title_is_no_ships_prefix(nlp):
    # guard: "INS" opens ship names ("INS Vikrant"), but here it is the agency that holds the office
    text = ("Exiles vowed to fight the Immigration and Naturalization Service. The order was signed by INS Commissioner "
            "Ruth Olsen on Monday.")
    assert _actors(nlp, text)["Ruth Olsen"].affiliation == "Immigration and Naturalization Service"


@pytest.mark.parametrize("text, name, type_", [
    # a name after a media noun is a body
    ("The tabloid Kurier said the minister would resign.", "Kurier", "ORG"),
    ("The Greek daily Kathimerini reported that the talks had stalled.", "Kathimerini", "ORG"),
    # a state's division is a place, and a count is no part of its name
    ("Russian forces shelled Kherson Oblast 87 times in the previous 24 hours.", "Kherson Oblast", "GPE"),
])
def test_a_name_takes_the_type_its_words_give(nlp, text, name, type_):
    assert _actors(nlp, text)[name].type == type_


def test_a_body_named_again_by_its_head_word_is_one_actor(nlp):
    text = ("The clashes began near Raqqa, according to the Kurdish Observatory for Civil Rights. The Observatory's "
            "director, Omar Haddad, said the fighters fired first.")
    body = _actors(nlp, text)["Kurdish Observatory for Civil Rights"]
    assert len(body.mentions) == 2, body


def test_a_name_in_apposition_to_a_trade_noun_is_a_person(nlp):
    text = "In 2011 a producer at the station, Tunde Bakare, heard her speak at a school fair."
    assert _actors(nlp, text)["Tunde Bakare"].type == "PERSON"


def test_names_side_by_side_in_a_headline_are_the_bodys_people(nlp):
    text = ("Vance Hits Ortiz on Taxes as Ohio Primary Nears\n\n"
            "Sen. Tom Vance on Saturday attacked Rep. Ana Ortiz at a diner. The Ortiz campaign answered within hours.")
    found = typed_mentions(nlp, text)
    assert not any(t.startswith("Vance Hits") for _, t in found), found
    actors = _actors(nlp, text)
    assert len(actors["Tom Vance"].mentions) == 2 and len(actors["Ana Ortiz"].mentions) >= 2, actors


def test_a_surname_the_model_called_a_facility_is_the_persons(nlp):
    # the model calls a surname before "campaign" a facility now and then ("The Rubio campaign fired back"); the
    # label is set by hand here, as invented names do not draw the error
    from spacy.tokens import Span

    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    art = parse_seed_text("date 2024-05-14 Sen. Tom Vance attacked Rep. Ana Ortiz.\n\nThe Ortiz campaign answered.\n", "t")
    doc = nlp(art.body)
    k = [t.i for t in doc if t.text == "Ortiz"][-1]
    doc.ents = [e for e in doc.ents if e.end <= k or e.start > k] + [Span(doc, k, k + 1, label="FAC")]
    actors = {a.name: a for a in extract_actors(doc, art).actors}
    assert "Ortiz" not in actors and len(actors["Ana Ortiz"].mentions) == 2, actors


@pytest.mark.parametrize("text, name, short", [
    ("Burkinabe Armed Forces (FABu), backed by foreign contractors, cleared the road. A FABu convoy was hit on Monday.",
     "Burkinabe Armed Forces", "FABu"),
    ("Jama'at Ansar al-Din wal-Jihad (JADJ) attacked a base. JADJ fighters withdrew at dawn.",
     "Jama'at Ansar al-Din", "JADJ"),
])
def test_an_acronym_defined_in_brackets_joins_its_name(nlp, text, name, short):
    body = _actors(nlp, text)[name]
    assert short in {text[s:e] for s, e in body.mentions}, body


def test_an_acronym_that_spells_two_names_side_by_side_makes_them_one(nlp):
    text = "Islamic State West Africa Province (ISWAP) attacked a base in Borno on Monday."
    assert ("ORG", "Islamic State West Africa Province") in typed_mentions(nlp, text)


def test_an_airline_named_by_its_short_name_is_one_actor(nlp):
    text = ("Lufthansa bought a stake in Italy's ITA Airways on Tuesday. ITA, the successor to Alitalia, has lost money "
            "every year.")
    actors = _actors(nlp, text)
    assert "ITA" not in actors and "ITA" in {text[s:e] for s, e in actors["ITA Airways"].mentions}, actors


def test_a_company_named_with_its_form_its_short_name_and_acronym_is_one_actor(nlp):
    text = ("General Motors to cut jobs in Ontario\n\nGeneral Motors Corp. said on Wednesday it would cut 2,000 jobs. "
            "GM asked Ottawa for loans.")
    actors = _actors(nlp, text)
    assert "General Motors" not in actors and len(actors["General Motors Corp."].mentions) == 3, actors


def test_a_body_named_for_a_house_is_an_organisation(nlp):
    text = ("By spring the lamp was lit again. The Trinity House inspectors came in May and found nothing wrong. One "
            "of them asked her how she had done it.")
    assert _actors(nlp, text)["Trinity House"].type == "ORG"


def test_a_word_opening_the_sentence_that_governs_a_name_is_no_part_of_it(nlp):
    found = typed_mentions(nlp, "Following Burrell (1998) and Lunt (2004), we code each article for its frame.")
    assert ("PERSON", "Burrell") in found and not any("Following" in t for _, t in found), found


@pytest.mark.parametrize("text, name, role, org", [
    ('"Rates will stay high," said Mara Quist, chief strategist at Halden Capital.', "Mara Quist", "chief strategist",
     "Halden Capital"),
    ("Ivo Brandt, senior portfolio manager at Kessler Partners, said bonds would rally.", "Ivo Brandt",
     "senior portfolio manager", "Kessler Partners"),
])
def test_a_role_with_no_article_at_a_workplace_gives_role_and_affiliation(nlp, text, name, role, org):
    person = _actors(nlp, text)[name]
    assert (person.role, person.affiliation) == (role, org), person


def test_a_subject_after_a_dateline_is_the_source_and_the_actor(nlp):
    attr = make_attr(nlp)
    row = one(attr("HARTFORD, Conn. — Sen. Tom Vance on Saturday criticised Rep. Ana Ortiz, telling voters that she "
                   "had changed her mind."), "telling")
    assert row.source_actor == "Tom Vance", row


def test_a_subject_after_a_dateline_acts_in_the_interactions(nlp):
    df = edges(nlp, "HARTFORD — Sen. Tom Vance on Saturday criticised Rep. Ana Ortiz in a speech.")
    assert has(df, "Tom Vance", "Ana Ortiz", "oppose") and not (df["source"] == "HARTFORD").any(), df


# (the last two are guards: the parse already left those datelines out)
@pytest.mark.parametrize("lead", ["Oslo, 13 March 2024 — ", "Oslo (Reuters) — ", "OSLO - "])
def test_a_dateline_is_no_part_of_what_is_said(nlp, lead):
    attr = make_attr(nlp)
    row = one(attr(lead + "The board approved the merger, Lise Dahl announced on Tuesday."), "announced")
    assert row.content == "The board approved the merger", row


def test_a_threat_to_a_place_is_a_danger_not_words(nlp):
    attr = make_attr(nlp)
    assert attr("Hurricane Lina threatened the coast on Monday.").empty
    assert len(attr("The senator threatened to block the bill.")) == 1  # guard: a threat voiced


def test_she_is_not_the_man_the_article_calls_he(nlp):
    attr = make_attr(nlp)
    text = ('Clara Ruiz said she would leave. Tom Ruiz said he would stay. "I am tired," she said.')
    rows = attr(text)
    quoted = rows[rows.content.str.startswith('"I am tired')].iloc[0]
    assert quoted.source_actor == "Clara Ruiz", rows[["source", "source_actor", "content"]]


def test_a_civil_office_named_general_is_no_military_source(nlp):
    attr = make_attr(nlp)
    row = one(attr("The Ohio attorney general's office did not respond to a request for comment."), "respond")
    assert row.source_kind == "government", row


def test_a_coordinated_subjects_own_possessive_is_no_partner(nlp):
    df = edges(nlp, "Latvia and Estonia have banned imports of Belarusian timber to protect their mills.")
    assert df.empty, df


def test_a_counterpart_is_the_one_who_holds_that_states_office(nlp):
    text = ("Turkish President Ali Demir hosted Russian President Ivan Petrov in Sochi. Petrov thanked his Turkish "
            "counterpart for his efforts.")
    assert has(edges(nlp, text), "Ivan Petrov", "Ali Demir", "communicate")


def test_the_deed_one_is_accused_of_lies_before(nlp):
    got = tx(nlp, "Sources reported that the militants killed three men accused of helping the army on 4 April.",
             "2016-01-24")
    assert ("4 April", "DATE", "2015-04-04", None) in got, got


@pytest.mark.parametrize("text, first, value", [
    ("We read articles published between February 20 and June 23, 2016.", "February 20", "2016-02-20"),
    ("The exhibition runs from December 3 to January 9, 2015.", "December 3", "2014-12-03"),
])
def test_the_start_of_a_date_range_takes_the_year_of_its_end(nlp, text, first, value):
    got = tx(nlp, text, "2020-05-01")
    assert (first, "DATE", value, None) in got, got


@pytest.mark.parametrize("text, a, b, kind", [
    ("Zambia's parliament voted on Tuesday to impeach Vice President Ana Mulenga over graft.",
     "Zambian parliament", "Ana Mulenga", "oppose"),
    ("Sen. Tom Vance, who has fallen out with Gov. Ana Ortiz, voted against the budget.", "Tom Vance", "Ana Ortiz",
     "oppose"),
])
def test_impeaching_and_falling_out_are_opposition(nlp, text, a, b, kind):
    assert has(edges(nlp, text), a, b, kind)


def test_a_title_and_name_the_model_ran_into_a_place_are_a_person(nlp):
    actors = _actors(nlp, "The motion, tabled by Kitui West MP Musau Mutuse, passed.")
    person = actors["Musau Mutuse"]
    assert (person.type, person.role, actors["Kitui West"].type) == ("PERSON", "MP", "GPE"), actors


def test_a_kin_word_is_a_title_and_stands_alone_for_the_person(nlp):
    text = "I spent most weekends at Nana Ines's flat in Hexham. One Sunday, Nana clapped when I finished a row."
    actors = _actors(nlp, text)
    assert actors["Ines"].type == "PERSON" and actors["Nana"].type == "PERSON", actors


def test_a_firms_name_is_the_firms_where_the_model_saw_no_name(nlp):
    text = ("Airbus has won an order for 500 jets from Indian low-cost carrier IndiGo, the largest single purchase in "
            "history. IndiGo chief executive Jan Broek told reporters it was a historic day.")
    assert _actors(nlp, text)["Jan Broek"].affiliation == "IndiGo"


def test_an_acronym_in_house_style_joins_the_body_it_is_defined_for(nlp):
    text = ("The Russian Ministry of Defence (MoD) stated that its jets struck positions near Kherson. The MoD said "
            "two jets returned.")
    body = _actors(nlp, text)["Russian Ministry of Defence"]
    assert {text[s:e] for s, e in body.mentions} >= {"MoD", "The MoD"}, body


def test_a_time_between_a_vow_and_its_infinitive_keeps_the_content(nlp):
    attr = make_attr(nlp)
    assert one(attr('He vowed on Friday to "fight like heck" for the bill.'), "vowed").content == 'to "fight like heck" for the bill'


@pytest.mark.parametrize("text, kind", [
    ("Republicans said the law was needed.", "role"),
    ("Many Americans doubted that the senator would win.", "role"),
    ("The Russians said the city was an important front.", "government"),  # guard: "the" + a state's people
])
def test_people_named_by_party_or_people_are_no_government(nlp, text, kind):
    rows = make_attr(nlp)(text)
    assert rows.iloc[0].source_kind == kind, rows


def test_an_ambassador_recalled_to_a_state_is_a_break_with_it(nlp):
    assert has(edges(nlp, "Algeria recalled its ambassador to Spain in protest."), "Algeria", "Spain", "oppose")


def test_a_lord_is_not_the_woman_of_his_surname(nlp):
    text = "Mary Fenwick wrote the letter in 1820. Lord Fenwick, her father, burned it."
    actors = _actors(nlp, text)
    assert not any("Lord Fenwick" in {text[s:e] for s, e in a.mentions} for a in actors.values()
                   if a.name == "Mary Fenwick"), actors


def test_a_transcripts_speaker_label_is_the_person_and_its_courtesy_title_no_place(nlp):
    text = ("THE COURT: We are on the record. Counsel, state your appearances.\n\n"
            "MR. BRENNAN: Thomas Brennan for the defendant, Your Honor.\n\n"
            "MS. OKAFOR: Adaeze Okafor for the State. The State objects to the motion.")
    actors = _actors(nlp, text)
    assert not any(a.name in ("MR", "MS") for a in actors.values()), actors
    rows = make_attr(nlp)(text)
    assert set(rows[rows.cue == ":"].source_actor) >= {"Thomas Brennan", "Adaeze Okafor"}, rows


def test_an_acronym_in_brackets_joins_the_nearest_name_before_it(nlp):
    text = ("Militants attacked an African Union Mission in Somalia (AMISOM) base near the town. AMISOM said two "
            "soldiers died.")
    actors = _actors(nlp, text)
    assert "AMISOM" in {text[s:e] for s, e in actors["African Union Mission"].mentions}, actors


def test_a_name_alone_is_the_party_named_by_it(nlp):
    text = ("Lawmakers from the ruling Georgian Dream party advanced the bill on Tuesday. Georgian Dream, founded by "
            "the banker Ivo Brandt, has enough votes to pass it.")
    actors = _actors(nlp, text)
    assert "Georgian Dream" not in actors and actors["Georgian Dream party"].type == "ORG", actors


def test_a_bodys_name_the_model_cut_before_its_for_phrase_is_one_body(nlp):
    text = "Speaking at the Harbour Lights Center for the Arts in Halifax, the mayor praised the volunteers."
    assert ("ORG", "the Harbour Lights Center for the Arts") in typed_mentions(nlp, text)


def test_a_given_name_that_names_a_city_opens_a_person_described_by_a_role(nlp):
    text = "Boric replaced his interior minister with Carolina Vidal, a former mayor of Valparaiso, on Tuesday."
    assert _actors(nlp, text)["Carolina Vidal"].type == "PERSON"


def test_an_object_pronoun_is_not_its_own_verbs_subject(nlp):
    text = ("Prime Minister Tom Hale told parliament that his door was open. Opposition leader Ed Ruiz accused him "
            "of playing games with the budget.")
    assert has(edges(nlp, text), "Ed Ruiz", "Tom Hale", "oppose")


def test_the_last_word_of_a_longer_name_that_speaks_is_no_person(nlp):
    text = ("Nurses across England walked out on Wednesday.\n\nTens of thousands of nurses in England joined. NHS "
            "England said 16,000 operations had to be moved.")
    assert _actors(nlp, text)["England"].type == "GPE"


def test_a_dateline_is_no_part_of_the_group_the_parser_ran_it_into(nlp):
    text = ("Ethiopia, Tigray forces sign truce in Pretoria\n\nPRETORIA, Nov 2 (Reuters) - Ethiopia's government and "
            "rebellious forces from the northern region agreed on Wednesday to a permanent cessation of hostilities.")
    found = typed_mentions(nlp, text)
    assert not any("Reuters)" in t or t.startswith("Nov") for _, t in found), found


@pytest.mark.parametrize("text, name", [
    ("Forces from the northern Tigray region agreed to a truce on Wednesday.", "northern Tigray"),
    ("Fighting spread to the Amhara region on Monday.", "Amhara"),
])
def test_a_name_before_a_division_noun_is_a_place(nlp, text, name):
    assert _actors(nlp, text)[name].type == "GPE"


def test_an_adviser_to_a_person_has_the_role_with_no_article(nlp):
    text = "Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, signed for the government."
    assert _actors(nlp, text)["Redwan Hussien"].role == "national security adviser"

"""Entity-type fixes of the gazetteer on sentences written for these tests: given names, things that are not actors."""

from spacy.tokens import Span

from newslab.extract.actor_gazetteer import _drop_things, persons_by_name


def _span(doc, words, label):
    toks = [t.text for t in doc]
    i = next(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    return Span(doc, i, i + len(words), label=label)


def test_given_name_typed_as_place_or_organisation_is_a_person(nlp):
    doc = nlp.make_doc("Later Gloria phoned Harriet Pemberton, and Moritz drove to Renata in the evening.")
    spans = [_span(doc, ["Gloria"], "GPE"), _span(doc, ["Harriet", "Pemberton"], "ORG"), _span(doc, ["Moritz"], "ORG"),
             _span(doc, ["Renata"], "GPE")]
    out = {e.text: e.label_ for e in persons_by_name(doc, spans)}
    assert out["Gloria"] == out["Harriet Pemberton"] == out["Moritz"] == "PERSON"
    assert out["Renata"] == "GPE"  # after "to": a place named like a person stays a place


def test_given_names_that_are_places_stay_places(nlp):
    doc = nlp.make_doc("Delegates from Georgia and Florence Hall signed.")
    spans = [_span(doc, ["Georgia"], "GPE"), _span(doc, ["Florence", "Hall"], "ORG")]
    out = {e.text: e.label_ for e in persons_by_name(doc, spans)}
    assert out == {"Georgia": "GPE", "Florence Hall": "ORG"}


def test_storms_ships_and_spacecraft_are_not_actors(nlp):
    doc = nlp.make_doc("Typhoon Mireille flooded the port where HMAS Wollongbar was moored, "
                       "and the Space Shuttle Endeavour landed while Tomas watched.")
    spans = [_span(doc, ["Typhoon", "Mireille"], "PERSON"), _span(doc, ["HMAS", "Wollongbar"], "ORG"),
             _span(doc, ["Endeavour"], "PERSON"), _span(doc, ["Tomas"], "PERSON")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Tomas"]


def _text_actors(nlp, text):
    from newslab.extract.actors import extract_actors

    class A:  # the stage only reads the Doc
        body = text

    return extract_actors(nlp(text), A())


def test_capitalised_coalition_is_one_organisation(nlp):
    actors = _text_actors(nlp, "Aid workers said the Coalition had paused its flights. Later, Coalition ground forces "
                               "entered the valley and Coalition partners met in Oslo.")
    coalition = actors.by_name("Coalition")
    assert coalition is not None and coalition.type == "ORG"
    texts = {actors_text for actors_text in (
        "Aid workers said the Coalition had paused its flights. Later, Coalition ground forces "
        "entered the valley and Coalition partners met in Oslo."[s:e] for s, e in coalition.mentions)}
    assert {"the Coalition", "Coalition ground forces", "Coalition partners"} <= texts


def test_storm_names_stay_out_after_the_later_person_rules(nlp):
    # "Lorna" is a given name and "Storm Edda" opens a sentence before a verb: rules after _drop_things found them again.
    text = ("Hurricane Lorna reached the islands at dawn. Tropical Storm Edda moved north on Sunday, "
            "and in 2011, Hurricane Lorna hit Port Vila. Lorna Pike, a nurse, said she was ready.")
    actors = _text_actors(nlp, text)
    persons = {text[s:e] for a in actors.actors if a.type == "PERSON" for s, e in a.mentions}
    assert persons == {"Lorna Pike"}


def test_section_heading_word_opens_no_thing_name(nlp):
    # "See" is a heading word of travel guides, not a prefix of a ship's or storm's name.
    doc = nlp.make_doc("See Marchetti (2017) for the survey.")
    spans = [_span(doc, ["Marchetti"], "PERSON")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Marchetti"]


def test_is_acronym_in_mixed_case_text_only(nlp):
    actors = _text_actors(nlp, "IS gunmen seized the bridge overnight, a local official said.")
    assert actors.by_name("Islamic State") is not None
    shouted = _text_actors(nlp, "THE BRIDGE IS CLOSED, the sign read.")
    assert shouted.by_name("Islamic State") is None


def test_town_the_model_calls_an_organisation_is_a_place(nlp):
    doc = nlp.make_doc("Relief convoys reached Manbij on Monday.")
    from newslab.extract.actor_lexicons import towns

    assert "Manbij" in towns() and "Texas" in towns()
    assert nlp.get_pipe("newslab_gazetteer")._place_by_context(doc, _span(doc, ["Manbij"], "ORG")).label_ == "GPE"


def test_given_names_the_model_missed_are_people(nlp):
    from newslab.extract.actor_gazetteer import _unlabelled_given_names

    doc = nlp("After lunch the guide told Harriet that Oskar Brandt would hope for sun in May.")
    found = {e.text for e in _unlabelled_given_names(doc, [])}
    assert "Harriet" in found and "Oskar Brandt" in found
    assert "May" not in found  # a month, not a person


def test_first_name_of_a_person_named_in_full_is_a_person(nlp):
    doc = nlp.make_doc("Zendaya Quorn opened the shop. Later Zendaya closed it.")
    spans = [_span(doc, ["Zendaya", "Quorn"], "PERSON"), Span(doc, 7, 8, label="GPE")]
    assert doc[7].text == "Zendaya"
    out = {(e.text, e.start): e.label_ for e in persons_by_name(doc, spans)}
    assert out[("Zendaya", 7)] == "PERSON"  # not in the given-name list: the full name is the evidence


def test_one_word_name_takes_its_majority_type(nlp):
    from newslab.extract.actor_gazetteer import _one_type_per_name

    doc = nlp.make_doc("Quorn wrote. Quorn argued. Quorn left for Quorn. Berlin did not consult Washington in Washington.")
    toks = [t.text for t in doc]
    quorn = [i for i, t in enumerate(toks) if t == "Quorn"]
    wash = [i for i, t in enumerate(toks) if t == "Washington"]
    spans = [Span(doc, i, i + 1, label="GPE" if i == quorn[-1] else "PERSON") for i in quorn]
    spans += [Span(doc, wash[0], wash[0] + 1, label="PERSON"), Span(doc, wash[1], wash[1] + 1, label="GPE")]
    out = [e.label_ for e in _one_type_per_name(doc, spans)]
    assert out[:4] == ["PERSON"] * 4  # three PERSON votes against one GPE
    assert out[4:] == ["GPE", "GPE"]  # a tie goes to the place, as before


def test_a_name_placed_twice_is_a_place_everywhere(nlp):
    from newslab.extract.actor_gazetteer import _one_type_per_name

    doc = nlp("Vemmoro is a quiet destination. Vemmoro welcomes hikers. The goats graze only on Vemmoro. "
              "Vemmoro's coastline is rocky. Dr Pellig wrote about Pellig's trip to Vemmoro.")
    spans = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text in {"Vemmoro", "Pellig"}]
    out = {(e.text, e.start): e.label_ for e in _one_type_per_name(doc, spans)}
    assert {lab for (text, _), lab in out.items() if text == "Vemmoro"} == {"GPE"}
    assert {lab for (text, _), lab in out.items() if text == "Pellig"} == {"PERSON"}


def test_a_hyphenated_name_placed_twice_is_a_place_everywhere(nlp):
    from newslab.extract.actor_gazetteer import _one_type_per_name

    doc = nlp("Tevvi-Ónna is a former kingdom. Most speakers live in Tevvi-Ónna, and the villages of Tevvi-Ónna are small. "
              "Dr Ann Berre-Lund wrote about it, and we met Berre-Lund in Oslo.")
    toks = [t.text for t in doc]
    spans = [Span(doc, i, i + 3, label="ORG") for i in range(len(toks) - 2) if toks[i:i + 3] == ["Tevvi", "-", "Ónna"]]
    spans += [Span(doc, i, i + 3, label="PERSON") for i in range(len(toks) - 2) if toks[i:i + 3] == ["Berre", "-", "Lund"]]
    out = [(e.text, e.label_) for e in _one_type_per_name(doc, spans)]
    assert [lab for text, lab in out if text == "Tevvi-Ónna"] == ["GPE"] * 3
    assert [lab for text, lab in out if text == "Berre-Lund"] == ["PERSON"] * 2


def test_a_name_called_a_place_that_speaks_is_a_person(nlp):
    from newslab.extract.actor_gazetteer import _one_type_per_name

    doc = nlp("Vemmer had left early. Vemmer said the sleigh was ready.")
    spans = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Vemmer"]
    assert [e.label_ for e in _one_type_per_name(doc, spans)] == ["PERSON", "PERSON"]


def test_interjections_are_not_people(nlp):
    doc = nlp.make_doc("Nah, Brenna said, the ferry is late.")
    spans = [_span(doc, ["Nah"], "PERSON"), _span(doc, ["Brenna"], "PERSON")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Brenna"]


def test_institution_as_possessor_is_an_actor(nlp):
    text = "The Chilean government's new budget worried the Peruvian army."
    actors = _text_actors(nlp, text)
    gov = next((a for a in actors.actors if a.kind == "government" and a.type == "ORG"), None)
    assert gov is not None and [text[s:e] for s, e in gov.mentions] == ["The Chilean government's"]


def test_possessive_ending_stays_in_the_mention_span(nlp):
    text = "Norway's fishing fleet sailed north, and Ingrid Solberg's boat led it."
    actors = _text_actors(nlp, text)
    spans = {text[s:e] for a in actors.actors for s, e in a.mentions}
    assert "Norway's" in spans and "Ingrid Solberg's" in spans
    assert actors.by_name("Norway") is not None and actors.by_name("Ingrid Solberg") is not None


def test_capitalised_common_word_is_not_a_person(nlp):
    # "Simmer" is also written "simmer" in the text: an ordinary word, not a name.
    doc = nlp.make_doc("Simmer the rice. A slow simmer helps, Rice Okafor says, and Rice adds salt.")
    spans = [_span(doc, ["Simmer"], "PERSON"), _span(doc, ["Rice", "Okafor"], "PERSON")]
    rice = Span(doc, 14, 15, label="PERSON")  # the second "Rice": part of a full name in the article, kept
    assert rice.text == "Rice"
    assert [e.text for e in _drop_things(doc, spans + [rice])] == ["Rice Okafor", "Rice"]


def test_destination_and_region_after_a_town_are_places(nlp):
    gaz = nlp.get_pipe("newslab_gazetteer")
    doc = nlp("On Sunday we drove to Varnholt before lunch.")
    assert gaz._place_by_context(doc, _span(doc, ["Varnholt"], "PERSON")).label_ == "GPE"
    spoke = nlp("On Sunday we spoke to Varnholt before lunch.")
    assert gaz._place_by_context(spoke, _span(spoke, ["Varnholt"], "PERSON")).label_ == "PERSON"
    doc = nlp.make_doc("She grew up in Lisbon, Estremadura.")
    doc.ents = [_span(doc, ["Lisbon"], "GPE")]
    assert gaz._place_by_context(doc, _span(doc, ["Estremadura"], "PERSON")).label_ == "GPE"


def test_unlabelled_repeat_of_a_named_person_is_a_person(nlp):
    from newslab.extract.actor_gazetteer import _unlabelled_given_names

    doc = nlp("The abbot Wendelmar Quist arrived in spring. Later the monks welcomed Quist warmly.")
    quist = [t.i for t in doc if t.text == "Quist"]
    assert doc[quist[1]].pos_ == "PROPN"
    ents = [Span(doc, quist[0] - 1, quist[0] + 1, label="PERSON")]
    assert [e.text for e in _unlabelled_given_names(doc, ents)] == ["Quist"]


def test_acronym_defined_for_a_plain_phrase_is_a_term_not_an_organisation(nlp):
    from newslab.extract.actor_gazetteer import _defined_terms

    doc = nlp.make_doc("Farmers now rely on soil moisture telemetry (SMT), and the Danube Water Board (DWB) pays for it.")
    doc.ents = [_span(doc, ["Danube", "Water", "Board"], "ORG")]
    assert _defined_terms(doc) == {"SMT"}
    doc.ents = [_span(doc, ["SMT"], "ORG"), _span(doc, ["Danube", "Water", "Board"], "ORG")]
    assert [e.text for e in _drop_things(doc, list(doc.ents))] == ["Danube Water Board"]


def test_citation_authors_are_people(nlp):
    from newslab.extract.actor_gazetteer import _citation_authors

    doc = nlp.make_doc("Earlier work (Okonkwo & Lindqvist, 2019; Hartmann et al., 2021) found the same, as did Rivera Tools.")
    ents = [_span(doc, ["Okonkwo", "&", "Lindqvist"], "ORG"), _span(doc, ["Hartmann", "et", "al"], "ORG"),
            _span(doc, ["Rivera", "Tools"], "ORG")]
    out = [(e.text, e.label_) for e in _citation_authors(doc, ents)]
    assert out == [("Okonkwo", "PERSON"), ("Lindqvist", "PERSON"), ("Hartmann", "PERSON"), ("Rivera Tools", "ORG")]


def test_lower_case_entities_are_not_names(nlp):
    doc = nlp.make_doc("We kinda liked Porto and the \u0645\u0631\u0633\u0649 harbour.")
    spans = [_span(doc, ["kinda"], "GPE"), _span(doc, ["Porto"], "GPE"), Span(doc, 6, 7, label="GPE")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Porto", "\u0645\u0631\u0633\u0649"]


def test_authors_of_parenthetical_references_are_people(nlp):
    from newslab.extract.actor_gazetteer import _parenthetical_citations

    doc = nlp.make_doc("Play helps memory (Okafor, Brandt, & Lindqvist, 2018; Moreau et al., 2020) but not sleep "
                       "(June 2015) or diet (Human Rights Watch, 2019).")
    ents = [_span(doc, ["Brandt"], "GPE"), _span(doc, ["Human", "Rights", "Watch"], "ORG")]
    out = [(e.text, e.label_) for e in _parenthetical_citations(doc, ents)]
    assert out == [("Okafor", "PERSON"), ("Brandt", "PERSON"), ("Lindqvist", "PERSON"), ("Moreau", "PERSON"),
                   ("Human Rights Watch", "ORG")]


def test_us_state_named_inside_an_organisation_is_a_place_mention(nlp):
    text = "Maria Okafor studied at the University of Nebraska before joining the Oregon Power Company."
    actors = _text_actors(nlp, text)
    places = {a.name for a in actors.actors if a.type == "GPE"}
    assert {"Nebraska", "Oregon"} <= places
    assert actors.by_name("University of Nebraska").type == "ORG"


def test_lower_case_dates_times_and_numbers_keep_their_entity_labels(nlp):
    """Only actor entities written in lower case are dropped; later stages read the others."""
    doc = nlp("The two leaders talked for an hour last week.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("an hour") == "TIME" and labels.get("two") == "CARDINAL" and labels.get("last week") == "DATE"


def test_overlapping_entities_keep_the_actor_span():
    """Rules may put an actor span around a kept date or number; doc.ents must still be settable."""
    import spacy
    from spacy.tokens import Span

    from newslab.extract.actor_gazetteer import _without_overlaps

    doc = spacy.blank("en")("Karim spoke for two hours with the mayor")
    person, number, time = Span(doc, 0, 1, "PERSON"), Span(doc, 0, 1, "CARDINAL"), Span(doc, 3, 5, "TIME")
    kept = _without_overlaps([number, time, person, Span(doc, 3, 4, "CARDINAL")])
    assert [(e.text, e.label_) for e in kept] == [("Karim", "PERSON"), ("two hours", "TIME")]
    doc.ents = kept


def test_an_entity_cut_inside_a_bracket_ends_before_it(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    body = "Officials of the Baltic Fisheries Council (BFC said on Monday that quotas would fall."
    article = parse_seed_text(f"date 2024-05-02 {body}\n", "bfc")
    doc = nlp(article.body)
    doc.ents = [_span(doc, ["Baltic", "Fisheries", "Council", "(", "BFC"], "ORG")]  # as the model sometimes cuts it
    names = [a.name for a in extract_actors(doc, article).actors]
    assert "Baltic Fisheries Council" in names and not any("(" in n for n in names)


def test_a_people_demonym_is_a_group_of_that_state_not_the_state(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    body = "Americans queued to vote on Tuesday, and the United States said turnout was high. Libyan envoys watched."
    article = parse_seed_text(f"date 2024-11-05 {body}\n", "vote")
    actors = extract_actors(nlp(article.body), article)
    people = actors.by_name("Americans")
    assert people is not None and people.type == "NORP" and people.kind == "group" and people.affiliation == "United States"
    state = actors.by_name("United States")
    assert state is not people and state.type == "GPE" and "Americans" not in state.aliases
    assert not any(a.type == "NORP" and a.name.startswith("Libyan") for a in actors.actors)  # a modifier is no group


def test_former_states_are_states(nlp):
    from newslab.extract.actor_lexicons import country_iso3

    assert country_iso3("the Soviet Union") == "SUN" and country_iso3("East Germany") == "DDR"
    doc = nlp("In 1975 the Soviet Union signed a grain deal with Yugoslavia.")
    assert {e.text: (e.label_, e.kb_id_) for e in doc.ents}["the Soviet Union"] == ("GPE", "SUN")


def test_a_hyphenated_given_name_leads_a_person(nlp):
    doc = nlp.make_doc("The essay cites Jean-Marie Tolvane and Coca-Cola Vantor.")
    spans = [_span(doc, ["Jean", "-", "Marie", "Tolvane"], "ORG"), _span(doc, ["Coca", "-", "Cola", "Vantor"], "ORG")]
    assert [e.label_ for e in persons_by_name(doc, spans)] == ["PERSON", "ORG"]


def test_a_hyphenated_pair_of_given_names_alone_stays(nlp):
    doc = nlp.make_doc("They rode a Marla-Dean across the state.")
    spans = [_span(doc, ["Marla", "-", "Dean"], "ORG")]
    assert [e.label_ for e in persons_by_name(doc, spans)] == ["ORG"]

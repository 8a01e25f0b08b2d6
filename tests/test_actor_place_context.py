"""One-word names that their sentence shows to be places, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_place_context import (coordinated_with_place, described_as_place, held_place, in_person_list,
                                                 placed_occurrence, places_by_list)

from actorkit import one_sentence_doc


def _ent(doc, word, label="PERSON"):
    words = word.split()
    toks = [t.text for t in doc]
    i = next(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    return Span(doc, i, i + len(words), label=label)


def test_apposition_with_a_place_noun(nlp):
    doc = one_sentence_doc(nlp, "The colonel hails from Qalbah, a small city in southern Iraq, and from Verlo, the village of his mother.")
    assert described_as_place(doc, _ent(doc, "Qalbah"))
    assert described_as_place(doc, _ent(doc, "Verlo"))


def test_apposition_about_a_person_stays(nlp):
    doc = one_sentence_doc(nlp, "We met Harwick, a lawyer in the city, and Tolland, the town mayor.")
    assert not described_as_place(doc, _ent(doc, "Harwick"))
    assert not described_as_place(doc, _ent(doc, "Tolland"))


def test_coordinated_with_a_known_place(nlp):
    doc = one_sentence_doc(nlp, "Strikes hit Mosul and Qalbah, then Qarvan or Aleppo, while Voss and Brandt watched.")
    assert coordinated_with_place(doc, _ent(doc, "Qalbah"))
    assert coordinated_with_place(doc, _ent(doc, "Qarvan"))
    assert not coordinated_with_place(doc, _ent(doc, "Brandt"))


def test_given_name_beside_a_place_stays_a_person(nlp):
    doc = one_sentence_doc(nlp, "She thanked Paris and Jennifer for the flowers.")
    assert not coordinated_with_place(doc, _ent(doc, "Jennifer"))


def test_placed_occurrences(nlp):
    doc = nlp("The goats graze only on Vemmoro and nowhere else. Vemmoro's coastline is rocky. We stayed near Tallik.")
    at = [t.i for t in doc if t.text in {"Vemmoro", "Tallik"}]
    assert all(placed_occurrence(doc, i) for i in at)


def test_people_after_a_preposition_are_not_placed(nlp):
    doc = nlp("In Harwick and Tolland's survey, the claim rests on Harwick (2011) and on Brenna's notes in Voss v. Tolland.")
    at = [t.i for t in doc if t.text in {"Harwick", "Tolland", "Brenna", "Voss"}]
    assert not any(placed_occurrence(doc, i) for i in at)


def test_comma_list_with_a_person_is_no_town_and_region(nlp):
    doc = one_sentence_doc(nlp, "The panel heard Harwick, Tolland, Brisco and then left.")
    ents = [_ent(doc, "Harwick"), _ent(doc, "Tolland", "GPE"), _ent(doc, "Brisco")]
    assert in_person_list(doc, ents[2], ents)  # the model's "place" Tolland between two people
    doc = one_sentence_doc(nlp, "She was raised in Kelmford, Dunshire.")
    ents = [_ent(doc, "Kelmford", "GPE"), _ent(doc, "Dunshire")]
    assert not in_person_list(doc, ents[1], ents)  # a town and its county


def test_list_after_a_place_noun_is_places(nlp):
    doc = one_sentence_doc(nlp, "They rebuilt the towns of Vemmoro, Tallik, and Qarvan Dell.")
    ents = [_ent(doc, "Vemmoro", "GPE"), _ent(doc, "Tallik")]
    i = [t.text for t in doc].index("Qarvan")
    ents.append(Span(doc, i, i + 2, label="PERSON"))
    assert not in_person_list(doc, ents[1], ents)


def test_name_listed_among_places_is_a_place(nlp):
    doc = one_sentence_doc(nlp, "Ferries call at Vemmoro, Tallik, and Qarvan Dell every week.")
    i = [t.text for t in doc].index("Qarvan")
    ents = [_ent(doc, "Vemmoro", "GPE"), _ent(doc, "Tallik", "GPE"), Span(doc, i, i + 2, label="PERSON")]
    assert [e.label_ for e in places_by_list(doc, ents)] == ["GPE", "GPE", "GPE"]


def test_short_or_mixed_lists_stay(nlp):
    doc = one_sentence_doc(nlp, "We flew to Vemmoro and Harwick, then met Tallik, Brisco, and Tolland.")
    ents = [_ent(doc, "Vemmoro", "GPE"), _ent(doc, "Harwick"), _ent(doc, "Tallik", "GPE"), _ent(doc, "Brisco"),
            _ent(doc, "Tolland")]
    assert [e.label_ for e in places_by_list(doc, ents)] == ["GPE", "PERSON", "GPE", "PERSON", "PERSON"]
    doc = one_sentence_doc(nlp, "Letters came from Vemmoro, Tallik and Jennifer.")
    ents = [_ent(doc, "Vemmoro", "GPE"), _ent(doc, "Tallik", "GPE"), _ent(doc, "Jennifer")]
    assert places_by_list(doc, ents)[2].label_ == "PERSON"  # a given name


def test_held_places(nlp):
    doc = one_sentence_doc(nlp, "Troops entered rebel-held Qalbah and ISIS-occupied Tarvik, not the state-run Dunmore.")
    at = {t.text: t.i for t in doc}
    assert held_place(doc, at["Qalbah"]) and held_place(doc, at["Tarvik"])
    assert placed_occurrence(doc, at["Qalbah"])
    assert not held_place(doc, at["Dunmore"])


def test_a_held_place_is_a_place_throughout_the_article(nlp):
    from actorkit import typed_mentions

    got = typed_mentions(nlp, "Marines began their assault on insurgent-held Karabilah on Monday. "
                              "The fighters fled Karabilah two days later, and Karabilah was cleared.")
    assert ("PERSON", "Karabilah") not in got
    assert {t for _, t in got if "Karabilah" in t} and all(k == "GPE" for k, t in got if "Karabilah" in t)


def test_a_region_after_a_town_the_rules_made_a_place(nlp):
    from newslab.extract.actor_place_context import regions_after_places

    doc = nlp("She was born in Kelmford, Devon. Later she met Harwick, Kent and Brisco.")
    ents = [_ent(doc, "Kelmford", "GPE"), _ent(doc, "Devon"), _ent(doc, "Harwick"), _ent(doc, "Kent"), _ent(doc, "Brisco")]
    assert [e.label_ for e in regions_after_places(doc, ents)] == ["GPE", "GPE", "PERSON", "PERSON", "PERSON"]


def test_a_compass_region_after_a_town_is_a_place_a_two_word_person_is_not(nlp):
    from newslab.extract.actor_place_context import regions_after_places

    doc = nlp("She was born in Kelmford, North Devon, and later met Harwick, Ann Brisco.")
    ents = [_ent(doc, "Kelmford", "GPE"), _ent(doc, "North Devon"), _ent(doc, "Harwick", "GPE"), _ent(doc, "Ann Brisco")]
    assert [e.label_ for e in regions_after_places(doc, ents)] == ["GPE", "GPE", "GPE", "PERSON"]


def test_a_given_name_after_a_town_stays_a_place(nlp):
    from newslab.extract.actor_gazetteer import persons_by_name

    doc = nlp("She grew up in Kelmford, Devon.")
    ents = [_ent(doc, "Kelmford", "GPE"), _ent(doc, "Devon", "GPE")]
    assert [e.label_ for e in persons_by_name(doc, ents)] == ["GPE", "GPE"]


def test_unknown_group_after_a_preposition_is_a_place(nlp):
    from newslab.extract.actor_place_context import places_after_prepositions

    doc = nlp("The old monk walked from the river to Vallonese and prayed at the chapel of Dernabur.")
    ents = [_ent(doc, "Vallonese", "NORP"), _ent(doc, "Dernabur", "NORP")]
    assert [e.label_ for e in places_after_prepositions(doc, ents)] == ["GPE", "GPE"]


def test_group_and_language_words_after_a_preposition_stay(nlp):
    from newslab.extract.actor_place_context import places_after_prepositions

    doc = nlp("The note was written in Kurdish by a group of Syrians and sent to Yazidi elders in Vallonese.")
    ents = [_ent(doc, "Kurdish", "NORP"), _ent(doc, "Syrians", "NORP"), _ent(doc, "Yazidi", "NORP")]
    assert [e.label_ for e in places_after_prepositions(doc, ents)] == ["NORP", "NORP", "NORP"]
    doc = nlp("Voters said she is a different kind of Republican, and he is a new sort of Democrat.")
    ents = [_ent(doc, "Republican", "NORP"), _ent(doc, "Democrat", "NORP")]
    assert [e.label_ for e in places_after_prepositions(doc, ents)] == ["NORP", "NORP"]


def test_a_land_or_local_unit_noun_before_of_makes_a_place(nlp):
    """"the island of X", "the diocese of X": the model's organisation is the place the noun introduces."""
    from actorkit import span_of

    gaz = nlp.get_pipe("newslab_gazetteer")
    doc = one_sentence_doc(nlp, "The abbot left the diocese of Verlune for the island of Sarrak and the hills of Obrel.")
    for name in ("Verlune", "Sarrak", "Obrel"):
        assert gaz._place_by_context(doc, span_of(doc, name, "ORG")).label_ == "GPE", name
    doc = one_sentence_doc(nlp, "She chaired the board of Verlune and the council of Sarrak.")
    for name in ("Verlune", "Sarrak"):  # a body's noun before "of" leaves the organisation alone
        assert gaz._place_by_context(doc, span_of(doc, name, "ORG")).label_ == "ORG", name

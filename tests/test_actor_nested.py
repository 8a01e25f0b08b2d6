"""Names nested inside an organisation or facility name as mentions of their own actor (extract/actor_nested.py).

All sentences are written for these tests.
"""

from __future__ import annotations

from newslab.extract.actors import extract_actors
from newslab.seeds import parse_seed_text


def _actors(nlp, text: str):
    art = parse_seed_text(f"date 2021-03-04 {text}\n", "t")
    actors = extract_actors(nlp(art.body), art)
    return actors, {a.name: (a, [art.body[s:e] for s, e in a.mentions]) for a in actors.actors}


def _all_spans(got) -> list[str]:
    return [s for _, spans in got.values() for s in spans]


def test_an_organisation_named_in_the_article_is_nested_without_the_outer_article(nlp):
    _, got = _actors(nlp, "The United Nations sent a team. Officials of the United Nations Office for Disarmament Affairs "
                          "visited Geneva.")
    assert got["United Nations"][1] == ["The United Nations", "United Nations"]
    assert got["United Nations Office for Disarmament Affairs"][1] == ["the United Nations Office for Disarmament Affairs"]


def test_a_gazetteer_organisation_inside_a_longer_name_is_nested(nlp):
    _, got = _actors(nlp, "Delegates of the United Nations Security Council voted on Tuesday.")
    un = next(a for a, spans in got.values() if "United Nations" in spans)
    assert un.type == "ORG"


def test_a_name_after_of_the_takes_its_the(nlp):
    _, got = _actors(nlp, "The United Nations sent a team in May. "
                          "In June the General Assembly of the United Nations adopted the plan.")
    assert "the United Nations" in got["United Nations"][1]


def test_an_acronym_inside_a_longer_name_joins_its_expansion(nlp):
    _, got = _actors(nlp, "The North Atlantic Treaty Organization (NATO) met in Brussels. "
                          "The NATO Parliamentary Assembly issued a report on Friday.")
    nato = next(spans for a, spans in got.values() if "NATO" in spans)
    assert nato.count("NATO") == 2  # the bracketed acronym and the one inside the assembly's name


def test_a_name_after_other_words_of_the_longer_name_is_not_nested(nlp):
    # "the Anti-NATO League" is about NATO, not part of it
    _, got = _actors(nlp, "The North Atlantic Treaty Organization (NATO) met in Brussels. "
                          "Members of the Anti-NATO League marched outside the venue.")
    nato = next(spans for a, spans in got.values() if "NATO" in spans)
    assert nato.count("NATO") == 1


def test_a_single_word_name_that_is_no_acronym_is_not_nested(nlp):
    _, got = _actors(nlp, "The Council of Europe criticised Hungary. Europe was silent.")
    assert got["Council of Europe"][1] == ["The Council of Europe"]
    assert _all_spans(got).count("Europe") == 1


def test_a_nested_name_starts_no_interaction(nlp):
    actors, got = _actors(nlp, "The United Nations sent a team. Officials of the United Nations Office for Disarmament "
                               "Affairs visited Geneva.")
    end = max(e for a in actors.actors for _, e in a.mentions)
    outermost = [a.name for a, _ in actors.mentions_in(0, end)]
    assert outermost.count("United Nations") == 1  # the nested one is not an outermost mention


def test_a_bodys_short_name_before_its_of_is_not_nested(nlp):
    # "the Royal Guild" is the same body as "the Royal Guild of Weavers", not a name inside it
    _, got = _actors(nlp, "The Royal Guild met in March. In April the Royal Guild of Weavers elected a new master.")
    assert _all_spans(got).count("Royal Guild") + _all_spans(got).count("the Royal Guild") <= 1


def test_a_home_country_word_of_the_article_inside_a_headline_organisation_is_nested(nlp):
    # the model reads the title-case headline as one organisation; its "Nation" is the speaker's country
    _, got = _actors(nlp, "Address to the Nation Announcing New Harbour Works\n\n"
                          "Good evening. This Nation has built ports. Kenya will build more.")
    outer = next(name for name in got if name.startswith("Nation Announcing"))
    assert got[outer][1] == ["the Nation Announcing New Harbour Works"]
    assert got["Nation"][1] == ["the Nation", "This Nation"]  # its "the" with it, as the gold marks the nested state


def test_a_state_leading_an_organisation_the_gazetteer_took_whole_is_nested(nlp):
    _, got = _actors(nlp, "Officials in Kenya said the US State Department would send a team to Nairobi.")
    us = next(a for a, spans in got.values() if a.iso3 == "USA")
    assert got[us.name][1] == ["US"]
    assert "the US State Department" in _all_spans(got)


def test_a_presidents_surname_before_administration_is_a_person_mention(nlp):
    _, got = _actors(nlp, "Barack Obama spoke in Ohio. Later the Obama administration changed course.")
    assert got["Barack Obama"][1] == ["Barack Obama", "Obama"]
    assert got["Obama administration"][1] == ["the Obama administration"]


def test_a_running_mates_name_joined_to_it_is_a_person_too(nlp):
    _, got = _actors(nlp, "The Biden-Harris Administration released a plan on Friday.")
    assert got["Biden"][0].type == "PERSON" and got["Harris"][0].type == "PERSON"


def test_an_agency_named_administration_has_no_person_inside(nlp):
    _, got = _actors(nlp, "The Food and Drug Administration approved the drug. The Lagos Administration objected.")
    assert all(a.type != "PERSON" for a, _ in got.values())

"""Cross-article actor identity (extract.identity, corpus.identity) and the cross-document score.

All names and articles here are made up for the tests.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from newslab.corpus.identity import CORPUS_ACTOR_COLUMNS, corpus_actors
from newslab.evaluate.crossdoc import gold_mentions, link_mentions, pairwise
from newslab.evaluate.scoring import GoldDoc
from newslab.extract.identity import fold_name, id_map, looks_like_acronym, resolve, short_id
from newslab.seeds import Article

KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group"}


def table(rows: list[tuple]) -> pd.DataFrame:
    """(article_id, name, type[, iso3[, role[, affiliation]]]) -> a corpus actors table."""
    out = []
    for i, r in enumerate(rows):
        art, name, typ, iso3, role, aff = (tuple(r) + (None, None, None))[:6]
        out.append({"article_id": art, "actor_id": f"a{i}", "name": name, "type": typ,
                    "kind": "state" if iso3 else KIND[typ], "role": role, "rank": None, "affiliation": aff,
                    "iso3": iso3, "aliases": [name], "mentions": [[10 * i, 10 * i + len(name)]]})
    return pd.DataFrame(out)


def ids(rows: list[tuple]) -> dict[tuple[str, str], str]:
    res = resolve(table(rows))
    return {(a, n): c for a, n, c in zip(res["article_id"], res["name"], res["corpus_actor_id"])}


def test_full_name_surname_and_title_surname_are_one_person():
    got = ids([("d1", "Tomasz Lindqvist", "PERSON"), ("d2", "Lindqvist", "PERSON"), ("d3", "Mr Lindqvist", "PERSON"),
               ("d4", "Minister Lindqvist", "PERSON")])
    assert len(set(got.values())) == 1


def test_two_lindqvists_stay_apart_and_the_bare_surname_joins_neither():
    got = ids([("d1", "Tomasz Lindqvist", "PERSON"), ("d2", "Anna Lindqvist", "PERSON"),
               ("d3", "Lindqvist", "PERSON"), ("d4", "Lindqvist", "PERSON")])
    assert got[("d1", "Tomasz Lindqvist")] != got[("d2", "Anna Lindqvist")]
    assert got[("d3", "Lindqvist")] not in {got[("d1", "Tomasz Lindqvist")], got[("d2", "Anna Lindqvist")]}
    # ambiguous in the corpus: the bare surname is not merged across articles either
    assert got[("d3", "Lindqvist")] != got[("d4", "Lindqvist")]


def test_the_two_bushes_stay_apart():
    got = ids([("d1", "George H. W. Bush", "PERSON"), ("d2", "George W. Bush", "PERSON"),
               ("d3", "President George W. Bush", "PERSON"), ("d4", "Bush", "PERSON"), ("d5", "George Bush", "PERSON")])
    assert got[("d1", "George H. W. Bush")] != got[("d2", "George W. Bush")]
    assert got[("d2", "George W. Bush")] == got[("d3", "President George W. Bush")]
    assert got[("d4", "Bush")] not in {got[("d1", "George H. W. Bush")], got[("d2", "George W. Bush")]}
    assert got[("d5", "George Bush")] not in {got[("d1", "George H. W. Bush")], got[("d2", "George W. Bush")]}


def test_a_middle_less_name_joins_the_only_fuller_variant():
    got = ids([("d1", "Maria Elena Okafor", "PERSON"), ("d2", "Maria Okafor", "PERSON")])
    assert len(set(got.values())) == 1


def test_role_only_persons_stay_in_their_article():
    got = ids([("d1", "President", "PERSON", None, "President"), ("d2", "President", "PERSON", None, "President")])
    assert got[("d1", "President")] != got[("d2", "President")]


def test_organisations_acronym_expansion_alias_table_and_the():
    got = ids([("d1", "WHO", "ORG"), ("d2", "World Health Organization", "ORG"), ("d3", "the World Health Organization", "ORG"),
               ("d4", "Nordic Fisheries Council", "ORG"), ("d5", "NFC", "ORG"), ("d6", "UN", "ORG"), ("d7", "United Nations", "ORG")])
    assert got[("d1", "WHO")] == got[("d2", "World Health Organization")] == got[("d3", "the World Health Organization")]
    assert got[("d4", "Nordic Fisheries Council")] == got[("d5", "NFC")]
    assert got[("d6", "UN")] == got[("d7", "United Nations")] != got[("d1", "WHO")]


def test_group_actors_named_by_group_words_alone_stay_in_their_article():
    got = ids([("d1", "rebels", "ORG", None, "REB"), ("d2", "the rebels", "ORG", None, "REB"),
               ("d3", "coalition forces", "ORG", None, "MIL"), ("d4", "coalition forces", "ORG", None, "MIL"),
               ("d5", "Iraqi soldiers", "ORG", None, "MIL", "Iraq"), ("d6", "Iraqi soldiers", "ORG", None, "MIL", "Iraq"),
               ("d7", "Rebels", "ORG")])  # no group role: an organisation's name, merged by name as before
    assert got[("d1", "rebels")] != got[("d2", "the rebels")]
    assert got[("d3", "coalition forces")] != got[("d4", "coalition forces")]
    assert got[("d5", "Iraqi soldiers")] == got[("d6", "Iraqi soldiers")]
    assert got[("d7", "Rebels")] not in {got[("d1", "rebels")], got[("d2", "the rebels")]}


def test_an_acronym_with_two_expansions_is_not_merged():
    got = ids([("d1", "Baltic Port Authority", "ORG"), ("d2", "Bergen Police Academy", "ORG"), ("d3", "BPA", "ORG")])
    assert len(set(got.values())) == 3


def test_a_club_nickname_joins_the_one_club_named_in_full_with_it():
    got = ids([("d1", "Denver Nuggets", "ORG"), ("d2", "the Nuggets", "ORG"), ("d3", "Seattle Mariners", "ORG"),
               ("d4", "Tacoma Mariners", "ORG"), ("d5", "Mariners", "ORG"), ("d6", "Nuggets", "GPE")])
    assert got[("d1", "Denver Nuggets")] == got[("d2", "the Nuggets")]
    # two clubs share the nickname: it joins neither; a place of that name is no club
    assert got[("d5", "Mariners")] not in {got[("d3", "Seattle Mariners")], got[("d4", "Tacoma Mariners")]}
    assert got[("d6", "Nuggets")] != got[("d1", "Denver Nuggets")]
    # a newspaper reads like a club, but "the Times" of one article may be another paper than another's
    papers = ids([("d1", "The New York Times", "ORG"), ("d2", "the Times", "ORG")])
    assert papers[("d1", "The New York Times")] != papers[("d2", "the Times")]


def test_the_bare_new_york_is_the_city_and_the_state_and_newspaper_stay_apart():
    got = ids([("d1", "New York", "GPE"), ("d2", "New York City", "GPE"), ("d3", "The New York Times", "ORG"),
               ("d4", "New York Times", "ORG"), ("d5", "New York State", "GPE"), ("d6", "New York's", "GPE")])
    assert got[("d3", "The New York Times")] == got[("d4", "New York Times")]
    # AP style: "New York state" where the state is meant, so the bare name is the city (as "Washington" is D.C.)
    assert got[("d1", "New York")] == got[("d6", "New York's")] == got[("d2", "New York City")]
    assert len({got[("d1", "New York")], got[("d3", "The New York Times")], got[("d5", "New York State")]}) == 3


def test_states_join_by_iso3_whatever_the_name():
    got = ids([("d1", "United States", "GPE", "USA"), ("d2", "US", "GPE", "USA"), ("d3", "American", "NORP", "USA"),
               ("d4", "Georgia", "GPE", "GEO"), ("d5", "Georgia", "GPE")])
    assert got[("d1", "United States")] == got[("d2", "US")] == got[("d3", "American")]
    assert got[("d4", "Georgia")] != got[("d5", "Georgia")]  # the country vs the US state (no ISO3)


def test_a_person_typed_as_organisation_joins_the_person():
    got = ids([("d1", "Tomasz Lindqvist", "PERSON"), ("d2", "Tomasz Lindqvist", "ORG")])
    assert len(set(got.values())) == 1


def test_a_first_name_alone_finds_its_articles_mistyped_full_name():
    # d2's "Nora Vallin" is typed as a place; its "Nora" is her, not the corpus's one bearer of the surname Nora
    got = ids([("d1", "Nora Vallin", "PERSON"), ("d2", "Nora Vallin", "GPE"), ("d2", "Nora", "PERSON"),
               ("d3", "Ivo Nora", "PERSON")])
    assert got[("d2", "Nora")] == got[("d1", "Nora Vallin")] == got[("d2", "Nora Vallin")] != got[("d3", "Ivo Nora")]


ROWS = [("d1", "Tomasz Lindqvist", "PERSON", None, "Minister", "Ministry of Fisheries"), ("d2", "Lindqvist", "PERSON"),
        ("d3", "Lindqvist", "PERSON", None, "Ambassador", None), ("d2", "WHO", "ORG"), ("d3", "World Health Organization", "ORG"),
        ("d1", "United States", "GPE", "USA"), ("d3", "US", "GPE", "USA"), ("d4", "George W. Bush", "PERSON"),
        ("d4", "George H. W. Bush", "PERSON"), ("d5", "Bush", "PERSON")]


def test_ids_do_not_depend_on_article_order():
    base = resolve(table(ROWS))
    for seed in range(5):
        shuffled = resolve(table(ROWS).sample(frac=1, random_state=seed))
        merged = base.merge(shuffled, on=["article_id", "name"], suffixes=("", "_s"))
        assert len(merged) == len(base)
        assert (merged["corpus_actor_id"] == merged["corpus_actor_id_s"]).all()
    assert base["corpus_actor_id"].map(len).eq(len(short_id("x"))).all()
    assert id_map(base)[("d2", "a1")] == id_map(base)[("d1", "a0")]  # Lindqvist = Tomasz Lindqvist


def test_corpus_actors_table():
    articles = pd.DataFrame({"article_id": ["d1", "d2", "d3", "d4", "d5"],
                             "date": ["2024-01-05", "2024-02-01", "2024-03-09", "2024-04-01", "2024-05-01"]})
    df = corpus_actors(table(ROWS), articles)
    assert list(df.columns) == CORPUS_ACTOR_COLUMNS
    lind = df[df["name"] == "Tomasz Lindqvist"].iloc[0]
    assert lind["articles"] == 3 and lind["first_date"] == "2024-01-05" and lind["last_date"] == "2024-03-09"
    assert set(lind["aliases"]) == {"Tomasz Lindqvist", "Lindqvist"}
    assert [(r["value"], r["first_date"]) for r in lind["roles"]] == [("Minister", "2024-01-05"), ("Ambassador", "2024-03-09")]
    assert lind["affiliations"][0]["value"] == "Ministry of Fisheries"
    usa = df[df["aliases"].map(lambda a: "US" in a)].iloc[0]
    assert usa["name"] == "United States" and usa["articles"] == 2
    shuffled = corpus_actors(table(ROWS).sample(frac=1, random_state=3), articles.sample(frac=1, random_state=1))
    pd.testing.assert_frame_equal(df, shuffled)


def test_empty_table():
    assert resolve(table([])).empty
    assert list(corpus_actors(table([])).columns) == CORPUS_ACTOR_COLUMNS


@pytest.mark.parametrize("name, folded", [("The New York Times", "new york times"), ("U.N.'s", "un"), ("Médecins", "medecins")])
def test_fold_name(name, folded):
    assert fold_name(name) == folded


def test_acronyms():
    assert looks_like_acronym("WHO") and looks_like_acronym("U.N.") and not looks_like_acronym("Who")


def _doc(art_id: str, body: str, entities: list[tuple[str, str | None]]) -> GoldDoc:
    ents = []
    for text, kb in entities:
        start = body.index(text)
        ents.append({"text": text, "span": [start, start + len(text)], "type": "PERSON", "kb_id": kb})
    return GoldDoc(Article(art_id, dt.date(2024, 1, 1), body, "", art_id), {"entities": ents})


def test_pairwise_score_on_a_tiny_gold():
    docs = [_doc("g1", "Tomasz Lindqvist met Anna Berg.", [("Tomasz Lindqvist", "enwiki:TL"), ("Anna Berg", "enwiki:AB")]),
            _doc("g2", "Lindqvist spoke.", [("Lindqvist", "enwiki:TL")]),
            _doc("g3", "Berg and Lindqvist left.", [("Berg", "enwiki:AB"), ("Lindqvist", "enwiki:TL")])]
    gold = gold_mentions(docs)
    assert len(gold) == 5
    actors = pd.DataFrame([
        {"article_id": "g1", "mentions": [[0, 16]], "key": "TL"}, {"article_id": "g1", "mentions": [[21, 30]], "key": "AB"},
        {"article_id": "g2", "mentions": [[0, 9]], "key": "TL"},
        {"article_id": "g3", "mentions": [[0, 4]], "key": "X"}, {"article_id": "g3", "mentions": [[9, 18]], "key": "TL"},
    ])
    # gold pairs: TL g1-g2, g1-g3, g2-g3; AB g1-g3 -> 4; the system splits AB (key X): 3 of 3 system pairs right
    score = pairwise(gold, link_mentions(gold, actors, list(actors["key"])))
    assert (score["gold_pairs"], score["sys_pairs"], score["tp"]) == (4, 3, 3)
    assert score["P"] == 1.0 and score["R"] == 0.75


def test_a_system_mention_that_is_only_part_of_the_gold_mention_does_not_link_it():
    docs = [_doc("g1", "the Minister of Fisheries of Norway spoke", [("the Minister of Fisheries of Norway", "enwiki:M")])]
    gold = gold_mentions(docs)
    actors = pd.DataFrame([{"article_id": "g1", "mentions": [[29, 35]], "key": "NOR"}])
    assert link_mentions(gold, actors, ["NOR"]) == [None]


def test_two_letter_acronyms_need_a_declared_expansion():
    got = ids([("d1", "Interior Ministry", "ORG"), ("d2", "IM", "ORG")])
    assert len(set(got.values())) == 2
    rows = table([("d1", "Harbour Authority", "ORG"), ("d2", "HA", "ORG")])
    rows.at[0, "aliases"] = ["Harbour Authority", "HA"]  # the article wrote "the Harbour Authority (HA)"
    res = resolve(rows)
    assert res["corpus_actor_id"].nunique() == 1


@pytest.mark.parametrize("module", ["newslab.extract.identity", "newslab.corpus.identity", "newslab.evaluate.crossdoc"])
def test_identity_modules_do_not_import_spacy(module):
    import subprocess
    import sys

    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]", f"{module} imports spaCy: {out[:200]}"


def test_oracle_keys_take_each_system_actor_to_its_gold_identity():
    from newslab.evaluate.crossdoc import oracle_keys

    docs = [_doc("g1", "Tomasz Lindqvist met Anna Berg.", [("Tomasz Lindqvist", "enwiki:TL"), ("Anna Berg", "enwiki:AB")]),
            _doc("g2", "Lindqvist spoke.", [("Lindqvist", "enwiki:TL")])]
    gold = gold_mentions(docs)
    actors = pd.DataFrame([{"article_id": "g1", "mentions": [[0, 16]]}, {"article_id": "g1", "mentions": [[21, 30]]},
                           {"article_id": "g2", "mentions": [[0, 9]]}])
    assert oracle_keys(gold, actors) == ["enwiki:TL", "enwiki:AB", "enwiki:TL"]


def test_a_role_only_person_joins_the_one_named_holder_of_its_role_in_the_article():
    got = ids([("d1", "Ana Ruiz", "PERSON", None, "Speaker"), ("d1", "Speaker", "PERSON", None, "Speaker"),
               ("d2", "Ana Ruiz", "PERSON"),
               ("d3", "Ana Ruiz", "PERSON", None, "Speaker"), ("d3", "Piet Mol", "PERSON", None, "Speaker"),
               ("d3", "Speaker", "PERSON", None, "Speaker"), ("d4", "Speaker", "PERSON", None, "Speaker")])
    assert got[("d1", "Speaker")] == got[("d1", "Ana Ruiz")] == got[("d2", "Ana Ruiz")]
    # two holders of the role in the article, or none: the role stays in its article
    assert got[("d3", "Speaker")] not in {got[("d3", "Ana Ruiz")], got[("d3", "Piet Mol")], got[("d4", "Speaker")]}


def test_a_given_name_alone_joins_its_articles_person_with_that_first_name_only():
    got = ids([("d1", "Daniel Okafor", "PERSON"), ("d1", "Daniel", "PERSON"), ("d2", "Daniel", "PERSON"),
               ("d3", "Daniel", "PERSON"), ("d4", "Daniel Okafor", "PERSON"), ("d4", "Daniel Mwangi", "PERSON"),
               ("d4", "Daniel", "PERSON"), ("d5", "Okafor", "PERSON")])
    assert got[("d1", "Daniel")] == got[("d1", "Daniel Okafor")] == got[("d5", "Okafor")]
    # no full name with that first name in the article, or two: the given name stays in its article
    assert len({got[("d2", "Daniel")], got[("d3", "Daniel")], got[("d4", "Daniel")], got[("d1", "Daniel Okafor")],
                got[("d4", "Daniel Mwangi")]}) == 5


def test_a_given_name_held_with_an_office_is_a_surname():
    # "Secretary Kelly" and "Minister Kelly" name one office holder by surname across articles; "Kelly" alone
    # (also a given name) and "King Kelly" (a royal title takes a given name) stay in their article
    got = ids([("d1", "Kelly", "PERSON", None, "Secretary"), ("d2", "Kelly", "PERSON", None, "Minister"),
               ("d3", "Kelly", "PERSON"), ("d4", "Kelly", "PERSON", None, "King")])
    assert got[("d1", "Kelly")] == got[("d2", "Kelly")]
    assert len({got[("d1", "Kelly")], got[("d3", "Kelly")], got[("d4", "Kelly")]}) == 3


def test_a_surname_held_with_an_office_joins_no_full_name_never_seen_with_an_office():
    # "Senator Varga" is not the "Tilde Varga" of a biography, who holds no office anywhere; "Judge Okoro" may join
    # "Emeka Okoro", who is a mayor elsewhere (offices change), and "Mr Varga" keeps the plain surname rule
    got = ids([("d1", "Tilde Varga", "PERSON"), ("d2", "Varga", "PERSON", None, "Senator"), ("d3", "Mr Varga", "PERSON"),
               ("d4", "Emeka Okoro", "PERSON", None, "Mayor"), ("d5", "Okoro", "PERSON", None, "Judge"),
               ("d6", "Varga", "PERSON", None, "Senator"), ("d6", "Tilde Varga", "PERSON")])
    assert got[("d2", "Varga")] != got[("d1", "Tilde Varga")] == got[("d3", "Mr Varga")]
    assert got[("d5", "Okoro")] == got[("d4", "Emeka Okoro")]
    # the full name in the same article: the office holder is that person
    assert got[("d6", "Varga")] == got[("d6", "Tilde Varga")]


def test_an_abbreviated_saint_or_mount_is_the_full_word():
    got = ids([("d1", "St. Aldric", "GPE"), ("d2", "Saint Aldric", "GPE"), ("d3", "Mt. Kelso", "GPE"), ("d4", "Mount Kelso", "GPE"),
               ("d5", "Aldric St.", "GPE")])
    assert got[("d1", "St. Aldric")] == got[("d2", "Saint Aldric")]
    assert got[("d3", "Mt. Kelso")] == got[("d4", "Mount Kelso")]
    assert got[("d5", "Aldric St.")] != got[("d1", "St. Aldric")]  # only a first word is expanded ("Main St." is a street)


def test_place_short_forms_from_the_alias_table():
    got = ids([("d1", "Washington, D.C.", "GPE"), ("d2", "D.C.", "GPE"), ("d3", "Washington", "GPE"),
               ("d4", "Washington State", "GPE"), ("d5", "NYC", "GPE"), ("d6", "New York City", "GPE"), ("d7", "New York", "GPE")])
    assert got[("d1", "Washington, D.C.")] == got[("d2", "D.C.")] == got[("d3", "Washington")] != got[("d4", "Washington State")]
    assert got[("d5", "NYC")] == got[("d6", "New York City")] == got[("d7", "New York")]


def test_bare_heads_of_bodies_and_relatives_stay_in_their_article():
    got = ids([("d1", "Academy", "ORG"), ("d2", "Academy", "ORG"), ("d1", "Mom", "PERSON"), ("d2", "Mom", "PERSON"),
               ("d3", "Frank Church", "PERSON"), ("d4", "Senator Church", "PERSON")])
    assert got[("d1", "Academy")] != got[("d2", "Academy")]
    assert got[("d1", "Mom")] != got[("d2", "Mom")]
    assert got[("d3", "Frank Church")] == got[("d4", "Senator Church")]  # a surname, not the institution word


def test_aliases_as_arrays_give_the_same_ids():
    import numpy as np

    rows = ROWS + [("d6", "Nordic Fisheries Council", "ORG"), ("d7", "NFC", "ORG")]
    base = resolve(table(rows))
    arrays = table(rows)
    arrays["aliases"] = [np.array(a, dtype=object) for a in arrays["aliases"]]
    assert list(resolve(arrays)["corpus_actor_id"]) == list(base["corpus_actor_id"])


def test_a_us_states_formal_style_is_the_state_but_new_york_and_washington_keep_their_state_form():
    got = ids([("d1", "Vermont", "GPE"), ("d2", "the State of Vermont", "ORG"), ("d3", "Commonwealth of Kentucky", "GPE"),
               ("d4", "Kentucky", "GPE"), ("d5", "State of New York", "GPE"), ("d6", "New York State", "GPE"),
               ("d7", "New York", "GPE"), ("d8", "State of Washington", "GPE"), ("d9", "Washington", "GPE"),
               ("d10", "State of Hawaiʻi", "ORG"), ("d11", "Hawaii", "GPE"), ("d12", "Vermont State", "ORG")])
    assert got[("d1", "Vermont")] == got[("d2", "the State of Vermont")]
    assert got[("d3", "Commonwealth of Kentucky")] == got[("d4", "Kentucky")]
    assert got[("d10", "State of Hawaiʻi")] == got[("d11", "Hawaii")]
    # the bare "New York" and "Washington" are not the states (they are the cities); "Vermont State" may be a university
    assert got[("d5", "State of New York")] == got[("d6", "New York State")] != got[("d7", "New York")]
    assert got[("d8", "State of Washington")] != got[("d9", "Washington")]
    assert got[("d12", "Vermont State")] != got[("d1", "Vermont")]


def test_an_ap_state_abbreviation_is_the_state_but_postal_codes_and_city_forms_are_not():
    got = ids([("d1", "Fla.", "GPE"), ("d2", "Florida", "GPE"), ("d3", "N.Y.", "GPE"), ("d4", "New York State", "GPE"),
               ("d5", "New York", "GPE"), ("d6", "Wash.", "GPE"), ("d7", "Washington", "GPE"), ("d8", "LA", "GPE"),
               ("d9", "Louisiana", "GPE"), ("d10", "La.", "GPE")])
    assert got[("d1", "Fla.")] == got[("d2", "Florida")]
    assert got[("d3", "N.Y.")] == got[("d4", "New York State")] != got[("d5", "New York")]
    assert got[("d6", "Wash.")] != got[("d7", "Washington")]
    assert got[("d10", "La.")] == got[("d9", "Louisiana")] != got[("d8", "LA")]


def test_a_role_held_of_a_state_joins_the_one_holder_of_the_bare_role_in_the_article():
    got = ids([("d1", "Ana Ruiz", "PERSON", None, "President"),
               ("d1", "President of Chile", "PERSON", None, "President of Chile"),
               ("d2", "Ana Ruiz", "PERSON"),
               ("d3", "President of the Rowing Club", "PERSON", None, "President of the Rowing Club"),
               ("d3", "Piet Mol", "PERSON", None, "President")])
    assert got[("d1", "President of Chile")] == got[("d1", "Ana Ruiz")] == got[("d2", "Ana Ruiz")]
    # a role of something other than a state is not the bare role
    assert got[("d3", "President of the Rowing Club")] != got[("d3", "Piet Mol")]


def test_the_state_alone_is_the_one_us_state_its_article_names_in_the_formal_style():
    got = ids([("d1", "State of Vermont", "ORG"), ("d1", "the State", "ORG"), ("d2", "Vermont", "GPE"),
               ("d3", "Vermont", "GPE"), ("d3", "the State", "ORG"),
               ("d4", "State of Vermont", "ORG"), ("d4", "Commonwealth of Kentucky", "ORG"), ("d4", "this State", "ORG")])
    assert got[("d1", "the State")] == got[("d2", "Vermont")] == got[("d4", "State of Vermont")]
    # no formal style in the article, or two states so named: "the State" stays in its article
    assert len({got[("d3", "the State")], got[("d4", "this State")], got[("d1", "the State")]}) == 3


def test_a_university_campus_after_at_or_a_comma_is_one_university():
    rows = [("d1", "the University of Norland at Vestby", "ORG"), ("d2", "the University of Norland, Vestby", "ORG"),
            ("d3", "the University of Norland", "ORG"), ("d4", "the University of Norland at Oskarby", "ORG"),
            ("d5", "Institute of Art at Vestby", "ORG")]
    got = ids(rows)
    assert got[("d1", "the University of Norland at Vestby")] == got[("d2", "the University of Norland, Vestby")]
    # the system itself and another campus stay apart; only a university's name is read so
    assert got[("d3", "the University of Norland")] != got[("d1", "the University of Norland at Vestby")]
    assert got[("d4", "the University of Norland at Oskarby")] != got[("d1", "the University of Norland at Vestby")]
    assert list(resolve(table(rows))["corpus_key"])[4] == "name:institute of art at vestby"


def test_a_states_name_written_otherwise_joins_the_state_named_so_elsewhere():
    rows = [("d1", "North Vestland", "GPE", "NVL"), ("d2", "NORTH-VESTLAND", "GPE"), ("d3", "Vestland", "GPE", "VSL"),
            ("d4", "VESTLAND", "GPE")]
    got = ids(rows)
    assert got[("d2", "NORTH-VESTLAND")] == got[("d1", "North Vestland")]
    # one word is no evidence: it may be a region or a US state of that name
    assert got[("d4", "VESTLAND")] != got[("d3", "Vestland")]
    # a demonym group is no state, though the extractor gave the state its adjective as an alias
    res = resolve(table([("d1", "North Vestland", "GPE", "NVL"), ("d2", "North Vestlandic", "NORP")]).assign(
        aliases=[["North Vestland", "North Vestlandic"], ["North Vestlandic"]]))
    assert list(res["corpus_key"]) == ["state:NVL", "name:north vestlandic"]


def test_a_one_word_name_takes_the_full_name_its_own_article_gives_it():
    # "Okonjo" alone in an article naming "Ines Okonjo" is her, though another Okonjo is named elsewhere; "Tarek"
    # in an article naming "Tarek Haddad" is him, not the "Lina Tarek" of another article; "Wen" in an article
    # naming "Wen Liqun" (surname first) is that person, and "Wen" elsewhere is not
    got = ids([("d1", "Ines Okonjo", "PERSON"), ("d1", "Okonjo", "PERSON"), ("d2", "Paul Okonjo", "PERSON"),
               ("d3", "Tarek Haddad", "PERSON"), ("d3", "Tarek", "PERSON"), ("d4", "Lina Tarek", "PERSON"),
               ("d5", "Wen Liqun", "PERSON"), ("d5", "Wen", "PERSON"), ("d6", "Wen", "PERSON")])
    assert got[("d1", "Okonjo")] == got[("d1", "Ines Okonjo")] != got[("d2", "Paul Okonjo")]
    assert got[("d3", "Tarek")] == got[("d3", "Tarek Haddad")] != got[("d4", "Lina Tarek")]
    assert got[("d5", "Wen")] == got[("d5", "Wen Liqun")] != got[("d6", "Wen")]


def test_a_role_only_person_joins_the_one_person_its_article_names_who_holds_that_role_elsewhere():
    # d2 names "Ana Ruiz" without her office: its "the Speaker" is she, as she is "Speaker" in d1; d3 names two
    # people who are Speaker elsewhere, d4 names none: there the role stays in its article
    got = ids([("d1", "Ana Ruiz", "PERSON", None, "Speaker"), ("d5", "Piet Mol", "PERSON", None, "Speaker"),
               ("d2", "Ana Ruiz", "PERSON"), ("d2", "Speaker", "PERSON", None, "Speaker"),
               ("d3", "Ana Ruiz", "PERSON"), ("d3", "Piet Mol", "PERSON"), ("d3", "Speaker", "PERSON", None, "Speaker"),
               ("d4", "Tom Vink", "PERSON"), ("d4", "Speaker", "PERSON", None, "Speaker")])
    assert got[("d2", "Speaker")] == got[("d1", "Ana Ruiz")]
    assert got[("d3", "Speaker")] not in {got[("d1", "Ana Ruiz")], got[("d5", "Piet Mol")]}
    assert got[("d4", "Speaker")] not in {got[("d1", "Ana Ruiz")], got[("d5", "Piet Mol")], got[("d4", "Tom Vink")]}


def test_an_ambiguous_surname_alone_names_the_bearer_seen_with_its_office_or_named_far_more_often():
    # Rosa Amara is named in four articles, Teo Amara in one: "Amara" alone is Rosa; "Governor Amara" is Teo, the one
    # Amara ever called a governor ("Gov." written out); Bel and Kit Oduya are named as often: "Oduya" stays local,
    # and so does "Amara" in an article that names both Amaras
    rows = [(f"r{i}", "Rosa Amara", "PERSON") for i in range(4)] + [
        ("t1", "Teo Amara", "PERSON", None, "Governor"), ("d1", "Amara", "PERSON"),
        ("d2", "Amara", "PERSON", None, "Gov."), ("b1", "Bel Oduya", "PERSON"), ("b2", "Bel Oduya", "PERSON"),
        ("k1", "Kit Oduya", "PERSON"), ("k2", "Kit Oduya", "PERSON"), ("d3", "Oduya", "PERSON"),
        ("d4", "Rosa Amara", "PERSON"), ("d4", "Teo Amara", "PERSON"), ("d4", "Amara", "PERSON")]
    got = ids(rows)
    assert got[("d1", "Amara")] == got[("r0", "Rosa Amara")]
    assert got[("d2", "Amara")] == got[("t1", "Teo Amara")]
    assert got[("d3", "Oduya")] not in {got[("b1", "Bel Oduya")], got[("k1", "Kit Oduya")]}
    assert got[("d4", "Amara")] not in {got[("r0", "Rosa Amara")], got[("t1", "Teo Amara")]}


def test_a_short_given_name_is_its_full_form():
    # "Joe Okafor" is the "Joseph K. Okafor" of another article, and "Bill Mwangi" the "William Mwangi"; "Tom" alone
    # beside "Tom Welde" is he, though the article also names a "Thomas Brandt"
    got = ids([("d1", "Joseph K. Okafor", "PERSON"), ("d2", "Joe Okafor", "PERSON"), ("d3", "William Mwangi", "PERSON"),
               ("d4", "Bill Mwangi", "PERSON"), ("d5", "Tom Welde", "PERSON"), ("d5", "Thomas Brandt", "PERSON"),
               ("d5", "Tom", "PERSON")])
    assert got[("d2", "Joe Okafor")] == got[("d1", "Joseph K. Okafor")]
    assert got[("d4", "Bill Mwangi")] == got[("d3", "William Mwangi")]
    assert got[("d5", "Tom")] == got[("d5", "Tom Welde")] != got[("d5", "Thomas Brandt")]


def test_a_department_or_ministry_is_one_body_whichever_way_round_it_is_named():
    got = ids([("d1", "the Department of Fisheries", "ORG"), ("d2", "Fisheries Department", "ORG"),
               ("d3", "the Ministry of Water Affairs", "ORG"), ("d4", "the Water Affairs Ministry", "ORG"),
               ("d5", "Department of Fisheries of Kiribati", "ORG")])
    assert got[("d1", "the Department of Fisheries")] == got[("d2", "Fisheries Department")]
    assert got[("d3", "the Ministry of Water Affairs")] == got[("d4", "the Water Affairs Ministry")]
    assert got[("d5", "Department of Fisheries of Kiribati")] != got[("d1", "the Department of Fisheries")]


def test_a_bare_national_body_is_its_articles_states():
    # "Parliament" in two articles about Kenya is Kenya's, and the "Kenyan Parliament" of a third; in an article about
    # Peru it is Peru's; with no state named it stays in its article
    got = ids([("d1", "Kenya", "GPE", "KEN"), ("d1", "Parliament", "ORG"), ("d2", "Kenya", "GPE", "KEN"),
               ("d2", "the Parliament", "ORG"), ("d3", "Kenyan Parliament", "ORG"), ("d4", "Peru", "GPE", "PER"),
               ("d4", "Parliament", "ORG"), ("d5", "Parliament", "ORG"), ("d6", "Parliament", "ORG")])
    assert got[("d1", "Parliament")] == got[("d2", "the Parliament")] == got[("d3", "Kenyan Parliament")]
    assert len({got[("d1", "Parliament")], got[("d4", "Parliament")], got[("d5", "Parliament")],
                got[("d6", "Parliament")]}) == 4


def test_a_bare_national_body_takes_no_state_the_corpus_never_names_with_it():
    # Cuba's "National Assembly" in an article whose most salient state is the USA is not a US body: the corpus
    # names no "U.S. National Assembly"; its "Supreme Court" is the USA's, as the corpus names the "U.S. Supreme Court"
    res = resolve(table([("d1", "United States", "GPE", "USA"), ("d1", "Cuba", "GPE", "CUB"),
                         ("d1", "U.S. Congress", "ORG"), ("d1", "National Assembly", "ORG"), ("d1", "Supreme Court", "ORG"),
                         ("d2", "U.S. Supreme Court", "ORG")]))
    key = dict(zip(res["name"], res["corpus_key"]))
    assert not key["National Assembly"].startswith("body:USA")
    assert key["Supreme Court"] == key["U.S. Supreme Court"] == "body:USA|supreme court"

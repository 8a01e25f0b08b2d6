"""Actors: gazetteer, titles/ranks/roles, alias merging (mission seed gold + own fixtures)."""

import json
from pathlib import Path

import pytest

from newslab.extract.actor_lexicons import country_iso3, strip_poss
from newslab.extract.actors import extract_actors
from newslab.paths import eval_dir
from newslab.seeds import read_seed

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e1690f5d3e6ec158.txt"
FIX = ROOT / "tests" / "fixtures" / "actors"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))


def _actors(nlp, path):
    art = read_seed(path)
    return art, extract_actors(nlp(art.body), art)


@pytest.fixture(scope="module")
def seed(nlp):
    return _actors(nlp, SEED)


def test_country_lookup_names_demonyms_possessives():
    assert country_iso3("Türkiye") == country_iso3("Turkey") == country_iso3("Turkish") == "TUR"
    assert country_iso3("Türkiye's") == "TUR"
    assert country_iso3("UAE") == "ARE"
    assert country_iso3("the United States") == "USA"
    assert country_iso3("Tripoli") is None


@pytest.mark.parametrize("person", GOLD["persons"], ids=lambda p: p["name"])
def test_seed_persons_role_rank_affiliation(seed, person):
    _, actors = seed
    a = actors.by_name(person["name"])
    assert a is not None and a.type == "PERSON" and a.name == person["name"]
    assert a.role == person["role"]
    assert a.rank == person["rank"]
    assert a.affiliation == person["affiliation"]


def test_seed_aliases_merge(seed):
    _, actors = seed
    for name, aliases in GOLD["aliases"].items():
        for alias in aliases:
            assert actors.by_name(alias) is actors.by_name(name), alias
    assert len([a for a in actors.actors if a.type == "PERSON" and "Haddad" in a.name]) == 1


def test_seed_states_have_iso3_and_demonyms_join(seed):
    art, actors = seed
    for name, iso in GOLD["states"].items():
        a = actors.by_name(name)
        assert a is not None and a.iso3 == iso and a.type == "GPE" and a.kind == "state"
    libya = actors.by_name("Libya")
    assert "Libyan" in libya.aliases
    # Türkiye's possessive mentions are mentions of Türkiye, whichever spelling of the apostrophe
    # (the span keeps the possessive ending, as the GUM gold does; the name does not).
    assert sum(1 for s, e in actors.by_name("Türkiye").mentions if strip_poss(art.body[s:e]) == "Türkiye") >= 4


def test_at_prefers_tightest_mention(seed):
    art, actors = seed
    i = art.body.index("Türkiye")
    assert actors.at(i, i + len("Türkiye")).name == "Türkiye"
    j = art.body.index("Metin Gürak")
    assert actors.at(j, j + len("Metin Gürak")).name == "Metin Gürak"


def test_table_columns(seed):
    _, actors = seed
    df = actors.table()
    for col in ("actor_id", "name", "type", "kind", "role", "rank", "affiliation", "iso3", "aliases", "mentions"):
        assert col in df.columns
    assert df["actor_id"].is_unique


def test_fixture_titles_and_nominal_institutions(nlp):
    _, actors = _actors(nlp, FIX / "quotes_summit.txt")
    scholz = actors.by_name("Olaf Scholz")
    assert scholz.type == "PERSON" and scholz.role == "Chancellor" and scholz.affiliation == "Germany"
    assert actors.by_name("Scholz") is scholz
    assert actors.by_name("Jens Stoltenberg").affiliation == "NATO"
    _, actors = _actors(nlp, FIX / "passive_conflict.txt")
    army = actors.by_name("Ukrainian army")
    assert army is not None and army.type == "ORG" and army.kind == "military" and army.affiliation == "Ukraine"
    vdl = actors.by_name("Ursula von der Leyen")
    assert vdl is not None and vdl.affiliation == "European Commission"


def test_fixture_business_apposition(nlp):
    _, actors = _actors(nlp, FIX / "business_news.txt")
    nadella = actors.by_name("Satya Nadella")
    assert nadella.role == "chief executive of Microsoft" and nadella.affiliation == "Microsoft"
    assert actors.by_name("Nadella") is nadella
    assert actors.by_name("Microsoft").type == "ORG"


def test_same_surname_people_stay_apart(nlp):
    from newslab.seeds import Article  # noqa: F401

    text = "John Smith met Anna Smith in London. Later Smith said the talks went well."
    doc = nlp(text)

    class A:  # the stage only reads the Doc
        body = text

    actors = extract_actors(doc, A())
    smiths = [a for a in actors.actors if a.type == "PERSON" and "Smith" in a.name]
    names = {a.name for a in smiths}
    assert {"John Smith", "Anna Smith"} <= names
    assert actors.by_name("John Smith") is not actors.by_name("Anna Smith")


@pytest.mark.skipif(not (eval_dir() / "actors").is_dir(), reason="shared eval set absent")
def test_eval_floor_overlap_typed_f1(nlp):
    from newslab.extract.analysis import Analysis
    from newslab.evaluate.scoring import load_gold
    from newslab.evaluate.actors import newslab_mentions, score_mentions

    docs = load_gold(eval_dir() / "actors")
    ans = [Analysis(article=d.article, model="x", actors=extract_actors(doc, d.article).table())
           for d, doc in zip(docs, nlp.pipe([d.article.body for d in docs]))]
    df = score_mentions(docs, {"newslab": [newslab_mentions(a) for a in ans]})
    row = df[(df["match"] == "overlap") & (df["type"] == "ALL typed")].iloc[0]
    assert row["F1"] >= 0.80


def test_fixture_many_actors_roles_and_states(nlp):
    _, actors = _actors(nlp, FIX / "many_actors.txt")
    assert actors.by_name("Turkey") is actors.by_name("Türkiye")
    assert actors.by_name("UAE").iso3 == "ARE"
    sarraj = actors.by_name("Fayez al-Sarraj")
    assert sarraj.role.startswith("head of the") and sarraj.affiliation == "Libyan government"
    assert actors.by_name("Vladimir Putin").affiliation == "Russia"
    assert actors.by_name("Antonio Guterres").affiliation == "United Nations"
    assert actors.by_name("Erdogan") is actors.by_name("Recep Tayyip Erdogan")


def _text_actors(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return extract_actors(nlp(text), A())


def test_title_only_mention_joins_person_and_name_stays_a_name(nlp):
    actors = _text_actors(nlp, "The Minister for Central Asia, Tobias Ellwood, visited Uzbekistan. "
                               "The Minister also met students in Tashkent.")
    ellwood = actors.by_name("Tobias Ellwood")
    assert ellwood is not None and ellwood.name == "Tobias Ellwood"
    assert ellwood.role == "Minister for Central Asia" or "Minister" in (ellwood.role or "")
    assert len(ellwood.mentions) >= 2


def test_leading_part_of_a_name_merges(nlp):
    actors = _text_actors(nlp, "Abu Jandal al-Kuwaiti, an ISIL gang leader, was killed. Abu Jandal had fought the SDF.")
    a = actors.by_name("Abu Jandal al-Kuwaiti")
    assert a is not None and actors.by_name("Abu Jandal") is a
    assert a.affiliation == "Islamic State"


def test_office_of_after_the_name(nlp):
    actors = _text_actors(nlp, "President Emmanuel Macron of France spoke to reporters.")
    macron = actors.by_name("Emmanuel Macron")
    assert macron.role == "President of France" and macron.affiliation == "France"


def test_state_institutions(nlp):
    actors = _text_actors(nlp, "The Turkish General Staff met the Libyan Ministry of Defense. "
                               "Libya's Defense Ministry later thanked the Egyptian Armed Forces.")
    staff = actors.by_name("Turkish General Staff")
    assert staff is not None and staff.type == "ORG" and staff.kind == "military" and staff.affiliation == "Türkiye"
    assert actors.by_name("Libyan Ministry of Defense").kind == "government"
    ministry = actors.by_name("Libyan Defense Ministry")
    assert ministry is not None and ministry.affiliation == "Libya"
    assert actors.by_name("Egyptian Armed Forces").affiliation == "Egypt"

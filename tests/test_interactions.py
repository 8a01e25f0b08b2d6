"""Interactions: typed edges from the parse (mission seed gold + own fixtures)."""

import json
from pathlib import Path

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.tables import COLUMNS
from newslab.extract.interactions import extract_cooccurrences, extract_interactions, vocabulary
from newslab.seeds import read_seed

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e1690f5d3e6ec158.txt"
FIX = ROOT / "tests" / "fixtures" / "actors"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))


def _run(nlp, path):
    art = read_seed(path)
    doc = nlp(art.body)
    actors = extract_actors(doc, art)
    return art, extract_interactions(doc, art, actors), extract_cooccurrences(doc, art, actors)


@pytest.fixture(scope="module")
def seed(nlp):
    return _run(nlp, SEED)


def _has(df, a, b, kind, directed):
    rows = df[df["kind"] == kind]
    pairs = set(zip(rows["source"], rows["target"]))
    return (a, b) in pairs or (not directed and (b, a) in pairs)


@pytest.mark.parametrize("edge", GOLD["edges"], ids=lambda e: f"{e['source']}-{e['kind']}-{e['target']}")
def test_seed_gold_edges(seed, edge):
    _, df, _ = seed
    assert _has(df, edge["source"], edge["target"], edge["kind"], edge["directed"]), df[["source", "kind", "target"]]


def test_columns_spans_and_no_dates(seed):
    art, df, _ = seed
    assert list(df.columns[: len(COLUMNS["interactions"])]) == COLUMNS["interactions"]
    for row in df.to_dict(orient="records"):
        s, e = row["span"]
        assert art.body[s:e] in row["sentence"]
        assert row["date"] is None
        assert row["source"] != row["target"]
        if row["kind"] == "member":  # from a title phrase: the span is the person's mention
            assert row["source"] in art.body[s:e] or art.body[s:e].endswith(row["source"].split()[-1])
            continue
        assert art.body[s:e] in row["verb"] or row["verb"].startswith(art.body[s:e]) or row["verb"] == "against"
        assert row["cameo"]


def test_member_edges_from_titles(seed):
    _, df, _ = seed
    member = df[df["kind"] == "member"]
    pairs = set(zip(member["source"], member["target"]))
    assert ("Güven Begeç", "Türkiye") in pairs and ("Salah Al-Namroush", "Libya") in pairs
    assert not any(t == "Libya" and s == "Libyan government" for s, t in pairs)


def test_typed_edges_are_fewer_than_cooccurrences(seed):
    _, df, co = seed
    assert 0 < len(df) < len(co)
    assert "kind" not in co.columns  # the co-mention layer stays untyped


def test_nested_affiliation_is_not_a_participant(seed):
    _, df, _ = seed
    # "Türkiye's Chief of General Staff Gen. Metin Gürak and Libya's Prime Minister ... discussed":
    # the states inside the title phrases are attributes, not parties to the meeting.
    meet = df[(df["kind"] == "meet") & (df["verb"] == "discussed")]
    assert set(meet["source"]) | set(meet["target"]) == {"Metin Gürak", "Abdulhamid Dbeibeh"}
    # "met with the head of the Libyan Presidential Council, Mohamed al-Menfi": al-Menfi, not the council.
    met = df[(df["kind"] == "meet") & (df["verb"] == "met")]
    assert set(met["target"]) | set(met["source"]) == {"Metin Gürak", "Mohamed al-Menfi", "Muhammad Ali Ahmad al-Haddad"}


def test_fixture_hosting_pronoun_and_negation(nlp):
    _, df, _ = _run(nlp, FIX / "quotes_summit.txt")
    assert _has(df, "Olaf Scholz", "Emmanuel Macron", "meet", directed=True)
    assert _has(df, "Emmanuel Macron", "Olaf Scholz", "meet", directed=False)  # "he had discussed ... with Scholz"
    _, df, _ = _run(nlp, FIX / "passive_conflict.txt")
    assert _has(df, "Volodymyr Zelensky", "Russia", "oppose", directed=True)
    assert not df["negated"].any() or df[df["negated"]]["verb"].str.contains("meet").all()


def test_fixture_business_agreement(nlp):
    _, df, _ = _run(nlp, FIX / "business_news.txt")
    assert _has(df, "Microsoft", "Siemens", "agree", directed=False)
    assert _has(df, "Satya Nadella", "Roland Busch", "meet", directed=False)


def test_vocabulary_has_kinds_and_cameo():
    vocab = vocabulary()
    kinds = {t.kind for t in vocab.values()}
    assert {"meet", "communicate", "visit", "attend", "support", "oppose", "agree"} <= kinds
    # CAMEO has no code for a standing relation (control of a place, leading an organisation, belonging to one).
    assert all(t.cameo.isdigit() for t in vocab.values() if t.kind not in {"control", "member"})
    assert all(t.cameo is None for t in vocab.values() if t.kind in {"control", "member"})


def test_fixture_many_actors(nlp):
    _, df, _ = _run(nlp, FIX / "many_actors.txt")
    # "Leaders of Germany, Russia, Turkey, Egypt and the UAE met": every pair of the five states.
    met = df[(df["kind"] == "meet") & (df["verb"] == "met")]
    states = {"Germany", "Russia", "Türkiye", "Egypt", "United Arab Emirates"}
    assert len(met) == 10 and set(met["source"]) | set(met["target"]) == states
    assert _has(df, "Vladimir Putin", "Recep Tayyip Erdogan", "meet", directed=False)  # "held talks with"
    assert _has(df, "United Arab Emirates", "Khalifa Haftar", "support", directed=True)  # relative clause, passive
    assert _has(df, "Fayez al-Sarraj", "Khalifa Haftar", "oppose", directed=True)
    assert not _has(df, "Libyan government", "Khalifa Haftar", "oppose", directed=True)  # Sarraj's title is not a party
    assert _has(df, "Türkiye", "Libyan government", "support", directed=True)
    assert _has(df, "Türkiye", "Haftar forces", "oppose", directed=True)  # "defend ... against Haftar's forces"


def test_negation_and_pronoun_subject(nlp):
    _, df, _ = _run(nlp, FIX / "passive_conflict.txt")
    neg = df[df["negated"].astype(bool)]
    assert len(neg) == 1 and "Volodymyr Zelensky" in (neg.iloc[0]["source"], neg.iloc[0]["target"])
    assert _has(df, "Ursula von der Leyen", "Volodymyr Zelensky", "meet", directed=False)
    assert not _has(df, "European Commission", "Volodymyr Zelensky", "meet", directed=False)


def test_possessor_of_condemned_act_is_the_target(nlp):
    text = "The U.S. and U.K. condemned Iran's attack on Israel."

    class A:
        body = text

    doc = nlp(text)
    actors = extract_actors(doc, A())
    df = extract_interactions(doc, A(), actors)
    assert _has(df, "United States", "Iran", "oppose", directed=True)
    assert _has(df, "United Kingdom", "Iran", "oppose", directed=True)
    assert _has(df, "Iran", "Israel", "oppose", directed=True)
    assert not _has(df, "United States", "Israel", "oppose", directed=False)


@pytest.mark.parametrize("text,edge", [
    ("Israel launched airstrikes on Gaza.", ("Israel", "Gaza", "oppose", True)),
    ("Putin held talks with Erdogan in Sochi.", ("Putin", "Erdogan", "meet", False)),
    ("Indian Prime Minister Narendra Modi was received by Egyptian President Abdel Fattah el-Sisi in Cairo.",
     ("Abdel Fattah el-Sisi", "Narendra Modi", "meet", True)),
    ("Germany and France signed a defence pact.", ("Germany", "France", "agree", False)),
    # vocabulary grown from the large dev set (issue 12)
    ("Prime Minister Ana Ruiz appointed Tomas Berg as her envoy.", ("Ana Ruiz", "Tomas Berg", "control", True)),
    ("Norway mediated between Hamas and Fatah.", ("Norway", "Fatah", "meet", True)),
    ("Gunmen loyal to the Taliban beheaded Jonas Lind.", ("Taliban", "Jonas Lind", "oppose", True)),
    # "it/they" reached through the subject of the previous sentence
    ("The Kremlin rejected the report on Monday. It accused Ukraine of staging the attack.",
     ("Kremlin", "Ukraine", "oppose", True)),
    ("Hamas issued a statement overnight. They thanked Qatar for its help.", ("Hamas", "Qatar", "communicate", True)),
])
def test_short_news_sentences(nlp, text, edge):
    class A:
        body = text

    doc = nlp(text)
    df = extract_interactions(doc, A(), extract_actors(doc, A()))
    assert _has(df, *edge), df[["source", "kind", "target"]]


def test_lower_case_rank_after_its_service_makes_a_member(nlp):
    text = "On Friday the Royal Danish Navy lieutenant Mette Kjaergaard steered the frigate into port."

    class A:
        body = text

    doc = nlp(text)
    actors = extract_actors(doc, A())
    df = extract_interactions(doc, A(), actors)
    member = df[df["kind"] == "member"]
    assert ("Mette Kjaergaard", "Royal Danish Navy") in set(zip(member["source"], member["target"]))

"""Time expressions, events and interaction dates on parsed text (one pipeline load per module)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslab.extract.tables import COLUMNS, make_table
from newslab.extract.analysis import analyze_doc
from newslab.extract.chronology import date_interactions
from newslab.extract.nlp import load_pipeline, pipeline_label
from newslab.paths import eval_dir, seeds_dir
from newslab.seeds import parse_seed_text, read_seed
from timexkit import tx

FIXTURES = Path(__file__).parent / "fixtures" / "chronology"
MISSION = seeds_dir() / "000_e1690f5d3e6ec158.txt"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def analyse(nlp, path: Path):
    art = read_seed(path)
    return analyze_doc(nlp(art.body), art, pipeline_label(nlp))


# --- extents and values in sentences ------------------------------------------------------

@pytest.mark.parametrize("text,date,expected", [
    # TimeML extents: prepositions out, determiners and modifiers in
    ("They met on Sunday.", "2024-07-15", [("Sunday", "DATE", "2024-07-14", None)]),
    ("Libya has seen more than a decade of conflict.", "2024-07-15", [("more than a decade", "DURATION", "P10Y", "MORE_THAN")]),
    ("Prices fell over the past five trading days.", "2011-03-18", [("the past five trading days", "DURATION", "P5D", None)]),
    ("The strike lasted nearly five months.", "2024-07-15", [("nearly five months", "DURATION", "P5M", "LESS_THAN")]),
    ("He launched a four-week campaign.", "2009-04-04", [("four-week", "DURATION", "P4W", None)]),
    ("Ties have improved in recent years.", "2024-07-15", [("recent years", "DURATION", "PXY", None)]),
    ("They signed pacts in November 2019.", "2024-07-15", [("November 2019", "DATE", "2019-11", None)]),
    ("The revolt toppled him in 2011.", "2024-07-15", [("2011", "DATE", "2011", None)]),
    ("It was built in the early 1990s.", "2024-07-15", [("the early 1990s", "DATE", "199", "START")]),
    ("Output rose in the final quarter of 2009.", "2010-01-28", [("the final quarter of 2009", "DATE", "2009-Q4", None)]),
    ("Sales grew in the second week of July.", "2024-07-15", [("the second week of July", "DATE", "2024-W28", None)]),
    # weekday tense cases
    ("The talks will resume on Friday.", "2024-07-15", [("Friday", "DATE", "2024-07-19", None)]),
    ("The talks resumed on Friday.", "2024-07-15", [("Friday", "DATE", "2024-07-12", None)]),
    ("They are going to meet on Wednesday.", "2024-07-15", [("Wednesday", "DATE", "2024-07-17", None)]),
    ("The vote is scheduled for Thursday.", "2024-07-15", [("Thursday", "DATE", "2024-07-18", None)]),
    ("He spoke on Monday.", "2024-07-15", [("Monday", "DATE", "2024-07-15", None)]),
    ("He died on Saturday.", "2025-01-01", [("Saturday", "DATE", "2024-12-28", None)]),
    # relative units, deictics, anaphora
    ("The firm posted a loss last year.", "2024-01-03", [("last year", "DATE", "2023", None)]),
    ("The plan failed two years ago.", "2024-07-15", [("two years ago", "DATE", "2022", None)]),
    ("Shares rose yesterday.", "2024-01-01", [("yesterday", "DATE", "2023-12-31", None)]),
    ("Earlier this month the company cut jobs.", "2024-07-15", [("Earlier this month", "DATE", "2024-07", None)]),
    ("He arrived on Friday. The next day he left.", "2024-07-15",
     [("Friday", "DATE", "2024-07-12", None), ("The next day", "DATE", "2024-07-13", None)]),
    ("The war began in 2003. That year was hard.", "2024-07-15",
     [("2003", "DATE", "2003", None), ("That year", "DATE", "2003", None)]),
    ("The election will be held on April 7.", "2024-07-15", [("April 7", "DATE", "2025-04-07", None)]),
    ("The war began on April 7.", "2024-07-15", [("April 7", "DATE", "2024-04-07", None)]),
    ("The ministers agreed on December 28.", "2023-01-02", [("December 28", "DATE", "2022-12-28", None)]),
    # vague references and sets
    ("Prices are rising now and recently fell.", "2024-07-15",
     [("now", "DATE", "PRESENT_REF", None), ("recently", "DATE", "PAST_REF", None)]),
    ("The council meets every Monday and twice a week.", "2024-07-15",
     [("every Monday", "SET", "XXXX-WXX-1", None), ("twice a week", "SET", "P1W", None)]),
    # ranges and lists
    ("He served from 2001 to 2009.", "2024-07-15", [("2001", "DATE", "2001", None), ("2009", "DATE", "2009", None)]),
    ("The season ran in 2009-2010.", "2024-07-15", [("2009", "DATE", "2009", None), ("2010", "DATE", "2010", None)]),
    ("Talks were held on Monday and Tuesday.", "2024-07-17",
     [("Monday", "DATE", "2024-07-15", None), ("Tuesday", "DATE", "2024-07-16", None)]),
    ("Prices rose between March and May.", "2024-07-15",
     [("March", "DATE", "2024-03", None), ("May", "DATE", "2024-05", None)]),
    # a list runs in the direction of its first resolved item; "since" looks back
    ("I am going to Rome next month, Oslo in December and Lima in January.", "2013-10-09",
     [("next month", "DATE", "2013-11", None), ("December", "DATE", "2013-12", None), ("January", "DATE", "2014-01", None)]),
    ("Strikes have hit the port since Dec. 5.", "2017-07-03", [("Dec. 5", "DATE", "2016-12-05", None)]),
    ("She addressed them this past week.", "2016-09-19", [("this past week", "DATE", "2016-W37", None)]),
    ("They are meeting on Friday.", "2024-07-15", [("Friday", "DATE", "2024-07-19", None)]),
    ("Iran must answer a request set on June 1.", "2007-06-20", [("June 1", "DATE", "2007-06-01", None)]),
    ("Sales fell in the mid-1990s.", "2009-12-01", [("the mid-1990s", "DATE", "199", "MID")]),
    ("Profit rose in the 12 months to March.", "2009-12-01",
     [("the 12 months", "DURATION", "P12M", None), ("March", "DATE", "2009-03", None)]),
    # holidays, by tense
    ("He will be home for Christmas.", "2009-12-01", [("Christmas", "DATE", "2009-12-25", None)]),
    ("He left on Christmas Eve.", "2009-12-01", [("Christmas Eve", "DATE", "2008-12-24", None)]),
    ("Stores opened on Thanksgiving Day.", "2009-12-01", [("Thanksgiving Day", "DATE", "2009-11-26", None)]),
    # clock times and parts of day
    ("Polls close at 16:00 UTC today.", "2009-06-01", [("16:00 UTC today", "TIME", "2009-06-01T16:00Z", None)]),
    ("The blast happened this morning.", "2024-07-15", [("this morning", "TIME", "2024-07-15TMO", None)]),
])
def test_sentences(nlp, text, date, expected):
    assert tx(nlp, text, date) == expected


# --- precision guards ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "You may go if you may.",
    "The march ended peacefully.",
    "The man, aged 51, was arrested.",
    "The 33-year-old suspect fled.",
    "Barcelona won 2-1 at home.",
    "A decade-old dispute flared.",
    "More than 2000 people died.",
    "It cost $2010 million.",
    "He finished second in the race.",
    "The Sunday Times published the story.",
    "It happens every now and again.",
    "They keep a 2000 year old tradition.",
    "Windows 7 and Office 2010 were released.",
    "The NBC Nightly News aired the story.",
    "He was there since the very first day.",
    "The Christmas tree was lit.",
    "They want to march and may go.",
])
def test_false_friends_are_not_timexes(nlp, text):
    assert tx(nlp, text, "2024-07-15") == []


def test_last_as_a_verb_is_not_a_modifier(nlp):
    assert tx(nlp, "The recession could last 18 months.", "2024-07-15") == [("18 months", "DURATION", "P18M", None)]


def test_may_as_a_month_with_context(nlp):
    assert tx(nlp, "The deal was signed in May.", "2024-07-15") == [("May", "DATE", "2024-05", None)]
    assert tx(nlp, "Chief executive May Chen joined in May 2004.", "2024-07-15") == [("May 2004", "DATE", "2004-05", None)]


def test_every_timex_has_a_rule_and_exact_span(nlp):
    art = read_seed(FIXTURES / "feature_history.txt")
    an = analyse(nlp, FIXTURES / "feature_history.txt")
    assert list(an.timexes.columns[:6]) == COLUMNS["timexes"]
    assert len(an.timexes) >= 8
    for row in an.timexes.to_dict(orient="records"):
        s, e = row["span"]
        assert art.body[s:e] == row["text"]
        assert row["rule"]
        assert row["type"] in ("DATE", "TIME", "DURATION", "SET")


# --- the mission seed ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def mission(nlp):
    if not MISSION.exists():
        pytest.skip("mission seed absent")
    return analyse(nlp, MISSION)


def test_mission_timexes(mission):
    got = {r["text"]: (r["type"], r["value"], r["mod"]) for r in mission.timexes.to_dict(orient="records")}
    assert got["Sunday"] == ("DATE", "2024-07-14", None)
    assert got["more than a decade"] == ("DURATION", "P10Y", "MORE_THAN")
    assert got["2011"] == ("DATE", "2011", None)
    assert got["recent years"] == ("DURATION", "PXY", None)
    assert got["November 2019"] == ("DATE", "2019-11", None)


def test_mission_events_in_order(mission):
    ev = mission.events
    assert list(ev.columns) == COLUMNS["events"]

    def order_of(trigger: str) -> int:
        rows = ev[(ev["trigger"] == trigger) & ev["order"].notna()]
        assert not rows.empty, trigger
        return int(rows["order"].min())

    revolt, pacts, met, discussed = order_of("revolt"), order_of("pacts"), order_of("met"), order_of("discussed")
    assert revolt < pacts < met < discussed
    row = ev[ev["trigger"] == "discussed"].iloc[0]
    assert (row["date_value"], row["date_start"], row["date_end"]) == ("2024-07-14", "2024-07-14", "2024-07-14")
    assert "Metin Gürak" in row["actors"] or any("Gürak" in a for a in row["actors"])
    revolt_row = ev[ev["trigger"] == "revolt"].iloc[0]
    assert (revolt_row["date_start"], revolt_row["date_end"]) == ("2011-01-01", "2011-12-31")  # a year is an interval
    met_row = ev[ev["trigger"] == "met"].iloc[0]
    assert met_row["date_value"] is None and met_row["relation"].startswith("before ")


def test_mission_interaction_gets_the_meeting_date(mission):
    sent = next(s for s in mission.events["sentence"] if "discussed" in s)
    body = mission.article.body
    start = body.index("discussed")
    inter = make_table("interactions", [
        {"source": "Metin Gürak", "target": "Abdulhamid Dbeibeh", "kind": "meet", "verb": "discussed",
         "date": None, "sentence": sent, "span": [0, start + len("discussed")]},
        {"source": "Gürak", "target": "Mohamed al-Menfi", "kind": "meet", "verb": "met", "date": None,
         "sentence": next(s for s in mission.events["sentence"] if "earlier met" in s), "span": [0, 1]},
    ])
    dated = date_interactions(inter, mission.events, mission.article)
    assert dated.loc[0, "date"] == "2024-07-14"
    assert dated.loc[1, "date"] is None  # "earlier met": ordered, but no date to give


def test_date_interactions_tolerates_empty_tables(mission):
    empty = make_table("interactions", [])
    assert date_interactions(empty, mission.events, mission.article).empty


# --- events on fixtures ----------------------------------------------------------------------

def test_reporting_verbs_take_the_article_date(nlp):
    an = analyse(nlp, FIXTURES / "wire_summit.txt")
    said = an.events[an.events["trigger"] == "said"]
    assert not said.empty
    assert set(said["date_value"]) == {"2023-01-02"}
    assert set(said["anchor"]) == {"article date"}


def test_events_anchor_through_prepositions_and_anaphora(nlp):
    an = analyse(nlp, FIXTURES / "wire_summit.txt")
    ev = an.events.set_index("trigger")
    assert ev.loc["signed", "date_value"] == "2022-12-28"  # "on December 28" read in early January
    assert ev.loc["gathered", "date_value"] == "2022-12-29"  # "The next day"
    since = analyse(nlp, FIXTURES / "sports_schedule.txt").events.set_index("trigger")
    assert (since.loc["lost", "date_start"], since.loc["lost", "date_end"]) == ("2024-10-01", "2024-12-30")


def test_past_perfect_is_ordered_before_its_reference(nlp):
    art = parse_seed_text("date 2024-03-04 The president met the envoy on Sunday. He had visited the border before.", "t")
    an = analyze_doc(nlp(art.body), art, "m")
    ev = an.events.set_index("trigger")
    assert ev.loc["visited", "order"] < ev.loc["met", "order"]
    assert ev.loc["visited", "relation"] == f"before {ev.loc['met', 'event_id']}"


def test_empty_article_has_empty_tables(nlp):
    art = parse_seed_text("date 2024-03-04 Nothing.", "t")
    an = analyze_doc(nlp(art.body), art, "m")
    assert an.timexes.empty and list(an.timexes.columns) == COLUMNS["timexes"]


# --- quality on the shared dev set ---------------------------------------------------------

def test_dev_set_targets():
    gold = eval_dir() / "chronology"
    if not gold.is_dir():
        pytest.skip("../shared/eval/chronology absent")
    from newslab.extract.analysis import analyze_many
    from newslab.evaluate.scoring import load_gold
    from newslab.evaluate.chronology import timex_scores

    docs = load_gold(gold)
    analyses = list(analyze_many([d.article for d in docs]))
    sc = timex_scores([(d.gold["timexes"], a.timexes.to_dict(orient="records")) for d, a in zip(docs, analyses)])
    assert sc["strict_f1"] >= 0.80
    assert sc["value_f1"] >= 0.75


def test_definite_event_noun_takes_the_date_of_its_antecedent(mission):
    ev = mission.events
    attended = ev[ev["trigger"] == "attended"].iloc[0]
    assert attended["date_value"] == "2024-07-14"  # "... also attended the meeting" (the Sunday meeting)
    meeting = ev[(ev["trigger"] == "meeting") & (ev["anchor"] == "coreference")]
    assert not meeting.empty and set(meeting["date_value"]) == {"2024-07-14"}


def test_undated_event_noun_without_antecedent_stays_undated(nlp):
    art = parse_seed_text("date 2024-03-04 Officials prepared the meeting. Nobody knows when.", "t")
    an = analyze_doc(nlp(art.body), art, "m")
    row = an.events[an.events["trigger"] == "meeting"].iloc[0]
    assert row["date_value"] is None and row["order"] is None


@pytest.mark.parametrize("text", ["A plan to meet on Friday.", "Tickets for the show in October.", "Friday."])
def test_verbless_governors_terminate(nlp, text):
    import signal

    signal.signal(signal.SIGALRM, lambda *_: pytest.fail(f"no answer in 10 s for {text!r}"))
    signal.alarm(10)
    try:
        found = tx(nlp, text, "2024-07-15")
    finally:
        signal.alarm(0)
    assert len(found) == 1


# --- the parse as lists (speed) ----------------------------------------------------------------

def _clause_tokens(tok) -> list:
    """The clause walk over spaCy Tokens, as the event rules did it before the tree lists."""
    from newslab.extract.chronology import _CLAUSE_DEPS

    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and t.i == tok.i:
                continue
            if c.dep_ in ("relcl", "ccomp", "advcl") and c.i != tok.i:
                continue
            stack.append(c)
    if tok.dep_ in ("conj", "xcomp") and (tok.dep_ == "xcomp" or tok.pos_ == "VERB") \
            and not any(c.dep_.startswith("nsubj") for c in tok.children):
        out.extend(t for c in tok.head.children if c.dep_.startswith("nsubj") for t in c.subtree)
    return out


def test_tree_lists_walk_the_same_clauses_as_tokens(nlp):
    from newslab.extract.chronology import _clause_indices, _name, _tree

    doc = nlp("Gürak met the envoy on Monday and had visited Ankara, which he left after the talks. "
              "The two sides signed pacts to help farmers push back the desert, officials said on Friday.")
    tree = _tree(doc)
    assert tree.heads == [t.head.i for t in doc] and tree.deps == [t.dep_ for t in doc]
    assert tree.pos == [t.pos_ for t in doc] and tree.children == [[c.i for c in t.children] for t in doc]
    assert [_name(h, doc.vocab.strings) for h in tree.lemmas] == [t.lemma_ for t in doc]
    assert tree.idx == [t.idx for t in doc]
    for t in doc:
        assert sorted(_clause_indices(tree, t.i)) == sorted(c.i for c in _clause_tokens(t)), t.text

"""The cross-document error breakdown (evaluate.crossdoc_errors). Names and articles are made up."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from newslab.evaluate.crossdoc_errors import false_pairs, linked_table, missed_categories, missed_pairs, stray_mentions
from newslab.evaluate.scoring import GoldDoc
from newslab.seeds import Article


def _doc(art_id: str, body: str, entities: list[tuple[str, str]]) -> GoldDoc:
    ents = []
    for text, kb in entities:
        start = body.index(text)
        ents.append({"text": text, "span": [start, start + len(text)], "type": "PERSON", "kb_id": kb})
    return GoldDoc(Article(art_id, dt.date(2024, 1, 1), body, "", art_id), {"entities": ents})


def _actor(art: str, name: str, start: int) -> dict:
    return {"article_id": art, "actor_id": f"{art}:{start}", "name": name, "type": "PERSON", "kind": "person",
            "role": None, "iso3": None, "aliases": [name], "mentions": [[start, start + len(name)]]}


def test_false_pairs_by_system_key_and_missed_pairs_by_title():
    # the bare "Berg" joins the one Anna Berg of the corpus, but the gold says g3's Berg is another;
    # "Ola Nyland" in g3 has no system mention: its pairs with g1 are missed
    docs = [_doc("g1", "Anna Berg met Ola Nyland.", [("Anna Berg", "enwiki:AB"), ("Ola Nyland", "enwiki:ON")]),
            _doc("g2", "Berg spoke.", [("Berg", "enwiki:AB")]),
            _doc("g3", "Berg left with Ola Nyland.", [("Berg", "enwiki:KB"), ("Ola Nyland", "enwiki:ON")])]
    actors = pd.DataFrame([_actor("g1", "Anna Berg", 0), _actor("g1", "Ola Nyland", 14), _actor("g2", "Berg", 0),
                           _actor("g3", "Berg", 0)])
    linked = linked_table(docs, actors)
    assert list(linked["text"]) == ["Anna Berg", "Ola Nyland", "Berg", "Berg", "Ola Nyland"]
    wrong = false_pairs(linked)
    assert list(wrong["sys"]) == ["person:anna|berg"]
    assert (wrong.loc[0, "false"], wrong.loc[0, "tp"]) == (2, 1)
    # g3's Berg is its own actor, whose oracle title differs: both false pairs are the merge's
    assert (wrong.loc[0, "merged"], wrong.loc[0, "in_actor"]) == (2, 0)
    assert "enwiki:KB" in wrong.loc[0, "titles"] and "'Berg'x" in wrong.loc[0, "titles"]
    missed = missed_pairs(linked)
    assert list(missed["kb_id"]) == ["enwiki:ON"]
    assert missed.loc[0, "missed"] == 1 and missed.loc[0, "unlinked"] == 1 and missed.loc[0, "oracle_tp"] == 0
    assert "(unlinked)" in missed.loc[0, "split_over"]


def test_stray_mentions_are_gold_spans_their_actors_oracle_title_does_not_cover():
    # in g2 the gold calls "Norland Rex" a person, but the system only has the state inside it
    docs = [_doc("g1", "Norland voted.", [("Norland", "enwiki:NL")]),
            _doc("g2", "Norland crowned Norland Rex. Norland cheered.", [("Norland", "enwiki:NL"), ("Norland Rex", "enwiki:KN")])]
    docs[1].gold["entities"].append({"text": "Norland", "span": [28, 35], "type": "GPE", "kb_id": "enwiki:NL"})
    actors = pd.DataFrame([_actor("g1", "Norland", 0) | {"type": "GPE", "kind": "place"},
                           {**_actor("g2", "Norland", 0), "type": "GPE", "kind": "place", "mentions": [[0, 7], [16, 23], [28, 35]]}])
    stray = stray_mentions(linked_table(docs, actors))
    assert list(stray["text"]) == ["Norland Rex"]
    assert stray.loc[0, "false"] == 1 and stray.loc[0, "sys"] == "name:norland"


def test_missed_pairs_by_category():
    # g2's "Ola Nyland" has no system mention; g3's "Vestland" is inside the system's longer "Vestland Harbour
    # Board"; g4 names the place "Vestland County", another key than g1's "Vestland"
    docs = [_doc("g1", "Ola Nyland visited Vestland.", [("Ola Nyland", "enwiki:ON"), ("Vestland", "enwiki:VL")]),
            _doc("g2", "They thanked Ola Nyland.", [("Ola Nyland", "enwiki:ON")]),
            _doc("g3", "The Vestland Harbour Board met.", [("Vestland", "enwiki:VL")]),
            _doc("g4", "Vestland County grew.", [("Vestland County", "enwiki:VL")])]
    place = {"type": "GPE", "kind": "place"}
    actors = pd.DataFrame([_actor("g1", "Ola Nyland", 0), _actor("g1", "Vestland", 19) | place,
                           _actor("g3", "Vestland Harbour Board", 4) | {"type": "ORG", "kind": "organisation"},
                           _actor("g4", "Vestland County", 0) | place])
    linked = linked_table(docs, actors)
    got = dict(zip(*missed_categories(linked, actors)[["category", "missed"]].T.values))
    assert got["no system mention"] == 1  # g1-g2
    assert got["inside a longer mention"] == 2  # g3 with g1 and with g4
    assert got["different names"] == 1  # g1-g4
    assert sum(got.values()) == missed_pairs(linked)["missed"].sum()

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


def _three_articles() -> tuple[list[GoldDoc], pd.DataFrame]:
    # "Berg" of g2 is Anna Berg; "Berg" of g3 is another Berg, whom the bare-surname merge joins to her
    docs = [_doc("g1", "Anna Berg met Ola Nyland.", [("Anna Berg", "enwiki:AB"), ("Ola Nyland", "enwiki:ON")]),
            _doc("g2", "Berg spoke.", [("Berg", "enwiki:AB")]),
            _doc("g3", "Berg left with Ola Nyland.", [("Berg", "enwiki:KB"), ("Ola Nyland", "enwiki:ON")])]
    actors = pd.DataFrame([_actor("g1", "Anna Berg", 0), _actor("g1", "Ola Nyland", 14), _actor("g2", "Berg", 0),
                           _actor("g3", "Berg", 0)])
    return docs, actors


def test_pairs_per_article_and_distinct_articles_per_category():
    from newslab.evaluate.crossdoc_errors import false_categories, per_article

    docs, actors = _three_articles()
    linked = linked_table(docs, actors)
    per = per_article(linked).set_index("article_id")
    # true pair g1-g2 (Anna Berg); false pairs g1-g3 and g2-g3 (the other Berg); missed g1-g3 (Ola Nyland unlinked)
    assert per.loc["g1"].tolist() == [1, 1, 1]
    assert per.loc["g2"].tolist() == [1, 1, 0]
    assert per.loc["g3"].tolist() == [0, 2, 1]
    cats = false_categories(linked).set_index("category")
    # the odd side of both false pairs is g3's Berg (the key's main title is Anna Berg's): one article
    assert cats.loc["merged across articles", "false"] == 2 and cats.loc["merged across articles", "articles"] == 1
    assert cats.loc["within one article's actor", "false"] == 0
    assert false_pairs(linked).loc[0, "articles"] == 1
    missed = missed_categories(linked, actors).set_index("category")
    assert missed.loc["no system mention", "articles"] == 2


def test_pair_changes_show_how_many_articles_a_change_touches():
    from newslab.evaluate.crossdoc_errors import change_summary, pair_changes

    docs, actors = _three_articles()
    before = linked_table(docs, actors)
    after = before.copy()
    after.loc[after["article_id"] == "g3", "sys"] = after.loc[after["article_id"] == "g3", "sys"].where(
        after.loc[after["article_id"] == "g3", "text"] != "Berg", "local:g3|berg")  # the change: g3's Berg kept apart
    changes = pair_changes(before, after).set_index("article_id")
    assert changes["d_tp"].eq(0).all()
    assert changes["d_false"].to_dict() == {"g1": -1, "g2": -1, "g3": -2}
    line = change_summary(changes.reset_index())
    assert line.startswith("true +0 pairs (0 articles gain") and "false -2 pairs (0 articles gain; 3 articles lose)" in line


def test_crossdoc_section_notes_name_the_articles_with_most_pairs():
    from newslab.evaluate.crossdoc import score_crossdoc

    docs, actors = _three_articles()
    notes = score_crossdoc(docs, actors)[0].notes
    assert any(n.startswith("corpus_actor_id true pairs: 1 in 2 articles; most: g1 1 (100%), g2 1 (100%)") for n in notes)
    assert any(n.startswith("corpus_actor_id false pairs: 2 in 3 articles; most: g3 2 (100%)") for n in notes)

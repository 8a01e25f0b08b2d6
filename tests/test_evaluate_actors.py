"""The actor scorer: matching rules on hand-made gold, and the full report on the dev set when present."""

import pytest

from newslab.extract.analysis import Analysis
from newslab.extract.tables import make_table
from newslab.evaluate.scoring import GoldDoc
from newslab.evaluate.actors import score_mentions, score_relations, score_type, type_confusion
from newslab.paths import eval_dir


def test_every_interaction_kind_maps_to_gold_labels():
    from newslab.evaluate.actors import KIND_TO_GOLD
    from newslab.extract.interactions import vocabulary
    from newslab.corpus.network import KIND_COLOURS

    kinds = {t.kind for t in vocabulary().values()} | {"member"}
    assert kinds <= set(KIND_TO_GOLD)
    assert kinds <= set(KIND_COLOURS)  # every kind gets its own colour in the figure
    assert len({KIND_COLOURS[k] for k in kinds}) == len(kinds)


def test_score_type_places_together():
    assert score_type("GPE") == score_type("LOC") == score_type("FAC") == "place"
    assert score_type("ORG") == "ORG"


def test_overlap_exact_typed_and_ignored():
    gold = {"entities": [
        {"span": [0, 7], "type": "GPE", "entity_id": "e1", "text": "Türkiye"},
        {"span": [10, 26], "type": "PERSON", "entity_id": "e2", "text": "Gen. Metin Gürak"},
        {"span": [71, 77], "type": "OTHER", "entity_id": "e3", "text": "Sunday"},
    ], "entities_other_mentions": []}
    d = GoldDoc(None, gold)
    sys = [(0, 7, "place"), (15, 26, "PERSON"), (71, 77, "ORG"), (40, 45, "ORG")]
    df = score_mentions([d], {"s": [sys]}).set_index(["match", "type"])
    ov = df.loc[("overlap", "ALL typed")]
    assert (ov["gold"], ov["sys"], ov["tp"]) == (2, 3, 2)  # the OTHER hit is ignored, (40,45) is a false positive
    ex = df.loc[("exact", "ALL typed")]
    assert ex["tp"] == 1  # "Metin Gürak" vs "Gen. Metin Gürak" only overlaps
    one_to_one = score_mentions([d], {"s": [[(0, 3, "place"), (3, 7, "place")]]}).set_index(["match", "type"])
    assert one_to_one.loc[("overlap", "ALL typed"), "tp"] == 1


def test_type_confusion_keeps_state_and_organisation_apart():
    gold = {"entities": [
        {"span": [0, 4], "type": "ORG", "entity_id": "e1", "text": "Oslo"},
        {"span": [10, 16], "type": "GPE", "entity_id": "e2", "text": "Bergen"},
        {"span": [20, 25], "type": "PERSON", "entity_id": "e3", "text": "Ingri"},
    ], "entities_other_mentions": []}
    sys = [(0, 4, "GPE"), (10, 16, "ORG"), (30, 35, "PERSON")]
    df = type_confusion([GoldDoc(None, gold)], [sys]).set_index("gold")
    assert df.loc["ORG", "GPE"] == 1 and df.loc["GPE", "ORG"] == 1
    assert df.loc["PERSON", "missed"] == 1 and df.loc["(none)", "PERSON"] == 1


def test_relations_typed_vs_cooccurrence():
    gold = {"entities": [{"span": [0, 5], "type": "PERSON", "entity_id": "A", "text": "Alice"},
                         {"span": [10, 13], "type": "PERSON", "entity_id": "B", "text": "Bob"},
                         {"span": [20, 25], "type": "GPE", "entity_id": "C", "text": "Paris"}],
            "relations": [{"source_entity_id": "A", "target_entity_id": "B", "label": "communicated_with"},
                          {"source_entity_id": "A", "target_entity_id": "C", "label": "co_located"}]}
    actors = make_table("actors", [{"name": "Alice", "mentions": [[0, 5]]}, {"name": "Bob", "mentions": [[10, 13]]},
                                   {"name": "Paris", "mentions": [[20, 25]]}])
    inter = make_table("interactions", [{"source": "Alice", "target": "Bob", "kind": "meet"}])
    co = make_table("cooccurrences", [{"source": "Alice", "target": "Bob"}, {"source": "Alice", "target": "Paris"},
                                      {"source": "Bob", "target": "Paris"}])
    an = Analysis.__new__(Analysis)
    an.actors, an.interactions, an.cooccurrences = actors, inter, co
    df = score_relations([GoldDoc(None, gold)], [an]).set_index("layer")
    assert df.loc["typed", "P"] == 1.0 and df.loc["typed", "R"] == 1.0 and df.loc["typed", "label_agrees"] == 1
    assert df.loc["cooccurrence", "P"] == pytest.approx(1 / 3) and df.loc["cooccurrence", "R"] == 1.0


@pytest.mark.slow
@pytest.mark.skipif(not (eval_dir() / "actors").is_dir(), reason="shared eval set absent")
def test_full_report_on_dev_set():
    from newslab.evaluate.suite import evaluate_dir, format_report

    report = evaluate_dir(eval_dir() / "actors")
    text = format_report(report)
    assert "Actor mentions (named)" in text and "Actor-pair relations" in text
    m = report.sections[0].table.set_index(["system", "match", "type"])
    assert m.loc[("newslab", "overlap", "ALL typed"), "F1"] >= 0.80
    assert m.loc[("newslab", "overlap", "ALL typed"), "F1"] > m.loc[("spacy", "overlap", "ALL typed"), "F1"]
    r = report.sections[1].table.set_index("layer")
    assert r.loc["typed", "P"] > 2 * r.loc["cooccurrence", "P"]

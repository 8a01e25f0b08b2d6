"""The relation scorer's reachability diagnostic (it never changes P/R/F1)."""

import types

import pandas as pd

from newslab.evaluate.actors import score_relations
from newslab.evaluate.scoring import GoldDoc


def test_reachable_pairs_need_a_system_actor_at_both_ends():
    body = "Norway met Chile. The two leaders thanked Peru."
    ent = lambda text, eid: {"text": text, "span": [body.index(text), body.index(text) + len(text)], "entity_id": eid,
                             "type": "GPE", "mention_kind": "NAM"}
    gold = {"entities": [ent("Norway", "n"), ent("Chile", "c"), ent("Peru", "p")],
            "entities_other_mentions": [ent("The two leaders", "l")],
            "relations": [{"source_entity_id": "n", "target_entity_id": "c", "label": "communicated_with"},
                          {"source_entity_id": "l", "target_entity_id": "p", "label": "communicated_with"}]}
    actors = pd.DataFrame([{"name": n, "mentions": [[body.index(n), body.index(n) + len(n)]]} for n in ("Norway", "Chile", "Peru")])
    inter = pd.DataFrame([{"source": "Norway", "target": "Chile", "kind": "meet"}])
    cooc = pd.DataFrame([{"source": "Chile", "target": "Norway"}])
    a = types.SimpleNamespace(actors=actors, interactions=inter, cooccurrences=cooc)
    df = score_relations([GoldDoc(types.SimpleNamespace(body=body), gold)], [a]).set_index("layer")
    assert df.loc["typed", "gold_pairs"] == 2 and df.loc["typed", "R"] == 0.5  # the scores as before
    assert df.loc["typed", "gold_pairs_reachable"] == 1  # "the two leaders" has no actor
    assert df.loc["typed", "R_reachable"] == 1.0

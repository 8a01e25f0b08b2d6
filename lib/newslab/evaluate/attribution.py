"""Score attributions against gold (CONTRACT.md section 3): content, source and cue.

Matching: a system attribution matches a gold one when their content spans (the covering
spans, quote marks included) overlap with character Jaccard >= 0.5; pairs are taken greedily,
best overlap first, one-to-one. Given a content match, the source matches when both sources
are null or their spans share a character, and the cue matches when the cue spans share a
character. Recall is also broken down by the converter's derived gold fields: the speech-cue
subset (``cue_class_derived == "speech"``), fully quoted direct speech (``kind_derived ==
"direct"``) and "according to" (``kind_derived == "according_to"``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .scoring import EvalSection, GoldDoc, char_jaccard, overlaps, prf

#: Content spans must overlap at least this much (character Jaccard) to match.
MIN_JACCARD = 0.5


def match_attributions(gold: list[dict], system: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs whose contents overlap at Jaccard >= 0.5."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if not s.get("content_span"):
                continue
            j = char_jaccard(tuple(g["content_span"]), tuple(s["content_span"]))
            if j >= MIN_JACCARD:
                pairs.append((j, gi, si))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g, used_s, out = set(), set(), []
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return out


def _source_ok(g: dict, s: dict) -> bool:
    if g.get("source_span") is None or s.get("source_span") is None:
        return g.get("source_span") is None and s.get("source_span") is None
    return overlaps(tuple(g["source_span"]), tuple(s["source_span"]))


def _cue_ok(g: dict, s: dict) -> bool:
    if not g.get("cue_span") or not s.get("cue_span"):
        return False
    return overlaps(tuple(g["cue_span"]), tuple(s["cue_span"]))


def score_pairs(golds: list[list[dict]], systems: list[list[dict]]) -> dict[str, Any]:
    """Counts and scores over many documents (lists of gold and system attribution dicts)."""
    n_gold = n_sys = tp = src = cue = 0
    subsets = {"speech cues": 0, "direct (fully quoted)": 0, "according to": 0}
    subset_n = dict.fromkeys(subsets, 0)
    for gold, system in zip(golds, systems):
        n_gold += len(gold)
        n_sys += len(system)
        matched = match_attributions(gold, system)
        tp += len(matched)
        hit = {gi for gi, _ in matched}
        for gi, si in matched:
            src += _source_ok(gold[gi], system[si])
            cue += _cue_ok(gold[gi], system[si])
        for gi, g in enumerate(gold):
            for name, test in (
                ("speech cues", g.get("cue_class_derived") == "speech"),
                ("direct (fully quoted)", g.get("kind_derived") == "direct"),
                ("according to", g.get("kind_derived") == "according_to"),
            ):
                if test:
                    subset_n[name] += 1
                    subsets[name] += gi in hit
    return {"n_gold": n_gold, "n_sys": n_sys, "tp": tp, "src": src, "cue": cue, "subsets": subsets, "subset_n": subset_n}


def _table(c: dict[str, Any], scope: str) -> pd.DataFrame:
    rows = []
    for measure, tp in (("content", c["tp"]), ("source (given content)", c["src"]), ("cue (given content)", c["cue"])):
        p, r, f = prf(tp, c["n_sys"], c["n_gold"])
        rows.append({"scope": scope, "measure": measure, "gold": c["n_gold"], "system": c["n_sys"], "matched": tp,
                     "precision": p, "recall": r, "f1": f})
    for name, hits in c["subsets"].items():
        n = c["subset_n"][name]
        rows.append({"scope": scope, "measure": f"recall: {name}", "gold": n, "system": None, "matched": hits,
                     "precision": None, "recall": hits / n if n else 0.0, "f1": None})
    df = pd.DataFrame(rows)
    for col in ("gold", "system", "matched"):
        df[col] = df[col].astype(object).where(df[col].notna(), "")
        df[col] = df[col].map(lambda v: int(v) if v != "" else v)
    for col in ("precision", "f1"):
        df[col] = df[col].astype(float)
    return df


def score_attributions(docs: list[GoldDoc], analyses, parsed) -> list[EvalSection]:
    """Attribution scores for both scopes: speech from the analyses given; broad by re-running
    the rule stage (not spaCy) on ``parsed``, the already-parsed Docs of the same texts."""
    from ..extract.actors import extract_actors
    from ..extract.attribution import extract_attributions

    golds = [d.gold.get("attributions", []) for d in docs]
    speech = [a.attributions.to_dict(orient="records") for a in analyses]
    c_speech = score_pairs(golds, speech)
    broad = []
    for doc, a in zip(parsed, analyses):
        actor_set = extract_actors(doc, a.article)
        broad.append(extract_attributions(doc, a.article, actor_set, scope="broad").to_dict(orient="records"))
    c_broad = score_pairs(golds, broad)
    table = pd.concat([_table(c_speech, "speech"), _table(c_broad, "broad")], ignore_index=True)
    notes = [
        "content: system and gold content spans match at character Jaccard >= 0.5 (one-to-one, best first)",
        "source / cue: share of all gold and system items whose matched pair also has overlapping source (or both null) / cue spans",
        "recall rows use the converter's derived fields (cue_class_derived, kind_derived), which are heuristics, not gold",
        "scope speech is what `newslab analyze` writes by default; broad adds cognition and intention cues",
    ]
    return [EvalSection("attribution", table, notes)]

"""Score time expressions TempEval-3 style against gold TIMEX3 (CONTRACT.md section 3).

* Extent: strict (same start and end) and relaxed (any overlap) precision, recall, F1.
* Attributes on relaxed matches: type accuracy, and value F1 = value-correct matches over all
  system timexes (precision) and over all gold timexes (recall), as in TempEval-3.
* Breakdowns: DATE/TIME vs DURATION/SET (by gold type), and the relative expressions
  ("Sunday", "last week", "today", "two years ago") that are resolved against the article date.
"""

from __future__ import annotations

import re
from typing import Iterable

import pandas as pd

from .scoring import EvalSection, GoldDoc, overlaps, prf

#: Gold expressions whose value depends on the article date (or a previous date).
RELATIVE = re.compile(
    r"\b(today|yesterday|tomorrow|tonight|now|currently|recently|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|last|next|this|past|coming|ago|later|earlier|previous|following|same|that|current)\b",
    re.I,
)


def _match(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict, bool]]:
    """Pair gold and system timexes one-to-one: strict matches first, then the largest overlaps."""
    pairs: list[tuple[dict, dict, bool]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if j not in used_s and tuple(g["span"]) == tuple(s["span"]):
                pairs.append((g, s, True))
                used_g.add(i)
                used_s.add(j)
                break
    cands = []
    for i, g in enumerate(gold):
        if i in used_g:
            continue
        for j, s in enumerate(system):
            if j in used_s:
                continue
            if overlaps(tuple(g["span"]), tuple(s["span"])):
                inter = min(g["span"][1], s["span"][1]) - max(g["span"][0], s["span"][0])
                cands.append((-inter, i, j))
    for _, i, j in sorted(cands):
        if i in used_g or j in used_s:
            continue
        pairs.append((gold[i], system[j], False))
        used_g.add(i)
        used_s.add(j)
    return pairs


def _same_value(g: dict, s: dict) -> bool:
    return str(g.get("value")) == str(s.get("value"))


def timex_scores(pairs_by_doc: Iterable[tuple[list[dict], list[dict]]]) -> dict[str, float]:
    """All TempEval-3 numbers for (gold, system) timex lists of many documents."""
    n_g = n_s = strict = relaxed = typ = val = 0
    groups = {"DATE/TIME": [0, 0, 0], "DURATION/SET": [0, 0, 0]}  # gold, relaxed found, value right
    rel = [0, 0, 0]
    for gold, system in pairs_by_doc:
        n_g += len(gold)
        n_s += len(system)
        pairs = _match(gold, system)
        matched = {id(g): (s, st) for g, s, st in pairs}
        for g, s, st in pairs:
            strict += st
            relaxed += 1
            typ += g.get("type") == s.get("type")
            val += _same_value(g, s)
        for g in gold:
            key = "DATE/TIME" if g.get("type") in ("DATE", "TIME") else "DURATION/SET"
            groups[key][0] += 1
            hit = matched.get(id(g))
            if hit:
                groups[key][1] += 1
                groups[key][2] += _same_value(g, hit[0])
            if RELATIVE.search(g.get("text", "")):
                rel[0] += 1
                if hit:
                    rel[1] += 1
                    rel[2] += _same_value(g, hit[0])
    sp, sr, sf = prf(strict, n_s, n_g)
    rp, rr, rf = prf(relaxed, n_s, n_g)
    vp, vr, vf = prf(val, n_s, n_g)
    out = {
        "gold": n_g, "system": n_s, "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf, "value_p": vp, "value_r": vr, "value_f1": vf,
        "type_accuracy": typ / relaxed if relaxed else 0.0, "type_right": typ, "relaxed_matches": relaxed,
        "value_accuracy": val / relaxed if relaxed else 0.0,
        "relative_gold": rel[0], "relative_found": rel[1], "relative_value_right": rel[2],
    }
    for key, (g, f, v) in groups.items():
        out[f"{key}_gold"] = g
        out[f"{key}_found"] = f
        out[f"{key}_value_right"] = v
    return out


def score_timexes(docs: list[GoldDoc], analyses: list) -> list[EvalSection]:
    """EvalSections for the chronology task (called by :func:`newslab.evaluate.suite.evaluate_dir`)."""
    items = []
    for doc, an in zip(docs, analyses):
        gold = doc.gold.get("timexes")
        if gold is None:
            continue
        system = an.timexes.to_dict(orient="records")
        items.append((gold, system))
    if not items:
        return []
    sc = timex_scores(items)
    main = pd.DataFrame([
        {"measure": "extent strict", "P": sc["strict_p"], "R": sc["strict_r"], "F1": sc["strict_f1"]},
        {"measure": "extent relaxed", "P": sc["relaxed_p"], "R": sc["relaxed_r"], "F1": sc["relaxed_f1"]},
        {"measure": "value (relaxed match, same value)", "P": sc["value_p"], "R": sc["value_r"], "F1": sc["value_f1"]},
    ])
    rows = [{"group": "type (relaxed matches)", "gold": sc["gold"], "matched": sc["relaxed_matches"],
             "right": sc["type_right"], "share": sc["type_accuracy"]}]
    for key in ("DATE/TIME", "DURATION/SET"):
        g, f, v = sc[f"{key}_gold"], sc[f"{key}_found"], sc[f"{key}_value_right"]
        rows.append({"group": f"value: gold {key}", "gold": g, "matched": f, "right": v, "share": v / g if g else 0.0})
    rows.append({"group": "value: relative expressions", "gold": sc["relative_gold"], "matched": sc["relative_found"],
                 "right": sc["relative_value_right"],
                 "share": sc["relative_value_right"] / sc["relative_gold"] if sc["relative_gold"] else 0.0})
    notes = [
        f"{sc['gold']} gold and {sc['system']} system timexes in {len(items)} articles",
        "value F1 = relaxed matches with the gold value, over system (P) and gold (R) counts (TempEval-3)",
        "second table: matched = relaxed matches; right = right type (first row) or right value; share = right / matched "
        "for the type row, right / gold otherwise",
        "'relative' = gold text with a deictic or anaphoric word (today, Sunday, last, ago, that ...), resolved against the DCT",
    ]
    return [EvalSection("Chronology: TIMEX3 extents and values (TempEval-3)", main, notes),
            EvalSection("Chronology: types, DATE vs DURATION/SET, relative expressions", pd.DataFrame(rows), [])]

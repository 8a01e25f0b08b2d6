"""Dump actor mentions of one system label with their gold match, per document (diagnostic for type errors).

    PYTHONPATH=lib python benchmarks/actor_type_dump.py ../shared/eval/actors_large ORG '(none)'
    PYTHONPATH=lib python benchmarks/actor_type_dump.py ../shared/eval/actors_large GPE ORG

Arguments: gold folder, system label (raw: PERSON ORG GPE LOC FAC NORP), gold type to keep ('(none)' for system
mentions that hit no named gold, '*' for all). Matching is the evaluator's: the out-of-scope filter
(evaluate.actors._filter_sys) and the untyped one-to-one overlap match, best character Jaccard first, exactly as
evaluate.actors.type_confusion counts its table. Prints one tab-separated line a mention: document, mention text,
gold type and text, actor name and kind, context. Analyses every document (as long as ``newslab evaluate``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from newslab.evaluate.actors import _filter_sys
from newslab.evaluate.scoring import char_jaccard, load_gold, overlaps
from newslab.extract.analysis import analyze_doc
from newslab.extract.nlp import load_pipeline, pipeline_label


def matched(gold_doc: dict, ments: list[tuple]) -> list[tuple[tuple, tuple | None]]:
    """(system mention, its matched gold (start, end, type, text) or None) for the in-scope system mentions."""
    ents = gold_doc.get("entities", [])
    gold = [(e["span"][0], e["span"][1], e["type"], e["text"]) for e in ents if e["type"] != "OTHER"]
    ignore = [(e["span"][0], e["span"][1]) for e in ents if e["type"] == "OTHER"]
    other = [(e["span"][0], e["span"][1]) for e in gold_doc.get("entities_other_mentions", [])]
    s_all = _filter_sys(ments, gold, ignore, other)
    pairs = sorted(((char_jaccard(g[:2], s[:2]), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(s_all)
                    if overlaps(g[:2], s[:2])), key=lambda x: -x[0])
    used_g: set[int] = set()
    by_sys: dict[int, int] = {}
    for _, gi, si in pairs:
        if gi not in used_g and si not in by_sys:
            used_g.add(gi)
            by_sys[si] = gi
    return [(s, gold[by_sys[si]] if si in by_sys else None) for si, s in enumerate(s_all)]


def main(gold_dir: str, label: str, gold_type: str) -> None:
    docs = load_gold(Path(gold_dir))
    nlp = load_pipeline()
    model = pipeline_label(nlp)
    for d, doc in zip(docs, nlp.pipe(d.article.body for d in docs)):
        a, text = analyze_doc(doc, d.article, model), d.article.body
        ments = []
        for row in a.actors.to_dict(orient="records"):
            labels = row.get("mention_labels") or [row["type"]] * len(row["mentions"])
            ments += [(s, e, lab, row["name"], row["kind"]) for (s, e), lab in zip(row["mentions"], labels)]
        for s, g in matched(d.gold, ments):
            gt = g[2] if g else "(none)"
            if s[2] == label and gold_type in ("*", gt):
                ctx = text[max(0, s[0] - 50):s[1] + 40].replace("\n", " ")
                print("\t".join([d.article.id, text[s[0]:s[1]], gt, g[3] if g else "", str(s[3]), str(s[4]), ctx]))


if __name__ == "__main__":
    main(*sys.argv[1:4])

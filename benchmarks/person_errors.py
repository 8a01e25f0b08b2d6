"""Dump person errors of the actor stage on a gold folder, with context, using the evaluator's matching.

    python benchmarks/person_errors.py GOLD_DIR [--cache FILE] [--out FILE]

Categories: ``missed`` (gold PERSON with no system mention), ``PERSON->X`` (gold PERSON typed X),
``X->PERSON`` (gold X typed PERSON), ``spurious`` (system PERSON hitting no gold named mention).
Matching is :func:`newslab.evaluate.actors.type_confusion`'s: untyped one-to-one overlap, same filter.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

from newslab.evaluate.actors import _filter_sys, newslab_mentions
from newslab.evaluate.scoring import char_jaccard, load_gold, overlaps


def analyse(gold_dir: Path) -> list[list[tuple]]:
    from newslab.extract.analysis import analyze_doc
    from newslab.extract.nlp import load_pipeline, pipeline_label

    docs = load_gold(gold_dir)
    nlp = load_pipeline()
    model = pipeline_label(nlp)
    return [newslab_mentions(analyze_doc(doc, d.article, model), raw=True)
            for doc, d in zip(nlp.pipe(d.article.body for d in docs), docs)]


def errors(docs, per_doc):
    """Yield (category, doc id, gold or system span, text, context)."""
    for d, sys_m in zip(docs, per_doc):
        text = d.article.body
        ents = d.gold.get("entities", [])
        gold = [(e["span"][0], e["span"][1], e["type"]) for e in ents if e["type"] != "OTHER"]
        ignore = [(e["span"][0], e["span"][1]) for e in ents if e["type"] == "OTHER"]
        other = [(e["span"][0], e["span"][1]) for e in d.gold.get("entities_other_mentions", [])]
        s_all = _filter_sys(sys_m, gold, ignore, other)
        pairs = sorted(((char_jaccard(g[:2], s[:2]), gi, si) for gi, g in enumerate(gold)
                        for si, s in enumerate(s_all) if overlaps(g[:2], s[:2])), key=lambda x: -x[0])
        used_g, used_s = {}, set()
        for _, gi, si in pairs:
            if gi not in used_g and si not in used_s:
                used_g[gi] = si
                used_s.add(si)
        did = d.article.id
        def ctx(a, b):
            return (text[max(0, a - 70):a] + "[[" + text[a:b] + "]]" + text[b:b + 70]).replace("\n", " ")
        for gi, g in enumerate(gold):
            if gi not in used_g:
                if g[2] == "PERSON":
                    yield "missed", did, g, text[g[0]:g[1]], ctx(g[0], g[1])
                continue
            s = s_all[used_g[gi]]
            if g[2] == "PERSON" and s[2] != "PERSON":
                yield f"PERSON->{s[2]}", did, g, text[g[0]:g[1]], ctx(s[0], s[1])
            elif g[2] != "PERSON" and s[2] == "PERSON":
                yield f"{g[2]}->PERSON", did, g, text[g[0]:g[1]], ctx(s[0], s[1])
        for si, s in enumerate(s_all):
            if si not in used_s and s[2] == "PERSON":
                yield "spurious", did, s, text[s[0]:s[1]], ctx(s[0], s[1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--cache", type=Path, help="pickle of per-document mentions (written if missing)")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    docs = load_gold(a.gold_dir)
    if a.cache and a.cache.exists():
        per_doc = pickle.loads(a.cache.read_bytes())
    else:
        per_doc = analyse(a.gold_dir)
        if a.cache:
            a.cache.write_bytes(pickle.dumps(per_doc))
    rows = list(errors(docs, per_doc))
    by_cat = defaultdict(list)
    for r in rows:
        by_cat[r[0]].append(r)
    out = open(a.out, "w") if a.out else sys.stdout
    for cat, rs in sorted(by_cat.items(), key=lambda kv: -len(kv[1])):
        print(f"## {cat}: {len(rs)} mentions in {len({r[1] for r in rs})} documents", file=out)
        for r in rs:
            print(f"{r[1]}\t{r[3]!r}\t{r[4]}", file=out)
        print(file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

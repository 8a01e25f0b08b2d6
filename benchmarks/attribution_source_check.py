"""Source spans of matched attributions against gold: exact-source share, last-word POS, a row dump.

    python benchmarks/attribution_source_check.py GOLD_DIR [--scope speech|broad] [--cache FILE] [--dump FILE]

Uses the evaluator's content matching (:func:`newslab.evaluate.attribution.match_attributions`). Prints
the official source count (overlapping spans), the exact count (system source span == gold source
span, both null counting as exact) and the end-exact count (same end, or both null) over matched rows, and the system sources counted by the
coarse POS of their last word. ``--dump`` writes one line per matched row whose source is not
exact: ``doc | gold source | system source | last POS``. ``--cache`` keeps the parsed Docs
(spaCy DocBin) so that later runs skip the parse.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def parsed_docs(docs, cache: Path | None):
    from spacy.tokens import DocBin

    from newslab.extract.nlp import load_pipeline

    nlp = load_pipeline()
    if cache is not None and cache.exists():
        return list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    out = list(nlp.pipe(d.article.body for d in docs))
    if cache is not None:
        db = DocBin(store_user_data=False)
        for doc in out:
            db.add(doc)
        cache.write_bytes(db.to_bytes())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--scope", choices=["speech", "broad"], default="speech")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--odd", type=Path, help="write every system source whose last word is no noun or pronoun, with its next words")
    ap.add_argument("--rows", type=Path, help="write every matched pair as JSON lines (doc, gold, system)")
    args = ap.parse_args()

    from newslab.evaluate.attribution import _source_ok, match_attributions
    from newslab.evaluate.scoring import load_gold
    from newslab.extract import docindex
    from newslab.extract.actors import extract_actors
    from newslab.extract.attribution import extract_attributions

    docs = load_gold(args.gold_dir)
    parsed = parsed_docs(docs, args.cache)
    n_sys = n_match = ok = exact = end_exact = 0
    last_pos: Counter = Counter()
    lines = []
    pairs = []
    odd = []
    for d, doc in zip(docs, parsed):
        body = d.article.body
        docindex.remember_text(doc, body)
        rows = extract_attributions(doc, d.article, extract_actors(doc, d.article), scope=args.scope).to_dict(orient="records")
        gold = d.gold.get("attributions", [])
        n_sys += len(rows)
        for r in rows:
            sp = r.get("source_span")
            if sp:
                toks = [t for t in doc.char_span(sp[0], sp[1], alignment_mode="expand") or [] if not t.is_space]
                if toks:
                    last_pos[toks[-1].pos_] += 1
                    if toks[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
                        odd.append(f"{d.article.id[:40]} | {toks[-1].pos_} | {r['source']!r} >> {body[sp[1]:sp[1] + 40]!r}")
        for gi, si in match_attributions(gold, rows):
            g, s = gold[gi], rows[si]
            n_match += 1
            ok += _source_ok(g, s)
            gs, ss = g.get("source_span"), s.get("source_span")
            pairs.append({"doc": d.article.id, "gold": g, "system": s})
            same = (gs is None and ss is None) or (gs is not None and ss is not None and list(gs) == list(ss))
            exact += same
            end_exact += same or (gs is not None and ss is not None and gs[1] == ss[1])
            if not same:
                pos = ""
                if ss:
                    toks = [t for t in doc.char_span(ss[0], ss[1], alignment_mode="expand") or [] if not t.is_space]
                    pos = toks[-1].pos_ if toks else ""
                gtxt = body[gs[0]:gs[1]] if gs else None
                stxt = body[ss[0]:ss[1]] if ss else None
                lines.append(f"{d.article.id} | {gtxt!r} | {stxt!r} | {pos}")
    print(f"{args.gold_dir.name} {args.scope}: system {n_sys}, matched {n_match}, source overlap {ok}, "
          f"source exact {exact} ({exact / max(1, n_match):.3f} of matched), "
          f"source end exact {end_exact} ({end_exact / max(1, n_match):.3f})")
    print("system sources by last word's POS:", dict(last_pos.most_common()))
    if args.odd:
        args.odd.write_text("\n".join(odd) + "\n", encoding="utf-8")
    if args.rows:
        import json

        args.rows.write_text("".join(json.dumps(p, default=str) + "\n" for p in pairs), encoding="utf-8")
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

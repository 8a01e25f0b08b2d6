"""List timex errors against a gold chronology folder, grouped and ranked (development aid).

    PYTHONPATH=lib python benchmarks/timex_errors.py ../shared/eval/chronology_large [--cache DIR] [--top N]

Parses each seed once (the parses are cached as DocBin under ``--cache``, keyed by the folder
name, so reruns after a rule change only re-run the timex finder) and pairs gold and system
timexes exactly as ``newslab evaluate`` does. Three kinds of error are listed:

* ``FP``    system timex overlapping no gold timex (hurts value and extent precision),
* ``MISS``  gold timex overlapping no system timex (hurts recall),
* ``VALUE`` relaxed match whose value differs from the gold value.

Each kind is grouped by a key (lower-cased text with digits as ``9``, plus the gold/system value
shapes) and ranked by count; the number of documents and the corpus prefixes show whether a
group is general. ``--kind``/``--grep`` narrow the listing; ``--examples`` prints instances.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from newslab.evaluate.chronology import _match, _same_value, timex_scores
from newslab.evaluate.scoring import load_gold


def _shape(s: str | None) -> str:
    return re.sub(r"\d", "9", str(s))


def _key(text: str) -> str:
    return re.sub(r"\d", "9", " ".join(text.lower().split()))


def _parse(docs, cache: Path):
    from spacy.tokens import DocBin

    from newslab.extract.nlp import load_pipeline

    nlp = load_pipeline()
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    parsed = list(nlp.pipe(d.article.body for d in docs))
    db = DocBin(store_user_data=True)
    for doc in parsed:
        db.add(doc)
    cache.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(cache)
    return parsed


def collect(gold_dir: Path, cache_dir: Path):
    """(doc id, gold list, system list, context body) for every gold file in the folder."""
    from newslab.extract.chronology import extract_timexes

    docs = [d for d in load_gold(gold_dir) if d.gold.get("timexes") is not None]
    parsed = _parse(docs, cache_dir / f"{gold_dir.name}.spacy")
    out = []
    for d, doc in zip(docs, parsed):
        system = extract_timexes(doc, d.article).to_dict(orient="records")
        out.append((d.article.id, d.gold["timexes"], system,
                    d.article.body))
    return out


def errors(items, right: bool = False):
    """Yield (kind, doc id, gold, system, body) for every error (and every ``OK`` match if ``right``)."""
    for did, gold, system, body in items:
        pairs = _match(gold, system)
        gm = {id(g) for g, _, _ in pairs}
        sm = {id(s) for _, s, _ in pairs}
        for g, s, _ in pairs:
            if not _same_value(g, s):
                yield "VALUE", did, g, s, body
            elif right:
                yield "OK", did, g, s, body
        for s in system:
            if id(s) not in sm:
                yield "FP", did, None, s, body
        for g in gold:
            if id(g) not in gm:
                yield "MISS", did, g, None, body


def _rule_table(items) -> None:
    """Per finder rule: system timexes, right values, wrong values, false positives, documents."""
    tab: dict[str, list] = collections.defaultdict(lambda: [0, 0, 0, 0, set()])
    for did, gold, system, _ in items:
        pairs = {id(s): g for g, s, _ in _match(gold, system)}
        for s in system:
            row = tab[s.get("rule") or "?"]
            row[0] += 1
            row[4].add(did)
            g = pairs.get(id(s))
            row[1 if g is not None and _same_value(g, s) else 2 if g is not None else 3] += 1
    print(f"{'rule':20} {'sys':>5} {'right':>5} {'wrong':>5} {'FP':>4} {'docs':>4}")
    for rule, (n, r, w, fp, docs) in sorted(tab.items(), key=lambda kv: -kv[1][0]):
        print(f"{rule:20} {n:5d} {r:5d} {w:5d} {fp:4d} {len(docs):4d}")


def _ctx(body: str, span, width: int = 50) -> str:
    a, b = span
    return (body[max(0, a - width):a] + "[" + body[a:b] + "]" + body[b:b + width]).replace("\n", " ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/timex_errors_cache"))
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--kind", choices=["FP", "MISS", "VALUE", "OK"], action="append")
    ap.add_argument("--grep", help="regex on the gold or system text")
    ap.add_argument("--examples", type=int, default=0, help="instances to print per group")
    ap.add_argument("--by-docs", action="store_true", help="rank by number of documents, not count")
    ap.add_argument("--rules", action="store_true", help="print a per-rule table of right/wrong/FP")
    ap.add_argument("--json", type=Path, help="also write every error as JSON lines here")
    a = ap.parse_args(argv)

    items = collect(a.gold_dir, a.cache)
    sc = timex_scores((g, s) for _, g, s, _ in items)
    print(f"{a.gold_dir.name}: gold {sc['gold']} system {sc['system']}  strict P/R/F "
          f"{sc['strict_p']:.3f}/{sc['strict_r']:.3f}/{sc['strict_f1']:.3f}  value P/R/F "
          f"{sc['value_p']:.3f}/{sc['value_r']:.3f}/{sc['value_f1']:.3f}")
    by_corpus = collections.defaultdict(list)  # id prefix (timebank, aquaint, meantime ...) -> items
    for it in items:
        by_corpus[it[0].split("_")[0]].append(it)
    if len(by_corpus) > 1:
        for corp, its in sorted(by_corpus.items()):
            c = timex_scores((g, s) for _, g, s, _ in its)
            print(f"  {corp:10} {len(its):3d} docs  gold {c['gold']:4d} system {c['system']:4d}  strict F "
                  f"{c['strict_f1']:.3f}  value P/R/F {c['value_p']:.3f}/{c['value_r']:.3f}/{c['value_f1']:.3f}")
    groups: dict[tuple, list] = collections.defaultdict(list)
    rows = []
    for kind, did, g, s, body in errors(items, right=bool(a.kind and "OK" in a.kind)):
        if a.kind and kind not in a.kind:
            continue
        text = (g or s)["text"]
        if a.grep and not re.search(a.grep, (g or {}).get("text", "") + " | " + (s or {}).get("text", ""), re.I):
            continue
        key = (kind, _key(text), _shape(g["value"]) if g else "-", _shape(s["value"]) if s else "-")
        groups[key].append((did, g, s, body))
        rows.append({"kind": kind, "doc": did, "gold": g and {k: g[k] for k in ("text", "span", "type", "value")},
                     "system": s and {k: s[k] for k in ("text", "span", "type", "value", "rule")}})
    if a.json:
        a.json.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tally = collections.Counter(k for k, *_ in errors(items))
    print("errors:", dict(tally))
    if a.rules:
        _rule_table(items)

    def rank(kv):
        docs = {d for d, *_ in kv[1]}
        return (len(docs), len(kv[1])) if a.by_docs else (len(kv[1]), len(docs))

    print(f"{'kind':5} {'n':>3} {'docs':>4}  {'corpora':22} text | gold value shape -> system value shape")
    for key, inst in sorted(groups.items(), key=rank, reverse=True)[: a.top]:
        docs = {d for d, *_ in inst}
        corp = collections.Counter(d.split("_")[0] for d in docs)
        cs = ",".join(f"{c[:4]}{n}" for c, n in corp.most_common())
        print(f"{key[0]:5} {len(inst):3d} {len(docs):4d}  {cs:22} {key[1]!r} | {key[2]} -> {key[3]}")
        for did, g, s, body in inst[: a.examples]:
            sp = (g or s)["span"]
            print(f"        {did}: gold={g and g['value']} sys={s and s['value']} rule={s and s.get('rule')}"
                  f" :: {_ctx(body, sp)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The attribution stage's added time per 1,000-word article over the spaCy pass, same run.

    python benchmarks/bench_attribution.py              # our fixtures + the mission seed (+ the dev set if present)
    python benchmarks/bench_attribution.py --repeat 5

Baseline: newslab's spaCy pipeline, ``nlp.pipe`` over the texts (the one parse every stage
shares). Measured: ``attribution.extract_attributions`` on those parsed ``Doc``s with the
actors already extracted (the stage's own cost: cue rules, the quote-mark layer, source
resolution). Both warm, best of ``--repeat`` runs. Prints milliseconds per 1,000 words for
each and the ratio; the target is under 50 ms per 1,000 words for the attribution stage.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scope", choices=["speech", "broad"], default="speech")
    args = ap.parse_args()

    from newslab.extract.actors import extract_actors
    from newslab.extract.attribution import extract_attributions
    from newslab.extract.nlp import load_pipeline, pipeline_label
    from newslab.paths import eval_dir, project_root, seeds_dir
    from newslab.seeds import read_corpus

    folders = [seeds_dir(), project_root() / "tests" / "fixtures" / "attribution"]
    if (eval_dir() / "attribution").is_dir():
        folders.append(eval_dir() / "attribution")
    articles = [a for f in folders if f.is_dir() for a in read_corpus(f).articles]
    texts = [a.body for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    print(f"{len(texts)} articles, {words} words; pipeline {pipeline_label(nlp)}; scope {args.scope}")
    docs = list(nlp.pipe(texts))  # warm
    actor_sets = [extract_actors(d, a) for d, a in zip(docs, articles)]
    extract_attributions(docs[0], articles[0], actor_sets[0], scope=args.scope)

    def spacy_pass() -> float:
        t = time.perf_counter()
        list(nlp.pipe(texts))
        return time.perf_counter() - t

    def stage() -> float:
        t = time.perf_counter()
        for d, a, s in zip(docs, articles, actor_sets):
            extract_attributions(d, a, s, scope=args.scope)
        return time.perf_counter() - t

    base = min(spacy_pass() for _ in range(args.repeat))
    added = min(stage() for _ in range(args.repeat))
    per_k = 1000.0 / max(1, words)
    print(f"spaCy pass:         {base * 1000 * per_k:8.1f} ms per 1,000 words")
    print(f"attribution stage:  {added * 1000 * per_k:8.1f} ms per 1,000 words (target < 50)")
    print(f"ratio stage/spaCy:  {added / base:8.3f}")


if __name__ == "__main__":
    main()

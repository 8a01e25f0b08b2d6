"""`newslab analyze` throughput against bare spaCy `nlp.pipe` over the same texts, same run.

    python benchmarks/bench_analyze.py                      # 240 generated articles, ratio printed
    python benchmarks/bench_analyze.py --stream 10000       # + streaming memory check (peak RSS)

Baseline: ``spacy.load(<same pipeline>)`` without newslab's components, ``list(nlp.pipe(texts))``.
newslab: the same texts through ``analysis.analyze_many`` (newslab's pipeline, every stage) and
``to_record``/JSON, i.e. what ``newslab analyze --format jsonl`` does per article. Both warm
(pipelines loaded before timing), best of ``--repeat`` runs, interleaved so load from other
processes hits both alike. The memory check runs ``newslab analyze DIR --format jsonl`` in a child
process over ``--stream`` generated articles and reports the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=240)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--stream", type=int, default=0, help="also analyse this many articles in a child process and report peak memory")
    args = ap.parse_args()

    import spacy

    from newslab.extract.analysis import analyze_many, dumps_record
    from newslab.extract.nlp import load_pipeline, pipeline_label, resolve_pipeline_name
    from newslab.seeds import read_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_corpus(args.count, Path(tmp) / "corpus")
        articles = read_corpus(folder).articles
        texts = [a.body for a in articles]
        words = sum(len(t.split()) for t in texts)
        name = resolve_pipeline_name()
        bare = spacy.load(name)
        nlp = load_pipeline()
        print(f"{len(texts)} articles, {words} words; pipeline {pipeline_label(nlp)}; "
              f"newslab components: {[p for p in nlp.pipe_names if p not in bare.pipe_names]}")
        list(bare.pipe(texts[:8]))
        list(analyze_many(articles[:8], nlp=nlp))  # warm both

        def run_bare() -> float:
            t = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=args.batch_size):
                pass
            return time.perf_counter() - t

        def run_newslab() -> float:
            t = time.perf_counter()
            for analysis in analyze_many(articles, nlp=nlp, batch_size=args.batch_size):
                dumps_record(analysis.to_record())
            return time.perf_counter() - t

        best_bare, best_nl = float("inf"), float("inf")
        for _ in range(args.repeat):
            best_bare = min(best_bare, run_bare())
            best_nl = min(best_nl, run_newslab())
        print(f"bare nlp.pipe : {best_bare:7.2f} s  {len(texts) / best_bare:7.1f} articles/s  {words / best_bare:8.0f} words/s")
        print(f"newslab       : {best_nl:7.2f} s  {len(texts) / best_nl:7.1f} articles/s  {words / best_nl:8.0f} words/s")
        print(f"ratio (newslab throughput / bare nlp.pipe): {best_bare / best_nl:.2f}x  (aim >= 0.8x)")

        if args.stream:
            big = make_corpus(args.stream, Path(tmp) / "big")
            exe = Path(sys.executable).with_name("newslab")
            cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "newslab"]),
                   "analyze", str(big), "--format", "jsonl"]
            t = time.perf_counter()
            with open(Path(tmp) / "big.jsonl", "w", encoding="utf-8") as sink:
                rc = subprocess.run(cmd, stdout=sink, check=False).returncode
            elapsed = time.perf_counter() - t
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            lines = sum(1 for _ in open(Path(tmp) / "big.jsonl", encoding="utf-8"))
            print(f"stream: {args.stream} articles -> {lines} JSON lines in {elapsed:.0f} s (exit {rc}); "
                  f"peak memory {peak_mb:.0f} MB (limit 2048 MB): {'OK' if peak_mb < 2048 else 'OVER'}")


if __name__ == "__main__":
    main()

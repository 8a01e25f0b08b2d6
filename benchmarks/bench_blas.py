"""spaCy's pass on thinc's bundled BLIS against numpy's BLAS (``newslab.extract.blas``), same run.

    python benchmarks/bench_blas.py                       # 500 generated articles, 3 rounds
    python benchmarks/bench_blas.py --corpus ../shared/eval/attribution_large --rounds 2

Two copies of the pipeline newslab loads (spaCy's own, without newslab's components), one left on
thinc's default ops (BLIS) and one put on numpy's BLAS as ``load_pipeline`` does. Rounds alternate
the two over the same texts, each with BLAS held to one thread as newslab's batch runs hold it, and
take the CPU seconds of ``nlp.pipe``. Printed: every round, the median ratio (numpy over BLIS
throughput; higher is faster), and how many documents got other tags, parses or entities.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402


def analyses(docs) -> list[tuple]:
    """Tags, dependency arcs and entities of every document."""
    return [(tuple(t.tag_ for t in d), tuple((t.dep_, t.head.i) for t in d), tuple((e.start, e.end, e.label_) for e in d.ents))
            for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=500, help="generated articles (without --corpus)")
    ap.add_argument("--corpus", help="a folder of seeds instead of generated articles")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    import spacy

    from newslab.extract.blas import one_thread, use_backend
    from newslab.extract.nlp import resolve_pipeline_name
    from newslab.seeds import read_corpus

    folder = Path(args.corpus) if args.corpus else make_corpus(args.count, Path(tempfile.mkdtemp(prefix="bench_blas_")))
    texts = [a.body for a in read_corpus(folder).articles]
    name = resolve_pipeline_name()
    blis_nlp, numpy_nlp = spacy.load(name), spacy.load(name)
    assert use_backend(numpy_nlp) == "numpy", "unset NEWSLAB_BLAS to compare"
    pipes = {"blis": blis_nlp, "numpy": numpy_nlp}
    cpu: dict[str, list[float]] = {k: [] for k in pipes}
    out: dict[str, list[tuple]] = {}
    with one_thread():
        for nlp in pipes.values():  # warm up
            list(nlp.pipe(texts[:20]))
        for r in range(args.rounds):
            order = list(pipes) if r % 2 == 0 else list(reversed(pipes))
            for key in order:
                t = time.process_time()
                docs = list(pipes[key].pipe(texts, batch_size=16))
                cpu[key].append(time.process_time() - t)
                out.setdefault(key, analyses(docs))
            print(f"round {r + 1}: " + ", ".join(f"{k} {cpu[k][-1]:.2f} s" for k in pipes), flush=True)
    ratios = [b / n for b, n in zip(cpu["blis"], cpu["numpy"])]
    differ = sum(a != b for a, b in zip(out["blis"], out["numpy"]))
    print(f"{len(texts)} documents ({'corpus ' + str(folder) if args.corpus else 'generated'}), {args.rounds} rounds, CPU seconds of nlp.pipe")
    print(f"  BLIS   median {statistics.median(cpu['blis']):.2f} s; numpy BLAS median {statistics.median(cpu['numpy']):.2f} s")
    print(f"  numpy BLAS / BLIS throughput: median {statistics.median(ratios):.3f}x (per round {', '.join(f'{x:.3f}' for x in ratios)})")
    print(f"  documents with other tags, parses or entities: {differ} of {len(texts)}")


if __name__ == "__main__":
    main()

"""The gazetteer component and the actor stage of this checkout against an older commit, alternated per article in one process.

    python benchmarks/bench_actor_ab.py                            # against HEAD, 300 generated articles, 3 rounds
    python benchmarks/bench_actor_ab.py --base HEAD~2 --rounds 1 --corpus ../shared/eval/attribution_large

``bench_ab.py`` times whole commands: on a shared machine its rounds differ by 10-20%, more than a change to one
stage saves. Here both versions run in one process on the same parsed documents: the base commit's ``lib/newslab``
(``git archive``) is imported as the package ``newslab_base`` (its modules import each other relatively), each
article is parsed once without the gazetteer, and for every article and round a copy goes through the base
gazetteer + ``extract_actors(...).table()`` and another through this checkout's, in a random order, with the cyclic
GC held off while a stage runs (the engine raises its thresholds anyway), after an untimed warm-up of both. Printed: CPU ms per article of each part
for both, their ratios, and whether the entities and actor tables came out the same (a speed change must not
change them).
"""

from __future__ import annotations

import argparse
import gc
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def export_package(commit: str, dest: Path) -> Path:
    """``lib/newslab`` of ``commit`` as the package ``newslab_base`` under ``dest``; returns ``dest``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "lib/newslab"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    (dest / "lib" / "newslab").rename(dest / "newslab_base")
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="HEAD", help="the commit to compare with (any git revision; default HEAD, as bench_ab.py)")
    ap.add_argument("--count", type=int, default=300, help="generated articles (without --corpus)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="a folder of seeds to measure instead of generated articles")
    ap.add_argument("--seed", type=int, default=1, help="of the random order of the two versions")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "lib"))

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = args.corpus.resolve() if args.corpus else make_corpus(args.count, tmp / "corpus")
        sys.path.insert(0, str(export_package(args.base, tmp)))

        import newslab_base.extract.actor_gazetteer as base_gazetteer
        import newslab_base.extract.actors as base_actors
        import newslab_base.extract.docindex as base_docindex

        from newslab.extract import actors, docindex
        from newslab.extract.analysis import warm_up
        from newslab.extract.nlp import load_pipeline
        from newslab.seeds import read_corpus

        articles = read_corpus(corpus).articles
        nlp = load_pipeline()
        warm_up(nlp)
        base_gazetteer._import_spacy()
        versions = {"base": (base_gazetteer.Gazetteer(nlp), base_actors, base_docindex),
                    "new": (nlp.get_pipe("newslab_gazetteer"), actors, docindex)}
        with nlp.select_pipes(disable=["newslab_gazetteer"]):
            docs = list(nlp.pipe([a.body for a in articles], batch_size=16))

        for gazetteer, stage, index in versions.values():  # untimed: each version builds its lexicons lazily
            for doc, article in list(zip(docs, articles))[:5]:
                copy = doc.copy()
                gazetteer(copy)
                index.remember_text(copy, article.body)
                stage.extract_actors(copy, article).table()

        cpu = {(v, part): 0.0 for v in versions for part in ("gazetteer", "actors")}
        same = True
        order = random.Random(args.seed)
        clock = time.process_time
        for _ in range(args.rounds):
            for doc, article in zip(docs, articles):
                out = {}
                for v in order.sample(list(versions), 2):
                    gazetteer, stage, index = versions[v]
                    copy = doc.copy()
                    gc.collect()
                    gc.disable()
                    t0 = clock()
                    gazetteer(copy)
                    t1 = clock()
                    index.remember_text(copy, article.body)
                    table = stage.extract_actors(copy, article).table()
                    t2 = clock()
                    gc.enable()
                    cpu[(v, "gazetteer")] += t1 - t0
                    cpu[(v, "actors")] += t2 - t1
                    out[v] = ([(e.start, e.end, e.label_, e.kb_id_) for e in copy.ents], table.to_json())
                same &= out["base"] == out["new"]

    n = len(articles) * args.rounds
    what = f"articles of {args.corpus}" if args.corpus else "generated articles"
    print(f"{len(articles)} {what}, {args.rounds} rounds, CPU ms per article (base {args.base} / this checkout)")
    for part in ("gazetteer", "actors"):
        b, w = cpu[("base", part)], cpu[("new", part)]
        print(f"  {part:10s} base {1e3 * b / n:7.3f}  this {1e3 * w / n:7.3f}  ratio {w / b:.3f}")
    b = sum(cpu[("base", p)] for p in ("gazetteer", "actors"))
    w = sum(cpu[("new", p)] for p in ("gazetteer", "actors"))
    print(f"  {'both':10s} base {1e3 * b / n:7.3f}  this {1e3 * w / n:7.3f}  ratio {w / b:.3f}")
    print(f"entities and actor tables the same: {same}")


if __name__ == "__main__":
    main()

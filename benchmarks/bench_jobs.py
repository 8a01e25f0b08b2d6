"""`newslab analyze --out STORE` with --jobs 1/2 and on a Dask LocalCluster, against bare spaCy, same run.

    python benchmarks/bench_jobs.py                  # 2,000 generated articles, best of 2 rounds
    python benchmarks/bench_jobs.py --count 600 --repeat 1 --no-dask
    python benchmarks/bench_jobs.py --corpus ../shared/eval/attribution_large --no-dask   # real news

Generated articles are short (about 100 words), so fixed per-article costs weigh more there than
in real news (500-1,000 words); ``--corpus`` measures any folder of seeds instead. The default is
2,000 articles, issue 10's own scenario: every command also has fixed costs (start-up, the
pipeline load in the workers' forkserver, a Dask cluster's start, the store's commit) of a few
seconds, which on 600 articles (about 10 s with two processes) are a third of a run and set the
ratios more than throughput does (600, twenty-first round: --jobs 2 / --jobs 1 1.59x, median of 2
rounds 1.66x; LocalCluster / --jobs 2 0.84x; an unchanged rerun 7% of the first run).

Every measurement is a whole command in a fresh child process (start-up and pipeline loads
included, as a user pays them), wall time, rounds interleaved so load from other processes hits
all alike; with ``--repeat N`` each ratio is also given per round and as the median of the rounds
(one slow moment of this shared virtual machine then moves one round, not the best-of figure of one
command against another command's). Baseline: ``spacy.load(<same pipeline>)`` then ``nlp.pipe(texts, n_process=N)`` over
the same seed bodies. Also printed: the store's size against the JSON Lines export, and an
unchanged rerun against the first run, and the CPU seconds of the one-process runs (their ratio
does not depend on how busy the machine is). Throughput ratios are what issue 10 sets targets on:
--jobs 2 >= 1.7x --jobs 1; each >= 0.8x bare nlp.pipe with as many processes; LocalCluster
(2 workers) >= 0.85x --jobs 2.

newslab's modules are byte-compiled first, as an installed package's are (spaCy's always are):
where PYTHONDONTWRITEBYTECODE is set, every newslab command would otherwise compile its
12,000 lines again (about 0.1 s of CPU per command), a cost the bare baseline never pays.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402

BARE = """
import sys
from pathlib import Path
import spacy
from newslab.extract.nlp import resolve_pipeline_name
from newslab.seeds import read_corpus
texts = [a.body for a in read_corpus(sys.argv[1]).articles]
nlp = spacy.load(resolve_pipeline_name())
n = sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[2])))
assert n == len(texts)
"""


def _newslab() -> list[str]:
    exe = Path(sys.executable).with_name("newslab")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "newslab"]


#: CPU seconds (user + system) of every finished command, its worker processes included, by name.
CPU: dict[str, float] = {}


def _timed(cmd: list[str], name: str | None = None, **kw) -> float:
    """Wall seconds of a command; with ``name``, keep its least CPU seconds in :data:`CPU`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=kw.pop("stdout", subprocess.DEVNULL), **kw)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if name:
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        CPU[name] = min(CPU.get(name, float("inf")), cpu)
    return wall


def du(path: Path) -> int:
    """Bytes on disk under ``path`` (each hard-linked file once, symlinks not followed)."""
    seen, total = set(), 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            st = os.lstat(os.path.join(root, f))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total


def compile_newslab() -> None:
    """Byte-compile the newslab package in place (``__pycache__`` folders, ignored by git)."""
    import importlib.util

    spec = importlib.util.find_spec("newslab")
    for folder in spec.submodule_search_locations if spec else []:
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--no-dask", action="store_true", help="skip the LocalCluster run")
    ap.add_argument("--corpus", type=Path, help="a folder of seeds to measure instead of generated articles")
    args = ap.parse_args()
    compile_newslab()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.corpus:
            from newslab.seeds import read_corpus

            corpus, args.count = args.corpus.resolve(), len(read_corpus(str(args.corpus)).articles)
        else:
            corpus = make_corpus(args.count, tmp / "corpus")
        runs = {
            "bare nlp.pipe, 1 process": [sys.executable, "-c", BARE, str(corpus), "1"],
            "bare nlp.pipe, 2 processes": [sys.executable, "-c", BARE, str(corpus), "2"],
            "newslab --jobs 1": [*_newslab(), "analyze", str(corpus), "--out", str(tmp / "store"), "--jobs", "1"],
            "newslab --jobs 2": [*_newslab(), "analyze", str(corpus), "--out", str(tmp / "store"), "--jobs", "2"],
        }
        if not args.no_dask:
            runs["newslab --scheduler local (2 workers)"] = [*_newslab(), "analyze", str(corpus), "--out", str(tmp / "store"),
                                                             "--scheduler", "local", "--jobs", "2"]
        best = {name: float("inf") for name in runs}
        rounds: list[dict[str, float]] = []  # each round's wall times: ratios within a round share its load
        for _ in range(args.repeat):
            rounds.append({})
            for name, cmd in runs.items():
                shutil.rmtree(tmp / "store", ignore_errors=True)
                rounds[-1][name] = _timed(cmd, name, stderr=subprocess.DEVNULL)
                best[name] = min(best[name], rounds[-1][name])
        print(f"{args.count} {'articles of ' + str(args.corpus) if args.corpus else 'generated articles'}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
              f"best of {args.repeat}, whole commands (start-up and pipeline loads included)")
        for name, secs in best.items():
            print(f"  {name:40s} {secs:7.2f} s  {args.count / secs:7.1f} articles/s")

        def ratio(a: str, b: str, aim: float) -> None:
            r = best[b] / best[a]
            per_round = sorted(x[b] / x[a] for x in rounds)
            spread = f"; per round {', '.join(f'{x:.2f}' for x in per_round)}, median {statistics.median(per_round):.2f}x" if len(rounds) > 1 else ""
            print(f"  {a} / {b}: {r:.2f}x  (aim >= {aim}x)  {'OK' if r >= aim else 'BELOW'}{spread}")

        print("throughput ratios:")
        ratio("newslab --jobs 2", "newslab --jobs 1", 1.7)
        ratio("newslab --jobs 1", "bare nlp.pipe, 1 process", 0.8)
        ratio("newslab --jobs 2", "bare nlp.pipe, 2 processes", 0.8)
        if not args.no_dask:
            ratio("newslab --scheduler local (2 workers)", "newslab --jobs 2", 0.85)
        print("  (on a machine shared with other work, wall ratios follow the CPU share each run got)")
        # One process each: CPU seconds are what the run costs whatever share of the machine it got.
        a, b = "newslab --jobs 1", "bare nlp.pipe, 1 process"
        print(f"CPU seconds, all processes: {a} {CPU[a]:.2f} s, {b} {CPU[b]:.2f} s; "
              f"{a} / {b} by CPU: {CPU[b] / CPU[a]:.2f}x  (aim >= 0.8x)")

        # Store against JSONL, and the unchanged rerun (the store of the last --jobs 2 run is complete).
        shutil.rmtree(tmp / "store", ignore_errors=True)
        first = _timed(runs["newslab --jobs 2"])
        rerun = _timed(runs["newslab --jobs 2"])
        with open(tmp / "all.jsonl", "w", encoding="utf-8") as sink:
            _timed([*_newslab(), "analyze", str(corpus), "--format", "jsonl", "--jobs", "2"], stdout=sink)
        store, jsonl = du(tmp / "store" / "versions"), (tmp / "all.jsonl").stat().st_size
        print(f"store on disk {store / 1e6:.1f} MB vs JSON Lines {jsonl / 1e6:.1f} MB: {store / jsonl:.2f}x")
        print(f"unchanged rerun {rerun:.2f} s vs first run {first:.2f} s: {100 * rerun / first:.1f}%  (aim < 5%)")


if __name__ == "__main__":
    main()

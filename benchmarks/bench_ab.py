"""`newslab analyze --jobs 1` of this checkout against an older commit and bare spaCy, alternated, by CPU time.

    python benchmarks/bench_ab.py                               # uncommitted change vs HEAD, 500 generated, 3 rounds
    python benchmarks/bench_ab.py --base HEAD~3
    python benchmarks/bench_ab.py --base v0.9 --count 2000 --rounds 2
    python benchmarks/bench_ab.py --base HEAD~1 --corpus ../shared/eval/attribution_large

A speed change of 5-10% is invisible in one ``bench_jobs.py`` run on a shared machine: its
commands run minutes apart and the machine's speed swings by 10% or more in that time. Here every
round runs the three commands back to back in a rotating order (bare spaCy, the base commit, this
checkout), so a slow stretch of the machine hits all three alike, and each command's cost is its
CPU seconds (user + system of the child), which depend much less on the machine's load than wall
time. The base commit's ``lib/`` is exported with ``git archive`` and run with the same Python and
packages, so only newslab's own code differs. Printed: every run's CPU seconds, the median per
command, and the medians of the per-round ratios: this checkout against the base, and each against
bare spaCy (issue 10's aim: ``--jobs 1`` at least 0.8x bare ``nlp.pipe``). Both libraries are
byte-compiled first, as an installed package's modules are.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_jobs import BARE  # noqa: E402
from make_corpus import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def export_lib(commit: str, dest: Path) -> Path:
    """``lib/`` of ``commit`` under ``dest`` (via ``git archive``); returns the exported ``lib`` folder."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "lib"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "lib"


def cpu_seconds(cmd: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of a command run to its end (its output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def commands(corpus: Path, libs: dict[str, Path], out: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Name -> (command, environment): bare spaCy, then ``newslab analyze --jobs 1`` with each library."""
    runs = {"bare nlp.pipe": ([sys.executable, "-c", BARE, str(corpus), "1"], dict(os.environ))}
    for name, lib in libs.items():
        env = dict(os.environ, PYTHONPATH=str(lib))
        runs[name] = ([sys.executable, "-m", "newslab", "analyze", str(corpus), "--out", str(out / str(len(runs))),
                       "--jobs", "1"], env)
    return runs


def rotate(names: list[str], k: int) -> list[str]:
    """``names`` started at position ``k`` (mod its length): round ``k``'s order."""
    k %= len(names)
    return names[k:] + names[:k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="HEAD", help="the commit to compare with (any git revision; default HEAD: the "
                    "working tree's uncommitted change, or with none, how far two runs of the same code differ)")
    ap.add_argument("--count", type=int, default=500, help="generated articles (without --corpus)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="a folder of seeds to measure instead of generated articles")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = args.corpus.resolve() if args.corpus else make_corpus(args.count, tmp / "corpus")
        libs = {f"base {args.base}": export_lib(args.base, tmp / "base"), "this checkout": ROOT / "lib"}
        for lib in libs.values():
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(lib)], check=True)
        runs = commands(corpus, libs, tmp / "stores")
        names = list(runs)
        cpu: dict[str, list[float]] = {name: [] for name in names}
        for k in range(args.rounds):
            for name in rotate(names, k):
                shutil.rmtree(tmp / "stores", ignore_errors=True)  # every run writes a new store
                cmd, env = runs[name]
                cpu[name].append(cpu_seconds(cmd, env))
            print(f"round {k + 1}: " + ", ".join(f"{n} {cpu[n][-1]:.2f} s" for n in names), flush=True)

        what = f"articles of {args.corpus}" if args.corpus else "generated articles"
        print(f"{len(list(corpus.glob('*.txt')))} {what}, {args.rounds} rounds, CPU seconds per whole command "
              f"(start-up and pipeline load included), load average {os.getloadavg()[0]:.1f}")
        for name in names:
            print(f"  {name:28s} median {statistics.median(cpu[name]):7.2f} s  (runs: {', '.join(f'{x:.2f}' for x in cpu[name])})")
        base, head, bare = names[1], names[2], names[0]

        def ratio(a: str, b: str, label: str) -> None:
            per_round = sorted(y / x for x, y in zip(cpu[a], cpu[b]))
            print(f"  {label}: median {statistics.median(per_round):.3f}x  (per round {', '.join(f'{r:.3f}' for r in per_round)})")

        print("throughput ratios by CPU (higher is faster):")
        ratio(head, base, f"this checkout / {base}")
        ratio(head, bare, "this checkout / bare nlp.pipe (aim >= 0.8x)")
        ratio(base, bare, f"{base} / bare nlp.pipe")


if __name__ == "__main__":
    main()

"""A large generated corpus into the store: time, peak memory of all processes, size, unchanged rerun.

    python benchmarks/bench_store_scale.py --count 5000
    nice python benchmarks/bench_store_scale.py --count 100000 --out /tmp/big   # long: hours on 2 busy cores
    python benchmarks/bench_store_scale.py --count 100000 --out /tmp/big --notebook-only   # the notebook again

Runs ``newslab analyze CORPUS --out STORE [--jobs N]`` in a child process and samples the resident
memory of the whole process tree (client and workers) every 0.5 s; then reruns it on the
unchanged corpus. ``--jsonl`` also writes the JSON Lines export (a second full analysis) to
compare sizes. ``--notebook`` then runs ``notebooks/04_corpus_overview.ipynb`` on the store with
papermill (no NLP: the store is complete) and reports its wall time and the kernel's peak RSS.
Issue 10's aims: peak RSS under 2.5 GB, unchanged rerun under 5% of the first run, the corpus
notebook on 100,000 articles under 60 s and 1.5 GB kernel RSS.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_jobs import _newslab, du  # noqa: E402
from make_corpus import make_corpus  # noqa: E402


def run_sampled(cmd: list[str], only: str | None = None, **kw) -> tuple[float, float, str]:
    """Wall seconds, peak summed RSS (MB) of the process tree (or of its processes whose command
    line contains ``only``), and stdout of ``cmd``."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, **kw)
    root, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
            if only:
                procs = [p for p in procs if any(only in part for part in p.cmdline())]
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.25)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return time.perf_counter() - t, peak / 2**20, out.strip()


def corpus_notebook(corpus: Path, store: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak kernel RSS (MB) of 04_corpus_overview run by papermill on ``store``."""
    from newslab import paths

    nb_dir = paths.notebooks_dir()
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "papermill", str(nb_dir / "04_corpus_overview.ipynb"), str(out / "report.ipynb"),
           "--cwd", str(nb_dir), "-k", "python3", "--no-progress-bar", "--execution-timeout", "600",
           "-p", "seeds", str(corpus), "-p", "store", str(store), "-p", "output_dir", str(out)]
    seconds, peak, _ = run_sampled(cmd, only="ipykernel", stderr=subprocess.DEVNULL)
    return seconds, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--out", help="keep corpus and store here (default: a temp folder)")
    ap.add_argument("--jsonl", action="store_true", help="also write the JSON Lines export to compare sizes")
    ap.add_argument("--notebook", action="store_true", help="also run 04_corpus_overview on the store")
    ap.add_argument("--notebook-only", action="store_true",
                    help="only run 04_corpus_overview on the store an earlier run left in --out")
    args = ap.parse_args()

    base = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="newslab-scale-"))
    corpus = base / "corpus"
    if args.notebook_only:
        if not (base / "store").is_dir():
            raise SystemExit(f"{base / 'store'}: no store there; run without --notebook-only first")
        seconds, kernel = corpus_notebook(corpus, base / "store", base / "overview")
        print(f"04_corpus_overview on the store: {seconds:.1f} s wall (aim < 60 s), "
              f"kernel peak RSS {kernel:.0f} MB (aim < 1536 MB)")
        return
    if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != args.count:
        make_corpus(args.count, corpus)
    store = base / "store"
    # Pin the code fingerprint: editing newslab while this runs must not turn the rerun into a full run.
    from newslab.corpus.keys import code_fingerprint

    os.environ["NEWSLAB_CODE"] = code_fingerprint()
    cmd = [*_newslab(), "analyze", str(corpus), "--out", str(store), *(["--jobs", str(args.jobs)] if args.jobs else [])]
    first, peak, line = run_sampled(cmd)
    print(f"{args.count} articles, first run: {first:.0f} s ({args.count / first:.1f} articles/s), "
          f"peak RSS of all processes {peak:.0f} MB (aim < 2560 MB); {line}")
    rerun, peak2, line2 = run_sampled(cmd)
    print(f"unchanged rerun: {rerun:.1f} s = {100 * rerun / first:.1f}% of the first run (aim < 5%), "
          f"peak RSS {peak2:.0f} MB; {line2}")
    size = du(store / "versions")
    print(f"store on disk: {size / 1e6:.1f} MB ({size / args.count / 1e3:.1f} kB per article)")
    if args.jsonl:
        with open(base / "all.jsonl", "w", encoding="utf-8") as sink:
            subprocess.run([*_newslab(), "analyze", str(corpus), "--format", "jsonl"], stdout=sink, check=True)
        jsonl = (base / "all.jsonl").stat().st_size
        print(f"JSON Lines export: {jsonl / 1e6:.1f} MB; store / JSONL = {size / jsonl:.2f}x")
    if args.notebook:
        seconds, kernel = corpus_notebook(corpus, store, base / "overview")
        print(f"04_corpus_overview on the store: {seconds:.1f} s wall (aim < 60 s), "
              f"kernel peak RSS {kernel:.0f} MB (aim < 1536 MB)")
    print(f"kept in {base}" if args.out else f"(temp folder {base}; delete when done)")


if __name__ == "__main__":
    main()

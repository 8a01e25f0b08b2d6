"""Per-article notebook runs on reused kernels against a fresh kernel per run (issue 10, part 4).

    python benchmarks/bench_kernels.py                  # 12 generated seeds, 1 worker, 2 rounds
    python benchmarks/bench_kernels.py --seeds 30 --jobs 2

Runs the same ``newslab report`` batch with ``--kernels fresh`` and ``--kernels reuse`` (the
default), alternating ``--rounds`` times so both modes see the same machine load, on a store
filled beforehand (the NLP is not a notebook cost). The cost of a run is its wall time in the
run log (execution, cleaning, HTML export, publishing); the ratio is the mean per-article run on
reused kernels over the mean on fresh ones. It also checks that both modes wrote the same bytes.
Aim: at most 0.4x.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402


def report_files(root: Path) -> dict[str, bytes]:
    """Every file of a run folder but its log, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "run.log"}


def run_times(run_dir: Path) -> tuple[list[float], list[float]]:
    """Seconds of each per-article run and of each corpus run, from the run log."""
    log = (run_dir / "run.log").read_text(encoding="utf-8")
    per_article, corpus = [], []
    for folder, secs in re.findall(r" ok (\S+) ([\d.]+)s", log):
        (corpus if folder.startswith("corpus/") else per_article).append(float(secs))
    return per_article, corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=12, help="generated seeds (default 12)")
    ap.add_argument("--jobs", type=int, default=1, help="notebook workers (default 1: the cost of a run alone)")
    ap.add_argument("--rounds", type=int, default=2, help="batches per mode, alternating (default 2)")
    args = ap.parse_args()

    from newslab.corpus.cache import fill_cache
    from newslab.corpus.keys import code_fingerprint
    from newslab.reports.batch import batch_store, run_reports

    os.environ["NEWSLAB_CODE"] = code_fingerprint()  # an edit while this runs must not change the stamps
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds = make_corpus(args.seeds, tmp / "seeds")
        cache_dir = tmp / "cache"
        fill_cache(seeds, batch_store(Path(seeds).resolve(), "speech", cache_dir), jobs=os.cpu_count())
        times: dict[str, list[float]] = {"fresh": [], "reuse": []}
        walls: dict[str, list[float]] = {"fresh": [], "reuse": []}
        written: dict[str, dict[str, bytes]] = {}
        for round_no in range(args.rounds):
            for mode in ("fresh", "reuse") if round_no % 2 == 0 else ("reuse", "fresh"):
                out = tmp / f"out-{mode}-{round_no}"
                t = time.perf_counter()
                rc = run_reports(seeds=seeds, out=out, run="bench", jobs=args.jobs, cache_dir=cache_dir,
                                 progress=False, kernels=mode)
                walls[mode].append(time.perf_counter() - t)
                if rc:
                    raise SystemExit(f"{mode} batch failed (exit {rc}); see {out / 'bench' / 'run.log'}")
                per_article, _ = run_times(out / "bench")
                times[mode].extend(per_article)
                written.setdefault(mode, report_files(out / "bench"))
        same = written["fresh"] == written["reuse"]

    fresh, reuse = statistics.mean(times["fresh"]), statistics.mean(times["reuse"])
    print(f"{args.seeds} seeds, {args.jobs} worker(s), {args.rounds} round(s) per mode, "
          f"{len(times['fresh'])} per-article runs per mode")
    print(f"fresh kernel per run:  mean {fresh:5.2f} s per per-article run (median {statistics.median(times['fresh']):.2f})"
          f", batch {statistics.mean(walls['fresh']):6.1f} s")
    print(f"reused kernels:        mean {reuse:5.2f} s per per-article run (median {statistics.median(times['reuse']):.2f})"
          f", batch {statistics.mean(walls['reuse']):6.1f} s")
    print(f"ratio reuse / fresh: {reuse / fresh:.2f}x per run (aim <= 0.4x), "
          f"{statistics.mean(walls['reuse']) / statistics.mean(walls['fresh']):.2f}x per batch")
    print(f"reports byte-identical between the modes: {'yes' if same else 'NO'}")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()

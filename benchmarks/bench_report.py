"""`newslab report` batch wall time against its floor, and where the rest goes.

    python benchmarks/bench_report.py                 # 12 generated seeds, jobs = cores
    python benchmarks/bench_report.py --seeds 40 --jobs 2

Floor = notebook runs x (wall time of one empty papermill run) / workers: what the batch would
cost if every notebook were empty. The empty run is measured in-process (papermill's
``execute_notebook`` of a notebook holding only the parameters cell: kernel start, parameter
injection, shutdown), in the same run as the batch. The analysis cache is filled first and timed
apart (the NLP is not a notebook cost). The breakdown prints, per notebook, the mean run time
split into kernel start (empty run), imports (a notebook that only imports what the analysis
notebooks import), the notebook's own work, and the runner's in-process cleaning + HTML export.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402

PARAMS = 'seeds: str = "../seeds"\noutput_dir: str = "."\ninteractive: bool = False'
IMPORTS = ("import json\nimport matplotlib.pyplot as plt\nimport pandas as pd\n"
           "from newslab.corpus import cache, overview as corpus_overview, network, timeline\n"
           "from newslab.notebook import widgets\n"
           "from newslab.files import write_csv\nfrom newslab.notebook.figures import save_figure")


def _nb(*sources: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    for i, src in enumerate(sources):
        cell = nbformat.v4.new_code_cell(src)
        cell.id = f"c{i}"
        if i == 0:
            cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    return nb


def time_papermill(nb_path: Path, cwd: Path, kernel: str, repeat: int) -> float:
    """Best wall time of ``repeat`` in-process papermill runs of one notebook (after a warm-up)."""
    import papermill as pm

    best = float("inf")
    for i in range(repeat + 1):
        t = time.perf_counter()
        pm.execute_notebook(str(nb_path), None, parameters={"seeds": "x", "output_dir": str(cwd), "interactive": False},
                            kernel_name=kernel, progress_bar=False, cwd=str(cwd))
        if i:
            best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=12, help="number of generated seeds (default 12)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers (default: cores)")
    ap.add_argument("--repeat", type=int, default=3, help="repeats of the empty-run measurement")
    ap.add_argument("--kernels", choices=["fresh", "reuse"], default="fresh",
                    help="kernel mode of the batch (default fresh: the floor is a fresh kernel per run; "
                         "bench_kernels.py compares the two)")
    args = ap.parse_args()

    from newslab import paths
    from newslab.corpus.cache import fill_cache
    from newslab.reports.batch import batch_store, discover_notebooks, run_reports
    from newslab.reports.runner import clean_notebook, export_html, pick_kernel_name

    per_seed, corpus = discover_notebooks(paths.notebooks_dir())
    runs = args.seeds * len(per_seed) + len(corpus)
    print(f"notebooks: {[p.stem for p in per_seed]} per seed, corpus: {[p.stem for p in corpus]}; "
          f"{args.seeds} seeds -> {runs} notebook runs, {args.jobs} workers")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds = make_corpus(args.seeds, tmp / "seeds")
        cache_dir = tmp / "cache"
        os.environ["NEWSLAB_CACHE"] = str(cache_dir)
        t = time.perf_counter()
        fill = fill_cache(seeds, batch_store(Path(seeds).resolve(), "speech", cache_dir), jobs=args.jobs)
        t_fill = time.perf_counter() - t

        kernel = pick_kernel_name()
        nbformat.write(_nb(PARAMS), str(tmp / "empty.ipynb"))
        nbformat.write(_nb(PARAMS, IMPORTS), str(tmp / "imports.ipynb"))
        t_empty = time_papermill(tmp / "empty.ipynb", tmp, kernel, args.repeat)
        t_imports = time_papermill(tmp / "imports.ipynb", tmp, kernel, args.repeat)

        t = time.perf_counter()
        rc = run_reports(seeds=seeds, out=tmp / "out", run="bench", jobs=args.jobs, cache_dir=cache_dir, progress=False,
                         kernels=args.kernels)
        t_batch = time.perf_counter() - t

        run_dir = tmp / "out" / "bench"
        log = (run_dir / "run.log").read_text(encoding="utf-8")
        per_nb: dict[str, list[float]] = {}
        for status, folder, secs in re.findall(r" (ok|failed|timeout) (\S+) ([\d.]+)s", log):
            per_nb.setdefault(folder.rsplit("/", 1)[-1], []).append(float(secs))
        t_export = []
        for report in sorted(run_dir.glob("*/*/report.ipynb"))[:6]:
            nb = nbformat.read(str(report), as_version=4)
            t = time.perf_counter()
            clean_notebook(nb, {}, [], kernel)
            export_html(nb, "bench")
            t_export.append(time.perf_counter() - t)
        t_export_mean = sum(t_export) / max(1, len(t_export))

    floor = runs * t_empty / args.jobs
    print(f"store fill (NLP, {fill.computed} seeds, --jobs processes): {t_fill:6.2f} s  (not part of the ratio)")
    print(f"empty papermill run:         {t_empty:6.2f} s   (kernel start + parameters + shutdown)")
    print(f"import-only notebook:        {t_imports:6.2f} s   (+{t_imports - t_empty:.2f} s for newslab/pandas/matplotlib imports)")
    print(f"HTML export + cleaning:      {t_export_mean:6.2f} s per report (in-process, in the runner)")
    print(f"batch wall time:             {t_batch:6.2f} s   (exit {rc})")
    print(f"floor = {runs} runs x {t_empty:.2f} s / {args.jobs} workers = {floor:.2f} s")
    print(f"ratio batch / floor: {t_batch / floor:.2f}x  (aim <= 1.3x)")
    print("where the time goes, per notebook (mean of its runs):")
    for stem, times in sorted(per_nb.items()):
        mean = sum(times) / len(times)
        own = mean - t_imports - t_export_mean
        print(f"  {stem:24s} {mean:6.2f} s = kernel {t_empty:.2f} + imports {t_imports - t_empty:.2f} + "
              f"notebook work {max(own, 0):.2f} + export {t_export_mean:.2f}   ({len(times)} runs)")


if __name__ == "__main__":
    main()

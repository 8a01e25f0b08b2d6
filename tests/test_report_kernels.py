"""Reused kernels (``newslab report --kernels reuse``, the default) against a kernel per run:
the same reports byte for byte, no state carried from one notebook to the next, no kernel left
running after the batch."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nbformat
import psutil
import pytest

from newslab import paths
from newslab.reports.batch import run_reports
from newslab.reports.kernels import notebook_imports, preload_code

FIX = Path(__file__).parent / "fixtures" / "reports"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "run.log"}


def kernels_running() -> list[psutil.Process]:
    return [p for p in psutil.Process().children(recursive=True)
            if p.is_running() and any("ipykernel" in part for part in p.cmdline())]


@pytest.fixture(autouse=True)
def pinned_code(monkeypatch):
    monkeypatch.setenv("NEWSLAB_CODE", "tests-" + os.urandom(4).hex())


def _notebook(path: Path, *sources: str) -> None:
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                           "language": "python"}})
    params = nbformat.v4.new_code_cell('seeds: str = ""\nstore: str = ""\noutput_dir: str = ""\ninteractive: bool = False')
    params.metadata["tags"] = ["parameters"]
    params.id = "params"
    nb.cells.append(params)
    for i, src in enumerate(sources):
        cell = nbformat.v4.new_code_cell(src)
        cell.id = f"c{i}"
        nb.cells.append(cell)
    nbformat.write(nb, str(path))


DIRTY = """\
import os, sys, warnings
import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
LEFT_BEHIND = 42
pd.set_option("display.max_colwidth", 7)
matplotlib.rcParams["lines.linewidth"] = 9.0
plt.figure()
os.environ["NEWSLAB_LEFT_BEHIND"] = "1"
sys.path.append("/nowhere")
warnings.simplefilter("error")
os.chdir("/")
matplotlib.use("Agg")
"""

PROBE = """\
import os, sys
import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
print("globals:", sorted(k for k in globals() if not k.startswith("_") and k not in ("In", "Out", "exit", "quit", "get_ipython", "open")))
print("colwidth:", pd.get_option("display.max_colwidth"))
print("linewidth:", matplotlib.rcParams["lines.linewidth"])
print("figures:", plt.get_fignums())
print("env:", os.environ.get("NEWSLAB_LEFT_BEHIND"))
print("path:", "/nowhere" in sys.path)
print("cwd is the notebook folder:", os.path.basename(os.getcwd()))
print("backend:", matplotlib.get_backend())
plt.figure(figsize=(1, 1)).add_subplot().plot([1, 2])
"""


def test_a_notebook_leaves_nothing_for_the_next_one_on_a_reused_kernel(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    _notebook(notebooks / "01_dirty.ipynb", DIRTY)
    _notebook(notebooks / "02_probe.ipynb", PROBE, "x = 1\nx")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(FIX / "seeds" / "alpha.txt", seeds / "alpha.txt")
    shutil.copy(FIX / "seeds" / "Ünïcode seed.txt", seeds / "beta.txt")
    out = {}
    for mode in ("fresh", "reuse"):
        rc = run_reports(seeds=seeds, out=tmp_path / mode, run="r", notebooks_dir=notebooks, jobs=1, timeout=120,
                         cache_dir=tmp_path / "cache", progress=False, kernels=mode)
        assert rc == 0
        out[mode] = files(tmp_path / mode / "r")
        assert kernels_running() == []  # the pool shut its kernels down
    log = (tmp_path / "reuse" / "r" / "run.log").read_text(encoding="utf-8")
    ran = [line.split()[2] for line in log.splitlines() if " ok " in line]
    assert ran.index("alpha/01_dirty") < ran.index("alpha/02_probe")  # the probe ran after the dirty one
    assert out["fresh"] == out["reuse"]
    probe = nbformat.reads(out["reuse"]["beta/02_probe/report.ipynb"].decode(), as_version=4)
    text = "".join(o.get("text", "") for c in probe.cells if c.cell_type == "code" for o in c.outputs)
    assert "globals: [" in text and "LEFT_BEHIND" not in text
    assert "colwidth: 50" in text and "linewidth: 1.5" in text and "figures: []" in text
    assert "backend: module://matplotlib_inline.backend_inline" in text
    assert any("image/png" in o.get("data", {}) for c in probe.cells if c.cell_type == "code" for o in c.outputs)
    assert "env: None" in text and "path: False" in text and "cwd is the notebook folder: notebooks" in text
    counts = [c.execution_count for c in probe.cells if c.cell_type == "code"]
    assert counts == [1, 2, 3, 4]  # injected parameters, parameters, probe, x: numbered as in a new kernel


@pytest.mark.slow
def test_real_notebooks_give_the_same_bytes_on_reused_and_fresh_kernels(tmp_path):
    from make_corpus import make_corpus

    seeds = tmp_path / "seeds"
    shutil.copytree(paths.seeds_dir(), seeds)
    make_corpus(2, seeds)
    out = {}
    for mode in ("fresh", "reuse"):
        rc = run_reports(seeds=seeds, out=tmp_path / mode, run="r", jobs=1, timeout=600,
                         cache_dir=tmp_path / "cache", progress=False, kernels=mode)
        assert rc == 0
        out[mode] = files(tmp_path / mode / "r")
    assert sorted(out["fresh"]) == sorted(out["reuse"])
    assert [rel for rel in out["fresh"] if out["fresh"][rel] != out["reuse"][rel]] == []
    assert sum(rel.endswith("report.html") for rel in out["reuse"]) >= 11


def test_notebook_imports_and_their_preload():
    found = notebook_imports(sorted(paths.notebooks_dir().glob("0*.ipynb")))
    assert {"pandas", "matplotlib.pyplot", "newslab.corpus.cache", "newslab.notebook.views"} <= set(found)
    assert found == sorted(set(found))
    namespace: dict = {}
    exec(preload_code(["json", "no_such_module_here"]), namespace)  # noqa: S102 - a missing module is skipped
    assert "json" in sys.modules and "json" not in namespace and "_m" not in namespace

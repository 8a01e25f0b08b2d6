"""notebooks/03_source_attribution.ipynb executed with papermill: it runs clean and writes what it promises."""

from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest

from newslab.extract.tables import COLUMNS
from nbrun import assert_committed_clean, exercise_lines as _exercise_lines, run_notebook
from newslab.paths import notebooks_dir, project_root, seeds_dir

pm = pytest.importorskip("papermill")

NOTEBOOK = notebooks_dir() / "03_source_attribution.ipynb"
FIXTURES = project_root() / "tests" / "fixtures" / "attribution"


def _run(tmp_path, monkeypatch, **params):
    return run_notebook('03_source_attribution.ipynb', tmp_path, monkeypatch, **params)


def test_notebook_is_committed_clean():
    assert_committed_clean('03_source_attribution.ipynb', ("seeds", "output_dir", "scope", "interactive", "show_solutions"))


@pytest.mark.slow
def test_notebook_on_mission_seed(tmp_path, monkeypatch):
    seed = seeds_dir() / "000_e1690f5d3e6ec158.txt"
    if not seed.exists():
        pytest.skip("mission seed absent")
    out = _run(tmp_path, monkeypatch, seeds=str(seed), show_solutions=True)
    at = pd.read_csv(out / "tables" / "attributions.csv")
    assert list(at.columns[1:1 + len(COLUMNS["attributions"])]) == COLUMNS["attributions"]
    assert set(at["cue"]) == {"according to", "message"}
    un = pd.read_csv(out / "tables" / "unattributed_sentences.csv")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["attributions"] == 2 and summary["unattributed_sentences"] == len(un) == summary["sentences"] - 1
    assert summary["by_source_kind"] == {"government": 1, "named person": 1}
    for fig in ("source_kinds.png", "attribution_shares.png"):
        assert (out / "figures" / fig).stat().st_size > 1000
    lines = _exercise_lines(tmp_path / "run.ipynb")
    assert [line[:12] for line in lines] == ["[Exercise 1]", "[Exercise 2]", "[Exercise 3]"]
    assert lines[0].endswith(f"Solution: {(at['kind'] == 'direct').sum()}")  # counted from the table
    assert "Solution: [" in lines[1] and "Solution: c) anonymous" in lines[2]


@pytest.mark.slow
def test_notebook_on_fixture_folder_broad_and_hostile_text(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in FIXTURES.glob("*.txt"):
        (seeds / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (seeds / "zz_markup.txt").write_text(
        'date 2025-01-02 "<img src=x onerror=alert(1)> is <b>not</b> markup," said Ana <i>Silva</i>.\n', encoding="utf-8")
    out = _run(tmp_path, monkeypatch, seeds=str(seeds), scope="broad", interactive=True)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 5 and summary["scope"] == "broad" and summary["attributions"] > 20
    nb = nbformat.read(tmp_path / "run.ipynb", as_version=4)
    htmls = ["".join(o.get("data", {}).get("text/html", "")) for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not any("<img src=x" in h or "<b>not</b>" in h for h in htmls)  # seed text never becomes markup
    assert any("&lt;img src=x" in h for h in htmls)
    assert len(pd.read_csv(out / "tables" / "sources.csv")) >= 10
    lines = _exercise_lines(tmp_path / "run.ipynb")
    assert len(lines) == 3 and not any("Solution:" in line for line in lines)  # answers hidden by default

"""notebooks/02_chronology.ipynb executed with papermill: it runs clean and writes what it promises."""

from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest

from newslab.extract.tables import COLUMNS
from nbrun import assert_committed_clean, exercise_lines as _exercise_lines, run_notebook
from newslab.paths import notebooks_dir, project_root, seeds_dir
from newslab.corpus.timeline import TIMELINE_COLUMNS

pm = pytest.importorskip("papermill")

NOTEBOOK = notebooks_dir() / "02_chronology.ipynb"
FIXTURES = project_root() / "tests" / "fixtures" / "chronology"

pytestmark = pytest.mark.slow


def _run(tmp_path, monkeypatch, **params):
    return run_notebook('02_chronology.ipynb', tmp_path, monkeypatch, **params)


def test_notebook_is_committed_clean():
    assert_committed_clean('02_chronology.ipynb', ("seeds", "output_dir", "date_from", "date_to", "actor", "interactive", "show_solutions"))


def test_notebook_on_mission_seed(tmp_path, monkeypatch):
    seed = seeds_dir() / "000_e1690f5d3e6ec158.txt"
    if not seed.exists():
        pytest.skip("mission seed absent")
    out = _run(tmp_path, monkeypatch, seeds=str(seed), show_solutions=True)
    tx = pd.read_csv(out / "tables" / "timexes.csv")
    assert ["article_id", *COLUMNS["timexes"]] == list(tx.columns[:7])
    assert tx.set_index("text").loc["Sunday", "value"] == "2024-07-14"
    tl = pd.read_csv(out / "tables" / "timeline.csv")
    assert list(tl.columns) == TIMELINE_COLUMNS
    order = [t for t in tl["trigger"] if t in ("revolt", "pacts", "met", "discussed")]
    assert list(dict.fromkeys(order)) == ["revolt", "pacts", "met", "discussed"]  # first appearances, in time order
    assert (out / "figures" / "timeline.png").stat().st_size > 1000
    tjs = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    assert len(tjs["events"]) == len(tl)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 1 and summary["timexes"] == len(tx)
    assert summary["timexes_by_type"]["DATE"] >= 3
    lines = _exercise_lines(tmp_path / "run.ipynb")
    assert [line[:12] for line in lines] == ["[Exercise 1]", "[Exercise 2]", "[Exercise 3]"]
    assert "Solution: a) 2024-07-14" in lines[1]
    assert lines[2].endswith(f"Solution: {(tx['type'] == 'DATE').sum()}")  # counted from the table


def test_notebook_filters_and_widgets_on_fixtures(tmp_path, monkeypatch):
    out = _run(tmp_path, monkeypatch, seeds=str(FIXTURES), date_from="2022-01-01", date_to="2023-12-31",
               actor="", interactive=True)
    tl = pd.read_csv(out / "tables" / "timeline.csv")
    assert not tl.empty
    assert (tl["end"] >= "2022-01-01").all() and (tl["start"] <= "2023-12-31").all()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == len(list(FIXTURES.glob("*.txt")))
    nb = nbformat.read(tmp_path / "run.ipynb", as_version=4)
    widget_outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                      if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert widget_outputs  # the slider and the actor filter were shown
    lines = _exercise_lines(tmp_path / "run.ipynb")
    assert len(lines) == 3 and not any("Solution:" in line for line in lines)  # answers hidden by default

"""notebooks/01_actor_network.ipynb executed with papermill: it runs clean and writes what it promises."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest

from newslab.extract.tables import COLUMNS
from nbrun import assert_committed_clean, exercise_lines as _exercise_lines, run_notebook
from newslab.paths import notebooks_dir, project_root, seeds_dir

pm = pytest.importorskip("papermill")

NOTEBOOK = notebooks_dir() / "01_actor_network.ipynb"
FIXTURES = project_root() / "tests" / "fixtures" / "actors"

pytestmark = pytest.mark.slow


def _run(tmp_path, monkeypatch, **params):
    return run_notebook('01_actor_network.ipynb', tmp_path, monkeypatch, **params)


def test_notebook_is_committed_clean():
    assert_committed_clean('01_actor_network.ipynb', ("seeds", "output_dir", "actor_types", "edge_kinds", "min_edge_weight", "co_mentions", "interactive", "show_solutions"))


def test_notebook_on_mission_seed(tmp_path, monkeypatch):
    seed = seeds_dir() / "000_e1690f5d3e6ec158.txt"
    out = _run(tmp_path, monkeypatch, seeds=str(seed), show_solutions=True)
    actors = pd.read_csv(out / "tables" / "actors.csv")
    assert ["article_id", *COLUMNS["actors"]] == list(actors.columns[: len(COLUMNS["actors"]) + 1])
    assert "Metin Gürak" in set(actors["name"])
    inter = pd.read_csv(out / "tables" / "interactions.csv")
    assert {"meet", "support", "attend"} <= set(inter["kind"])
    assert (out / "figures" / "network.png").stat().st_size > 5000
    g = nx.read_gexf(out / "network.gexf")
    assert g.number_of_edges() == len(inter)
    assert nx.read_graphml(out / "network.graphml").number_of_nodes() == g.number_of_nodes()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 1 and summary["interactions"] == len(inter)
    assert summary["most_central"][0] == "Metin Gürak"
    lines = _exercise_lines(tmp_path / "run.ipynb")
    assert [line[:12] for line in lines] == ["[Exercise 1]", "[Exercise 2]", "[Exercise 3]"]
    assert all("Not answered yet" in line for line in lines)
    assert f"Solution: {summary['most_central'][0]!r}" in lines[0]  # the answer comes from the network


def test_notebook_filters_and_interactive_on_fixtures(tmp_path, monkeypatch):
    out = _run(tmp_path, monkeypatch, seeds=str(FIXTURES), actor_types="PERSON,ORG", edge_kinds="meet,agree",
               interactive=True)
    edges = pd.read_csv(out / "tables" / "edges.csv")
    assert len(edges) and set(edges["kind"]) <= {"meet", "agree"}
    nodes = pd.read_csv(out / "tables" / "nodes.csv")
    assert set(nodes["type"]) <= {"PERSON", "ORG"}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == len(list(FIXTURES.glob("*.txt")))
    assert summary["filters"] == {"actor_types": ["PERSON", "ORG"], "edge_kinds": ["meet", "agree"], "min_edge_weight": 1}


def test_notebook_co_mention_layer(tmp_path, monkeypatch):
    out = _run(tmp_path, monkeypatch, seeds=str(FIXTURES), co_mentions=True)
    edges = pd.read_csv(out / "tables" / "edges.csv")
    co = edges[edges["kind"] == "co-mention"]
    typed = edges[edges["kind"] != "co-mention"]
    assert len(co) and len(typed) and co["verb"].isna().all() and co["sentence"].notna().all()
    # a co-mention never repeats a typed pair of the same sentence
    pair = lambda r: (r["article_id"], r["sentence"], frozenset((r["source"], r["target"])))  # noqa: E731
    assert not {pair(r) for _, r in co.iterrows()} & {pair(r) for _, r in typed.iterrows()}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["filters"]["co_mentions"] is True

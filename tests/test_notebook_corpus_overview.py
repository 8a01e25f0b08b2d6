"""notebooks/04_corpus_overview.ipynb executed with papermill on a store: it reads tables only."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from newslab.paths import notebooks_dir

pm = pytest.importorskip("papermill")
from nbrun import execute  # noqa: E402

OVERVIEW = notebooks_dir() / "04_corpus_overview.ipynb"
SEEDS = Path(__file__).parent / "fixtures" / "reports" / "seeds"

pytestmark = pytest.mark.slow


def test_overview_reads_a_given_store_and_writes_every_figure(tmp_path, monkeypatch):
    from newslab.corpus.cache import fill_cache

    monkeypatch.setenv("NEWSLAB_CODE", "overview-notebook-test")  # the kernel inherits it
    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path / "cache"))
    store = tmp_path / "store"
    fill = fill_cache(SEEDS, store, jobs=1)
    out = tmp_path / "out"
    execute(OVERVIEW, tmp_path / "run.ipynb", parameters={"store": str(store), "output_dir": str(out), "period": "year"},
            cwd=str(notebooks_dir()), kernel_name="python3")
    numbers = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert numbers["articles"] == fill.computed == 3 and numbers["unreadable_seeds"] is None
    for name in ("network", "timeline", "interactions_per_period", "actor_heatmap", "tie_changes", "source_mix",
                 "source_mix_per_period"):
        assert (out / "figures" / f"{name}.png").read_bytes()[:4] == b"\x89PNG", name
    assert (out / "network" / "network_dynamic.gexf").is_file() and (out / "tables" / "actors.csv").is_file()
    assert not (tmp_path / "cache").exists()  # a given store is read as it is: no default store made
    nb = nbformat.read(tmp_path / "run.ipynb", as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    text = "".join(o.get("text", "") + "".join(o.get("data", {}).get("text/plain", "")) for c in nb.cells for o in c.get("outputs", []))
    assert "Not answered yet" in text  # the exercises still run


def test_overview_is_committed_without_outputs_and_keeps_its_parameters():
    nb = nbformat.read(OVERVIEW, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    for name in ("seeds", "store", "output_dir", "period", "show_solutions"):
        assert f"\n{name}:" in "\n" + params.source, name
    assert "load_analyses" not in "".join(c.source for c in nb.cells)  # tables only, no Analysis per article


def test_overview_co_mention_layer_and_collapsed_gephi_network(tmp_path, monkeypatch):
    import networkx as nx
    import pandas as pd

    from newslab.corpus.cache import fill_cache

    monkeypatch.setenv("NEWSLAB_CODE", "overview-notebook-test")
    store = tmp_path / "store"
    fill_cache(SEEDS, store, jobs=1)
    runs = {}
    for name, extra in (("typed", {}), ("co", {"co_mentions": True, "edge_kinds": "co-mention"})):
        out = tmp_path / name
        execute(OVERVIEW, tmp_path / f"{name}.ipynb", parameters={"store": str(store), "output_dir": str(out), **extra},
                cwd=str(notebooks_dir()), kernel_name="python3")
        runs[name] = (pd.read_csv(out / "tables" / "network_edges.csv"), nx.read_gexf(out / "network" / "network.gexf"))
    typed, co = runs["typed"][0], runs["co"][0]
    assert "co-mention" not in set(typed["kind"])  # these seeds have no typed interaction: the layer is what links them
    assert len(co) and set(co["kind"]) == {"co-mention"}
    # Gephi gets one weighted edge per pair and kind; the weights add up to the interactions
    for edges, g in runs.values():
        assert sum(d["weight"] for *_, d in g.edges(data=True)) == len(edges)
        assert g.number_of_edges() == len(edges.assign(pair=list(zip(edges["source"], edges["target"], edges["kind"])))["pair"].unique())

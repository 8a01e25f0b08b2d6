"""notebooks/00_tour.ipynb executed with papermill: it runs clean and writes what it promises."""

from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest

from newslab.extract.tables import COLUMNS
from newslab.paths import notebooks_dir, project_root, seeds_dir

pm = pytest.importorskip("papermill")
from nbrun import execute  # noqa: E402

TOUR = notebooks_dir() / "00_tour.ipynb"
FIXTURES = project_root() / "tests" / "fixtures" / "teaching"

pytestmark = pytest.mark.slow


def _kernel_name() -> str:
    """The notebook's own kernel when installed (``make setup`` installs ``newslab``), else python3."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    wanted = nbformat.read(TOUR, as_version=4).metadata.get("kernelspec", {}).get("name", "python3")
    try:
        KernelSpecManager().get_kernel_spec(wanted)
        return wanted
    except NoSuchKernel:
        return "python3"


def _run(tmp_path, **params):
    out_dir = tmp_path / "out"
    nb_out = tmp_path / "tour.ipynb"
    execute(TOUR, nb_out, parameters={"output_dir": str(out_dir), **params}, cwd=str(notebooks_dir()),
            kernel_name=_kernel_name())
    return nbformat.read(nb_out, as_version=4), out_dir


def _outputs_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", f"error output: {out.get('ename')}: {out.get('evalue')}"
            parts.append(out.get("text", ""))
            data = out.get("data", {})
            parts.append(data.get("text/html", "") + data.get("text/markdown", "") + data.get("text/plain", ""))
    return "\n".join(parts)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path / "cache"))  # the kernel inherits it


def test_tour_on_the_mission_seed_writes_tables_figure_summary(tmp_path):
    from newslab.corpus.cache import load_analyses

    nb, out = _run(tmp_path, seeds=str(seeds_dir()))
    text = _outputs_text(nb)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    analysis = load_analyses(seeds_dir()).analyses[0]  # same cache: what the notebook saw
    assert summary["article_id"] == analysis.article.id and summary["date"] == analysis.article.date_iso
    assert summary["paragraphs"] == len(analysis.article.paragraphs)
    for name in ("actors", "interactions", "timexes", "attributions"):
        assert summary[f"n_{name}"] == len(getattr(analysis, name))
        table = pd.read_csv(out / "tables" / f"{name}.csv")
        assert list(table.columns)[: len(COLUMNS[name]) + 1] == ["article_id", *COLUMNS[name]]
        assert len(table) == summary[f"n_{name}"]
    png = (out / "figures" / "tables_found.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    # Exercises left unanswered: neutral feedback, no solutions, notebook still clean.
    assert "Not answered yet" in text and "Solution:" not in text
    assert "0 of 4 correct (4 not answered)" in text
    # The seed-format cell shows both an accepted and a rejected example.
    assert "ok: id example" in text and "rejected:" in text
    # Committed without outputs or execution counts.
    committed = nbformat.read(TOUR, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in committed.cells if c.cell_type == "code")


def test_tour_on_another_article_interactive_with_solutions(tmp_path):
    nb, out = _run(tmp_path, seeds=str(FIXTURES), article="102_aid_convoy", interactive=True, show_solutions=True)
    text = _outputs_text(nb)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["article_id"] == "102_aid_convoy" and summary["date"] == "2024-11-20"
    assert summary["seeds_read"] == len(list(FIXTURES.glob("*.txt")))
    assert "Solution:" in text and "2024-11-20" in text
    # interactive=True builds widgets (a widget view in the outputs) instead of static HTML only.
    views = [o for c in nb.cells for o in c.get("outputs", []) if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert views


def test_tour_runs_with_default_seeds_from_another_working_directory(tmp_path, monkeypatch):
    """`papermill notebooks/00_tour.ipynb out.ipynb` from the repo root (or anywhere): the default
    seeds are the project's, not ``../seeds`` from wherever papermill was started."""
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    execute(TOUR, tmp_path / "t.ipynb", parameters={"output_dir": str(out)}, kernel_name=_kernel_name())
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["article_id"] == "000_e1690f5d3e6ec158"


def test_tour_names_a_missing_article(tmp_path):
    with pytest.raises(pm.PapermillExecutionError, match="not among the seeds"):
        _run(tmp_path, seeds=str(seeds_dir()), article="no_such_article")


def test_glossary_notebook_defines_every_term_with_live_examples(tmp_path):
    from newslab.notebook import teaching

    glossary = notebooks_dir() / "05_glossary.ipynb"
    out = tmp_path / "out"
    execute(glossary, tmp_path / "g.ipynb", parameters={"output_dir": str(out), "seeds": str(seeds_dir())},
            cwd=str(notebooks_dir()), kernel_name=_kernel_name())
    text = _outputs_text(nbformat.read(tmp_path / "g.ipynb", as_version=4))
    required = ["actor", "alias", "interaction", "CAMEO", "TIMEX3", "DCT", "anchoring", "attribution", "cue", "source kind"]
    terms = [e["term"] for e in teaching.glossary()]
    assert set(required) <= set(terms)
    for term in terms:
        assert f"**{term}**" in text
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["terms"] == len(terms)
    assert {"seed", "DCT", "actor"} <= set(summary["terms_with_live_example"])
    assert "In this article:" in text and "0 of 2 correct (2 not answered)" in text

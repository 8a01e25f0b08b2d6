"""The actor profile (issue 11, part 3): ``corpus.profile`` on small stores, and
``notebooks/06_actor_profile.ipynb`` run with papermill. Every article here is written for the tests."""

from __future__ import annotations

import datetime as dt
import json

import nbformat
import pandas as pd
import pytest
from store_seeds import write_seeds

from newslab.corpus import api as corpus_api
from newslab.corpus import profile
from newslab.corpus.analyze_run import EngineChoice, analyze_to_store
from newslab.paths import notebooks_dir, seeds_dir

INLINE = EngineChoice(jobs=1, chunk_size=4)
NOTEBOOK = "06_actor_profile.ipynb"
PARAMETERS = ("seeds", "store", "actor", "date_from", "date_to", "output_dir", "interactive")

#: Two articles of our own: a minister who speaks, and a critic who speaks about her.
OWN = {
    "own_1": "date 2024-04-02 Trade Minister Ingrid Solhaug met Kwame Boateng in Accra on Monday.\n\n"
             "\u201cThe talks were useful,\u201d Solhaug told reporters after the meeting.\n",
    "own_2": "date 2024-04-20 Opposition leader Tomas Okonjo criticised Ingrid Solhaug on Friday.\n\n"
             "\u201cSolhaug has given away too much,\u201d Okonjo said in a statement.\n",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("profile")
    seeds = write_seeds(root / "seeds", 6)
    for name, text in OWN.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    analyze_to_store([seeds], root / "store", choice=INLINE)
    return root / "store"


def test_find_actor_by_name_alias_id_or_the_most_central(store):
    c = corpus_api.open(store)
    cid = profile.find_actor(c, "Maria Lindgren")
    assert profile.find_actor(c, "maria lindgren") == cid == profile.find_actor(c, cid)
    assert profile.find_actor(c, "Lindgren") == cid  # an alias seen in the articles
    top = profile.central_actors(c, limit=3)
    assert list(top.columns) == ["corpus_actor_id", "name", "degree", "articles"]
    assert profile.find_actor(c, "") == top.corpus_actor_id.iloc[0]
    assert top.degree.is_monotonic_decreasing
    with pytest.raises(profile.ActorNotFound, match="Maria Lindgren"):
        profile.find_actor(c, "Maria Lindgrn")


def test_profile_tables_and_date_range(store):
    c = corpus_api.open(store)
    cid = profile.find_actor(c, "Maria Lindgren")
    p = profile.build_profile(c, cid)
    assert len(p.appearances) == 2 and list(p.appearances.date) == sorted(p.appearances.date)
    assert set(p.appearances.name) == {"Maria Lindgren"}
    assert (p.partner_evidence.partner_id != cid).all() and len(p.partners)
    assert set(p.partners.columns) >= {"partner", "kind", "interactions", "example"}
    assert set(p.partner_evidence.direction) <= {"to", "from"} and p.partner_evidence.sentence.str.len().gt(0).all()
    later = profile.build_profile(c, cid, date_from="2024-03-02")
    assert len(later.appearances) == 1 and later.appearances.date.iloc[0] >= dt.date(2024, 3, 2)
    assert set(later.partner_evidence.article_id) <= set(later.appearances.article_id)
    assert later.summary()["articles"] == 1 and later.summary()["articles_in_corpus"] == 2
    none = profile.build_profile(c, cid, date_from="2030-01-01")
    assert none.appearances.empty and none.partners.empty and none.events.empty and none.summary()["articles"] == 0
    # the picker's bounds come from DuckDB as pandas Timestamps: same range, same profile
    stamped = profile.build_profile(c, cid, date_from=pd.Timestamp("2024-03-02"), date_to=pd.Timestamp("2030-01-01"))
    assert list(stamped.appearances.article_id) == list(later.appearances.article_id)


def test_the_picker_rebuilds_the_profile_when_the_actor_changes(store, capsys):
    from newslab.notebook.profile_view import actor_picker

    box = actor_picker(corpus_api.open(store))
    pick = box.children[0].children[0]
    capsys.readouterr()
    pick.value = pick.options[1][1]  # outside a kernel the re-rendered output goes to stdout
    shown = capsys.readouterr().out
    assert "partners:" in shown and "Traceback" not in shown


def test_what_it_said_and_what_others_said_about_it(store):
    c = corpus_api.open(store)
    p = profile.build_profile(c, profile.find_actor(c, "Ingrid Solhaug"))
    assert set(p.appearances.article_id) == {"own_1", "own_2"}
    assert list(p.said.article_id) == ["own_1"] and "useful" in p.said.content.iloc[0]
    assert set(p.said_about.article_id) == {"own_2"} and p.said_about.content.str.contains("given away").any()
    assert {"criticise", "oppose", "meet"} & set(p.partners.kind)


def test_write_profile(store, tmp_path):
    c = corpus_api.open(store)
    p = profile.build_profile(c, profile.find_actor(c, "Ingrid Solhaug"))
    summary = profile.write_profile(p, tmp_path)
    for name in profile.PROFILE_TABLES:
        assert (tmp_path / "tables" / f"{name}.csv").is_file()
    assert json.loads((tmp_path / "summary.json").read_text()) == summary
    assert summary["name"] == "Ingrid Solhaug" and summary["said"] == 1 and summary["said_about"] >= 1
    assert len(pd.read_csv(tmp_path / "tables" / "appearances.csv")) == 2


def test_notebook_is_committed_clean():
    from nbrun import assert_committed_clean

    assert_committed_clean(NOTEBOOK, PARAMETERS)


# -- the notebook, end to end with papermill --------------------------------------------------

def _run(tmp_path, monkeypatch, **params):
    pytest.importorskip("papermill")
    from nbrun import execute

    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    execute(notebooks_dir() / NOTEBOOK, tmp_path / "run.ipynb", parameters={"output_dir": str(out), **params},
            cwd=str(notebooks_dir()))
    nb = nbformat.read(tmp_path / "run.ipynb", as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    for name in profile.PROFILE_TABLES:
        assert (out / "tables" / f"{name}.csv").is_file(), name
    for fig in ("appearances.png", "events.png"):
        assert (out / "figures" / fig).stat().st_size > 1000, fig
    return nb, out, json.loads((out / "summary.json").read_text())


@pytest.mark.slow
def test_notebook_on_the_mission_seed_profiles_the_most_central_actor(tmp_path, monkeypatch):
    _, out, summary = _run(tmp_path, monkeypatch, seeds=str(seeds_dir()))
    assert summary["articles"] >= 1 and summary["partners"] >= 1 and summary["interactions"] >= 1
    rows = pd.read_csv(out / "tables" / "appearances.csv")
    assert len(rows) == summary["articles"]


@pytest.mark.slow
def test_notebook_on_an_invented_store_with_an_actor_a_date_range_and_the_picker(tmp_path, monkeypatch, store):
    nb, out, summary = _run(tmp_path, monkeypatch, store=str(store), actor="Lindgren", date_from="2024-03-02",
                            interactive=True)
    assert summary["name"] == "Maria Lindgren" and summary["articles"] == 1 and summary["date_from"] == "2024-03-02"
    widgets = [o for c in nb.cells for o in c.get("outputs", [])
               if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert widgets, "interactive=True showed no picker"

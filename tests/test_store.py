"""The corpus store: Arrow types, readers (pyarrow, pandas, DuckDB), incremental runs, atomic commits."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest
from store_seeds import seed_text, snapshot as _snapshot, write_seeds

from newslab.corpus import api as corpus_api
from newslab.extract.analysis import analyze_many
from newslab.corpus.analyze_run import EngineChoice, analyze_to_store
from newslab.cli import main
from newslab.seeds import read_corpus
from newslab.corpus.store import CURRENT, StoreWriter, current_version_dir, read_version
from newslab.corpus.store_schema import SCHEMAS, TABLES, arrow_row_to_record

INLINE = EngineChoice(jobs=1, chunk_size=4)  # in this process, with the session's pipeline


@pytest.fixture(autouse=True)
def pinned_code():
    """Pin the code fingerprint (part of every article's key), so that a source file edited while
    these tests run cannot turn a rerun into a full run (its own MonkeyPatch: a test's undo()
    must not unpin it)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSLAB_CODE", "tests-" + os.urandom(4).hex())
        yield


def _by_article(store: Path, table: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in corpus_api.open(store).dataset(table).to_table().to_pylist():  # as stored (no joined id)
        out.setdefault(row["article_id"], []).append(arrow_row_to_record(table, row))
    return out


def test_store_rows_round_trip_the_jsonl_record(tmp_path, nlp):
    seeds = write_seeds(tmp_path / "seeds", 6)
    summary = analyze_to_store([seeds], tmp_path / "store", choice=INLINE)
    assert (summary.analysed, summary.unchanged, summary.removed, summary.failures) == (6, 0, 0, [])
    records = {a.article.id: a.to_record() for a in analyze_many(read_corpus(seeds).articles, nlp=nlp)}
    for table in TABLES[1:]:
        got = _by_article(tmp_path / "store", table)
        for aid, rec in records.items():
            assert got.get(aid, []) == rec[table], (table, aid)
    articles = corpus_api.open(tmp_path / "store").table("articles")
    assert sorted(articles.article_id) == sorted(records)
    assert articles.date.iloc[0] == dt.date.fromisoformat(records[articles.article_id.iloc[0]]["date"])


def test_columns_have_real_arrow_types_and_every_reader_reads_them(tmp_path):
    analyze_to_store([write_seeds(tmp_path / "seeds", 3)], tmp_path / "store", choice=INLINE)
    store = tmp_path / "store"
    inter = ds.dataset(store / "interactions", format="parquet").to_table()
    assert inter.schema.field("span").type == pa.list_(pa.int32())
    assert ds.dataset(store / "articles", format="parquet").schema.field("date").type == pa.date32()
    assert ds.dataset(store / "actors", format="parquet").schema.field("mentions").type == pa.list_(pa.list_(pa.int32()))
    for table in TABLES:
        assert ds.dataset(store / table, format="parquet").schema.equals(SCHEMAS[table]), table

    import duckdb
    import pandas as pd

    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{store}/actors/*.parquet')").fetchall()[0][0]
    assert n == corpus_api.open(store).count("actors") > 0
    assert len(pd.read_parquet(store / "timexes")) == corpus_api.open(store).count("timexes")


def test_table_pushes_filters_down_and_sql_sees_every_table(tmp_path):
    analyze_to_store([write_seeds(tmp_path / "seeds", 6)], tmp_path / "store", choice=INLINE)
    c = corpus_api.open(tmp_path / "store")
    early = c.table("articles", columns=["article_id", "date"], where={"date": ("2024-03-01", "2024-03-03")})
    assert list(early.columns) == ["article_id", "date"]
    assert sorted(early.article_id) == ["art_000", "art_001", "art_002"]
    people = c.table("actors", where={"type": "PERSON", "article_id": ["art_001"]})
    assert len(people) and set(people.type) == {"PERSON"} and set(people.article_id) == {"art_001"}
    assert isinstance(people.mentions.iloc[0], list)
    n = c.sql("SELECT count(*) AS n FROM actors JOIN articles USING (article_id) WHERE articles.date < DATE '2024-03-04'")
    assert n.n.iloc[0] == c.count("actors", where={"article_id": ["art_000", "art_001", "art_002"]})
    with pytest.raises(KeyError, match="no column"):
        c.table("actors", where={"colour": "red"})


def test_rerun_analyses_only_new_and_changed_seeds_and_removes_gone_ones(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 5)
    store = tmp_path / "store"
    analyze_to_store([seeds], store, choice=INLINE)
    version = read_version(current_version_dir(store))["version"]
    again = analyze_to_store([seeds], store, choice=INLINE)
    assert again.line() == "analysed 0, unchanged 5, removed 0, failed 0"
    assert read_version(current_version_dir(store))["version"] == version  # nothing changed: no new version

    (seeds / "art_001.txt").write_text(seed_text(40), encoding="utf-8")  # changed
    (seeds / "art_003.txt").unlink()  # gone
    write_seeds(seeds, 1, start=9)  # new
    summary = analyze_to_store([seeds], store, choice=INLINE)
    assert summary.line() == "analysed 2, unchanged 3, removed 1, failed 0"
    c = corpus_api.open(store)
    ids = c.table("articles", columns=["article_id"]).article_id.tolist()
    assert sorted(ids) == ["art_000", "art_001", "art_002", "art_004", "art_009"] and len(ids) == len(set(ids))
    assert c.count("actors", where={"article_id": "art_003"}) == 0
    # The changed article's rows are its new analysis, once.
    fresh = tmp_path / "fresh"
    analyze_to_store([seeds], fresh, choice=INLINE)
    assert _snapshot(store) == _snapshot(fresh)


def test_unchanged_rerun_does_no_nlp_and_never_imports_spacy(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 2)
    assert main(["analyze", str(seeds), "--out", str(tmp_path / "store"), "--jobs", "1"]) == 0
    # Nor pandas or pyarrow.dataset: reading the store's index needs neither, and importing them
    # was most of an unchanged rerun's time.
    code = textwrap.dedent(f"""
        import sys
        from newslab.cli import main
        rc = main(["analyze", {str(seeds)!r}, "--out", {str(tmp_path / "store")!r}])
        print(rc, sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "pandas") or m == "pyarrow.dataset"))
    """)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert res.stdout.splitlines() == ["analysed 0, unchanged 2, removed 0, failed 0", "0 []"]


def test_a_commit_that_dies_before_the_swap_leaves_the_previous_version(tmp_path, monkeypatch):
    seeds = write_seeds(tmp_path / "seeds", 3)
    store = tmp_path / "store"
    analyze_to_store([seeds], store, choice=INLINE)
    before = _snapshot(store)
    write_seeds(seeds, 2, start=3)

    def crash(*args):
        raise KeyboardInterrupt  # as if the process died right before the atomic step

    monkeypatch.setattr("newslab.corpus.store.os.replace", crash)
    with pytest.raises(KeyboardInterrupt):
        analyze_to_store([seeds], store, choice=INLINE)
    monkeypatch.undo()
    assert _snapshot(store) == before
    summary = analyze_to_store([seeds], store, choice=INLINE)
    assert summary.line() == "analysed 2, unchanged 3, removed 0, failed 0"
    assert not list((store / "versions").glob(".staging-*"))


def test_a_reader_of_an_old_version_keeps_its_files_through_quick_commits(tmp_path, monkeypatch):
    seeds = write_seeds(tmp_path / "seeds", 4)
    store = tmp_path / "store"
    analyze_to_store([seeds], store, choice=INLINE)
    pinned = current_version_dir(store)  # what a reader resolved before the next commits
    for start in (4, 5, 6):  # three commits in quick succession
        write_seeds(seeds, 1, start=start)
        analyze_to_store([seeds], store, choice=INLINE)
    assert pinned.is_dir() and read_version(pinned)["parts"]
    assert len(ds.dataset(str(pinned / "articles"), format="parquet").to_table()) == 4
    # Once the newer versions are older than the grace period, the next commit collects all but two.
    monkeypatch.setattr("newslab.corpus.store.READER_GRACE_SECONDS", 0.0)
    write_seeds(seeds, 1, start=7)
    analyze_to_store([seeds], store, choice=INLINE)
    assert not pinned.exists()
    assert len([p for p in (store / "versions").glob("v*") if p.is_dir()]) == 2


def test_a_second_writer_is_refused_while_one_runs(tmp_path):
    with StoreWriter(tmp_path / "store"):
        with pytest.raises(Exception, match="another newslab run"):
            StoreWriter(tmp_path / "store")


# A real run, paced: on a quiet machine 40 short seeds are analysed faster than a reader can poll, and the run
# then reached its last commit before the kill; a pause after each chunk keeps the kill in the middle of the run.
_KILLABLE = """
import sys, time
from newslab.corpus import analyze_run
_run_tasks = analyze_run.run_tasks
def paced(*args, **kwargs):
    for result in _run_tasks(*args, **kwargs):
        time.sleep(0.25)
        yield result
analyze_run.run_tasks = paced
analyze_run.analyze_to_store([sys.argv[1]], sys.argv[2], choice=analyze_run.EngineChoice(jobs=1, chunk_size=2),
                             checkpoint_seconds=0)
"""


def _consistent(store: Path) -> set[str]:
    """The article ids of the current version, checking each article is there once and whole."""
    c = corpus_api.open(store)
    ids = c.table("articles", columns=["article_id"]).article_id.tolist()
    assert len(ids) == len(set(ids))
    for table in TABLES[1:]:
        assert set(c.table(table, columns=["article_id"]).article_id) <= set(ids)
    return set(ids)


def test_sigkill_mid_run_keeps_a_complete_version_and_the_next_run_finishes(tmp_path):
    n = 40  # twenty commits: a reader slowed by a loaded machine still catches the run before its last one
    seeds = write_seeds(tmp_path / "seeds", n)
    store = tmp_path / "store"
    analyze_to_store([write_seeds(tmp_path / "first", 2, start=50)], store, choice=INLINE)  # then gone
    proc = subprocess.Popen([sys.executable, "-c", _KILLABLE, str(seeds), str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen, deadline = set(), time.monotonic() + 120
    try:
        # Read while it writes: every version a reader resolves is whole. Kill after two commits.
        while time.monotonic() < deadline and proc.poll() is None:
            seen.add(os.readlink(store / CURRENT))
            _consistent(store)
            if len(seen) >= 3:
                break
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL and len(seen) >= 3, "the run ended before it could be killed"
    partial = _consistent(store)
    assert 0 < len(partial & {f"art_{i:03d}" for i in range(n)}) < n
    summary = analyze_to_store([seeds], store, choice=INLINE)
    assert summary.analysed == n - len(partial & {f"art_{i:03d}" for i in range(n)})
    fresh = tmp_path / "fresh"
    analyze_to_store([seeds], fresh, choice=INLINE)
    assert _snapshot(store) == _snapshot(fresh)


def test_cli_prints_the_summary_line_and_keeps_jsonl_on_stdout(tmp_path, capsys):
    seeds = write_seeds(tmp_path / "seeds", 2)
    (seeds / "broken.txt").write_text("no header here\n", encoding="utf-8")
    assert main(["analyze", str(seeds), "--out", str(tmp_path / "store"), "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines() == ["analysed 2, unchanged 0, removed 0, failed 1"]
    assert "broken.txt" in captured.err
    assert main(["analyze", str(seeds), "--format", "jsonl", "--jobs", "1"]) == 1
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["art_000", "art_001"]


def test_store_modules_do_not_import_spacy():
    mods = "newslab.corpus.api, newslab.corpus.store, newslab.corpus.store_schema, newslab.corpus.analyze_run, newslab.corpus.engine"
    code = f"import sys, {mods}; print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_where_accepts_expressions_dates_and_open_ranges(tmp_path):
    analyze_to_store([write_seeds(tmp_path / "seeds", 4)], tmp_path / "store", choice=INLINE)
    c = corpus_api.open(tmp_path / "store")
    late = c.table("articles", columns=["article_id"], where={"date": (dt.date(2024, 3, 3), None)})
    assert sorted(late.article_id) == ["art_002", "art_003"]
    assert c.count("articles", where=ds.field("article_id") == "art_001") == 1
    assert c.count("events", where={"date_start": None}) + c.count("events", where=ds.field("date_start").is_valid()) \
        == c.count("events")
    with pytest.raises(KeyError, match="no table"):
        c.table("quotes")


def test_no_seeds_is_an_error_and_leaves_the_store_alone(tmp_path, capsys):
    store = tmp_path / "store"
    analyze_to_store([write_seeds(tmp_path / "seeds", 1)], store, choice=INLINE)
    (tmp_path / "empty").mkdir()
    assert main(["analyze", str(tmp_path / "empty"), "--out", str(store)]) == 2
    assert "no seed files" in capsys.readouterr().err
    assert corpus_api.open(store).count("articles") == 1


def test_each_seed_folder_gets_its_own_default_store(tmp_path, monkeypatch):
    from newslab.corpus.analyze_run import open_for_seeds, store_for

    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path / "cache"))
    one = write_seeds(tmp_path / "one", 2)
    two = write_seeds(tmp_path / "two", 1, start=5)
    assert store_for(one) != store_for(two) and store_for(one) != store_for(one, scope="broad")
    c1, s1 = open_for_seeds(one)
    c2, s2 = open_for_seeds(two)
    assert (s1.analysed, s2.analysed) == (2, 1)
    # the second folder's run did not remove the first folder's rows
    assert sorted(c1.table("articles", columns=["article_id"])["article_id"]) == ["art_000", "art_001"]
    again, s3 = open_for_seeds(one)
    assert (s3.analysed, s3.unchanged) == (0, 2)


# -- corpus_actor_id and the corpus actors table (issue 11) -----------------------------------

def _derived(store: Path) -> dict[str, list[str]]:
    c = corpus_api.open(store)
    return {t: [json.dumps(r, default=str, sort_keys=True) for r in c.arrow(t).to_pylist()]
            for t in ("actor_ids", "corpus_actors")}


def test_every_actors_row_carries_a_corpus_actor_id_whatever_the_order_of_runs(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", 6)
    analyze_to_store([seeds], tmp_path / "at_once", choice=INLINE)
    # the same corpus written in two runs, the later articles first
    analyze_to_store([write_seeds(tmp_path / "late", 3, start=3)], tmp_path / "in_steps", choice=INLINE)
    write_seeds(tmp_path / "late", 3, start=0)
    analyze_to_store([tmp_path / "late"], tmp_path / "in_steps", choice=INLINE)
    c = corpus_api.open(tmp_path / "at_once")
    actors = c.table("actors")
    assert list(actors.columns)[-1] == "corpus_actor_id" and actors.corpus_actor_id.notna().all()
    assert _derived(tmp_path / "at_once") == _derived(tmp_path / "in_steps")
    # one corpus actor, read back by id; the corpus table, DuckDB and the raw files agree
    norway = actors.loc[actors.name == "Norway", "corpus_actor_id"].iloc[0]
    rows = c.table("actors", columns=["article_id", "name"], where={"corpus_actor_id": norway})
    assert list(rows.columns) == ["article_id", "name"] and set(rows.name) == {"Norway"} and len(rows) == 2
    table = c.table("corpus_actors", where={"corpus_actor_id": norway}).iloc[0]
    assert table["articles"] == 2 and table["first_date"] == dt.date(2024, 3, 1) and sorted(table.article_ids) == sorted(rows.article_id)
    assert c.sql("SELECT count(*) n FROM actors WHERE corpus_actor_id IS NULL").n.iloc[0] == 0
    assert len(ds.dataset(tmp_path / "at_once" / "actor_ids", format="parquet").to_table()) == len(actors)


def _person_seed(folder: Path, name: str, day: int, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(f"date 2024-05-{day:02d} {text}\n", encoding="utf-8")


def test_a_new_article_that_makes_a_surname_ambiguous_changes_the_ids_of_the_whole_store(tmp_path):
    seeds, store = tmp_path / "seeds", tmp_path / "store"
    _person_seed(seeds, "p1", 2, "Finance Minister Helga Brandvold met Tomas Okonjo in Oslo on Monday to discuss the budget.")
    _person_seed(seeds, "p2", 9, "Ms Brandvold told reporters in Oslo on Friday that the budget talks would continue.")
    analyze_to_store([seeds], store, choice=INLINE)

    def ids() -> dict[tuple[str, str], str]:
        a = corpus_api.open(store).table("actors", columns=["article_id", "name", "corpus_actor_id"])
        return {(r.article_id, r.name): r.corpus_actor_id for r in a.itertuples()}

    before = ids()
    assert before[("p2", "Brandvold")] == before[("p1", "Helga Brandvold")]
    _person_seed(seeds, "p3", 14, "Opposition leader Jonas Brandvold met Tomas Okonjo in Bergen on Thursday.")
    summary = analyze_to_store([seeds], store, choice=INLINE)
    assert (summary.analysed, summary.unchanged) == (1, 2)  # p2 was not analysed again, yet its id moved
    after = ids()
    assert after[("p1", "Helga Brandvold")] == before[("p1", "Helga Brandvold")]
    assert after[("p2", "Brandvold")] not in {after[("p1", "Helga Brandvold")], after[("p3", "Jonas Brandvold")]}
    assert after[("p1", "Tomas Okonjo")] == after[("p3", "Tomas Okonjo")]


def test_a_store_written_before_the_ids_gets_them_on_the_next_run(tmp_path):
    seeds, store = write_seeds(tmp_path / "seeds", 2), tmp_path / "store"
    analyze_to_store([seeds], store, choice=INLINE)
    vdir = current_version_dir(store)
    meta = read_version(vdir)
    meta.pop("derived")
    (vdir / "_version.json").write_text(json.dumps(meta), encoding="utf-8")
    assert corpus_api.open(store).table("actors").corpus_actor_id.isna().all()
    summary = analyze_to_store([seeds], store, choice=INLINE)
    assert summary.unchanged == 2 and corpus_api.open(store).table("actors").corpus_actor_id.notna().all()


def test_jsonl_export_adds_corpus_actor_id_and_is_otherwise_byte_identical(tmp_path, capsys, nlp):
    from newslab.extract.analysis import dumps_record

    seeds = write_seeds(tmp_path / "seeds", 5)
    assert main(["analyze", str(seeds), "--format", "jsonl", "--jobs", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    expected = [dumps_record(a.to_record()) for a in analyze_many(read_corpus(seeds).articles, nlp=nlp)]
    records = [json.loads(x) for x in lines]
    ids = {}
    for rec in records:
        for actor in rec["actors"]:
            assert list(actor)[-1] == "corpus_actor_id"
            ids[(rec["id"], actor["actor_id"])] = actor.pop("corpus_actor_id")
    assert [dumps_record(r) for r in records] == expected
    analyze_to_store([seeds], tmp_path / "store", choice=INLINE)
    stored = corpus_api.open(tmp_path / "store").table("actor_ids")
    assert ids == {(a, i): c for a, i, c in zip(stored.article_id, stored.actor_id, stored.corpus_actor_id)}


def test_corpus_actors_read_from_the_store_equal_those_resolved_again(tmp_path):
    from newslab.corpus.identity import corpus_actors

    analyze_to_store([write_seeds(tmp_path / "seeds", 6)], tmp_path / "store", choice=INLINE)
    c = corpus_api.open(tmp_path / "store")
    stored = c.corpus_actors()
    again = corpus_actors(c.table("actors"), c.table("articles", columns=["article_id", "date"]))
    assert len(stored) > 3 and list(stored.columns) == list(again.columns)
    # same rows, same order, same plain values (ISO dates, lists of dicts for roles)
    assert stored.to_dict(orient="records") == again.to_dict(orient="records")
    assert isinstance(stored["first_date"].iloc[0], str)

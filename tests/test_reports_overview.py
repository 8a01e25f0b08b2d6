"""The corpus overview from store tables equals the overview built from Analysis objects."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from newslab.corpus import api, overview, timeline
from newslab.corpus.cache import fill_cache, load_analyses
from newslab.extract.analysis import corpus_table

SEEDS = Path(__file__).parent / "fixtures" / "reports" / "seeds"


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """(store, analyses) of the own-written report seeds: one analysis, read both ways."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSLAB_CODE", "overview-test")
        store = tmp_path_factory.mktemp("overview") / "store"
        fill_cache(SEEDS, store, jobs=1)
        analyses = load_analyses(SEEDS, store=store).analyses
        yield api.open(store), analyses


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert json.dumps(a.to_dict(orient="records"), default=str) == json.dumps(b.to_dict(orient="records"), default=str)


def test_timeline_from_tables_equals_the_timeline_from_analyses(both):
    store, analyses = both
    from_tables = overview.timeline_table(store.table("events"), store.table("articles", columns=["article_id", "date"]))
    assert len(from_tables) > 0
    _same(from_tables, timeline.corpus_timeline(analyses))


def test_the_store_keeps_the_timeline_of_its_tables_however_it_was_written(both, tmp_path):
    import shutil

    from newslab.corpus.store import current_version_dir, read_version

    store, analyses = both
    expected = timeline.corpus_timeline(analyses)
    _same(store.timeline(), expected)
    # the same seeds in two runs, the later ones first: two parts, placed one at a time, sorted together
    seeds = sorted(SEEDS.iterdir())
    folder, steps = tmp_path / "seeds", tmp_path / "steps"
    folder.mkdir()
    for batch in (seeds[2:], seeds[:2]):
        for seed in batch:
            shutil.copy(seed, folder / seed.name)
        fill_cache(folder, steps, jobs=1)
    vdir = current_version_dir(steps)
    assert len(read_version(vdir)["parts"]) == 2
    _same(api.open(steps).timeline(), expected)
    # a store written before the timeline table: placed when read, written by the next run
    meta = read_version(vdir)
    meta["derived"].remove("timeline")
    (vdir / "_version.json").write_text(json.dumps(meta), encoding="utf-8")
    assert api.open(steps).files("timeline") == []
    _same(api.open(steps).timeline(), expected)
    fill_cache(folder, steps, jobs=1)
    assert api.open(steps).files("timeline") and api.open(steps).version == meta["version"] + 1
    _same(api.open(steps).timeline(), expected)


def test_the_timeline_csv_written_aside_is_the_csv_of_the_timeline(both, tmp_path, monkeypatch):
    from newslab import files
    from newslab.corpus import store_timeline

    store, _ = both
    expected = files.write_csv(store.timeline(), tmp_path / "expected.csv").read_bytes()
    job = store.write_timeline_csv(tmp_path / "aside" / "timeline.csv")  # a second process
    assert job.wait().read_bytes() == expected
    monkeypatch.setattr(files, "CSV_CHUNK_ROWS", 3)  # in slices, the order column typed once for all
    assert store_timeline.write_csv(store.files("timeline"), tmp_path / "sliced.csv").read_bytes() == expected
    with pytest.raises(RuntimeError, match="broken.csv: the timeline CSV was not written"):
        store_timeline.CsvAside([str(tmp_path / "no-such.parquet")], tmp_path / "broken.csv").wait()
    assert not (tmp_path / "broken.csv").exists()


def test_source_mix_and_sources_from_tables(both):
    store, analyses = both
    attributions = store.table("attributions", columns=["article_id", "source", "source_actor", "kind", "source_kind"])
    old = corpus_table(analyses, "attributions")
    _same(overview.source_mix(attributions), overview.source_mix(old))
    _same(overview.top_sources(attributions), overview.top_sources(old))


def test_article_table_counts_rows_per_article_and_keeps_empty_articles():
    articles = pd.DataFrame({"article_id": ["b", "a"], "date": [pd.Timestamp("2024-02-01").date(), None]})
    actors = pd.DataFrame({"article_id": ["b", "b", "a"]})
    table = overview.article_table(articles, {"actors": actors, "events": actors.head(0)})
    assert list(table.columns) == overview.ARTICLE_COLUMNS
    assert table.to_dict(orient="records") == [
        {"article_id": "b", "date": "2024-02-01", "actors": 2, "interactions": 0, "timexes": 0, "events": 0, "attributions": 0},
        {"article_id": "a", "date": None, "actors": 1, "interactions": 0, "timexes": 0, "events": 0, "attributions": 0},
    ]


def test_merged_actors_from_the_actors_table():
    actors = pd.DataFrame({"article_id": ["a", "b", "b"], "name": ["X", "X", "Y"], "type": ["ORG"] * 3,
                           "mentions": [[[0, 1]], [[0, 1], [5, 6]], [[2, 3]]]})
    merged = overview.merged_actors(actors)
    assert merged[["name", "articles", "mentions"]].values.tolist() == [["X", 2, 3], ["Y", 1, 1]]

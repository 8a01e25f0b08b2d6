"""The Analysis seam: JSON record round trip, tables, CSV export, analyses read back from the store."""

from __future__ import annotations

import json

from newslab.extract.tables import COLUMNS, RECORD_TABLES
from newslab.extract.analysis import Analysis, analyze, corpus_table, dumps_record, warm_up
from newslab.corpus.api import open as open_store
from newslab.corpus.cache import load_analyses
from newslab.corpus.keys import cache_key
from newslab.files import atomic_write_text, to_csv_text
from newslab.paths import seeds_dir


def test_record_round_trip(nlp, mission_article):
    result = analyze(mission_article, nlp=nlp)
    rec = result.to_record()
    again = Analysis.from_record(json.loads(dumps_record(rec)), mission_article)
    assert dumps_record(again.to_record()) == dumps_record(rec)
    for name in RECORD_TABLES:
        assert list(getattr(result, name).columns)[: len(COLUMNS[name])] == COLUMNS[name]


def test_warm_up_changes_no_later_analysis(nlp, mission_article):
    """Workers fork after ``warm_up``: the caches it fills must not change what an article gets."""
    before = dumps_record(analyze(mission_article, nlp=nlp).to_record())
    warm_up(nlp)
    assert dumps_record(analyze(mission_article, nlp=nlp).to_record()) == before


def test_every_span_indexes_the_body(nlp, mission_article):
    result = analyze(mission_article, nlp=nlp)
    body = mission_article.body
    assert len(result.actors) > 5
    for mentions in result.actors["mentions"]:
        for s, e in mentions:
            assert 0 <= s < e <= len(body)
    for name in ("interactions", "timexes", "attributions"):
        for span in getattr(result, name).get("span", []):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(body)


def test_corpus_table_has_article_id(nlp, mission_article):
    result = analyze(mission_article, nlp=nlp)
    df = corpus_table([result], "actors")
    assert df.columns[0] == "article_id" and set(df["article_id"]) == {mission_article.id}
    text = to_csv_text(df)
    assert text.splitlines()[0].startswith("article_id,actor_id")


def test_store_hit_does_no_nlp(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path))
    first = load_analyses(seeds_dir(), jobs=1)
    assert first.store is not None and (first.store / "current").exists()
    assert not list(tmp_path.glob("*.json"))  # no per-article JSON files any more: one store

    from newslab.corpus import engine

    def boom(*a, **k):
        raise AssertionError("NLP ran although the store was fresh")

    monkeypatch.setattr(engine, "run_inline", boom)
    monkeypatch.setattr(engine, "run_processes", boom)
    second = load_analyses(seeds_dir(), jobs=1)
    assert dumps_record(second.analyses[0].to_record()) == dumps_record(first.analyses[0].to_record())
    key = cache_key(first.analyses[0].article, first.analyses[0].model)
    stored = open_store(first.store).table("articles", columns=["article_id", "analysis_key"])
    assert dict(zip(stored["article_id"], stored["analysis_key"]))[first.analyses[0].article.id] == key


def test_rebuilt_analysis_equals_the_fresh_one(tmp_path, monkeypatch, nlp, mission_article):
    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path))
    fresh = analyze(mission_article, nlp=nlp)
    again = load_analyses(mission_article.path, jobs=1).analyses[0].to_record()
    # the store adds each actor's corpus-wide id (issue 11); everything else is the fresh record
    ids = [actor.pop("corpus_actor_id") for actor in again["actors"]]
    assert all(i and i.startswith("ca_") for i in ids)
    assert dumps_record(again) == dumps_record(fresh.to_record())


def test_atomic_write_leaves_no_temp_files(tmp_path):
    target = tmp_path / "sub" / "x.csv"
    atomic_write_text(target, "a,b\n")
    atomic_write_text(target, "a,b\n1,2\n")
    assert target.read_text() == "a,b\n1,2\n"
    assert [p.name for p in target.parent.iterdir()] == ["x.csv"]


def test_atomic_write_gives_the_usual_file_mode(tmp_path):
    import os

    target = tmp_path / "shared.csv"
    atomic_write_text(target, "a\n")
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask

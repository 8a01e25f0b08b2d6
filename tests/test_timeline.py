"""The corpus timeline: merging, filtering, TimelineJS export and the figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslab.extract.analysis import analyze_doc
from newslab.extract.nlp import load_pipeline, pipeline_label
from newslab.seeds import read_corpus
from newslab.corpus.timeline import KINDS, TIMELINE_COLUMNS, corpus_timeline, plot_timeline, to_timelinejs, write_timelinejs

FIXTURES = Path(__file__).parent / "fixtures" / "chronology"


@pytest.fixture(scope="module")
def analyses():
    nlp = load_pipeline()
    corpus = read_corpus(FIXTURES)
    return [analyze_doc(nlp(a.body), a, pipeline_label(nlp)) for a in corpus.articles]


def test_timeline_merges_articles_on_one_axis(analyses):
    df = corpus_timeline(analyses)
    assert list(df.columns) == TIMELINE_COLUMNS
    assert df["article_id"].nunique() == len(analyses)
    assert set(df["kind"]) <= set(KINDS)
    starts = list(df["start"])
    assert starts == sorted(starts)  # one time axis
    # a year-level date stays an interval, not a day
    year_rows = df[df["granularity"] == "year"]
    assert not year_rows.empty
    for r in year_rows.to_dict(orient="records"):  # "since 1993" stretches to the article date
        assert r["start"] == f"{r['date_value']}-01-01" and r["end"] >= f"{r['date_value']}-12-31"
    assert (df[df["kind"] == "point"]["start"] == df[df["kind"] == "point"]["end"]).all()


def test_timeline_filters(analyses):
    df = corpus_timeline(analyses, date_from="2020-01-01", date_to="2023-12-31")
    assert not df.empty
    assert (df["end"] >= "2020-01-01").all() and (df["start"] <= "2023-12-31").all()
    assert len(df) < len(corpus_timeline(analyses))
    actors = corpus_timeline(analyses, actor="mitsotakis")
    assert not actors.empty
    assert all(any("mitsotakis" in a.lower() for a in names) for names in actors["actors"])
    assert corpus_timeline(analyses, actor="nobody-at-all").empty
    assert "vague" not in set(corpus_timeline(analyses, include_vague=False)["kind"])


def test_timelinejs_export(analyses, tmp_path):
    df = corpus_timeline(analyses)
    data = to_timelinejs(df, "test")
    assert data["title"]["text"]["headline"] == "test"
    assert len(data["events"]) == len(df)
    for ev in data["events"]:
        assert set(ev["start_date"]) == {"year", "month", "day"}
        assert ev["text"]["headline"]
    intervals = [e for e in data["events"] if "end_date" in e]
    assert intervals and all((e["end_date"]["year"], e["end_date"]["month"]) >= (e["start_date"]["year"], e["start_date"]["month"]) for e in intervals)
    path = write_timelinejs(df, tmp_path / "timeline.json", "test")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(data))


def test_timeline_figure(analyses, tmp_path):
    from newslab.notebook.figures import save_figure

    df = corpus_timeline(analyses)
    fig = plot_timeline(df, max_events=12)
    ax = fig.axes[0]
    labels = [t for t in ax.texts]
    assert len(labels) == min(12, len(df))
    ys = [t.xy[1] for t in labels]
    assert len(set(ys)) == len(ys)  # one row per label: they cannot collide
    out = save_figure(fig, tmp_path / "timeline.png")
    assert out.stat().st_size > 1000
    empty = plot_timeline(df.iloc[0:0])
    assert empty.axes[0].texts[0].get_text() == "no dated events"

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


# ---------------------------------------------------------------------------------------------
# Corpus scale (hand-made timeline rows, no spaCy)


def _row(article, event, start, end, kind, actors, summary):
    row = dict.fromkeys(TIMELINE_COLUMNS)
    row.update(article_id=article, article_date=start, event_id=event, summary=summary, trigger=summary.split()[1],
               actors=actors, date_value=start, start=start, end=end, granularity="day", kind=kind)
    return row


def _corpus_rows():
    import pandas as pd

    rows = [
        # One summit told by three articles (one spelling without the accent), one visit by two.
        _row("n1", "e1", "2022-03-04", "2022-03-04", "point", ["Anna Berg", "Recep Erdoğan"], "Berg met Erdoğan"),
        _row("n2", "e4", "2022-03-04", "2022-03-04", "point", ["Recep Erdogan", "Anna Berg"], "Berg met Erdogan in Ankara"),
        _row("n3", "e2", "2022-03-04", "2022-03-04", "point", ["Anna Berg", "Recep Erdoğan"], "Berg met Erdoğan"),
        _row("n2", "e1", "2021-06-01", "2021-06-30", "interval", ["Norland"], "Norland visited Sudmark"),
        _row("n4", "e1", "2021-06-01", "2021-06-30", "interval", ["Norland"], "Norland visited Sudmark"),
        # Early items reported once, and an item with no actors that must not merge across articles.
        _row("n5", "e1", "2010-01-01", "2010-01-01", "point", ["Old Actor"], "Actor signed a deal"),
        _row("n6", "e1", "2022-03-04", "2022-03-04", "point", [], "officials said"),
        _row("n7", "e1", "2022-03-04", "2022-03-04", "point", [], "officials said"),
        _row("n7", "e2", "2022-03-04", "2022-03-04", "vague", ["Anna Berg", "Recep Erdoğan"], "Berg met Erdoğan"),
    ]
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


def test_most_reported_counts_articles_not_dates():
    from newslab.corpus.timeline import most_reported

    top = most_reported(_corpus_rows(), n=3)
    assert list(top["articles"]) == [3, 2, 1]
    assert top.iloc[0]["summary"] == "Berg met Erdoğan" and top.iloc[0]["article_ids"] == ["n1", "n2", "n3"]
    assert top.iloc[1]["summary"] == "Norland visited Sudmark"
    assert top.iloc[2]["start"] == "2010-01-01"  # ties of one article: the earliest first
    assert len(most_reported(_corpus_rows(), n=10, min_articles=2)) == 2


def test_happenings_ranked_once_give_what_each_view_computes_alone(tmp_path):
    """The notebook ranks happenings once and passes them to the TimelineJS file, the figure and
    the table: each must equal what it computes on its own (the figure within the coverage)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from newslab.corpus.timeline import most_reported, plot_corpus_timeline, rank_happenings, write_timelinejs

    df = _corpus_rows()
    ranked = rank_happenings(df)
    assert list(ranked["articles"]) == sorted(ranked["articles"], reverse=True) and len(ranked) == 6
    for n, least in ((3, 1), (10, 2), (1, 3)):
        assert most_reported(df, n, least, ranked).equals(most_reported(df, n, least))
    # limited: the top one and every happening told twice or more, enough for the top one and
    # for any top of those told twice
    short = rank_happenings(df, limit=1)
    assert list(short["articles"]) == [3, 2] and short.equals(ranked.head(2))
    for limit in range(8):  # beyond those told twice, the first of those told once in rank order
        assert rank_happenings(df, limit=limit).equals(ranked.head(max(limit, 2)))
    assert most_reported(df, 1, 1, short).equals(most_reported(df, 1, 1))
    assert most_reported(df, 10, 2, short).equals(most_reported(df, 10, 2))
    write_timelinejs(df, tmp_path / "alone.json", max_events=2)
    write_timelinejs(df, tmp_path / "ranked.json", max_events=2, ranked=ranked)
    assert (tmp_path / "alone.json").read_bytes() == (tmp_path / "ranked.json").read_bytes()

    def labels(fig):
        texts = [t.get_text() for ax in fig.axes for t in ax.texts + [ax.title]]
        plt.close(fig)
        return texts

    assert labels(plot_corpus_timeline(df, n=5, ranked=ranked)) == labels(plot_corpus_timeline(df, n=5))
    # every article from March 2022: the 2010 and 2021 items fall outside the coverage, and the
    # ranked rows must be cut to it as the items are (else the 2021 visit, told twice, would show)
    late = df.assign(article_date="2022-03-04")
    shown = labels(plot_corpus_timeline(late, n=5, ranked=rank_happenings(late)))
    assert shown == labels(plot_corpus_timeline(late, n=5)) and not any("Norland" in t for t in shown)


def test_events_per_period_and_corpus_figure(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from newslab.corpus.timeline import events_per_period, plot_corpus_timeline
    from newslab.notebook.figures import save_figure

    df = _corpus_rows()
    counts = events_per_period(df, period="year")
    assert list(dict.fromkeys(counts["period"])) == [str(y) for y in range(2010, 2023)]
    y2022 = counts[counts["period"] == "2022"].set_index("kind")["events"].to_dict()
    assert y2022 == {"point": 5, "vague": 1}
    assert counts["events"].sum() == len(df)
    assert set(events_per_period(df)["period"].str.len()) == {4}  # a 12-year span is cut into years
    fig = plot_corpus_timeline(df, n=5)
    labels = [t.get_text() for t in fig.axes[1].texts]
    assert labels and all("(2 articles)" in t or "(3 articles)" in t for t in labels)
    first = save_figure(fig, tmp_path / "a.png").read_bytes()
    plt.close(fig)
    fig = plot_corpus_timeline(df, n=5)
    assert save_figure(fig, tmp_path / "b.png").read_bytes() == first
    plt.close(fig)


def test_a_history_paragraph_does_not_stretch_the_corpus_timeline():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from newslab.corpus.timeline import events_per_period, focus, plot_corpus_timeline

    rows = []
    for month in range(1, 13):  # a year of coverage, one event a month
        rows.append(_row(f"m{month}", "e1", f"2025-{month:02d}-10", f"2025-{month:02d}-10", "point", ["Norland"], "Norland met Sudmark"))
    recalled = _row("m3", "e2", "1921-01-01", "1921-12-31", "interval", ["Norland"], "the 1921 treaty was signed")
    recalled["article_date"] = "2025-03-10"
    planned = _row("m12", "e2", "2026-02-01", "2026-02-01", "point", ["Norland"], "a summit is planned")
    planned["article_date"] = "2025-12-10"
    df = pd.DataFrame(rows + [recalled, planned], columns=TIMELINE_COLUMNS)
    inside, outside = focus(df)
    assert list(outside["start"]) == ["1921-01-01"] and "2026-02-01" in set(inside["start"])  # planned, near: kept
    counts = events_per_period(df)
    assert counts["period"].iloc[0] == "2025-01" and counts["period"].iloc[-1] == "2026-02"  # months, not decades
    assert counts["events"].sum() == 13
    fig = plot_corpus_timeline(df, n=5)
    title = fig.axes[0].get_title()
    assert "per month" in title and "+1 event dated outside the coverage, 1921, not drawn" in title
    plt.close(fig)


def test_one_happening_told_with_different_actors_is_one_event():
    import pandas as pd

    from newslab.corpus.timeline import most_reported

    rows = [_row("a", "e1", "2025-04-08", "2025-04-08", "point", ["Valdoria", "Karsenia"], "Valdoria and Karsenia agreed"),
            _row("b", "e3", "2025-04-08", "2025-04-08", "point", ["Karsenia"], "the ceasefire with Karsenia"),
            _row("c", "e2", "2025-04-08", "2025-04-08", "point", ["Qadira"], "Qadira hosted the talks"),
            _row("d", "e1", "2025-04-09", "2025-04-09", "point", ["Karsenia"], "Karsenia said")]
    top = most_reported(pd.DataFrame(rows, columns=TIMELINE_COLUMNS), n=5)
    assert top.iloc[0]["article_ids"] == ["a", "b"] and top.iloc[0]["actors"] == ["Karsenia", "Valdoria"]
    assert sorted(top["articles"]) == [1, 1, 2]  # another day, or no actor in common: another happening


def test_a_year_holds_many_happenings_of_one_actor():
    import pandas as pd

    from newslab.corpus.timeline import most_reported

    rows = [_row("a", "e1", "2013-01-01", "2013-12-31", "interval", ["Jordan", "Syria"], "Jordan backed Syria"),
            _row("b", "e1", "2013-01-01", "2013-12-31", "interval", ["Jordan"], "Jordan hosted a summit"),
            _row("c", "e1", "2013-01-01", "2013-12-31", "interval", ["Jordan"], "Jordan hosted the summit")]
    top = most_reported(pd.DataFrame(rows, columns=TIMELINE_COLUMNS), n=5)
    assert sorted(top["articles"]) == [1, 2]  # same year and one actor in common is not enough


def test_a_corpus_timelinejs_file_keeps_the_most_reported_events(tmp_path):
    import json

    import pandas as pd

    from newslab.corpus.timeline import write_timelinejs

    rows = [_row(f"a{i}", "e1", f"2025-01-{1 + i % 28:02d}", f"2025-01-{1 + i % 28:02d}", "point", [f"Actor {i % 5}"], "X met Y")
            for i in range(60)]
    path = write_timelinejs(pd.DataFrame(rows, columns=TIMELINE_COLUMNS), tmp_path / "t.json", max_events=10)
    events = json.loads(path.read_text())["events"]
    assert len(events) == 10 and len({e["unique_id"] for e in events}) == 10
    full = write_timelinejs(pd.DataFrame(rows[:8], columns=TIMELINE_COLUMNS), tmp_path / "u.json", max_events=10)
    assert len(json.loads(full.read_text())["events"]) == 8  # small: every item


def test_happening_keys_inlined_agree_with_event_keys():
    from newslab.corpus.timeline import _event_keys, _happening_groups

    df = _corpus_rows()
    cols = {c: df[c].tolist() for c in df.columns}
    # group by the documented keys, with a plain union over dict rows
    rows = df.to_dict(orient="records")
    owner, group = {}, list(range(len(rows)))

    def root(i):
        while group[i] != i:
            i = group[i]
        return i

    for i, r in enumerate(rows):
        for key in _event_keys(r):
            j = owner.setdefault(key, i)
            a, b = root(i), root(j)
            group[max(a, b)] = min(a, b)
    expected = sorted(sorted(i for i in range(len(rows)) if root(i) == g) for g in {root(i) for i in range(len(rows))})
    assert sorted(_happening_groups(cols, len(rows))) == expected

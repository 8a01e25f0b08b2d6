"""Time slices, change over time and the dynamic GEXF, on small hand-made corpus tables (no spaCy)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import matplotlib
import networkx as nx
import pandas as pd
import pytest

from newslab.corpus import changes, dynamic, periods

matplotlib.use("Agg")

# Five articles over four months; April has none, so it must still appear as an empty period.
ARTICLES = pd.DataFrame({
    "article_id": ["a1", "a2", "a3", "a4", "a5"],
    "date": ["2023-01-10", "2023-01-20", "2023-02-05", "2023-03-15", "2023-05-02"],
})


def inter(rows):
    return pd.DataFrame(rows, columns=["article_id", "source", "target", "kind"])


INTERACTIONS = inter([
    ("a1", "Anna Berg", "Norland", "visit"),
    ("a2", "Anna Berg", "Norland", "meet"),
    ("a2", "Recep Erdoğan", "Anna Berg", "meet"),
    ("a3", "Anna Berg", "Norland", "support"),
    ("a3", "Norland", "Sudmark", "oppose"),
    ("a5", "Recep Erdogan", "Sudmark", "meet"),
])

ACTORS = pd.DataFrame([
    ("a1", "Anna Berg", "PERSON", [[0, 4], [10, 14]]),
    ("a1", "Norland", "GPE", [[20, 27]]),
    ("a2", "Anna Berg", "PERSON", [[0, 4]]),
    ("a2", "Norland", "GPE", [[5, 9]]),
    ("a2", "Recep Erdoğan", "PERSON", [[30, 40], [50, 60], [70, 80]]),
    ("a3", "Norland", "GPE", [[0, 7]]),
    ("a3", "Sudmark", "GPE", [[8, 15]]),
    ("a3", "Anna Berg", "PERSON", [[20, 29]]),
    ("a5", "Recep Erdogan", "PERSON", [[0, 10]]),
    ("a5", "Sudmark", "GPE", [[11, 18]]),
], columns=["article_id", "name", "type", "mentions"])

ATTRIBUTIONS = pd.DataFrame([
    ("a1", "government"), ("a1", "named person"), ("a2", "government"), ("a3", None), ("a5", "anonymous"),
], columns=["article_id", "source_kind"])


def test_choose_period_from_span_and_override():
    assert periods.choose_period(["2023-01-01", "2023-02-15"]) == "week"
    assert periods.choose_period(["2023-01-01", "2023-12-31"]) == "month"
    assert periods.choose_period(["2015-01-01", "2024-12-31"]) == "quarter"
    assert periods.choose_period(["1990-01-01", "2024-12-31"]) == "year"
    assert periods.choose_period(["2023-01-01", "2023-12-31"], "quarter") == "quarter"
    with pytest.raises(ValueError):
        periods.choose_period(["2023-01-01"], "fortnight")


def test_period_table_keeps_empty_periods_and_labels():
    table = periods.period_table(ARTICLES["date"], "month")
    assert list(table["period"]) == ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05"]
    assert table.iloc[1]["period_end"] == "2023-02-28"
    assert list(periods.assign(["2023-01-02", None], "week")) == ["2023-W01", None]
    assert list(periods.assign(["2023-05-02"], "quarter")) == ["2023Q2"]


def test_interactions_per_period_by_kind():
    table = changes.interactions_per_period(INTERACTIONS, ARTICLES, period="month")
    jan = table[table["period"] == "2023-01"].set_index("kind")["interactions"].to_dict()
    assert jan == {"meet": 2, "visit": 1}
    april = table[table["period"] == "2023-04"]
    assert len(april) == 1 and april.iloc[0]["interactions"] == 0 and april.iloc[0]["kind"] is None
    assert table["interactions"].sum() == len(INTERACTIONS)


def test_actor_periods_mentions_and_degree_merge_spellings():
    men = changes.actor_periods(ACTORS, INTERACTIONS, ARTICLES, period="month", measure="mentions", top=2)
    assert list(dict.fromkeys(men["actor"])) == ["Anna Berg", "Recep Erdogan"]  # 4 and 4 mentions; the spellings tie, so the first by name is shown
    erd = men[men["actor"] == "Recep Erdogan"].set_index("period")["value"].to_dict()
    assert erd["2023-01"] == 3 and erd["2023-05"] == 1 and erd["2023-04"] == 0
    deg = changes.actor_periods(ACTORS, INTERACTIONS, ARTICLES, period="month", measure="degree", top=10)
    totals = deg.groupby("actor")["value"].sum().to_dict()
    assert totals == {"Anna Berg": 4, "Norland": 4, "Recep Erdogan": 2, "Sudmark": 2}


def test_ties_new_gone_kept():
    ch = changes.tie_changes(INTERACTIONS, ARTICLES, period="month")
    feb = ch[ch["period"] == "2023-02"].set_index(["source", "target"])["status"].to_dict()
    assert feb == {("Anna Berg", "Norland"): "kept", ("Anna Berg", "Recep Erdogan"): "gone", ("Norland", "Sudmark"): "new"}
    mar = ch[ch["period"] == "2023-03"]
    assert set(mar["status"]) == {"gone"} and len(mar) == 2
    may = ch[ch["period"] == "2023-05"]
    assert list(may["status"]) == ["new"] and may.iloc[0]["source"] == "Recep Erdogan"
    summary = changes.tie_summary(ch, INTERACTIONS, ARTICLES, period="month")
    assert list(summary["ties"]) == [2, 2, 0, 0, 1]
    assert pd.isna(summary.iloc[0]["new"]) and summary.iloc[1]["new"] == 1
    both = changes.tie_tables(INTERACTIONS, ARTICLES, period="month")  # the notebook's one call
    assert both[0].equals(ch) and both[1].equals(summary)


def test_source_mix_per_period_shares():
    mix = changes.source_mix_per_period(ATTRIBUTIONS, ARTICLES, period="month")
    jan = mix[mix["period"] == "2023-01"].set_index("source_kind")
    assert jan.loc["government", "attributions"] == 2 and jan.loc["government", "share"] == pytest.approx(2 / 3, abs=1e-4)
    assert mix[mix["period"] == "2023-02"].iloc[0]["source_kind"] == "unknown"
    for _, g in mix[mix["attributions"] > 0].groupby("period"):
        assert g["share"].sum() == pytest.approx(1.0, abs=1e-3)


def _png(fig) -> bytes:
    from newslab.notebook.figures import save_figure
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        return save_figure(fig, Path(d) / "f.png").read_bytes()


def test_figures_are_deterministic_and_handle_empty_input():
    import matplotlib.pyplot as plt

    ch = changes.tie_changes(INTERACTIONS, ARTICLES)
    makers = [
        lambda: changes.plot_interactions_per_period(changes.interactions_per_period(INTERACTIONS, ARTICLES)),
        lambda: changes.plot_actor_heatmap(changes.actor_periods(ACTORS, INTERACTIONS, ARTICLES), "mentions"),
        lambda: changes.plot_tie_changes(changes.tie_summary(ch, INTERACTIONS, ARTICLES), ch),
        lambda: changes.plot_source_mix_per_period(changes.source_mix_per_period(ATTRIBUTIONS, ARTICLES)),
    ]
    for make in makers:
        a, b = make(), make()
        assert _png(a) == _png(b)
        plt.close(a)
        plt.close(b)
    empty = inter([])
    for fig in (changes.plot_interactions_per_period(changes.interactions_per_period(empty, ARTICLES)),
                changes.plot_tie_changes(changes.tie_summary(changes.tie_changes(empty, ARTICLES), empty, ARTICLES))):
        assert fig.axes
        plt.close(fig)


def test_period_edges_and_dynamic_gexf(tmp_path):
    edges = dynamic.period_edges(INTERACTIONS, ARTICLES, period="month")
    assert list(edges.columns) == dynamic.PERIOD_EDGE_COLUMNS
    jan = edges[(edges["period"] == "2023-01") & (edges["source"] == "Anna Berg") & (edges["target"] == "Norland")]
    assert set(jan["kind"]) == {"visit", "meet"} and jan["interactions"].sum() == 2
    path = dynamic.export_dynamic(INTERACTIONS, ARTICLES, tmp_path / "dyn.gexf", period="month", actors=ACTORS)
    root = ET.parse(path).getroot()
    graph = next(e for e in root.iter() if e.tag.endswith("graph"))
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    g = nx.read_gexf(path)
    berg = g.edges["Anna Berg", "Norland"]
    assert (berg["start"], berg["end"]) == ("2023-01-01", "2023-02-28")  # Jan and Feb merged into one spell
    erd = g.nodes["Recep Erdogan"]
    assert erd["spells"] == [("2023-01-01", "2023-01-31"), ("2023-05-01", "2023-05-31")]
    assert erd["type"] == "PERSON"
    assert berg["weight"] == 3
    # The dynamic attribute carries each period's weight.
    assert sorted(berg["interactions"]) == [(1, "2023-02-01", "2023-02-28"), (2, "2023-01-01", "2023-01-31")]
    first = path.read_bytes()
    dynamic.export_dynamic(INTERACTIONS, ARTICLES, path, period="month", actors=ACTORS)
    assert path.read_bytes() == first and b"lastmodifieddate" not in first


def test_store_types_and_old_dates():
    # The store gives Arrow dates: pandas datetimes (with NaT for a missing date) must work as ISO strings do.
    arts = ARTICLES.assign(date=pd.to_datetime(ARTICLES["date"]))
    arts.loc[4, "date"] = pd.NaT
    table = changes.interactions_per_period(INTERACTIONS, arts, period="month")
    assert list(dict.fromkeys(table["period"])) == ["2023-01", "2023-02", "2023-03"]
    assert table["interactions"].sum() == len(INTERACTIONS) - 1  # a5 has no date: in no period
    # Timelines reach back centuries, beyond pandas timestamps.
    assert list(periods.period_table(["0400-03-01", "0499-12-31"], "year")["period"])[:2] == ["0400", "0401"]
    assert periods.choose_period(["0400-03-01", "0499-12-31"]) == "decade"
    assert periods.choose_period(["0400-03-01", "2020-12-31"]) == "century"
    assert list(periods.period_table(["1890-03-01", "2021-01-05"], "century")["period"]) == ["1800s", "1900s", "2000s"]
    assert periods.period_table(["9995-01-01"], "decade").iloc[-1]["period_end"] == "9999-12-31"

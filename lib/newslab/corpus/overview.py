"""The corpus overview: what many articles say together (used by ``04_corpus_overview``).

The network and the timeline come from :mod:`newslab.corpus.network` and :mod:`newslab.corpus.timeline`;
this module adds the corpus-level tables those do not cover: one row per article, the mix of
sources (who is cited, how), and the key numbers written to ``summary.json``.
"""

from __future__ import annotations

from typing import Any, Sequence

import pandas as pd

from ..extract.analysis import corpus_table

ARTICLE_COLUMNS = ["article_id", "date", "paragraphs", "characters", "actors", "interactions", "timexes", "events", "attributions"]
MIX_COLUMNS = ["source_kind", "kind", "attributions", "articles", "share"]
SOURCE_COLUMNS = ["source", "source_kind", "attributions", "articles", "kinds"]


def article_table(analyses: Sequence) -> pd.DataFrame:
    """One row per article: its date, size and how much each stage found."""
    rows = [{
        "article_id": a.article.id, "date": a.article.date_iso, "paragraphs": len(a.article.paragraphs),
        "characters": len(a.article.body), "actors": len(a.actors), "interactions": len(a.interactions),
        "timexes": len(a.timexes), "events": len(a.events), "attributions": len(a.attributions),
    } for a in analyses]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS).sort_values(["date", "article_id"], ignore_index=True)


def _attributions(analyses: Sequence) -> pd.DataFrame:
    df = corpus_table(analyses, "attributions")
    df["source_kind"] = df["source_kind"].fillna("unknown")
    df["kind"] = df["kind"].fillna("unknown")
    return df


def source_mix(analyses: Sequence) -> pd.DataFrame:
    """Attributions by source kind and attribution kind (direct, indirect, according_to, mixed)."""
    df = _attributions(analyses)
    if df.empty:
        return pd.DataFrame(columns=MIX_COLUMNS)
    grouped = df.groupby(["source_kind", "kind"]).agg(attributions=("article_id", "size"), articles=("article_id", "nunique"))
    out = grouped.reset_index()
    out["share"] = (out["attributions"] / out["attributions"].sum()).round(4)
    return out.sort_values(["attributions", "source_kind", "kind"], ascending=[False, True, True], ignore_index=True)[MIX_COLUMNS]


def top_sources(analyses: Sequence, n: int = 15) -> pd.DataFrame:
    """The most cited sources across the corpus (canonical actor where resolved, else the source words)."""
    df = _attributions(analyses)
    if df.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    df["who"] = df["source_actor"].where(df["source_actor"].notna(), df["source"]).fillna("(implicit)")
    rows = []
    for who, g in df.groupby("who"):
        rows.append({"source": who, "source_kind": g["source_kind"].mode().sort_values().iloc[0],
                     "attributions": len(g), "articles": g["article_id"].nunique(), "kinds": sorted(set(g["kind"]))})
    out = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    return out.sort_values(["attributions", "source"], ascending=[False, True], ignore_index=True).head(n)


def plot_source_mix(mix: pd.DataFrame, title: str = "Who is cited, and how"):
    """A horizontal stacked bar per source kind, split by attribution kind."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 1.6 + 0.4 * (mix["source_kind"].nunique() if not mix.empty else 1)))
    if mix.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no attributions found", ha="center", va="center", transform=ax.transAxes)
        return fig
    table = mix.pivot_table(index="source_kind", columns="kind", values="attributions", aggfunc="sum", fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values().index]
    table.plot.barh(stacked=True, ax=ax, width=0.7, colormap="tab10")
    ax.set_xlabel("attributions")
    ax.set_ylabel("")
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="attribution kind", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    return fig


def summary(analyses: Sequence, failures: Sequence, graph, timeline: pd.DataFrame, mix: pd.DataFrame) -> dict[str, Any]:
    """Key numbers of the overview for ``summary.json`` (plain types, deterministic)."""
    dates = sorted(a.article.date_iso for a in analyses)
    return {
        "articles": len(analyses),
        "unreadable_seeds": len(failures),
        "first_article": dates[0] if dates else None,
        "last_article": dates[-1] if dates else None,
        "actors_merged": int(graph.number_of_nodes()),
        "interactions": int(graph.number_of_edges()),
        "timeline_items": int(len(timeline)),
        "attributions": int(mix["attributions"].sum()) if not mix.empty else 0,
        "source_kinds": {str(r.source_kind): int(r.attributions) for r in mix.groupby("source_kind", as_index=False)["attributions"].sum().itertuples()} if not mix.empty else {},
    }


MERGED_COLUMNS = ["name", "type", "articles", "mentions", "article_ids"]


def merged_actors(analyses: Sequence) -> pd.DataFrame:
    """Every actor of every article, merged across articles by canonical name and type."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for a in analyses:
        for r in a.actors.to_dict(orient="records"):
            key = (str(r["name"]), str(r["type"]))
            row = rows.setdefault(key, {"name": key[0], "type": key[1], "mentions": 0, "article_ids": set()})
            row["mentions"] += len(r.get("mentions") or [])
            row["article_ids"].add(a.article.id)
    out = [{**r, "articles": len(r["article_ids"]), "article_ids": sorted(r["article_ids"])} for r in rows.values()]
    df = pd.DataFrame(out, columns=MERGED_COLUMNS)
    return df.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], ignore_index=True)

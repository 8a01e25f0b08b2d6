"""One actor across the corpus (issue 11, part 3): the tables behind ``06_actor_profile``.

Everything is read from the corpus store (:class:`newslab.corpus.api.CorpusStore`) with filters
pushed down: the actor's rows by ``corpus_actor_id``, then only the articles it appears in. Within
an article, interactions, events and attributions name actors by their canonical name, so each
article's own name for the actor (``actors.name``) is the join key there.

    p = build_profile(store, find_actor(store, "Lindqvist"), date_from="2024-01-01")
    p.appearances, p.partners, p.partner_evidence, p.said, p.said_about, p.events
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import NewslabError

#: The tables a profile writes, as ``tables/<name>.csv``.
PROFILE_TABLES = ("appearances", "partners", "partner_evidence", "said", "said_about", "events")


class ActorNotFound(NewslabError):
    """The ``actor`` asked for is no actor of the store."""


def _date(value) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value):
        return None
    if isinstance(value, dt.datetime):  # pandas Timestamps (DuckDB results) too: compare as dates
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def central_actors(store, limit: int = 20) -> pd.DataFrame:
    """Corpus actors by weighted degree (interactions they take part in, as source or target),
    then by number of articles: ``corpus_actor_id``, ``name``, ``degree``, ``articles``."""
    top = store.sql(f"""
        WITH ends AS (SELECT article_id, source AS name FROM interactions WHERE source <> target
                      UNION ALL SELECT article_id, target FROM interactions WHERE source <> target),
             deg AS (SELECT a.corpus_actor_id, count(*) AS degree FROM ends
                     JOIN actors a ON a.article_id = ends.article_id AND a.name = ends.name GROUP BY 1)
        SELECT c.corpus_actor_id, c.name, coalesce(deg.degree, 0) AS degree, c.articles
        FROM corpus_actors c LEFT JOIN deg USING (corpus_actor_id)
        ORDER BY degree DESC, c.articles DESC, c.mentions DESC, c.name, c.corpus_actor_id LIMIT {int(limit)}""")
    return top.reset_index(drop=True)


def find_actor(store, actor: str = "") -> str:
    """The ``corpus_actor_id`` of ``actor``: an id, a name or an alias seen (case-insensitive; the
    actor in most articles wins), or, when empty, the most central actor of the corpus."""
    actor = str(actor or "").strip()
    if not actor:
        top = central_actors(store, limit=1)
        if top.empty:
            raise ActorNotFound("the store has no actors")
        return str(top.corpus_actor_id.iloc[0])
    table = store.table("corpus_actors", columns=["corpus_actor_id", "name", "aliases", "articles", "mentions"])
    if actor in set(table.corpus_actor_id):
        return actor
    want = actor.casefold()
    for match in (table.name.str.casefold() == want,
                  table.aliases.map(lambda names: any(str(n).casefold() == want for n in names or []))):
        hits = table[match].sort_values(["articles", "mentions", "corpus_actor_id"], ascending=[False, False, True])
        if len(hits):
            return str(hits.corpus_actor_id.iloc[0])
    close = difflib.get_close_matches(actor, list(table.name), n=5, cutoff=0.6)
    hint = f"; close names: {', '.join(close)}" if close else "; see tables corpus_actors or central_actors(store)"
    raise ActorNotFound(f"no actor {actor!r} in the store{hint}")


@dataclass
class ActorProfile:
    """One actor's rows across the corpus (in a date range), as DataFrames."""

    actor: dict
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    appearances: pd.DataFrame = field(default_factory=pd.DataFrame)
    partner_evidence: pd.DataFrame = field(default_factory=pd.DataFrame)
    partners: pd.DataFrame = field(default_factory=pd.DataFrame)
    said: pd.DataFrame = field(default_factory=pd.DataFrame)
    said_about: pd.DataFrame = field(default_factory=pd.DataFrame)
    events: pd.DataFrame = field(default_factory=pd.DataFrame)

    def summary(self) -> dict:
        """Counts and the actor's identity, for ``summary.json``."""
        a = self.appearances
        return {
            "corpus_actor_id": self.actor["corpus_actor_id"], "name": self.actor["name"], "type": self.actor["type"],
            "kind": self.actor["kind"], "aliases": list(self.actor["aliases"]),
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "articles": int(a.article_id.nunique()) if len(a) else 0,
            "articles_in_corpus": int(self.actor["articles"]),
            "first_date": _iso(a.date.dropna().min()) if len(a) else None,
            "last_date": _iso(a.date.dropna().max()) if len(a) else None,
            "roles": sorted({r for r in a.role.dropna()}) if len(a) else [],
            "partners": int(self.partners.partner_id.nunique()) if len(self.partners) else 0,
            "interactions": len(self.partner_evidence), "said": len(self.said),
            "said_about": len(self.said_about), "events": len(self.events),
        }


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else None


def build_profile(store, corpus_actor_id: str, date_from=None, date_to=None) -> ActorProfile:
    """The profile of one corpus actor, over articles dated ``date_from``..``date_to`` (inclusive;
    None for an open end; undated articles only when no range is given)."""
    lo, hi = _date(date_from), _date(date_to)
    found = store.table("corpus_actors", where={"corpus_actor_id": corpus_actor_id})
    if found.empty:
        raise ActorNotFound(f"no actor with id {corpus_actor_id!r} in the store")
    actor = found.iloc[0].to_dict()
    rows = store.table("actors", columns=["article_id", "actor_id", "name", "aliases", "role", "rank", "affiliation",
                                          "mentions"], where={"corpus_actor_id": corpus_actor_id})
    arts = store.table("articles", columns=["article_id", "date", "path"],
                       where={"article_id": sorted(set(rows.article_id))} if len(rows) else {"article_id": []})
    if lo or hi:
        arts = arts[arts.date.map(lambda d: d is not None and (lo is None or d >= lo) and (hi is None or d <= hi))]
    rows = rows.merge(arts, on="article_id").sort_values(["date", "article_id", "actor_id"], na_position="last",
                                                          ignore_index=True)
    profile = ActorProfile(actor=actor, date_from=lo, date_to=hi)
    profile.appearances = pd.DataFrame({
        "article_id": rows.article_id, "date": rows.date, "name": rows.name,
        "as_written": rows.aliases.map(lambda a: "; ".join(a or [])), "role": rows.role, "rank": rows["rank"],
        "affiliation": rows.affiliation, "mentions": rows.mentions.map(lambda m: len(m or [])), "path": rows.path})
    ids = sorted(set(rows.article_id))
    where = {"article_id": ids}
    own = {(a, n) for a, n in zip(rows.article_id, rows.name)}
    dates = dict(zip(arts.article_id, arts.date))
    profile.partner_evidence = _partner_evidence(store, where, own, dates, corpus_actor_id)
    profile.partners = _partners(profile.partner_evidence)
    profile.said, profile.said_about = _attributions(store, where, rows, dates)
    profile.events = _events(store, where, own, dates)
    return profile


def _names_to_ids(store, where) -> dict[tuple[str, str], tuple[str, str]]:
    """(article_id, name) -> (corpus_actor_id, corpus name), for the articles in ``where``."""
    actors = store.table("actors", columns=["article_id", "name", "corpus_actor_id"], where=where)
    names = store.table("corpus_actors", columns=["corpus_actor_id", "name"],
                        where={"corpus_actor_id": sorted(set(actors.corpus_actor_id.dropna()))})
    display = dict(zip(names.corpus_actor_id, names.name))
    return {(a, n): (c, display.get(c, n)) for a, n, c in zip(actors.article_id, actors.name, actors.corpus_actor_id)}


EVIDENCE_COLUMNS = ["article_id", "date", "kind", "direction", "partner", "partner_id", "partner_as_written", "verb",
                    "negated", "sentence"]


def _partner_evidence(store, where, own, dates, cid) -> pd.DataFrame:
    """Every interaction of the actor: the partner (as a corpus actor), the kind, who acted, the sentence."""
    if not where["article_id"]:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    inter = store.table("interactions", columns=["article_id", "source", "target", "kind", "verb", "negated",
                                                 "sentence"], where=where)
    lookup = _names_to_ids(store, where)
    out = []
    for r in inter.itertuples(index=False):
        src, tgt = (r.article_id, r.source) in own, (r.article_id, r.target) in own
        if src == tgt:  # not the actor's, or the actor with itself
            continue
        other = r.target if src else r.source
        pid, pname = lookup.get((r.article_id, other), (None, other))
        if pid == cid:
            continue
        out.append({"article_id": r.article_id, "date": dates.get(r.article_id), "kind": r.kind,
                    "direction": "to" if src else "from", "partner": pname, "partner_id": pid,
                    "partner_as_written": other, "verb": r.verb, "negated": bool(r.negated), "sentence": r.sentence})
    df = pd.DataFrame(out, columns=EVIDENCE_COLUMNS)
    return df.sort_values(["date", "article_id", "kind", "partner"], na_position="last", ignore_index=True)


def _partners(evidence: pd.DataFrame) -> pd.DataFrame:
    """Partners by edge kind: interactions, articles, first and last date, one example sentence."""
    cols = ["partner", "partner_id", "kind", "interactions", "articles", "first_date", "last_date", "example"]
    if evidence.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (pid, kind), g in evidence.groupby(["partner_id", "kind"], dropna=False, sort=False):
        d = g.date.dropna()
        rows.append({"partner": g.partner.iloc[0], "partner_id": pid, "kind": kind, "interactions": len(g),
                     "articles": g.article_id.nunique(), "first_date": d.min() if len(d) else None,
                     "last_date": d.max() if len(d) else None, "example": g.sentence.iloc[0]})
    return pd.DataFrame(rows, columns=cols).sort_values(["interactions", "articles", "partner", "kind"],
                                                        ascending=[False, False, True, True], ignore_index=True)


SAID_COLUMNS = ["article_id", "date", "source", "source_actor", "kind", "cue", "content"]


def _inside(span, spans) -> bool:
    return bool(span) and any(m and span[0] <= m[0] and m[1] <= span[1] for m in spans)


def _attributions(store, where, rows, dates) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What the actor said (it is the source) and what others said about it (one of its mentions
    lies inside the attributed content)."""
    if not where["article_id"]:
        return pd.DataFrame(columns=SAID_COLUMNS), pd.DataFrame(columns=SAID_COLUMNS)
    attrs = store.table("attributions", columns=["article_id", "source", "source_actor", "kind", "cue", "content",
                                                 "content_span"], where=where)
    names: dict[str, set[str]] = {}
    spans: dict[str, list] = {}
    for a, n, m in zip(rows.article_id, rows.name, rows.mentions):
        names.setdefault(a, set()).add(n)
        spans.setdefault(a, []).extend(m or [])
    said, about = [], []
    for r in attrs.itertuples(index=False):
        row = {"article_id": r.article_id, "date": dates.get(r.article_id), "source": r.source,
               "source_actor": r.source_actor, "kind": r.kind, "cue": r.cue, "content": r.content}
        if r.source_actor in names.get(r.article_id, ()):
            said.append(row)
        elif _inside(r.content_span, spans.get(r.article_id, [])):
            about.append(row)
    return (pd.DataFrame(said, columns=SAID_COLUMNS), pd.DataFrame(about, columns=SAID_COLUMNS))


EVENT_COLUMNS = ["article_id", "article_date", "event_id", "summary", "trigger", "date_value", "date_start",
                 "date_end", "anchor", "sentence"]


def _events(store, where, own, dates) -> pd.DataFrame:
    """Events whose actors include the actor, by date (the article date when the event has none)."""
    if not where["article_id"]:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    ev = store.table("events", columns=["article_id", "event_id", "summary", "trigger", "date_value", "date_start",
                                        "date_end", "anchor", "actors", "sentence"], where=where)
    keep = [any((a, n) in own for n in (names or [])) for a, names in zip(ev.article_id, ev.actors)]
    ev = ev[keep].assign(article_date=lambda d: d.article_id.map(dates))
    ev = ev.assign(sentence=ev.sentence.map(lambda s: str(s).strip()))
    key = ev.date_start.where(ev.date_start.notna(), ev.article_date) if len(ev) else ev.article_date
    ev = ev.assign(_key=key).sort_values(["_key", "article_id", "event_id"], na_position="last")
    return ev.reindex(columns=EVENT_COLUMNS).reset_index(drop=True)


def write_profile(profile: ActorProfile, out: str | Path) -> dict:
    """Write ``tables/<name>.csv`` for every table and ``summary.json`` under ``out``; the summary."""
    from ..files import atomic_write_text, write_csv

    out = Path(out)
    for name in PROFILE_TABLES:
        write_csv(getattr(profile, name), out / "tables" / f"{name}.csv")
    summary = profile.summary()
    atomic_write_text(out / "summary.json", json.dumps(summary, sort_keys=True, indent=1, ensure_ascii=False) + "\n")
    return summary


def plot_appearances(profile: ActorProfile):
    """Articles naming the actor per month (a bar chart): when it was in the news."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 3))
    dated = profile.appearances.dropna(subset=["date"])
    if dated.empty:
        ax.text(0.5, 0.5, "no dated article", ha="center", va="center", transform=ax.transAxes)
    else:
        months = pd.PeriodIndex([pd.Period(d, "M") for d in dated.date])
        counts = dated.groupby(months).article_id.nunique()
        full = pd.period_range(counts.index.min(), counts.index.max(), freq="M")
        counts = counts.reindex(full, fill_value=0)
        ax.bar(range(len(counts)), counts.values, color="#4c72b0")
        step = max(1, len(counts) // 12)
        ax.set_xticks(range(0, len(counts), step), [str(p) for p in counts.index[::step]], rotation=45, ha="right")
        ax.set_ylabel("articles")
    ax.set_title(f"{profile.actor['name']}: articles per month", loc="left")
    fig.tight_layout()
    return fig


def plot_events(profile: ActorProfile, max_events: int = 30):
    """The actor's dated events on a time axis (most recent at the top), at most ``max_events``."""
    import matplotlib.pyplot as plt

    ev = profile.events.copy()
    ev["when"] = ev.date_start.where(ev.date_start.notna(), ev.article_date) if len(ev) else []
    ev = ev.dropna(subset=["when"])
    total = len(ev)
    ev = ev.tail(max_events)
    fig, ax = plt.subplots(figsize=(9, max(2.5, 0.32 * len(ev) + 1.2)))
    if ev.empty:
        ax.text(0.5, 0.5, "no dated event", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    else:
        when = pd.to_datetime(ev["when"].astype(str))
        ax.scatter(when, range(len(ev)), color=["#dd8452" if d is None else "#4c72b0" for d in ev.date_start], zorder=3)
        labels = [(s if len(s) <= 60 else s[:57] + "...") for s in ev.summary.fillna(ev.trigger).astype(str)]
        ax.set_yticks(range(len(ev)), labels, fontsize=8)
        ax.grid(axis="x", alpha=0.3)
        import matplotlib.dates as mdates

        locator = mdates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    shown = f"the {len(ev)} latest of {total} events" if total > len(ev) else "events"
    ax.set_title(f"{profile.actor['name']}: {shown} (orange: dated by the article only)", loc="left")
    fig.tight_layout()
    return fig

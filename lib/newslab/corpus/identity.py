"""The corpus actors table: one row per actor across all articles (issue 11, part 1).

Which per-article actors are the same is decided by :func:`newslab.extract.identity.resolve`
(re-exported here); this module folds the resolved rows into one row per ``corpus_actor_id``.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from ..extract.identity import canonical_names, resolve

__all__ = ["resolve", "corpus_actors", "CORPUS_ACTOR_COLUMNS"]

CORPUS_ACTOR_COLUMNS = ["corpus_actor_id", "name", "type", "kind", "aliases", "articles", "mentions",
                        "first_date", "last_date", "roles", "affiliations", "article_ids"]


def _mode(values) -> str | None:
    """The most frequent non-empty value, alphabetically first on ties."""
    c = Counter(str(v) for v in values if isinstance(v, str) and v)
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if c else None


def _iso(value) -> str | None:
    """An article date as ``YYYY-MM-DD`` (str, date or Timestamp in; None for missing)."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    if hasattr(value, "date") and callable(value.date):  # Timestamp / datetime
        value = value.date()
    return value.isoformat() if hasattr(value, "isoformat") else str(value)[:10]


def _seen(pairs: list[tuple[str, str | None, str]]) -> list[dict]:
    """[(value, date, article_id)] -> one dict per value: first and last date and number of articles."""
    by_value: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
    for value, date, art in pairs:
        if isinstance(value, str) and value:
            by_value[value].append((date, art))
    out = []
    for value, seen in by_value.items():
        dates = sorted(d for d, _ in seen if d)
        out.append({"value": value, "first_date": dates[0] if dates else None,
                    "last_date": dates[-1] if dates else None, "articles": len({a for _, a in seen})})
    return sorted(out, key=lambda d: (d["first_date"] or "", d["value"]))


def corpus_actors(actors: pd.DataFrame, articles: pd.DataFrame | None = None,
                  resolved: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per corpus actor: id, canonical name, type, aliases seen, articles, dates, roles, affiliations.

    ``actors`` is the corpus actors table (one row per actor per article, with ``article_id``);
    ``articles`` (``article_id``, ``date``) gives the dates, which are None without it. Pass
    ``resolved`` (the output of :func:`resolve`) to skip resolving again. A ``mention_count``
    column, when present, is used instead of counting ``mentions``. Sorted by number of
    articles, then mentions, then name.
    """
    res = resolved if resolved is not None else resolve(actors, articles)
    if res.empty:
        return pd.DataFrame(columns=CORPUS_ACTOR_COLUMNS)
    dates: dict[str, str] = {}
    if articles is not None and not articles.empty:
        dates = {str(a): _iso(d) for a, d in zip(articles["article_id"], articles["date"])}
    names = canonical_names(res)
    # One pass over plain columns: a pandas groupby per actor costs milliseconds each at corpus scale.
    n = len(res)
    col = {c: (list(res[c]) if c in res else [None] * n) for c in
           ("corpus_actor_id", "article_id", "name", "type", "kind", "aliases", "mentions", "role", "affiliation")}
    # the store passes span counts (``mention_count``) rather than the spans themselves
    counts = list(res["mention_count"]) if "mention_count" in res else [len(m or []) for m in col["mentions"]]
    acc: dict[str, dict] = {}
    for i in range(n):
        cid, art = col["corpus_actor_id"][i], str(col["article_id"][i])
        a = acc.setdefault(cid, {"types": [], "kinds": [], "aliases": set(), "articles": set(), "mentions": 0,
                                 "dates": [], "roles": [], "affiliations": []})
        date = dates.get(art)
        a["types"].append(col["type"][i])
        a["kinds"].append(col["kind"][i])
        a["aliases"].add(str(col["name"][i]))
        a["aliases"].update(str(x) for x in (col["aliases"][i] or []))
        a["articles"].add(art)
        a["mentions"] += int(counts[i])
        if date:
            a["dates"].append(date)
        a["roles"].append((col["role"][i], date, art))
        a["affiliations"].append((col["affiliation"][i], date, art))
    rows = [{
        "corpus_actor_id": cid, "name": names[cid], "type": _mode(a["types"]), "kind": _mode(a["kinds"]),
        "aliases": sorted(a["aliases"]), "articles": len(a["articles"]), "mentions": a["mentions"],
        "first_date": min(a["dates"]) if a["dates"] else None, "last_date": max(a["dates"]) if a["dates"] else None,
        "roles": _seen(a["roles"]), "affiliations": _seen(a["affiliations"]), "article_ids": sorted(a["articles"]),
    } for cid, a in sorted(acc.items())]
    out = pd.DataFrame(rows, columns=CORPUS_ACTOR_COLUMNS)
    return out.sort_values(["articles", "mentions", "name", "corpus_actor_id"], ascending=[False, False, True, True],
                           ignore_index=True)

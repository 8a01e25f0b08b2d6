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
    ``resolved`` (the output of :func:`resolve`) to skip resolving again. Sorted by number of
    articles, then mentions, then name.
    """
    res = resolved if resolved is not None else resolve(actors, articles)
    if res.empty:
        return pd.DataFrame(columns=CORPUS_ACTOR_COLUMNS)
    dates: dict[str, str] = {}
    if articles is not None and not articles.empty:
        dates = {str(a): (str(d) if d is not None and d == d else None) for a, d in zip(articles["article_id"], articles["date"])}
    res = res.assign(_date=[dates.get(str(a)) for a in res["article_id"]])
    names = canonical_names(res)
    rows = []
    for cid, g in res.groupby("corpus_actor_id", sort=True):
        aliases = set(g["name"].astype(str))
        for al in g["aliases"] if "aliases" in g else []:
            aliases.update(str(x) for x in (al or []))
        mentions = sum(len(m or []) for m in g["mentions"]) if "mentions" in g else 0
        day = sorted(d for d in g["_date"] if d)
        rows.append({
            "corpus_actor_id": cid, "name": names[cid], "type": _mode(g["type"]), "kind": _mode(g["kind"]),
            "aliases": sorted(aliases), "articles": int(g["article_id"].nunique()), "mentions": int(mentions),
            "first_date": day[0] if day else None, "last_date": day[-1] if day else None,
            "roles": _seen(list(zip(g["role"], g["_date"], g["article_id"]))),
            "affiliations": _seen(list(zip(g["affiliation"], g["_date"], g["article_id"]))),
            "article_ids": sorted(set(map(str, g["article_id"]))),
        })
    out = pd.DataFrame(rows, columns=CORPUS_ACTOR_COLUMNS)
    return out.sort_values(["articles", "mentions", "name", "corpus_actor_id"], ascending=[False, False, True, True],
                           ignore_index=True)

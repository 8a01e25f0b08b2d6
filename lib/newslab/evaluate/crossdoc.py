"""Cross-document actor score: are gold mentions of one real actor in different articles merged?

Gold: named mentions (``entities``) with a ``kb_id`` (a Wikipedia title); two such mentions in
different articles are the same actor exactly when their ``kb_id`` is equal. System: each gold
mention goes to the system actor of its article whose mention fits it best (largest character
overlap), and two gold mentions are merged when their system actors share a corpus key. Precision,
recall and F1 are over unordered pairs of gold mentions in different articles; a gold mention no
system mention fits (character Jaccard at least ``MIN_FIT``) is merged with nothing.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd

from ..extract.identity import merge_key_by_name, resolve
from .scoring import EvalSection, GoldDoc, char_jaccard, prf

#: Gold types scored (OTHER is not an actor type; the mention score leaves it out too).
SCORED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
#: Smallest character Jaccard overlap for a system mention to stand for a gold mention: below it the
#: system mention is only a part ("United States" inside "the President of the United States").
MIN_FIT = 0.5
PAIR_COLUMNS = ["merging", "gold_mentions", "linked", "gold_pairs", "sys_pairs", "tp", "P", "R", "F1"]


def gold_mentions(docs: Sequence[GoldDoc]) -> pd.DataFrame:
    """One row per named gold mention with a ``kb_id``: article_id, start, end, kb_id."""
    rows = [{"article_id": d.article.id, "start": e["span"][0], "end": e["span"][1], "kb_id": e["kb_id"]}
            for d in docs for e in d.gold.get("entities", [])
            if e.get("kb_id") and e.get("type") in SCORED_TYPES]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "kb_id"])


def link_mentions(gold: pd.DataFrame, actors: pd.DataFrame, keys: Sequence[str]) -> list[str | None]:
    """For each gold mention, the key of the system actor whose mention overlaps it most (None if none)."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for art, mentions, key in zip(actors["article_id"], actors["mentions"], keys):
        for m in mentions or []:
            spans.setdefault(art, []).append((int(m[0]), int(m[1]), key))
    out: list[str | None] = []
    for art, s, e in zip(gold["article_id"], gold["start"], gold["end"]):
        best = max(((char_jaccard((s, e), (a, b)), key) for a, b, key in spans.get(art, []) if a < e and s < b),
                   default=None, key=lambda t: (t[0], t[1]))
        if best and best[0] < MIN_FIT:
            best = None
        out.append(best[1] if best else None)
    return out


def oracle_keys(gold: pd.DataFrame, actors: pd.DataFrame) -> list[str | None]:
    """Keys of a perfect cross-article merge on top of this extraction: each per-article system actor
    takes the most common ``kb_id`` of the gold mentions linked to it (ties: alphabetically first)."""
    rows = [f"{a}#{i}" for a, i in zip(actors["article_id"], range(len(actors)))]
    linked = link_mentions(gold, actors, rows)
    votes: dict[str, dict[str, int]] = {}
    for row, kb in zip(linked, gold["kb_id"]):
        if row is not None:
            votes.setdefault(row, {}).setdefault(kb, 0)
            votes[row][kb] += 1
    best = {row: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for row, v in votes.items()}
    return [best[row] if row is not None else None for row in linked]


def _cross_pairs(df: pd.DataFrame, by: list[str]) -> int:
    """Unordered pairs of rows in different articles that agree on ``by``."""
    if df.empty:
        return 0
    per_group = df.groupby(by).size()
    per_article = df.groupby(by + ["article_id"]).size()
    return int(((per_group ** 2).sum() - (per_article ** 2).sum()) // 2)


def pairwise(gold: pd.DataFrame, linked: Sequence[str | None]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of system merges against gold ``kb_id`` identity."""
    df = gold.assign(sys=list(linked))
    hit = df[df["sys"].notna()]
    n_gold, n_sys = _cross_pairs(df, ["kb_id"]), _cross_pairs(hit, ["sys"])
    tp = _cross_pairs(hit, ["kb_id", "sys"])
    p, r, f = prf(tp, n_sys, n_gold)
    return {"gold_mentions": len(df), "linked": len(hit), "gold_pairs": n_gold, "sys_pairs": n_sys, "tp": tp,
            "P": p, "R": r, "F1": f}


def article_pairs(gold: pd.DataFrame, linked: Sequence[str | None]) -> pd.DataFrame:
    """Per article, the cross-article pairs its gold mentions take part in: ``tp`` (merged, same ``kb_id``),
    ``false`` (merged, other ``kb_id``) and ``missed`` (same ``kb_id``, not merged). A pair counts in both of
    its articles, so one article's share shows whether a score rests on a few documents."""
    df = gold.assign(sys=list(linked))
    hit = df[df["sys"].notna()]

    def per_article(frame: pd.DataFrame, by: list[str]) -> pd.Series:
        if frame.empty:
            return pd.Series(dtype="int64")
        counts = frame.groupby(by + ["article_id"]).size().rename("n").reset_index()
        totals = counts.groupby(by)["n"].transform("sum")
        return (counts["n"] * (totals - counts["n"])).groupby(counts["article_id"]).sum()

    out = pd.DataFrame({"gold": per_article(df, ["kb_id"]), "sys": per_article(hit, ["sys"]),
                        "tp": per_article(hit, ["kb_id", "sys"])}).fillna(0).astype("int64")
    out = out.reindex(sorted(set(df["article_id"]))).fillna(0).astype("int64")
    out["false"], out["missed"] = out["sys"] - out["tp"], out["gold"] - out["tp"]
    out.index.name = "article_id"
    return out[["tp", "false", "missed"]].reset_index()


def _top_articles(per: pd.DataFrame, column: str, n: int = 3) -> str:
    """The ``n`` articles with most ``column`` pairs, each with the share of all such pairs it is a side of."""
    pairs = int(per[column].sum()) // 2  # each pair counts in both its articles
    if not pairs:
        return "none"
    top = per.sort_values([column, "article_id"], ascending=[False, True]).head(n)
    parts = ", ".join(f"{a} {int(v)} ({v / pairs:.0%})" for a, v in zip(top["article_id"], top[column]) if v)
    return f"{pairs} in {int((per[column] > 0).sum())} articles; most: {parts}"


def score_crossdoc(docs: Sequence[GoldDoc], actors: pd.DataFrame) -> list[EvalSection]:
    """The pairwise cross-document section: merging by name (today), by ``corpus_actor_id``, and the oracle bound.

    ``actors`` is the corpus actors table (``corpus_table(analyses, "actors")``).
    """
    gold = gold_mentions(docs)
    if gold.empty or gold["article_id"].nunique() < 2:
        return []
    resolved = resolve(actors)
    rows = [{"merging": "name", **pairwise(gold, link_mentions(gold, actors, list(merge_key_by_name(actors))))},
            {"merging": "corpus_actor_id",
             **pairwise(gold, link_mentions(gold, resolved, list(resolved["corpus_actor_id"])))},
            {"merging": "oracle", **pairwise(gold, oracle_keys(gold, actors))}]
    per = article_pairs(gold, link_mentions(gold, resolved, list(resolved["corpus_actor_id"])))
    notes = ["gold: named mentions with a kb_id (Wikipedia title), OTHER left out; same kb_id in different articles = same actor",
             f"each gold mention goes to the system actor whose mention overlaps it most (character Jaccard >= {MIN_FIT}, else unlinked); pairs are of gold mentions in different articles",
             "oracle: each system actor keyed by the most common kb_id of the gold mentions linked to it: the best any cross-article merge can do on this extraction",
             "name: today's merge by canonical name and type (corpus.overview.merged_actors); corpus_actor_id: extract.identity.resolve",
             f"corpus_actor_id true pairs: {_top_articles(per, 'tp')}",
             f"corpus_actor_id false pairs: {_top_articles(per, 'false')}",
             "per article: pairs with a mention of the article on one side (share of all such pairs); a pair counts in both its articles"]
    return [EvalSection("Cross-document actors (pairwise)", pd.DataFrame(rows, columns=PAIR_COLUMNS), notes)]

"""Where the cross-document score loses pairs: false pairs by system actor, missed pairs by gold title.

A diagnostic beside ``evaluate.crossdoc`` (it computes no score of its own and changes none):

* false pairs: two gold mentions in different articles with different ``kb_id`` that one system
  corpus key merges; listed per system key with the gold titles it takes and their surface forms,
  and split into ``merged`` (the two per-article actors have different oracle titles: the
  cross-article merge joined them) and ``in_actor`` (the oracle keys both actors alike: one
  per-article actor already holds gold mentions of several titles, which no merge rule can undo);
* missed pairs: two gold mentions of one ``kb_id`` in different articles that the system leaves
  apart; listed per gold title with the system keys it is split over (and ``(unlinked)`` for gold
  mentions no system mention fits) and their surface forms; ``oracle_tp`` is what the oracle keeps
  of the title's pairs (``oracle_tp - tp``: what a better merge could still win there);
* missed pairs by category: what separates each missed pair (no system mention, a gold name inside a
  longer system mention, an actor the oracle keys by another title, a key kept to its article, a person
  key against another kind, two different names);
* per article: the true, false and missed pairs each article's gold mentions take part in, the distinct
  articles each false and missed category touches, and with ``--before OLD.csv`` (written by ``--save`` before
  a change of code or records) the pairs a change won and lost per article, so that a gain resting on one
  document shows as such;
* stray mentions: gold mentions whose title is not their per-article actor's oracle title (a
  gold span larger than the system's, "Emperor of the United States" on the state's "United
  States"), with the false pairs each makes with its key's other titles in other articles.

From a script: ``python -m newslab.evaluate.crossdoc_errors GOLD_DIR RECORDS.jsonl [--top N] [--save NOW.csv] [--before OLD.csv]``
reads the per-article records of ``newslab analyze GOLD_DIR`` instead of analysing again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

import pandas as pd

from ..extract.identity import resolve
from .crossdoc import article_pairs, gold_mentions, link_mentions, oracle_keys
from .scoring import GoldDoc, load_gold

UNLINKED = "(unlinked)"
#: How many parts (titles or keys) and surface forms to show per row.
PARTS, FORMS = 4, 3


def _cross(counts: pd.Series) -> int:
    """Pairs in different articles among mentions counted per article (``counts`` per article)."""
    total = int(counts.sum())
    return (total * total - int((counts ** 2).sum())) // 2


def _forms(rows: pd.DataFrame) -> str:
    """The most common surface forms of some gold mentions, with counts."""
    common = sorted(Counter(rows["text"]).items(), key=lambda kv: (-kv[1], kv[0]))[:FORMS]
    return ", ".join(f"{t!r}x{n}" for t, n in common)


def _parts(rows: pd.DataFrame, column: str) -> str:
    """The largest groups of ``rows`` by ``column``: name, articles, surface forms."""
    per = rows.groupby(column)["article_id"].nunique()
    ranked = sorted(per.items(), key=lambda kv: (-kv[1], str(kv[0])))[:PARTS]
    return " | ".join(f"{k} [{n} art: {_forms(rows[rows[column] == k])}]" for k, n in ranked)


def linked_table(docs: Sequence[GoldDoc], actors: pd.DataFrame) -> pd.DataFrame:
    """Gold mentions with their surface ``text``, the readable system ``sys`` key (``corpus_key``)
    and the ``oracle`` title of their per-article actor."""
    gold = gold_mentions(docs)
    bodies = {d.article.id: d.article.body for d in docs}
    gold["text"] = [bodies[a][s:e] for a, s, e in zip(gold["article_id"], gold["start"], gold["end"])]
    resolved = resolve(actors)
    gold["sys"] = link_mentions(gold, resolved, list(resolved["corpus_key"]))
    gold["oracle"] = oracle_keys(gold[["article_id", "start", "end", "kb_id"]], actors)
    return gold


def false_pairs(linked: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """System keys that merge gold mentions of different titles, most false pairs first; ``articles``: the
    distinct articles holding the odd side of the key's false pairs (a title other than the key's main one)."""
    hit = false_sides(linked)
    rows = []
    for key, g in hit.groupby("sys"):
        pairs = _cross(g.groupby("article_id").size())
        same = sum(_cross(k.groupby("article_id").size()) for _, k in g.groupby("kb_id"))
        # false pairs between actors the oracle keys alike are not the merge's doing
        alike = sum(_cross(k.groupby("article_id").size()) for _, k in g.groupby("oracle"))
        alike -= sum(_cross(k.groupby("article_id").size()) for _, k in g.groupby(["oracle", "kb_id"]))
        if pairs > same:
            rows.append({"sys": key, "false": pairs - same, "merged": pairs - same - alike, "in_actor": alike,
                         "tp": same, "articles": g.loc[(g["false_with"] > 0) & g["off_main"], "article_id"].nunique(),
                         "titles": _parts(g, "kb_id")})
    out = pd.DataFrame(rows, columns=["sys", "false", "merged", "in_actor", "tp", "articles", "titles"])
    return out.sort_values(["false", "sys"], ascending=[False, True]).head(top).reset_index(drop=True)


def _others(df: pd.DataFrame, by: list[str]) -> pd.Series:
    """For each row, the rows in other articles that agree with it on ``by``."""
    if df.empty:
        return pd.Series(0, index=df.index)
    return (df.groupby(by)["article_id"].transform("size")
            - df.groupby(by + ["article_id"])["article_id"].transform("size"))


def false_sides(linked: pd.DataFrame) -> pd.DataFrame:
    """The linked gold mentions with how many false pairs each is a side of: ``false_with`` (its key's
    mentions in other articles with another title), split into ``merged_with`` (their per-article actors have
    other oracle titles: the cross-article merge joined them) and ``in_actor_with`` (the oracle keys both alike);
    ``off_main``: its title is not its key's main title (the one most of the key's mentions have)."""
    hit = linked[linked["sys"].notna()].copy()
    hit["oracle"] = hit["oracle"].fillna("")
    same_key = _others(hit, ["sys"])
    same_kb = _others(hit, ["sys", "kb_id"])
    same_oracle = _others(hit, ["sys", "oracle"])
    both = _others(hit, ["sys", "kb_id", "oracle"])
    hit["false_with"] = same_key - same_kb
    hit["in_actor_with"] = same_oracle - both
    hit["merged_with"] = hit["false_with"] - hit["in_actor_with"]
    # the key's main title: the one most of its gold mentions have (ties: alphabetically first)
    votes = hit.groupby(["sys", "kb_id"]).size().rename("n").reset_index()
    votes = votes.sort_values(["sys", "n", "kb_id"], ascending=[True, False, True]).drop_duplicates("sys")
    hit["off_main"] = hit["kb_id"] != hit["sys"].map(dict(zip(votes["sys"], votes["kb_id"])))
    return hit


def false_categories(linked: pd.DataFrame) -> pd.DataFrame:
    """False pairs by kind (``merged`` across articles, ``in_actor``) with the distinct ``articles`` that hold
    the odd side of them (a mention whose title is not its key's main title) and the ``keys`` they are on."""
    hit = false_sides(linked)
    rows = []
    for kind, column in [("merged across articles", "merged_with"), ("within one article's actor", "in_actor_with")]:
        odd = hit[(hit[column] > 0) & hit["off_main"]]
        rows.append({"category": kind, "false": int(hit[column].sum()) // 2, "articles": odd["article_id"].nunique(),
                     "keys": hit.loc[hit[column] > 0, "sys"].nunique()})
    return pd.DataFrame(rows, columns=["category", "false", "articles", "keys"])


def missed_pairs(linked: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """Gold titles whose mentions the system leaves apart across articles, most missed pairs first."""
    df = linked.assign(sys=linked["sys"].fillna(UNLINKED))
    rows = []
    for kb, g in df.groupby("kb_id"):
        pairs = _cross(g.groupby("article_id").size())
        kept = sum(_cross(k.groupby("article_id").size()) for s, k in g.groupby("sys") if s != UNLINKED)
        oracle = _cross(g[g["oracle"] == kb].groupby("article_id").size())
        if pairs > kept:
            rows.append({"kb_id": kb, "missed": pairs - kept, "tp": kept, "oracle_tp": oracle,
                         "unlinked": int((g["sys"] == UNLINKED).sum()), "split_over": _parts(g, "sys")})
    out = pd.DataFrame(rows, columns=["kb_id", "missed", "tp", "oracle_tp", "unlinked", "split_over"])
    return out.sort_values(["missed", "kb_id"], ascending=[False, True]).head(top).reset_index(drop=True)


def stray_mentions(linked: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """Gold mentions linked to an actor whose oracle title is another, most false pairs first."""
    hit = linked[linked["sys"].notna() & linked["oracle"].notna()]
    stray = hit[hit["kb_id"] != hit["oracle"]]
    rows = []
    for (key, kb, text), g in stray.groupby(["sys", "kb_id", "text"]):
        others = hit[(hit["sys"] == key) & (hit["kb_id"] != kb)]
        cost = sum(int((others["article_id"] != art).sum()) for art in g["article_id"])
        rows.append({"text": text, "kb_id": kb, "sys": key, "mentions": len(g), "false": cost,
                     "articles": ", ".join(sorted(set(g["article_id"]))[:PARTS])})
    out = pd.DataFrame(rows, columns=["text", "kb_id", "sys", "mentions", "false", "articles"])
    return out.sort_values(["false", "text"], ascending=[False, True]).head(top).reset_index(drop=True)


#: Missed-pair categories, in the order a pair is given the first that fits (see :func:`missed_categories`).
MISSED_CATEGORIES = [
    ("no system mention", "a gold mention of the pair overlaps no system mention (mention detection)"),
    ("inside a longer mention", "a gold mention overlaps only a longer (or other) system mention, Jaccard < 0.5 "
                                "('United Nations' inside 'the United Nations Office for ...')"),
    ("actor holds another title", "a gold mention's per-article actor is keyed by another title by the oracle "
                                  "(the article's actor mixes titles: no merge rule can keep the pair)"),
    ("kept to its article", "one side's key is local: a role-only person, bare institution word or ambiguous surname"),
    ("person vs other key", "one side is keyed as a person, the other as a state, body or name (a type split)"),
    ("different names", "both keyed by name, state or body, but by different ones ('New York' / 'New York City')"),
]


def missed_categories(linked: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Missed pairs (same ``kb_id``, different articles, not merged) counted by what separates them, first
    category that fits (:data:`MISSED_CATEGORIES`), with the distinct ``articles`` on either side of them;
    ``actors`` gives the system mention spans."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for art, mentions in zip(actors["article_id"], actors["mentions"]):
        spans.setdefault(str(art), []).extend((int(m[0]), int(m[1])) for m in mentions or [])
    side = []
    for art, s, e, kb, key, oracle in zip(linked["article_id"], linked["start"], linked["end"], linked["kb_id"],
                                          linked["sys"], linked["oracle"]):
        if not isinstance(key, str):
            over = any(a < e and s < b for a, b in spans.get(str(art), []))
            side.append(1 if over else 0)
        elif oracle != kb:
            side.append(2)
        elif key.startswith("local:"):
            side.append(3)
        else:
            side.append(4)
    df = linked.assign(side=side)
    counts = [0] * len(MISSED_CATEGORIES)
    touched: list[set[str]] = [set() for _ in MISSED_CATEGORIES]
    for _, g in df.groupby("kb_id"):
        rows = list(zip(g["article_id"], g["sys"], g["side"]))
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                (a1, k1, c1), (a2, k2, c2) = rows[i], rows[j]
                if a1 == a2 or (isinstance(k1, str) and k1 == k2):
                    continue
                worst = min(c1, c2)
                if worst == 4:  # both linked, kept by the oracle, keyed apart
                    worst = 4 if k1.startswith("person:") != k2.startswith("person:") else 5
                counts[worst] += 1
                touched[worst].update((a1, a2))
    return pd.DataFrame({"category": [c for c, _ in MISSED_CATEGORIES], "missed": counts,
                         "articles": [len(t) for t in touched],
                         "meaning": [m for _, m in MISSED_CATEGORIES]})


def per_article(linked: pd.DataFrame) -> pd.DataFrame:
    """True, false and missed pairs per article (:func:`evaluate.crossdoc.article_pairs` on the linked table)."""
    return article_pairs(linked[["article_id", "start", "end", "kb_id"]], list(linked["sys"]))


def pair_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Per article, how a change moved its true and false pairs (``d_tp``, ``d_false``; linked tables of the
    same gold before and after), articles that moved only, largest true-pair gain first."""
    old, new = per_article(before).set_index("article_id"), per_article(after).set_index("article_id")
    out = pd.DataFrame({"tp": new["tp"], "d_tp": new["tp"] - old["tp"], "false": new["false"],
                        "d_false": new["false"] - old["false"]}).fillna(0).astype("int64")
    out = out[(out["d_tp"] != 0) | (out["d_false"] != 0)].reset_index()
    return out.sort_values(["d_tp", "d_false", "article_id"], ascending=[False, True, True]).reset_index(drop=True)


def change_summary(changes: pd.DataFrame) -> str:
    """One line: the pairs a change won and lost and over how many distinct articles."""
    def part(col: str) -> str:
        up, down = changes[changes[col] > 0], changes[changes[col] < 0]
        top = up.sort_values([col, "article_id"], ascending=[False, True]).head(1)
        most = f", most {top['article_id'].iloc[0]} {int(top[col].iloc[0])}" if len(top) else ""
        # each pair counts in both its articles
        return (f"{int(changes[col].sum()) // 2:+d} pairs ({len(up)} articles gain{most}; "
                f"{len(down)} articles lose)")
    return f"true {part('d_tp')}; false {part('d_false')}"


def actors_from_records(path: Path, docs: Sequence[GoldDoc]) -> pd.DataFrame:
    """The corpus actors table rebuilt from ``newslab analyze`` JSON Lines records of these gold docs."""
    from ..extract.analysis import Analysis, corpus_table

    articles = {d.article.id: d.article for d in docs}
    analyses = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in articles:
                analyses.append(Analysis.from_record(rec, articles[rec["id"]]))
    return corpus_table(analyses, "actors")


def main(argv: Sequence[str] | None = None) -> None:
    """Print the false- and missed-pair tables for a gold folder and its analysed records."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("records", type=Path, help="JSON Lines of `newslab analyze GOLD_DIR`")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--save", type=Path, help="write the linked gold mentions (with their system keys) to this CSV")
    ap.add_argument("--before", type=Path, help="a --save CSV of the same folder from before a change: "
                                                "the pairs it won and lost per article")
    args = ap.parse_args(argv)
    docs = load_gold(args.gold_dir)
    actors = actors_from_records(args.records, docs)
    linked = linked_table(docs, actors)
    if args.save:
        linked.to_csv(args.save, index=False)
    with pd.option_context("display.max_colwidth", None, "display.width", 10000):
        if args.before:
            changes = pair_changes(pd.read_csv(args.before, dtype={"article_id": str}), linked)
            print(f"## Pair changes since --before: {change_summary(changes)}")
            print(changes.head(args.top).to_string(index=False))
            print()
        print("## False pairs by category (articles: distinct articles holding the odd side of such a pair, "
              "a title other than its key's main one)")
        print(false_categories(linked).to_string(index=False))
        print()
        wrong = false_pairs(linked, len(linked))
        print(f"## False pairs by system corpus key: {wrong['false'].sum()} "
              f"({wrong['merged'].sum()} merged across articles, {wrong['in_actor'].sum()} within one article's actor)")
        print(wrong.head(args.top).to_string(index=False))
        stray = stray_mentions(linked, len(linked))
        print(f"\n## Stray gold mentions (title other than their actor's oracle title): {len(stray)} forms")
        print(stray.head(args.top).to_string(index=False))
        print("\n## Missed pairs by category (articles: distinct articles on either side of such a pair)")
        print(missed_categories(linked, actors).to_string(index=False))
        missed = missed_pairs(linked, len(linked))
        print(f"\n## Missed pairs by gold kb_id: {missed['missed'].sum()} "
              f"({(missed['oracle_tp'] - missed['tp']).clip(lower=0).sum()} kept by the oracle)")
        print(missed.head(args.top).to_string(index=False))
        per = per_article(linked)
        for col in ["tp", "false", "missed"]:
            top = per.sort_values([col, "article_id"], ascending=[False, True]).head(args.top // 2)
            print(f"\n## Articles with most {col} pairs ({int((per[col] > 0).sum())} articles have any; "
                  f"a pair counts in both its articles)")
            print(top.to_string(index=False))


if __name__ == "__main__":
    main(sys.argv[1:])

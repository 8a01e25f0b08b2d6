"""Mentions reached through a pronoun or a description, added to the actors table.

The interaction rules follow "he", "it", "they" and "the group" to the actor they stand for
(:mod:`.interactions`, :mod:`.interaction_anaphora`). When such a word is one end of a typed edge ("He met
Abadi on Monday"), it is a mention of that actor like its name: :func:`with_reached_mentions` adds its span
to the actor's ``mentions`` (with the actor's type as its ``mention_labels`` entry), so that the edge's
evidence points at both ends and counts of mentions include it. Only words after the actor's first named
mention are added (never a cataphoric pronoun before the name), none that overlaps a mention already there,
and no possessive (his, its, their: the phrase it opens is what the text is about).
The actors stage and its ``ActorSet`` are left as they were: later stages (chronology, attribution) see the
same actors as before.
"""

from __future__ import annotations

import pandas as pd

from .tables import all_object, object_frame


def with_reached_mentions(actors: pd.DataFrame, reached: list[tuple[str, tuple[int, int]]]) -> pd.DataFrame:
    """The actors table with the ``(actor name, (start, end))`` spans of ``reached`` added to their actors."""
    if not reached or actors.empty:
        return actors
    by_name: dict[str, list[tuple[int, int]]] = {}
    for name, span in reached:
        by_name.setdefault(name, []).append(span)
    columns = actors.columns
    if not all(c in columns for c in ("name", "type", "mentions")) or not all_object(actors):
        return _with_reached_frame(actors, by_name)  # a frame not built by make_table: the pandas way
    # The table's cells as one object array (one copy), changed in place and framed again (tables.object_frame):
    # pandas' column reads and writes cost ~50 us each, and this runs once per article.
    grid = actors.to_numpy(dtype=object, copy=True)
    at = columns.get_loc
    name_col, type_col, mention_col = at("name"), at("type"), at("mentions")
    label_col = at("mention_labels") if "mention_labels" in columns else None
    for row in grid:
        extra = by_name.get(row[name_col])
        if not extra:
            continue
        ordered, labels = _added(row[mention_col], row[label_col] if label_col is not None else None, row[type_col], extra)
        row[mention_col] = ordered
        if label_col is not None:
            row[label_col] = labels
    return object_frame(grid, columns)


def _added(mentions: list, labels: list | None, typ: str, extra: list[tuple[int, int]]) -> tuple[list, list]:
    """An actor's mentions (as lists) and their labels with the ``extra`` spans added (see the module docstring)."""
    old = [tuple(m) for m in mentions]
    first = min(s for s, _ in old) if old else 0
    pairs = dict(zip(old, labels if labels is not None else [typ] * len(old)))
    for s, e in extra:
        if s > first and not any(s < e2 and s2 < e for s2, e2 in pairs):
            pairs[(s, e)] = typ
    ordered = sorted(pairs)
    return [list(m) for m in ordered], [pairs[m] for m in ordered]


def _with_reached_frame(actors: pd.DataFrame, by_name: dict[str, list[tuple[int, int]]]) -> pd.DataFrame:
    """:func:`with_reached_mentions` through pandas' column access, for a frame of other dtypes."""
    out = actors.copy()
    mentions, labels = list(out["mentions"]), list(out["mention_labels"]) if "mention_labels" in out else None
    for i, (name, typ) in enumerate(zip(out["name"], out["type"])):
        extra = by_name.get(name)
        if not extra:
            continue
        mentions[i], new_labels = _added(mentions[i], labels[i] if labels is not None else None, typ, extra)
        if labels is not None:
            labels[i] = new_labels
    out["mentions"] = mentions
    if labels is not None:
        out["mention_labels"] = labels
    return out

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


def with_reached_mentions(actors: pd.DataFrame, reached: list[tuple[str, tuple[int, int]]]) -> pd.DataFrame:
    """The actors table with the ``(actor name, (start, end))`` spans of ``reached`` added to their actors."""
    if not reached or actors.empty:
        return actors
    by_name: dict[str, list[tuple[int, int]]] = {}
    for name, span in reached:
        by_name.setdefault(name, []).append(span)
    out = actors.copy()
    mentions, labels = list(out["mentions"]), list(out["mention_labels"]) if "mention_labels" in out else None
    for i, (name, typ) in enumerate(zip(out["name"], out["type"])):
        extra = by_name.get(name)
        if not extra:
            continue
        old = [tuple(m) for m in mentions[i]]
        first = min(s for s, _ in old) if old else 0
        pairs = dict(zip(old, labels[i] if labels is not None else [typ] * len(old)))
        for s, e in extra:
            if s > first and not any(s < e2 and s2 < e for s2, e2 in pairs):
                pairs[(s, e)] = typ
        ordered = sorted(pairs)
        mentions[i] = [list(m) for m in ordered]
        if labels is not None:
            labels[i] = [pairs[m] for m in ordered]
    out["mentions"] = mentions
    if labels is not None:
        out["mention_labels"] = labels
    return out

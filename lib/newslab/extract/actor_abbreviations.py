"""A mention that ends in an abbreviation ends after its period: "Navy Capt.", "Iván DeJesús, Jr.", "317 S Detroit Ave.".

The tokenizer splits the period off an abbreviation it does not know, or off one the parser takes for a sentence end,
and the mention then stops before it; both gold corpora mark the abbreviation with its period (GUM's tokens and re3d's
spans keep it). A name suffix or address word at a sentence end shares its period with the full stop, which the gold
leaves out ("on Admiral Blvd. Name streets ..."): those keep the period only when no sentence starts after it.
Abbreviations: ``data/actors_abbreviation_ends.csv``.
"""

from __future__ import annotations

from functools import lru_cache

from ..paths import data_rows


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviation (without its period) -> kind ("title" or "suffix")."""
    return {r["abbreviation"]: r["kind"] for r in data_rows("actors_abbreviation_ends.csv")}


def abbreviation_end(words: list[str], starts: list[int], ends: list[int], last: int) -> int | None:
    """Character end of a mention whose last word is ``words[last]``, after the abbreviation's period glued to it;
    None when the word is no abbreviation or no period follows it. Works on the doc's word and offset arrays."""
    kind = abbreviations().get(words[last])
    nxt = last + 1
    if kind is None or nxt >= len(words) or not words[nxt].startswith(".") or starts[nxt] != ends[last]:
        return None
    if kind == "suffix" and words[nxt] == ".":
        after = words[nxt + 1] if nxt + 1 < len(words) else ""
        if not after or after[0].isupper():  # a full stop: the next sentence starts, or the text ends
            return None
    return ends[last] + 1

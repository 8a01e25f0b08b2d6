"""A name that goes on past a hyphen is one mention: "Bourg-la-Reine", "Kubler-Ross", "Naqsh-e Jahan Square".

The tokenizer splits a word at its hyphens, and the model then often stops at the first one ("Bourg") or makes
two names of one ("Kubler" and "Ross"). A mention whose last word is glued by a hyphen to more of the same word
grows to the word's end when every piece after it is capitalised or a name particle ("la", "e", "al"); a word
ending in a particle ("Naqsh-e") goes on to the name after it. A mention inside the added words gives way.
Two names joined by a hyphen, one of which the article writes on its own as a mention (a person's surname too),
or that is a known place ("Syria-Iraq", "Biden-Harris", "Pittsburgh-Cleveland"), stay two mentions, as the gold
marks them.
"""

from __future__ import annotations

from .actor_lexicons import PARTICLES, big_cities, country_iso3, us_states
from .actor_titles import Mention
from .docindex import doc_words

#: Hyphens between the pieces of one word.
HYPHENS = {"-", "\u2010", "\u2011"}
#: Lower-case pieces that belong to a name: PARTICLES and the short ones of Romance and Persian names ("Mar-a-Lago").
NAME_PARTICLES = PARTICLES | {"e", "y", "i", "en", "sur", "sous", "les", "des", "ad", "az", "as", "ul", "ur", "a", "à"}
#: Mention labels that grow.
LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}


def _known(text: str, standalone: set[str]) -> bool:
    return text in standalone or text in big_cities() or text in us_states() or country_iso3(text) is not None


def _glued(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word (no space on either side)."""
    return 0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def hyphen_names(doc, mentions: list[Mention]) -> None:
    """Grow mentions over the rest of a hyphenated word (in place); mentions in the added words are removed."""
    words = doc_words(doc)
    if HYPHENS.isdisjoint(words):
        return
    candidates = [m for m in mentions if m.end + 1 < len(words) and words[m.end] in HYPHENS]
    if not candidates:
        return
    alone = [m for m in mentions if not _glued(doc, m.start - 1) and not _glued(doc, m.end)]
    standalone = {doc[m.start:m.end].text for m in alone} | {doc[m.end - 1].text for m in alone if m.label == "PERSON"}
    for m in sorted(candidates, key=lambda x: (x.start, x.end)):
        if m not in mentions or m.label not in LABELS or m.mention_label is not None or m.span_end not in (None, m.end):
            continue
        i = m.end
        if i + 1 >= len(doc) or doc[i].text not in HYPHENS or doc[i - 1].whitespace_ or doc[i].whitespace_:
            continue
        # the rest of the word: piece, hyphen, piece, ... (no space between)
        pieces, k = [], i
        while k + 1 < len(doc) and doc[k].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            pieces.append(doc[k + 1])
            k += 2
            if doc[k - 1].whitespace_:
                break
        if not pieces or not all(p.is_title or p.lower_ in NAME_PARTICLES and p.text.islower() for p in pieces):
            continue
        end = pieces[-1].i + 1
        rest = doc[i + 1:end].text
        if all(p.text.islower() for p in pieces) and not pieces[-1].whitespace_:
            continue  # "Naqsh-e" must be followed by space and a name
        if _known(rest, standalone) or _known(doc[m.start:m.end].text, standalone) and pieces[-1].is_title and _known(pieces[-1].text, standalone):
            continue  # "Syria-Iraq", "Biden-Harris": two names
        if pieces[-1].text.islower():
            # "Naqsh-e Jahan Square": the name after the particle belongs to it
            nxt = next((x for x in mentions if x.start == end and x is not m), None)
            if nxt is not None:
                end = nxt.end
            elif end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                    end += 1
            else:
                continue
        if any(x is not m and x.start <= m.start and end <= x.end for x in mentions):
            continue  # names nested in a longer one ("the Biden-Harris Administration") were found apart on purpose
        for x in [x for x in mentions if x is not m and m.end <= x.start < end]:
            if x.end > end:
                end = x.end
            mentions.remove(x)
        if len(m.key) == 2 and m.key[1] == m.name.lower():
            m.key = (m.key[0], doc[m.start:end].text.lower())
        m.end = end
        m.span_end = None
        m.name = doc[m.start:end].text

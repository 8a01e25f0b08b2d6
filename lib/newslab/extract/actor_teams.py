"""Sports clubs named after their town: "the Pittsburgh Pirates", "Indianapolis Indians", "the Boston Red Sox". The
model reads the town and calls the whole name a place (or a people, for "Indians"); North American leagues and many
others name a club "<town or state> <plural nickname>" (the naming pattern of the MLB, NFL, NBA and NHL club lists on
Wikipedia), and a town is never called so. The nickname alone ("the second Pirates player", "the Red Sox traded him")
is the club too once the article has named it in full (one sense per discourse): an organisation where the model saw
one, a mention of its own where it saw none, and one actor with the full name (:func:`merge_team_nicknames`)."""

from __future__ import annotations

from .actor_lexicons import GEO_WORDS, POSSESSIVE, big_cities, us_states
from .docindex import doc_words

#: Plural words that end place names, not nicknames ("Boston Heights", "Dallas Gardens").
_PLACE_PLURALS = GEO_WORDS | {"Heights", "Gardens", "Woods", "Meadows", "Estates", "Towers", "Commons", "Acres", "Downs",
                              "Keys", "Cays", "Shoals", "Flats", "Narrows", "Highlands", "Lowlands", "Islands", "States"}
#: Nicknames that are no plural in -s (the "Red Sox" and "White Sox" of the MLB).
_NICKNAMES_NOT_IN_S = {"Sox"}


def _town_length(words: tuple[str, ...]) -> int:
    """How many leading words of ``words`` name a big city or a US state (up to three: "Tampa Bay", "New York")."""
    cities, states = big_cities(), us_states()
    for k in (3, 2, 1):
        if len(words) > k:
            name = " ".join(words[:k])
            if name in cities or name in states:
                return k
    return 0


def nickname_of(words: list[str]) -> tuple[str, ...] | None:
    """The nickname of a club name given as words ("Boston Red Sox" -> ("Red", "Sox")), if the words read "[the] <big
    city or US state> <one or two capitalised words, the last a plural>"; else None."""
    words = _bare(words)
    if not words or not (words[-1].endswith("s") or words[-1] in _NICKNAMES_NOT_IN_S):
        return None  # the cheap test first: most names end in no plural
    k = _town_length(words)
    nick = words[k:]
    if not k or not 1 <= len(nick) <= 2 or not all(w.istitle() or w in _NICKNAMES_NOT_IN_S for w in nick):
        return None
    last = nick[-1]
    plural = last in _NICKNAMES_NOT_IN_S or (last.endswith("s") and not last.endswith("ss") and len(last) > 3)
    return tuple(nick) if plural and last not in _PLACE_PLURALS else None


def team_named(e) -> bool:
    """Whether the span ``e`` reads "[the] <big city or US state> <one or two capitalised words, the last a plural>"."""
    return not e.kb_id_ and len(e) >= 2 and nickname_of([t.text for t in e]) is not None


def _bare(words: list[str]) -> tuple[str, ...]:
    """The words of a name without possessive endings and a leading "the"."""
    words = [w for w in words if w not in POSSESSIVE]
    return tuple(words[1:] if words and words[0].lower() == "the" else words)


def team_nicknames(doc, ents: list, span_cls) -> list:
    """``ents`` with each club name of :func:`team_named` an organisation; each place, group or organisation that is the
    nickname of such a club in the article ("Pirates", "the Red Sox'") an organisation too; and each capitalised
    nickname the model left unlabelled a mention of its own ("The Pirates said", with its "the"; not after another
    capitalised word)."""
    nicknames: set[tuple[str, ...]] = set()
    out = []
    for e in ents:
        if e.label_ in TEAM_LABELS and team_named(e):
            nicknames.add(nickname_of([t.text for t in e]))
            if e.label_ != "ORG":
                e = span_cls(doc, e.start, e.end, label="ORG")
        out.append(e)
    if not nicknames:
        return out
    words = doc_words(doc)  # the document's word list, built once per document
    for k, e in enumerate(out):
        if e.label_ in {"GPE", "LOC", "NORP", "ORG"} and not e.kb_id_ and _bare(words[e.start:e.end]) in nicknames:
            out[k] = span_cls(doc, e.start, e.end, label="ORG")
    taken = {i for e in out for i in range(e.start, e.end)}
    for nick in nicknames:
        n = len(nick)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) != nick or taken.intersection(range(i, i + n)):
                continue
            the = i > 0 and words[i - 1].lower() == "the"
            if i and words[i - 1].istitle() and not the:
                continue  # the end of a longer name: "Boston Red Sox" on a line of its own, "the Pawtucket Red Sox"
            start = i - 1 if the and i - 1 not in taken else i
            out.append(span_cls(doc, start, i + n, label="ORG"))
            taken.update(range(start, i + n))
    return sorted(out, key=lambda e: e.start)


def merge_team_nicknames(clusters: dict, order: list) -> None:
    """Join an organisation named by a club's nickname alone ("Red Sox", "the Pirates") to the one club of the article
    with that nickname ("the Boston Red Sox"); a nickname two clubs share joins neither."""
    orgs = [k for k in order if clusters.get(k, {}).get("type") == "ORG"]
    owners: dict[tuple[str, ...], set] = {}
    for k in orgs:
        for name in clusters[k]["names"]:
            nick = nickname_of(name.split())
            if nick is not None:
                owners.setdefault(nick, set()).add(k)
    if not owners:
        return
    clubs = set().union(*owners.values())
    for k in orgs:
        c = clusters.get(k)
        if c is None or k in clubs:
            continue
        targets = {t for n in c["names"] for t in owners.get(_bare(n.split()), ())}
        if len(targets) == 1 and all(_bare(n.split()) in owners for n in c["names"]):
            target = clusters[targets.pop()]
            target["mentions"] += c["mentions"]
            target["names"] += c["names"]
            del clusters[k]


#: Labels the model gives a club's name: a place or a product. Not a person ("Miri Forbes": Miri is a town too) nor a
#: people ("San Franciscans").
TEAM_LABELS = {"GPE", "LOC", "FAC", "PRODUCT", "ORG"}

"""Sports clubs named after their town: "the Pittsburgh Pirates", "Indianapolis Indians", "the Boston Red Sox". The
model reads the town and calls the whole name a place (or a people, for "Indians"); North American leagues and many
others name a club "<town or state> <plural nickname>" (the naming pattern of the MLB, NFL, NBA and NHL club lists on
Wikipedia), and a town is never called so. The nickname alone ("the second Pirates player") is the club too once the
article has named it in full (one sense per discourse)."""

from __future__ import annotations

from .actor_lexicons import GEO_WORDS, POSSESSIVE, big_cities, us_states

#: Plural words that end place names, not nicknames ("Boston Heights", "Dallas Gardens").
_PLACE_PLURALS = GEO_WORDS | {"Heights", "Gardens", "Woods", "Meadows", "Estates", "Towers", "Commons", "Acres", "Downs",
                              "Keys", "Cays", "Shoals", "Flats", "Narrows", "Highlands", "Lowlands", "Islands", "States"}
#: Nicknames that are no plural in -s (the "Red Sox" and "White Sox" of the MLB).
_NICKNAMES_NOT_IN_S = {"Sox"}


def _town_length(words) -> int:
    """How many leading words of ``words`` name a big city or a US state (up to three: "Tampa Bay", "New York")."""
    cities, states = big_cities(), us_states()
    for k in (3, 2, 1):
        if len(words) > k:
            name = " ".join(w.text for w in words[:k])
            if name in cities or name in states:
                return k
    return 0


def team_named(e) -> bool:
    """Whether the span ``e`` reads "[the] <big city or US state> <one or two capitalised words, the last a plural>"."""
    if e.kb_id_ or len(e) < 2:
        return False
    words = [t for t in e if t.text not in POSSESSIVE]
    if not words or not (words[-1].text.endswith("s") or words[-1].text in _NICKNAMES_NOT_IN_S):
        return False  # the cheap test first: most entities end in no plural
    if words and words[0].lower_ == "the":
        words = words[1:]
    k = _town_length(words)
    nick = words[k:]
    if not k or not 1 <= len(nick) <= 2 or not all(w.is_title or w.text in _NICKNAMES_NOT_IN_S for w in nick):
        return False
    last = nick[-1].text
    plural = last in _NICKNAMES_NOT_IN_S or (last.endswith("s") and not last.endswith("ss") and len(last) > 3)
    return plural and last not in _PLACE_PLURALS


def team_nicknames(doc, ents: list, span_cls) -> list:
    """``ents`` with each club name of :func:`team_named` an organisation, and each one-word place or group that is the
    nickname of such a club in the article ("Pirates", "the Pirates'") an organisation too."""
    nicknames = set()
    out = []
    for e in ents:
        if e.label_ in TEAM_LABELS and team_named(e):
            nicknames.add([t for t in e if t.text not in POSSESSIVE][-1].text)
            if e.label_ != "ORG":
                e = span_cls(doc, e.start, e.end, label="ORG")
        out.append(e)
    if not nicknames:
        return out
    for k, e in enumerate(out):
        words = [t.text for t in e if t.text not in POSSESSIVE and t.lower_ != "the"]
        if e.label_ in {"GPE", "LOC", "NORP"} and not e.kb_id_ and len(words) == 1 and words[0] in nicknames:
            out[k] = span_cls(doc, e.start, e.end, label="ORG")
    return out


#: Labels the model gives a club's name: a place or a product. Not a person ("Miri Forbes": Miri is a town too) nor a
#: people ("San Franciscans").
TEAM_LABELS = {"GPE", "LOC", "FAC", "PRODUCT", "ORG"}

"""Descriptions of a person by place and office ("the Wisconsin governor", "the Iraqi leader"), for the interaction stage.

"Trump attacked Walker after the Wisconsin governor threw his support behind Cruz": the governor is Scott Walker,
whom the article introduced as "Wisconsin Gov. Scott Walker". A bare "the governor" is
:mod:`.interaction_anaphora`'s; this module takes the phrase with a place word before its head, which that module
leaves alone (a place word could name anyone's office).

Rule: "the" + place or people words (an entity the tagger calls GPE, LOC or NORP: "Wisconsin", "New Hampshire",
"Iraqi") + a title word that can stand for a person alone (``data/actors_titles.csv``: governor, senator,
president, leader) is the **nearest person named before it**, in its own sentence or the :data:`WINDOW` before,
whom the article itself gives both that office and that place: a title word ("Gov.", "Senator") and the place words
among the few words before one of the person's mentions ("Wisconsin Gov. Scott Walker"), or in an "of" phrase right
after it ("Senator Bernie Sanders of Vermont"), or in the person's role, rank or affiliation. "leader" is any
head of government or state. A person the text never puts with both words is never reached.
"""

from __future__ import annotations

from .actors import Actor, ActorSet
from .docindex import char_token_range, children, doc_lowers, sent_of
from .identity import TITLE_ABBREVIATIONS

#: Sentences before the phrase's own that are searched for its antecedent.
WINDOW = 2
#: Words before a mention read as its title ("Former Wisconsin Gov. Scott Walker").
BEFORE = 4
#: Short forms of title words as news writes them before a name: the word a description uses (AP abbreviations,
#: with and without their period, from :data:`.identity.TITLE_ABBREVIATIONS`).
SHORT_TITLES = {**{f"{k}{dot}": v for k, v in TITLE_ABBREVIATIONS.items() for dot in ("", ".")},
                "congressman": "representative", "congresswoman": "representative"}
#: Titles of a head of government or state: each is also "the ... leader".
LEADER_TITLES = {"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader", "prime"}
PLACE_LABELS = {"GPE", "LOC", "NORP"}


def place_words(tok) -> list[str] | None:
    """For a title noun ``tok`` opening "the <place words> <title>": the place words, lower-case, one string per
    modifier ("new hampshire"); None for any other phrase (a possessor, a name, a second noun ...)."""
    det, mods = False, []
    for c in children(tok):
        if c.dep_ == "det" and c.lower_ == "the":
            det = True
        elif c.dep_ in {"compound", "amod"} and c.i < tok.i and c.ent_type_ in PLACE_LABELS:
            mods.append(" ".join(t.lower_ for t in c.subtree))
        elif c.dep_ in {"amod", "advmod", "punct"} and c.pos_ in {"ADJ", "ADV", "PUNCT"} and c.ent_type_ == "":
            continue  # "the former Ohio governor"
        elif c.dep_ in {"relcl", "acl", "cc", "conj"}:
            continue
        else:
            return None
    return mods if det and mods else None


def _context(actor: Actor, doc) -> str:
    """The words the article puts with ``actor``: before each mention, an "of" phrase after it, role, rank and
    affiliation; lower-case, space-joined (with spaces at both ends, for whole-word look-ups)."""
    lowers = doc_lowers(doc)
    parts = [actor.role or "", actor.rank or "", actor.affiliation or ""]
    for s, e in actor.mentions:
        tokens = char_token_range(doc, s, e)
        if tokens is None:
            continue
        first, end = tokens
        parts += lowers[max(0, first - BEFORE): end]  # "Gov." may open the mention itself
        if end < len(lowers) and lowers[end] == "of":
            parts += lowers[end: min(len(lowers), end + 4)]
    return " " + " ".join(p.lower() for p in parts) + " "


def _holds(context: str, title: str) -> bool:
    words = set(context.split())
    titles = words | {SHORT_TITLES[w] for w in words if w in SHORT_TITLES}
    return title in titles or title.rstrip("s") in titles or (title == "leader" and bool(titles & LEADER_TITLES))


def titled_antecedent(tok, actors: ActorSet, titles: frozenset[str]) -> Actor | None:
    """The person "the <place> <title>" headed by ``tok`` stands for (see the module rule), or None. ``titles``:
    the title words that can stand for a person alone."""
    title = tok.lower_
    if title not in titles or tok.pos_ != "NOUN":
        return None
    places = place_words(tok)
    if not places:
        return None
    doc = tok.doc
    start = sent_of(tok)
    for _ in range(WINDOW):
        if start.start == 0:
            break
        start = sent_of(doc[start.start - 1])
    best = None
    for actor, _ in actors.mentions_in(start.start_char, tok.idx):
        if actor.type != "PERSON" or actor is best:
            continue
        context = _context(actor, doc)
        if _holds(context, title) and all(f" {p} " in context for p in places):
            best = actor  # text order: the last one is the nearest
    return best

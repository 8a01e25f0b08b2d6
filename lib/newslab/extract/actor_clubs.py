"""Sports clubs named for their town or by a name the model reads as a person: "Manchester City beat Aston Villa 3-1",
"Liverpool, who drew 1-1 with Brentford". The model calls such a club a place ("Liverpool", "Manchester City") or a
person ("Aston Villa", "Brentford"); news sport pages name a club so in every result sentence.

A result sentence holds one score ("3-1", "2–0", two numbers under six joined by a dash; a sentence with several
scores is a tennis or cricket card, where players beat players) and a result verb ("beat", "drew", "lost" ...: the
verbs of football match reports). The doers and the sides of that verb (its subject, with a "who" clause's antecedent;
its object; the noun after "with", "against", "to", "over" or "by" on the verb or on the score) are clubs when the model
called them a place, a people, or a person of one word (a surname of a person the article names in full stays a
person, and the model's organisations need nothing). A two-word "person" whose last word is a club word ("Aston
Villa", "Bristol Rovers") is one too. Then one sense per discourse: the same name elsewhere in the article is the club,
unless a place preposition ("in", "near") puts it on the map ("fans in Liverpool").

North American "<town> <plural nickname>" names are ``actor_teams``' job.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .actor_lexicons import bare_words
from .docindex import doc_words

#: A score as one token ("3-1", "2–0"; single digits).
_SCORE = re.compile(r"^(\d)[-\u2013](\d)$")
#: Lemmas of the verbs of a match result.
RESULT_VERBS = frozenset({"beat", "defeat", "draw", "lose", "win", "thrash", "edge", "rout", "hammer", "down", "overcome",
                          "trail", "lead", "host", "stun", "hold", "battle", "crush", "sink", "outclass"})
#: Prepositions that join the other side to a result verb or to its score ("drew with", "lost to", "won over").
SIDE_PREPS = frozenset({"with", "against", "to", "over", "by", "at"})
#: Last words of club names the model reads as a person's ("Aston Villa", "Bristol Rovers": English and Scottish
#: league names, Wikipedia's list of football clubs in England).
CLUB_WORDS = frozenset({"Villa", "City", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Argyle",
                        "Rangers", "Celtic", "FC", "AFC"})
#: Words before a name that put the place on the map rather than the club on the pitch.
_PLACE_BEFORE = frozenset({"in", "near", "outside", "across", "around", "of"})


def _scores(doc, sent) -> list[tuple[int, int]]:
    """The scores in ``sent`` as (first token, higher number): "3-1" as one token, or "3 - 1" as three with no spaces;
    single digits on both sides (a vote or a tally, "52-48", is no score)."""
    words = doc_words(doc)
    out = []
    for i in range(sent.start, sent.end):
        w = words[i]
        m = _SCORE.match(w)
        if m:
            out.append((i, max(int(m.group(1)), int(m.group(2)))))
        elif w in {"-", "\u2013"} and sent.start < i < sent.end - 1 and words[i - 1].isdigit() and words[i + 1].isdigit() \
                and len(words[i - 1]) == 1 and len(words[i + 1]) == 1 and not doc[i - 1].whitespace_ \
                and not doc[i].whitespace_:
            out.append((i - 1, max(int(words[i - 1]), int(words[i + 1]))))
    return out


def result_sentence(doc, sent) -> bool:
    """Whether ``sent`` gives a game's score ("3-1", "6-4, 6-2"): its result verbs report a match, no political event."""
    return bool(_scores(doc, sent))


def _club_result(doc, sent) -> bool:
    """Whether ``sent`` reports a club's result: exactly one score, both numbers under six (a card of several scores is
    a tennis or cricket match, where players beat players)."""
    scores = _scores(doc, sent)
    return len(scores) == 1 and scores[0][1] < 6


def _sides(verb) -> list:
    """The tokens that name the sides of a result verb: subject (a relative pronoun's antecedent), object, passive
    agent and the nouns after the side prepositions on the verb or on its score object."""
    out = []
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            out.append(verb.head if c.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else c)
        elif c.dep_ == "dobj":
            out.append(c)
            out += [p for q in c.children if q.dep_ == "prep" and q.lower_ in SIDE_PREPS for p in q.children if p.dep_ == "pobj"]
        elif c.dep_ in {"prep", "agent"} and c.lower_ in SIDE_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "npadvmod":  # "drew 1-1 with": the score hangs on the verb
            out += [p for q in c.children if q.dep_ == "prep" and q.lower_ in SIDE_PREPS for p in q.children if p.dep_ == "pobj"]
    return out + [x for s in list(out) for x in s.conjuncts]


def _club_like(e: Span, words: list[str], surnames: set[str]) -> bool:
    """Whether the entity ``e`` on a side of a result may be a club the model mistyped."""
    n = e.end - e.start
    if e.label_ in {"GPE", "LOC", "NORP"}:
        return True
    if e.label_ != "PERSON":
        return False
    if n == 1:
        return words[e.start] not in surnames
    return n == 2 and words[e.end - 1] in CLUB_WORDS


def clubs_by_results(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the clubs of result sentences (see the module) and their other mentions made organisations."""
    words = doc_words(doc)
    if not any(_SCORE.match(w) or w.isdigit() for w in words):
        return ents  # most articles: no score, no Token touched
    results = [sent for sent in doc.sents if _club_result(doc, sent)]
    if not results:
        return ents
    ents = [_without_score(doc, words, e) for e in ents]  # "Real Madrid 4-0": the model ran the name into the score
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    surnames = {words[e.end - 1] for e in ents if e.label_ == "PERSON" and e.end - e.start >= 2}
    clubs: set[tuple[str, ...]] = set()
    for sent in results:
        for verb in (t for t in sent if t.pos_ in {"VERB", "AUX"} and t.lemma_ in RESULT_VERBS):
            for side in _sides(verb):
                e = by_token.get(side.i)
                if e is not None and _club_like(e, words, surnames):
                    clubs.add(bare_words(words, e.start, e.end))
    if not clubs:
        return ents
    out = []
    for e in ents:
        if e.label_ in {"GPE", "LOC", "NORP", "PERSON"} and bare_words(words, e.start, e.end) in clubs \
                and not (e.start and words[e.start - 1].lower() in _PLACE_BEFORE):
            e = Span(doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


def _without_score(doc, words: list[str], e: Span) -> Span:
    """The entity ``e`` without a score at its end ("Real Madrid 4-0" -> "Real Madrid")."""
    end = e.end
    if end - e.start > 1 and _SCORE.match(words[end - 1]):
        end -= 1
    elif end - e.start > 3 and words[end - 2] in {"-", "\u2013"} and words[end - 1].isdigit() and words[end - 3].isdigit():
        end -= 3
    return e if end == e.end else Span(doc, e.start, end, label=e.label_, kb_id=e.kb_id_)

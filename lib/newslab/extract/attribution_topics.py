"""Noun cues with a topic phrase: "his attacks on the judge", "her remarks about the levy", "Lee
made conflicting statements about taxes", "the mayor's criticism of the plan".

PolNeAR annotates these as attributions whose content is the topic phrase (the object of the
preposition) and whose source is the possessor, the "from"/"by" phrase, or the subject of a light
verb the noun is the object of ("made", "issued", "leveled"). The nouns, the prepositions each takes
and the light verbs are in ``data/attribution_cues.json`` (``topic_nouns``, ``topic_light_verbs``).
Without a source in the text ("questions about the plan") no row is made: too often nobody speaks;
only an accusation or allegation is always someone's words, held by no one named ("allegations of
fraud against the mayor": an implicit source, as PolNeAR marks it; ``holderless_topic_nouns``).
"""

from __future__ import annotations

from .attribution_cues import Candidate, _subject, cue_lexicon
from .attribution_spans import span_of, subtree_span, trim_span
from .docindex import children, doc_lemma_lowers


#: Objects of "on" that are a time, a place or a manner, not what was spoken about.
_NOT_TOPICS = frozenset({"condition", "behalf", "website", "twitter", "television", "tv", "radio", "air", "stage", "floor"})


def _holder(tok):
    """Who spoke the noun's words: possessor, "from"/"by" phrase, or a light verb's subject."""
    for c in children(tok):
        if c.dep_ == "poss" and c.lower_ in ("his", "her", "their") and tok.dep_ == "dobj":
            # "Lee continued his attacks on the judge": the pronoun's own clause names the holder.
            subj = _subject(tok.head)
            if subj is not None and subj.pos_ == "PROPN" and (c.lower_ == "their") == (subj.tag_ == "NNPS"):
                return subj
        if c.dep_ == "poss" and c.lower_ not in ("its", "my", "our", "your"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            pobj = next((g for g in children(c) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in cue_lexicon()["topic_light_verbs"]:
        subj = _subject(tok.head)
        if subj is not None and subj.lower_ not in ("it", "there", "which", "that", "what"):
            return tok.head.head if subj.lower_ in ("who",) and tok.head.dep_ == "relcl" else subj
    return None


def topic_noun_cands(doc, body: str) -> list[Candidate]:
    """Candidates from a speech noun with a topic phrase and a named holder."""
    topics: dict[str, list[str]] = cue_lexicon()["topic_nouns"]
    holderless = frozenset(cue_lexicon()["holderless_topic_nouns"])
    out = []
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem in topics]:
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        prep = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ in topics[tok.lemma_.lower()]), None)
        pobj = next((g for g in children(prep) if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_.lower() in _NOT_TOPICS:
            continue  # "remarks on Saturday", "comments on condition of anonymity"
        src = _holder(tok)
        if src is None and tok.lemma_.lower() not in holderless:
            continue
        content = trim_span(body, subtree_span(pobj))
        if content:
            out.append(Candidate(src, span_of([tok, prep]), [content], "noun_topic", 2, cue_tok=tok,
                                 extra={"implicit": src is None}))
    return out

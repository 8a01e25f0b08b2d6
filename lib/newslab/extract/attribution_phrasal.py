"""Phrasal attribution cues: a verb that comments or takes a side only with its particle or object
word, the content being a preposition's object: "weighed in on the ruling", "took a swipe at the
mayor", "took aim at the plan", "sided with the union" (or the verb's object: "walked back the remarks").

The verbs, their particles, object words and prepositions are ``phrasal_cues`` in
``data/attribution_cues.json``. PolNeAR annotates them with the subject as source and the
preposition's object as content. Words inside a quotation are the quoted speaker's, and a refused
or negated act ("declined to weigh in", "did not side with") reports no stance: neither is a cue.
"""

from __future__ import annotations

from .attribution_cues import (_RELATIVE, Candidate, _climb_subject, _subject, _trailing_relatives, _unrealised,
                               _unwrap_source, cue_lexicon)
from .attribution_spans import subtree_span, trim_span
from .docindex import children, doc_lemma_lowers
from .quotes import Quote


def phrasal_cands(doc, body: str, quotes: list[Quote]) -> list[Candidate]:
    """Candidates from phrasal cues: the subject comments on, or sides with, the preposition's object."""
    table = cue_lexicon()["phrasal_cues"]
    refusals = cue_lexicon()["refusal_verbs"]
    out = []
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem in table]:
        tok = doc[i]
        entry = table[tok.lemma_.lower()]
        if tok.pos_ != "VERB" or _unrealised(tok) or any(c.dep_ == "neg" for c in children(tok)) \
                or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in refusals \
                or any(q.inner_start <= tok.idx < q.inner_end for q in quotes):
            continue
        holders = [tok]
        if "particle" in entry:
            prt = next((c for c in children(tok) if c.lower_ == entry["particle"] and c.dep_ in ("prt", "advmod", "prep")), None)
            if prt is None:
                continue
            holders.append(prt)
        if "objects" in entry:
            obj = next((c for c in children(tok) if c.dep_ == "dobj" and c.lemma_.lower() in entry["objects"]), None)
            if obj is None:
                continue
            holders.append(obj)
        prep = next((c for h in holders for c in children(h) if c.dep_ == "prep" and c.lower_ in entry["preps"] and c.i > tok.i), None)
        pobj = next((g for g in children(prep) if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is None and entry.get("object"):
            # "walked back the remarks": the object is what the speaker takes back.
            prep = holders[-1]
            pobj = next((c for c in children(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
        if pobj is None:
            continue
        content = trim_span(body, subtree_span(pobj, exclude=_trailing_relatives(pobj)))
        subj = _subject(tok)
        if subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            source = tok.head  # "the judge who sided with the city"
        elif subj is not None:
            source = _unwrap_source(subj)
        else:
            source = _climb_subject(tok)  # "..., taking a swipe at the mayor"
        if content is None or source is None:
            continue
        out.append(Candidate(source, (tok.idx, prep.idx + len(prep.text)), [content], "verb_phrasal",
                             0 if subj is not None else 3, cue_tok=tok, extra={"direct_subject": subj is not None}))
    return out

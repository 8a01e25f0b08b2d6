"""Attribution cues built on "make": "X made (it) clear that C", "X made the case that C", "X made
no secret of C"; and on "cast": "X cast doubt on C", "X casts Lee as a liberal".

The verb carries no meaning of its own; the word it takes (clear, plain, case, point, argument,
secret) makes it a speech act, and PolNeAR annotates these as attributions with the subject as
source and the that-clause (or the of/for phrase) as content. The words are listed in
``data/attribution_cues.json`` (``make_cues``).
"""

from __future__ import annotations

from .attribution_cues import Candidate, _climb_subject, _trailing_relatives, cue_lexicon
from .attribution_spans import span_of, subtree_span, trim_span
from .docindex import children, doc_lemma_lowers

_RELATIVE = {"who", "that", "which"}


def make_cands(doc, body: str) -> list[Candidate]:
    """Candidates from "make" with a speech-act word: the subject speaks, the clause is the content."""
    words = cue_lexicon()["make_cues"]
    out = []
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem == "make"]:
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        found = _cue_word(tok, words)
        if found is None:
            continue
        word, content = found
        subj = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            subj = tok.head
        span = trim_span(body, content)
        if span is None:
            continue
        cue = span_of([t for t in doc[tok.i:word.i + 1] if t.i == tok.i or t.i == word.i or t.head.i in (tok.i, word.i)])
        out.append(Candidate(subj, cue, [span], "verb_make", 0, cue_tok=tok, extra={"direct_subject": True}))
    return out


def _cue_word(tok, words: dict):
    """The speech-act word of "make" and its content span, or None.

    ``words`` maps a word to the prepositions that may introduce its content ("case": ["for"]);
    a that-clause after the word always does. "no secret" needs its "no".
    """
    for c in children(tok):
        word = c.lemma_.lower()
        if word not in words or c.i <= tok.i:
            continue
        if c.dep_ not in ("oprd", "ccomp", "acomp", "xcomp", "advmod", "dobj", "attr"):
            continue
        if word == "secret" and not any(d.lower_ == "no" for d in children(c)):
            continue
        clause = _that_clause(tok, c)
        if clause is not None:
            return c, clause
        for host in (c, tok):
            for p in children(host):
                if p.dep_ == "prep" and p.lower_ in words[word] and p.i > c.i:
                    pobj = next((g for g in children(p) if g.dep_ in ("pobj", "pcomp")), None)
                    if pobj is not None:
                        # ', which ...' closing the phrase is the writer's aside
                        return c, subtree_span(pobj, exclude=_trailing_relatives(pobj))
    return None


def _that_clause(make, word):
    """The clause that follows the cue word ("clear that ...", "the case that ..."), hung by the
    parser on the word or on "make", with its "that" when there is one."""
    for host in (word, make):
        for c in children(host):
            if c.dep_ in ("advcl", "ccomp", "acl", "relcl") and c.i > word.i and c.pos_ in ("VERB", "AUX"):
                if c.dep_ == "relcl" and not any(g.dep_ == "mark" and g.lower_ == "that" for g in children(c)):
                    continue  # "the point they missed": a relative clause, not what was said
                return subtree_span(c, exclude=_trailing_relatives(c))
    return None


def cast_cands(doc, body: str) -> list[Candidate]:
    """Candidates from "cast": "cast doubt on C" (``cast_cues`` in the data file: the content is the
    phrase after the preposition) and "cast X as Y" (a portrayal: the object and its as-phrase).
    The subject speaks; a participle or conjunct without one takes the subject it hangs from."""
    words = cue_lexicon()["cast_cues"]
    out = []
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem == "cast"]:
        tok = doc[i]
        if tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in children(tok)):
            continue  # "votes cast", "was cast as the villain": no one named speaks
        obj = next((c for c in children(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None:
            continue
        preps = [p for host in (obj, tok) for p in children(host) if p.dep_ == "prep" and p.i > obj.i
                 and any(g.dep_ in ("pobj", "pcomp") for g in children(p))]
        word = obj.lower_
        if word in words:
            prep = next((p for p in preps if p.lower_ in words[word]), None)
            if prep is None:
                continue
            pobj = next(g for g in children(prep) if g.dep_ in ("pobj", "pcomp"))
            content = subtree_span(pobj, exclude=_trailing_relatives(pobj))
            cue = span_of([tok, obj, prep])
        else:
            prep = next((p for p in preps if p.lower_ == "as"), None)
            if prep is None:
                continue
            content = span_of([t for t in obj.subtree] + [t for t in prep.subtree])
            cue = span_of([tok])
        subj = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            subj = tok.head
        if subj is None:
            subj = _climb_subject(tok)
        span = trim_span(body, content)
        if subj is None or span is None:
            continue
        out.append(Candidate(subj, cue, [span], "verb_cast", 0, cue_tok=tok, extra={"direct_subject": True}))
    return out

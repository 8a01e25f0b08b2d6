"""Construals, 'SUBJECT sees/views/regards X as Y' ("farmers see the tax as a threat"), and (broad
scope) passive beliefs held by no one named ("Lee is expected to win", "rivals are not considered a threat").

PolNeAR annotates these as attributions of a belief: the subject is the source and the object
with its as-phrase is the content ("the tax as a threat"). Without a subject the construal has no
named holder: in "Ohio, a state seen as vital for the party" the content is the noun phrase the
participle describes, and in "The plan is widely seen as a gamble" the whole clause (an implicit
source, as for passive judgements). The verbs are ``construal_verbs`` in
``data/attribution_cues.json``; only an "as" preposition makes them cues ("saw the video as she
left" is a perception with a time clause).

A passive verb of expectation or judgement with a complement and no by-agent ('Lee is expected to
quit the race', 'Other candidates are not considered serious contenders'; ``passive_belief_verbs``
in the data file) is a belief with an implicit source; PolNeAR's content is the whole clause, the
verb included (a relative clause from its pronoun: 'who might be expected to resist').
"""

from __future__ import annotations

from .attribution_cues import Candidate, cue_lexicon, _agent, _is_expletive, _subject, _unwrap_source
from .attribution_spans import span_of, subtree_span, trim_span
from .docindex import children, doc_lemma_lowers, subtree


def construal_cands(doc, body: str, scope: str = "broad") -> list[Candidate]:
    """Candidates for 'X sees Y as Z', 'Y, seen as Z', 'Y is seen as Z'. A construal with a named
    holder ('X sees Y as Z') counts in every scope (PolNeAR annotates it about nine times in ten:
    attribution_large 10 rows, 9 right); one held by no one named only in the broad scope (two in
    three)."""
    verbs = cue_lexicon()["construal_verbs"]
    out = []
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem in verbs]:
        tok = doc[i]
        if tok.pos_ != "VERB":
            continue
        as_phrase = _as_phrase(tok)
        if as_phrase is None:
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children(tok))
        subj = _subject(tok)
        obj = next((c for c in children(tok) if c.dep_ == "dobj" and c.i < as_phrase.i), None)
        if not passive and obj is not None and subj is not None and not _is_expletive(subj) and subj.lower_ != "you":
            # (A generic "you" holds no belief: "if you see those two as equal, ...".)
            # "Farmers see the tax as a threat": the object with its as-phrase.
            content = span_of([t for t in subtree(obj)] + [t for t in subtree(as_phrase)])
            source, implicit = _unwrap_source(subj), False
        elif scope != "broad":
            continue
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and _agent(tok) is None:
            # "a state seen as vital for the party": the described noun phrase, cue included.
            content = span_of([t for t in subtree(tok.head) if t.i <= max(x.i for x in subtree(tok))])
            source, implicit = None, True
        elif passive and subj is not None and not _is_expletive(subj) and _agent(tok) is None \
                and tok.dep_ in ("ROOT", "conj") and subj.pos_ in ("NOUN", "PROPN"):
            # "The plan is widely seen as a gamble": the whole clause, no one named.
            content = subtree_span(tok, exclude=[c for c in children(tok) if c.dep_ in ("cc", "conj")])
            source, implicit = None, True
        else:
            continue
        content = trim_span(body, content)
        if not content:
            continue
        out.append(Candidate(source, (tok.idx, tok.idx + len(tok.text)), [content], "verb_construal", 0, cue_tok=tok,
                             extra={"broad": True, "implicit": implicit, "direct_subject": not implicit}))
    return out


def _as_phrase(tok):
    """The 'as'-preposition with an object or complement, on the verb or on its object."""
    heads = [tok] + [c for c in children(tok) if c.dep_ == "dobj"]
    for h in heads:
        for c in children(h):
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i and any(True for _ in children(c)):
                return c
    return None


def passive_belief_cands(doc, body: str) -> list[Candidate]:
    """Candidates for 'X is expected to Y', 'X is considered Y' with no by-agent (implicit source)."""
    verbs = cue_lexicon()["passive_belief_verbs"]
    out = []
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem in verbs]:
        tok = doc[i]
        if tok.tag_ != "VBN" or tok.dep_ not in ("ROOT", "conj", "relcl") or _agent(tok) is not None:
            continue
        subj = next((c for c in children(tok) if c.dep_ == "nsubjpass"), None)
        if subj is None or _is_expletive(subj) or not any(c.dep_ == "auxpass" for c in children(tok)):
            continue
        if not any(c.dep_ in ("xcomp", "oprd") and c.i > tok.i for c in children(tok)):
            continue  # "as expected", "was considered at length": no judged content
        content = trim_span(body, subtree_span(tok, exclude=[c for c in children(tok) if c.dep_ in ("cc", "conj")]))
        if content:
            out.append(Candidate(None, (tok.idx, tok.idx + len(tok.text)), [content], "verb_passive_belief", 1,
                                 cue_tok=tok, extra={"broad": True, "implicit": True, "direct_subject": False}))
    return out

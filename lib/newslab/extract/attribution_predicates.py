"""Stances stated with an adjective ("voters are worried that ...", "she is confident the bill will
pass", "he was critical of the deal", "they are eager to vote").

PolNeAR annotates these as attributions (cue "are worried", source the subject). The adjectives
are in ``data/attribution_cues.json`` (``stance_adjectives``), each with the prepositions that
introduce its content; a that-clause or a to-infinitive is content for all of them. A stance with a
that-clause ("are worried that ...") counts in every scope: PolNeAR annotates it every time on
attribution_large (8 of 8 rows); with a to-infinitive or a preposition only in the broad scope
(right about half the time: "was eager to vote", "critical of the deal").
"""

from __future__ import annotations

from .attribution_cues import Candidate, cue_lexicon, _is_expletive, _subject, _unwrap_source
from .attribution_spans import span_of, subtree_span, trim_span
from .docindex import doc_lowers

#: Verbs that link a subject to a stance adjective ("are worried", "felt confident", "remain skeptical").
_LINKING = frozenset({"be", "feel", "remain", "seem", "appear", "become", "grow", "sound", "look"})

#: Contracted forms of "be", which the lemmatizer leaves unlemmatized when written with a curly
#: apostrophe ("They’re worried").
_CONTRACTED_BE = frozenset({"'s", "'re", "'m"})


def stance_adjective_cands(doc, body: str, scope: str = "broad") -> list[Candidate]:
    """Candidates for 'SUBJECT is ADJ that/to/PREP CONTENT' with a stance adjective (outside the
    broad scope, only those whose content is a that-clause)."""
    adjectives = cue_lexicon()["stance_adjectives"]
    out = []
    for i in [i for i, w in enumerate(doc_lowers(doc)) if w in adjectives]:
        tok = doc[i]
        verb = tok.head
        linking = verb.lemma_.lower() in _LINKING or verb.lower_.replace("’", "'") in _CONTRACTED_BE
        if tok.dep_ not in ("acomp", "oprd") or not linking:
            continue
        subj = _subject(verb)
        if subj is None or _is_expletive(subj):
            continue
        content = _content(tok, verb, adjectives[tok.lower_], clause_only=scope != "broad")
        if content is None:
            continue
        content = trim_span(body, content)
        if not content:
            continue
        cue = span_of([verb, tok]) if verb.i < tok.i else span_of([tok])
        out.append(Candidate(_unwrap_source(subj), cue, [content], "stance_adjective", 3, cue_tok=tok,
                             extra={"broad": True, "direct_subject": True}))
    return out


def _content(adj, verb, preps: list[str], clause_only: bool = False):
    """The that-clause, to-infinitive or prepositional object that holds the stance's content
    (only the that-clause with ``clause_only``)."""
    for head in (adj, verb):
        for c in head.children:
            if c.i < adj.i:
                continue
            if clause_only:
                if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                    return subtree_span(c)
                continue
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                return subtree_span(c)
            if head is adj and c.dep_ == "prep" and c.lower_ in preps:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return subtree_span(pobj)
    return None

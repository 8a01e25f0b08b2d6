"""Quotation frames: '"Q," some protesters chanted' and '"Q!" fumed the senator'.

A full quoted clause that ends in a comma, "!" or "?" inside its marks and is followed, in the
same sentence, by a subject and a verb with nothing else of its own (no object, no clause) is
attributed by that verb whatever the verb is: the frame itself marks speech, and the verbs news
writers put there (chanted, fumed, riffed, scoffed, gushed, reads) are too many to list. Verbs in
the cue lexicon are handled by :mod:`newslab.extract.attribution_cues`; this rule adds the rest.
Inverted, the subject follows the verb ('"Q," read the statement'), where the parser often reads it
as an object and the tagger the verb as a base form.
"""

from __future__ import annotations

from .attribution_cues import Candidate, cue_lexicon
from .attribution_spans import span_of
from .docindex import tokens_in_chars
from .quotes import Quote

#: What a framing verb may have besides the quotation: its subject (inverted or not), adverbs, a time
#: or a place phrase, an adverbial clause ('"Q," the crowd chanted as it marched').
_FRAME_DEPS = frozenset({"nsubj", "advmod", "npadvmod", "prep", "punct", "aux", "neg", "prt", "agent", "advcl"})
#: Verbs that never frame a quotation: being, having, and the writer's own "as ... noted" are not here.
_NOT_FRAMES = frozenset({"be", "have", "do", "get", "go", "come", "make", "take", "seem", "appear", "become"})


def frame_cands(doc, body: str, squotes: list[Quote]) -> list[Candidate]:
    """Candidates for verbs outside the lexicon that frame a quotation right before them."""
    lex = cue_lexicon()
    known = lex["speech_verbs"] | lex["weak_speech_verbs"] | lex["cognition_verbs"] | lex["intention_verbs"]
    out = []
    for q in squotes:
        inner = body[q.inner_start:q.inner_end].rstrip()
        if not q.closed or q.words(body) < 3 or inner[-1:] not in (",", "!", "?"):
            continue
        nxt = tokens_in_chars(doc, q.end, q.end + 80)
        if not nxt or "\n" in body[q.end:nxt[0].idx]:
            continue
        first = next((t for t in nxt if not t.is_punct), None)
        # An inverted frame ('"Q," read the statement') may be tagged a base form.
        verb = next((t for t in nxt[:8] if t.pos_ == "VERB" and (t.tag_ in ("VBD", "VBZ", "VBP") or first is not None and t.i == first.i)), None)
        if verb is None or verb.lemma_.lower() in known | _NOT_FRAMES:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        inverted = None
        if subj is None and first is not None and first.i == verb.i and verb.tag_ != "VBG":
            # '"Q," read the statement': the parser takes the inverted subject for an object.
            inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
            after = inverted.right_edge.i + 1 if inverted is not None else len(doc)
            if after < len(doc) and not doc[after].is_punct:
                inverted = None  # '"Q," screenwriter Lee wrote': a noun the tagger took for the verb
        if any(c.dep_ not in _FRAME_DEPS and c.idx >= q.end and (inverted is None or c.i != inverted.i) for c in verb.children):
            continue  # "..., the group set a record": the verb has words of its own
        subj = subj if subj is not None else inverted
        if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        between = [t for t in nxt if t.i < verb.i]
        lo = subj.left_edge.i if subj.i < verb.i else verb.i
        if any(t.i < lo and not t.is_punct for t in between):
            continue  # only the subject (or nothing, when inverted) stands between quote and verb
        out.append(Candidate(subj, span_of([verb]), [(q.start, q.end)], "verb_frame", 1, cue_tok=verb,
                             extra={"direct_subject": True}))
    return out

"""Lead-in colons: a clause that names its speaker, a colon, then a quotation.

'Quill was blunt: "The night boats lose money."', 'She then addressed the crowd again: "..."',
'He demurred: "Whichever one I'm in."'. The verb before the colon is often no speech verb at
all, so the cue rules miss it; PolNeAR annotates these with the subject as source and the words
from the verb to the colon (or the colon alone) as cue. The quotation is the content.
"""

from __future__ import annotations

from .attribution_cues import Candidate, cue_lexicon, _is_expletive, _subject, _unwrap_source
from .docindex import sent_of
from .quotes import Quote

#: Closest the quotation may start after the colon (a space and the mark).
_MAX_GAP = 3


def leadin_colon_cands(doc, body: str, squotes: list[Quote]) -> list[Candidate]:
    """Candidates for 'SUBJECT VERB ...: "QUOTE"' sentences whose verb is not a speech cue."""
    lex = cue_lexicon()
    speech = lex["speech_verbs"]
    out = []
    for q in squotes:
        colon = body.rfind(":", max(0, q.start - _MAX_GAP), q.start)
        if colon < 0 or body[colon + 1:q.start].strip():
            continue
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        sent = sent_of(span[0])
        # The head of the clause before the colon (the parser may make the quotation the root).
        root = next((t for t in sent if t.idx < colon and t.pos_ in ("VERB", "AUX")
                     and (t.head.i == t.i or t.head.idx > colon)), None)
        if root is None:
            continue
        if root.lemma_.lower() in speech:
            continue  # 'said:' and friends: the speech-verb rules own it
        if any(qq.inner_start <= root.idx < qq.inner_end for qq in squotes):
            continue  # the clause before the colon is itself quoted
        subj = _subject(root, squotes)
        if subj is None or _is_expletive(subj) or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if subj.pos_ == "PRON" and subj.lower_ not in ("he", "she", "they", "we"):
            continue
        cue = (root.idx, colon + 1) if root.i > subj.i else (colon, colon + 1)
        out.append(Candidate(_unwrap_source(subj), cue, [q.span], "leadin_colon", 3, cue_tok=span[0],
                             extra={"direct_subject": False}))
    return out

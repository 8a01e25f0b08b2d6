"""Lead-in colons: a clause that names its speaker, a colon, then a quotation.

'Quill was blunt: "The night boats lose money."', 'She then addressed the crowd again: "..."',
'He demurred: "Whichever one I'm in."'. The verb before the colon is often no speech verb at
all, so the cue rules miss it; PolNeAR annotates these with the subject as source and the words
from the verb to the colon (or the colon alone) as cue. The quotation is the content.

A speech noun before a colon works the same way without a clause ('Their argument: Only the board
can act.', 'Among its findings: The port lost money.', 'From her Facebook post: "..."', 'sent Lee a
message: He must stop.'): the noun and colon are the cue, the rest of the sentence the content, and
the noun's possessor (or the subject of the verb it is the object of) the source; without one
('A simple message: ...') whose words they are is unclear, and there is no attribution.
"""

from __future__ import annotations

from .attribution_cues import Candidate, cue_lexicon, _is_expletive, _subject, _unwrap_source
from .attribution_spans import trim_span
from .docindex import doc_lowers, sent_of
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


#: Labels of the writer's own asides, not anyone's words ("Editor's note: ...").
_WRITER_LABELS = frozenset({"editor", "editors", "editor’s", "editor's"})


def noun_colon_cands(doc, body: str, para_end) -> list[Candidate]:
    """Candidates for 'POSSESSOR's SPEECH-NOUN: CONTENT' (a speech noun right before a colon)."""
    lex = cue_lexicon()
    nouns, speech = lex["speech_nouns"], lex["speech_verbs"]
    lowers = doc_lowers(doc)
    out = []
    for i in [i for i in range(len(doc) - 2) if lowers[i + 1] == ":" and lowers[i] in nouns]:
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in speech:
            continue  # "writing in an email:", "said of the request:": the speech verb's own cue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in _WRITER_LABELS:
            continue
        colon = doc[i + 1]
        start = doc[i + 2]
        end = min(sent_of(start).end_char, para_end(start.idx))
        if "\n" in body[colon.idx:start.idx]:
            continue  # a label closing its line (a heading), not a lead-in
        content = trim_span(body, (start.idx, end))
        if not content or content[1] - content[0] < 12:
            continue
        if poss is not None:
            source = _unwrap_source(poss)
        elif tok.dep_ == "dobj" and _subject(tok.head) is not None and not _is_expletive(_subject(tok.head)):
            source = _unwrap_source(_subject(tok.head))  # "sent Lee a message: ..."
        else:
            continue  # "A simple message: ...", "there's an explanation: ...": whose words is unclear
        out.append(Candidate(source, (tok.idx, colon.idx + 1), [content], "noun_colon", 3, cue_tok=tok,
                             extra={"direct_subject": False}))
    return out

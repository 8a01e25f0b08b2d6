"""Paragraph breaks as sentence boundaries, set before the parser runs.

News text separates paragraphs, headings, datelines and interview turns with blank lines, often
without final punctuation ("Help for the harbour towns" over the next paragraph, "HOST: ..."
turns). The parser alone joins about one sentence in fifteen across such a break, so a heading
becomes the subject of the next paragraph's verb ("Ferry strike in Malmo / The union said ...":
the source was the heading) and an attribution's content runs on into the next turn. A blank line
ends a sentence here, except where the text plainly runs on: a lower-case word after the break
with no full stop before it (texts extracted from web pages break lines mid-sentence: "the
U.S.-led / coalition / conducted"), and a break after a reference mark ("... in 2007.[4]"), where
a forced break would leave the mark a sentence of its own and a pronoun after it without the
sentence before.

The parser respects boundaries set before it (spaCy's ``Token.is_sent_start``) and decides the
others as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .docindex import doc_text

#: A line break, optional blanks, another line break, then any whitespace: what separates paragraphs.
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

#: What may end a sentence before a break that is followed by a lower-case word.
_STOPS = frozenset('.!?:;"”’)')

COMPONENT = "newslab_sentence_bounds"


def _runs_on(text: str, before: int, after: int) -> bool:
    """True where the text before the break at ``[before, after)`` plainly continues after it."""
    prev = text[:before].rstrip()
    if prev.endswith("]"):
        return True  # a reference mark: the parser's sentence as before
    nxt = text[after]
    return nxt.islower() and bool(prev) and prev[-1] not in _STOPS


def set_sentence_bounds(doc):
    """Mark the first token after every blank line as a sentence start (the parser keeps it)."""
    text = doc_text(doc)
    if "\n" not in text:
        return doc
    breaks = [m for m in PARAGRAPH_BREAK.finditer(text) if m.end() < len(text)]
    if not breaks:
        return doc
    starts = doc.to_array("IDX").tolist()
    for m in breaks:
        if _runs_on(text, m.start(), m.end()):
            continue
        i = bisect_left(starts, m.end())
        # The token starting right after the break (never the first: it starts a sentence anyway).
        if 0 < i < len(doc) and starts[i] == m.end():
            doc[i].is_sent_start = True
    return doc


def add_sentence_bounds(nlp) -> None:
    """Pipeline hook: add :data:`COMPONENT` before the parser (once)."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=set_sentence_bounds)
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)

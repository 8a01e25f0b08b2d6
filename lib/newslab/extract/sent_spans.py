"""A document's sentences and their character bounds, once per document.

``doc.sents`` makes a new Span per sentence on every walk, and the chronology and interaction
stages walked it (and read each span's character bounds) once per stage, or once per actor
mention. :func:`doc_sents` keeps the spans (the ones :func:`.docindex.sent_of` already holds) and
their bounds as lists in the document's :func:`.docindex.doc_index` cache (one cache per document for
every stage); a stage maps a character offset to its sentence with a bisect instead of a scan. No
spaCy import here.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from .docindex import doc_index, sent_of


class Sents:
    """The sentences of one document: ``spans`` (as ``list(doc.sents)``), their token bounds
    ``starts`` / ``ends`` and their ``start_chars`` / ``end_chars`` (``span.start_char`` / ``span.end_char``)."""

    __slots__ = ("spans", "starts", "ends", "start_chars", "end_chars")

    def __init__(self, doc) -> None:
        spans = None
        if len(doc):
            sent_of(doc[0])  # fills the shared index's sentence list (unless the Doc has sentence hooks)
            spans = doc_index(doc).sents
        self.spans: list[Any] = list(doc.sents) if spans is None else spans
        self.starts: list[int] = [s.start for s in self.spans]
        self.ends: list[int] = [s.end for s in self.spans]
        self.start_chars: list[int] = [s.start_char for s in self.spans]
        self.end_chars: list[int] = [s.end_char for s in self.spans]

    def of_token(self, i: int) -> int:
        """The index of token ``i``'s sentence (the one :func:`.docindex.sent_of` returns)."""
        return bisect_right(self.starts, i) - 1


def doc_sents(doc) -> Sents:
    """The :class:`Sents` of ``doc`` (read-only: do not modify its lists)."""
    idx = doc_index(doc)
    if idx.sent_bounds is None:
        idx.sent_bounds = Sents(doc)
    return idx.sent_bounds

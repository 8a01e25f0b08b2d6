"""Character spans of tokens and subtrees: the arithmetic every attribution rule shares.

Spans are ``(start, end)`` character offsets into the article body, ``end`` exclusive.
"""

from __future__ import annotations

import re

from .docindex import subtree_ids, token_chars

#: Sentence connectives that join a reported clause to the text before it ("But, officials said,
#: the plan ..."): the writer's link, not reported words (PolNeAR leaves them out about 6 times in 7
#: on attribution_large). Adverbs that are often not connectives ("So far", "Now") stay.
_LEADING_CONNECTIVE = re.compile(r"(?:And yet|But|And|Yet)(?:,\s*|\s+)|(?:Still|However|Instead|Meanwhile),\s*")


def span_of(tokens) -> tuple[int, int] | None:
    """The character span covering ``tokens`` (None for no tokens)."""
    toks = [t for t in tokens]
    if not toks:
        return None
    return _ids_span(toks[0].doc, [t.i for t in toks])


def _ids_span(doc, ids) -> tuple[int, int]:
    """The character span covering the tokens ``ids`` (not empty) of ``doc``: offsets read from
    the per-document lists, no Token objects or strings made. Tokens never overlap, so both
    offsets grow with the token index: the first and last token bound the span."""
    starts, ends = token_chars(doc)
    return (starts[min(ids)], ends[max(ids)])


def trim_span(body: str, span: tuple[int, int] | None, keep_quotes: bool = True) -> tuple[int, int] | None:
    """Strip spaces and outer punctuation (but not quote marks) from a span."""
    if span is None:
        return None
    s, e = span
    strip = " \t\n,;:—–-." if keep_quotes else " \t\n,;:—–-.\"“”‘’'«»„"
    while s < e and body[s] in strip:
        s += 1
    while e > s and body[e - 1] in " \t\n,;:—–-.":
        e -= 1
    # A conjunction the parser left at the end ("that Lee is a fraud and", the next act cut off).
    for conj in (" and", " or", " but"):
        if body.endswith(conj, s, e) and e - len(conj) > s:
            e -= len(conj)
            while e > s and body[e - 1] in " \t\n,;:—–-.":
                e -= 1
            break
    return (s, e) if e > s else None


#: A wire dateline opening a paragraph: a town (in capitals, or in title case with a region, a date or an agency
#: after it), then a spaced dash: "BRUSSELS (Reuters) - ", "Brussels, 13 February 2024 — ", "DES MOINES, Iowa — ".
_DATELINE = re.compile(r"(?P<town>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
                       r"(?P<rest>(?:,(?: [A-Z][\w.]*| \d{1,2},?| \d{4})+)*(?: \([A-Za-z. ]+\))?) ?(?:—|–|--?|_) ")


def drop_leading_dateline(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """A content span without the dateline that opens its paragraph ("BRUSSELS (Reuters) - The Commission approved
    the deal, Lee said": what Lee said starts at "The"). Only at a paragraph's start, and only a town in capitals or
    one with a region, a date or an agency after it ("Lee — who ..." is no dateline)."""
    s, e = span
    if s > 0 and body[s - 1] != "\n":
        return span
    m = _DATELINE.match(body, s, e)
    if m is None or m.end() >= e or not (m["rest"] or m["town"].isupper() and len(m["town"]) > 2):
        return span
    return (m.end(), e)


def drop_leading_connective(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """A content span without a sentence connective at its start ("But the plan ..." -> "the plan ...")."""
    m = _LEADING_CONNECTIVE.match(body, span[0], span[1])
    if m is None or m.end() >= span[1]:
        return span
    return (m.end(), span[1])


def subtree_span(tok, exclude=()) -> tuple[int, int]:
    """The character span of ``tok``'s subtree, without the subtrees of ``exclude``."""
    ex = set()
    for t in exclude:
        ex.update(subtree_ids(t))
    ids = [i for i in subtree_ids(tok) if i not in ex]
    return _ids_span(tok.doc, ids) if ids else (tok.idx, tok.idx + len(tok.text))


def span_pieces(doc, lo: int, hi: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character span [lo, hi) minus the holes, as contiguous pieces."""
    pieces = [(lo, hi)]
    for hs, he in sorted(holes):
        nxt = []
        for s, e in pieces:
            if he <= s or hs >= e:
                nxt.append((s, e))
                continue
            if hs > s:
                nxt.append((s, hs))
            if he < e:
                nxt.append((he, e))
        pieces = nxt
    return pieces


def merge_spans(frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones merged."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(frags)):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

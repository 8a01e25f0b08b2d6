"""The quote-mark layer: find quoted passages in an article body, robustly.

Pairs straight double quotes (``"``), curly doubles (“ ”), guillemets (« », and » « as used in
some German text), low-high quotes („ “), and the doubled apostrophes (``''``) that some
newspaper archives use. Single curly quotes (‘ ’) count only when the opener stands at a word
boundary and no double quote is open, so apostrophes (Trump’s, voters’, ’90s) are never quote
marks. A paragraph that opens a quote and does not close it continues into the next paragraph
when that paragraph opens with a quote mark (the newspaper convention for long quotes) or
closes one before opening another; otherwise the quote ends with its paragraph and is marked
unclosed. Odd counts, stray closers and empty quotes are tolerated: nothing here raises.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

#: Double-quote openers and the closers each accepts.
_DOUBLE_OPEN = {"“": "”“\"", "„": "“”\"", "«": "»", "»": "«", '"': '"”“', "''": "''", "``": "''"}
_MARKS = re.compile(r"''|``|[\"“”„«»‘’]")
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Quote:
    """One quoted passage: ``[start, end)`` includes the marks; ``inner`` excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True
    single: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """``[start, end)`` with the quote marks."""
        return (self.start, self.end)

    def words(self, body: str) -> int:
        """How many words the quote holds."""
        return len(body[self.inner_start:self.inner_end].split())


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORD.match(ch))


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\n[ \t]*\n+", body):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def _role(body: str, i: int, mark: str) -> str:
    """Whether a mark at ``i`` looks like an opener, a closer, or either (straight marks)."""
    before = body[i - 1] if i > 0 else " "
    after = body[i + len(mark)] if i + len(mark) < len(body) else " "
    if mark in ("“", "„", "«", "``"):
        return "open"
    if mark in ("”", "»"):
        # A closer glued to the start of a word after a space is a misused opener.
        if before.isspace() and _is_word(after):
            return "open"
        return "close"
    # Straight marks: decide from the neighbours.
    if before.isspace() or before in "([{—–-/" or i == 0:
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-" or after == "":
        return "close"
    return "either"


@lru_cache(maxsize=8)
def quotes_of(body: str) -> tuple[Quote, ...]:
    """:func:`find_quotes` of ``body``, found once per article: the interaction and attribution stages both read them."""
    return tuple(find_quotes(body))


def find_quotes(body: str) -> list[Quote]:
    """Every quoted passage in ``body``, in text order (never raises)."""
    try:
        doubles = _find_doubles(body)
    except Exception:  # noqa: BLE001 - a malformed article must never stop the analysis
        doubles = []
    try:
        singles = _find_singles(body, doubles)
    except Exception:  # noqa: BLE001
        singles = []
    return sorted(doubles + singles, key=lambda q: (q.start, q.end))


def _find_doubles(body: str) -> list[Quote]:
    paragraphs = _paragraph_spans(body)
    quotes: list[Quote] = []
    open_at: int | None = None
    open_mark = ""
    for pi, (ps, pe) in enumerate(paragraphs):
        marks = [(m.start(), m.group()) for m in _MARKS.finditer(body, ps, pe) if m.group() not in "‘’"]
        first = True
        for i, mark in marks:
            role = _role(body, i, mark)
            if open_at is None:
                if role == "close" and mark in "”»":
                    continue  # a stray closer: ignore it
                if mark == "''" and role == "close":
                    continue
                open_at, open_mark = i, mark
            else:
                accepts = _DOUBLE_OPEN.get(open_mark, '"”')
                if open_at < ps and first and role in ("open", "either") and mark in _DOUBLE_OPEN:
                    # A long quote re-opened at the start of the next paragraph: keep it open.
                    first = False
                    continue
                if mark in accepts and (role != "open" or open_mark in ("„", "»")):
                    quotes.append(Quote(open_at, i + len(mark), open_at + len(open_mark), i, True))
                    open_at = None
                elif role == "open":
                    # A new opener while one is open: the first was never closed.
                    quotes.append(_unclosed(body, open_at, open_mark, i))
                    open_at, open_mark = i, mark
            first = False
        if open_at is not None:
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt is None or not _continues(body, nxt):
                quotes.append(_unclosed(body, open_at, open_mark, pe))
                open_at = None
    return [q for q in quotes if q.end > q.start]


def _continues(body: str, para: tuple[int, int]) -> bool:
    """Whether an unclosed quote carries on into paragraph ``para``."""
    ps, pe = para
    text = body[ps:pe]
    if text[:1] in "“\"„«" or text[:2] in ("''", "``"):
        return True
    m = next((m for m in _MARKS.finditer(body, ps, pe) if m.group() not in "‘’"), None)
    return bool(m) and _role(body, m.start(), m.group()) == "close"


def _unclosed(body: str, start: int, mark: str, limit: int) -> Quote:
    end = limit
    while end > start and body[end - 1].isspace():
        end -= 1
    return Quote(start, end, start + len(mark), end, False)


def _find_singles(body: str, doubles: list[Quote]) -> list[Quote]:
    """Curly single quotes outside double quotes, opening at a word boundary."""
    inside = [(q.start, q.end) for q in doubles]
    out: list[Quote] = []
    for ps, pe in _paragraph_spans(body):
        i = ps
        while True:
            i = body.find("‘", i, pe)
            if i < 0:
                break
            before = body[i - 1] if i > ps else " "
            after = body[i + 1] if i + 1 < pe else " "
            if _is_word(before) or after.isspace() or any(s <= i < e for s, e in inside):
                i += 1
                continue
            j = i + 1
            close = -1
            while True:
                j = body.find("’", j, pe)
                if j < 0:
                    break
                nxt = body[j + 1] if j + 1 < pe else " "
                if not _is_word(nxt):  # Trump’s: the ’ is an apostrophe, keep looking
                    close = j
                    break
                j += 1
            if close < 0:
                i += 1
                continue
            out.append(Quote(i, close + 1, i + 1, close, True, single=True))
            i = close + 1
    return out


def quoted_chars(quotes: list[Quote], start: int, end: int) -> int:
    """How many characters of ``[start, end)`` lie inside the given quotes."""
    total = 0
    for q in quotes:
        # Only overlapping quotes add (the same sum as max(0, min(end, q.end) - max(start, q.start))
        # over all): the attribution rules ask this for every candidate, and most quotes are elsewhere.
        qs, qe = q.start, q.end
        if qs < end and qe > start:
            overlap = (end if end < qe else qe) - (start if start > qs else qs)
            if overlap > 0:
                total += overlap
    return total

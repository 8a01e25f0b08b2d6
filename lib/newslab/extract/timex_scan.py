"""The timex rules' token patterns, matched in plain Python over a document's word lists.

spaCy's ``Matcher`` makes Token objects for every token of every span it is run on and calls a
Python predicate per token for each ``IN``/``REGEX`` test: the timex rules, run as ~17 Matchers
per news article (one per pattern group and window), cost about 1 ms an article. The rules use
only ``LOWER``/``TEXT``/``ORTH`` tests (a string, ``IN`` a list, ``REGEX``) and the ``?``
operator, so a match is any run of tokens a pattern aligns with, token for token, an optional
token taken or skipped: the Matcher's (non-greedy) matches. :class:`PatternScanner` finds them
from one required token per pattern (its anchor), looked up by word, then checks the pattern's
other tokens leftwards and rightwards of it. No spaCy import here.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

#: Which word list a test reads: the lower-cased text (``LOWER``) or the text (``TEXT``/``ORTH``).
_LOWER, _TEXT = 0, 1
#: Test kinds: equal to a string, in a set of strings, a regex found in the word (``re.search``, as spaCy).
_EQ, _IN, _RE = 0, 1, 2


def compile_token(tok: dict) -> tuple[int, int, Any, bool]:
    """``(word list, kind, value, optional)`` of one Matcher token pattern; ValueError for
    anything a rule does not use (other attributes or operators)."""
    op = tok.get("OP")
    if op not in (None, "?"):
        raise ValueError(f"operator {op!r} is not supported")
    specs = [(k, v) for k, v in tok.items() if k != "OP"]
    if len(specs) != 1 or specs[0][0] not in ("LOWER", "TEXT", "ORTH"):
        raise ValueError(f"token pattern {tok!r} is not supported")
    attr, spec = specs[0]
    where = _LOWER if attr == "LOWER" else _TEXT
    if isinstance(spec, str):
        return where, _EQ, spec, op == "?"
    if isinstance(spec, dict) and len(spec) == 1:
        (pred, value), = spec.items()
        if pred == "IN" and all(isinstance(v, str) for v in value):
            return where, _IN, frozenset(value), op == "?"
        if pred == "REGEX" and isinstance(value, str):
            return where, _RE, re.compile(value), op == "?"
    raise ValueError(f"token pattern {tok!r} is not supported")


class _Node:
    """A trie node: the token tests on from here (one child per distinct test) and the patterns
    whose tokens on one side of the anchor end here."""

    __slots__ = ("children", "ends")

    def __init__(self) -> None:
        self.children: dict[tuple, _Node] = {}
        self.ends: list[int] = []


class _Group:
    """The patterns anchored on one token test: their tokens left of the anchor (read outwards)
    and right of it in two tries, so that patterns sharing tokens next to the anchor (the
    variants of one rule) check them once."""

    __slots__ = ("left", "right", "right_of")

    def __init__(self) -> None:
        self.left, self.right = _Node(), _Node()
        self.right_of: dict[int, _Node] = {}  # pattern -> its right-hand trie node

    def add(self, pid: int, toks: tuple, k: int) -> None:
        node = self.left
        for tok in reversed(toks[:k]):
            node = node.children.setdefault(tok, _Node())
        node.ends.append(pid)
        node = self.right
        for tok in toks[k + 1:]:
            node = node.children.setdefault(tok, _Node())
        self.right_of[pid] = node


def _walk(root: _Node, i: int, texts: tuple, n: int, step: int) -> dict[int, tuple[_Node, list[int]]]:
    """Per trie node reached from token ``i`` (``id`` -> node, positions): where the tokens from the
    anchor to that node can reach, leftwards (``step`` -1: start positions) or rightwards
    (``step`` 1: end positions, exclusive). A node no position reaches is left out."""
    start = i if step < 0 else i + 1
    out = {id(root): (root, [start])}
    if not root.children:  # a pattern side with no tokens (the anchor starts or ends it): nothing to walk
        return out
    stack = [(root, [start])]
    while stack:
        node, positions = stack.pop()
        for test, child in node.children.items():
            where, kind, value, optional = test
            words = texts[where]
            nxt = []
            for p in positions:
                j = p - 1 if step < 0 else p
                if 0 <= j < n:
                    # the token test (equal, in a set, a regex found in the word), inline: the scanner's innermost step
                    w = words[j]
                    if (w == value if kind == _EQ else w in value if kind == _IN else value.search(w) is not None):
                        nxt.append(j if step < 0 else j + 1)
                if optional:
                    nxt.append(p)  # the optional token skipped
            if nxt:
                if optional:
                    nxt = sorted(set(nxt))
                out[id(child)] = (child, nxt)
                stack.append((child, nxt))
    return out


class PatternScanner:
    """All ``(key, start, end)`` alignments of keyed token patterns in a document.

    Each pattern is anchored on one of its required tokens: a test that common words fail where
    it has one (``rare`` words, e.g. the timex trigger words, or a digit shape), so that few
    tokens start a check. Patterns anchored on the same test form one :class:`_Group`."""

    def __init__(self, patterns: Iterable[tuple[Any, list[dict]]], rare: frozenset[str] = frozenset()) -> None:
        self.keys: list[Any] = []
        groups: dict[tuple, _Group] = {}
        for key, pat in patterns:
            toks = tuple(compile_token(t) for t in pat)
            k = _anchor(toks, rare)
            groups.setdefault(toks[k], _Group()).add(len(self.keys), toks, k)
            self.keys.append(key)
        self._by_word: tuple[dict[str, list[_Group]], dict[str, list[_Group]]] = ({}, {})
        self._by_regex: list[tuple[int, Any, _Group]] = []
        for (where, kind, value, _), group in groups.items():
            if kind == _RE:
                self._by_regex.append((where, value, group))
            else:
                for w in ([value] if kind == _EQ else value):
                    self._by_word[where].setdefault(w, []).append(group)
        #: Per word list, one regex that finds a match where any anchor regex on that list does (an
        #: alternation of them all), None where they do not combine: a word none of them matches (most
        #: words) skips the ~20 searches in :meth:`_groups`, paid for each new word of a document.
        self._any_regex = tuple(_alternation([rx for w, rx, _ in self._by_regex if w == where]) for where in (_LOWER, _TEXT))
        #: Text -> (its lower-cased form, the groups its token anchors): a pure function of the
        #: word (spaCy's LOWER is a lexeme attribute), kept across documents; cleared when large.
        self._anchored: dict[str, tuple[str, tuple[_Group, ...]]] = {}

    def _groups(self, word: str, low: str) -> tuple[_Group, ...]:
        out = list(self._by_word[_LOWER].get(low, ())) + list(self._by_word[_TEXT].get(word, ()))
        any_low, any_text = self._any_regex
        if (any_low is None or any_low.search(low) is not None) or (any_text is None or any_text.search(word) is not None):
            out.extend(group for where, rx, group in self._by_regex if rx.search(low if where == _LOWER else word) is not None)
        if len(self._anchored) > 200_000:
            self._anchored.clear()
        self._anchored[word] = (low, tuple(out))
        return self._anchored[word][1]

    def __call__(self, words: list[str], lows: list[str]) -> set[tuple[Any, int, int]]:
        """Every ``(key, start, end)`` whose pattern aligns with tokens ``start`` to ``end - 1``."""
        out: set[tuple[Any, int, int]] = set()
        n = len(words)
        texts = (lows, words)
        anchored = self._anchored.get
        for i in range(n):
            hit = anchored(words[i])
            groups = hit[1] if hit is not None and hit[0] == lows[i] else self._groups(words[i], lows[i])
            for group in groups:
                rights = None
                for node, starts in _walk(group.left, i, texts, n, -1).values():
                    if not node.ends:
                        continue
                    if rights is None:
                        rights = _walk(group.right, i, texts, n, 1)
                    for pid in node.ends:
                        reached = rights.get(id(group.right_of[pid]))
                        if reached is not None:
                            key = self.keys[pid]
                            out.update((key, s, e) for s in starts for e in reached[1])
        return out


def _alternation(regexes: list) -> Any:
    """One compiled regex whose ``search`` finds a match exactly where one of ``regexes`` does
    (``(?:a)|(?:b)|...``: at each position the alternatives are tried in turn); None for none, or
    for regexes that do not combine (flags, back-references or group names of their own)."""
    if not regexes or any(rx.flags & ~re.UNICODE or rx.groupindex or re.search(r"\\\d|\(\?P=", rx.pattern)
                          for rx in regexes):
        return None
    try:
        return re.compile("|".join(f"(?:{rx.pattern})" for rx in regexes))
    except re.error:  # pragma: no cover - a pattern that only compiles on its own
        return None


#: Words nearly every text has: a token test they pass is a poor anchor.
_COMMON = ("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "from", "with", "as", "is",
           "was", "it", "he", "they", "this", "that", "his", "their", "its", "not", "be", "has", "had", "said")
_COMMON_WORDS = frozenset(_COMMON) | {w.capitalize() for w in _COMMON}


def _anchor(toks: tuple, rare: frozenset[str]) -> int:
    """The index of the required token to look a pattern up by: the one that passes the fewest
    words by a rough guess (only ``rare`` words, then a regex no common word passes, then the
    smallest word set without a common word, then the rest)."""
    best, best_cost = None, None
    for k, (_, kind, value, optional) in enumerate(toks):
        if optional:
            continue
        if kind == _RE:
            cost = (3 if any(value.search(w) for w in _COMMON_WORDS) else 1, 0)
        else:
            words = {value} if kind == _EQ else value
            cost = (0 if words <= rare else 4 if words & _COMMON_WORDS else 2, len(words))
        if best_cost is None or cost < best_cost:
            best, best_cost = k, cost
    if best is None:
        raise ValueError("a pattern needs a required token")
    return best

"""A faster, exact stand-in for the pipeline's ``attribute_ruler``.

spaCy's English pipelines map each fine-grained tag to a part of speech and morphology, and fix a
few words ("I", "'d", "something"), with an ``AttributeRuler``: about 180 token patterns run by a
``Matcher`` over every token. In ``en_core_web_sm`` that matching costs about as much as the whole
dependency parser (about 2.5 ms of a 100-word article's 23 ms), because every pattern is tried at
every token. Nearly all the patterns test one token's own attributes (tag, lower-case form,
dependency label, is-space), so which patterns a token starts depends only on those few values:
this component looks that answer up in a table keyed by them, built on first sight of a key, and
checks the few multi-token patterns only where their first token matches. It then applies the
ruler's attributes in the ruler's own order (a later pattern wins), with one ``Doc.from_array``.

The result is the ruler's, token for token (``tests/test_attribute_lookup.py`` compares the
two); a ruler using anything this does not implement (operators, other attributes) is left in place unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pipe_swap import swap_component

#: Token attributes a pattern may test here (spaCy attribute names).
SUPPORTED_ATTRS = ("TAG", "LOWER", "ORTH", "DEP", "POS", "IS_SPACE")

#: Attributes the ruler may set here, in the column order of :meth:`AttributeLookup.__call__`.
SET_ATTRS = ("POS", "MORPH", "LEMMA", "TAG", "DEP")

#: Distinct token keys remembered before the table is cleared (memory stays bounded on any corpus).
MAX_KEYS = 200_000


@dataclass(frozen=True)
class _Pattern:
    """One pattern alternative: tests per token, the ruler's order of the pattern (later wins)
    and the token it sets. A test is (column, kind, payload): kind "in" or "not_in" with a set of
    value ids, or "regex" with a compiled expression searched in the value's string, as spaCy's
    ``Matcher`` does."""

    order: int
    tests: tuple[tuple[tuple[int, str, object], ...], ...]
    target: int

    def token_matches(self, k: int, row: tuple, strings) -> bool:
        """Whether the token with attribute values ``row`` fits this pattern's ``k``-th token."""
        for col, kind, payload in self.tests[k]:
            value = row[col]
            if kind == "in":
                ok = value in payload
            elif kind == "not_in":
                ok = value not in payload
            else:
                ok = bool(payload.search(strings[value]))
            if not ok:
                return False
        return True


def _value_ids(strings, attr: str, value) -> set[int]:
    values = value if isinstance(value, (list, tuple)) else [value]
    if attr == "IS_SPACE":
        return {int(bool(v)) for v in values}
    return {strings.add(v) if isinstance(v, str) else int(v) for v in values}


def compile_patterns(ruler) -> tuple[tuple[str, ...], list[_Pattern]] | None:
    """The ruler's patterns as :class:`_Pattern` tests over the columns they read, or None when
    a pattern uses anything this module does not implement."""
    from spacy.attrs import IDS

    strings = ruler.vocab.strings
    columns: list[str] = []
    compiled: list[_Pattern] = []
    set_ids = {IDS[a] for a in SET_ATTRS}
    for order, (spec, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
        if set(attrs) - set_ids:
            return None
        for alternative in spec["patterns"]:
            tests = []
            for token in alternative:
                token_tests = []
                for key, value in token.items():
                    attr = key.upper()
                    kind = "in"
                    if isinstance(value, dict):
                        if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
                            return None
                        kind = next(iter(value)).lower()
                        value = next(iter(value.values()))
                    if attr not in SUPPORTED_ATTRS or (attr in ("POS", "IS_SPACE") and kind == "regex"):
                        return None
                    if attr == "POS" and isinstance(value, str):
                        return None  # POS values are enum numbers in the arrays, not string ids
                    if attr not in columns:
                        columns.append(attr)
                    payload = re.compile(value) if kind == "regex" else frozenset(_value_ids(strings, attr, value))
                    token_tests.append((columns.index(attr), kind, payload))
                tests.append(tuple(token_tests))
            if not tests:
                return None
            target = index if index >= 0 else len(tests) + index
            if not 0 <= target < len(tests):
                return None
            compiled.append(_Pattern(order, tuple(tests), target))
    return tuple(columns), compiled


@dataclass(frozen=True)
class _Entry:
    """For one key of token values: the single-token patterns it fits (their orders), their
    attributes merged in that order, the multi-token patterns it may start, and every
    (pattern, position) it fits."""

    singles: tuple[int, ...]
    merged: tuple[tuple[int, int], ...]
    multi: tuple[int, ...]
    fits: frozenset


class AttributeLookup:
    """The pipeline component: :func:`compile_patterns` of a ruler, applied per token by lookup."""

    def __init__(self, ruler, columns: tuple[str, ...], patterns: list[_Pattern]):
        from spacy.attrs import IDS

        self.columns = [IDS[c] for c in columns]
        self.set_columns = [IDS[a] for a in SET_ATTRS]
        self.patterns = patterns
        col_of = {attr_id: i for i, attr_id in enumerate(self.set_columns)}
        # Per ruler entry: (column in the output array, value) pairs, in the ruler's own order.
        self.assignments = [tuple((col_of[a], v) for a, v in attrs.items()) for attrs in ruler.attrs]
        self._keys: dict[tuple, _Entry] = {}
        # Each pattern token is filed under one value it requires (an "in" test, the lower-case
        # form first: the rarest), so a new token is checked only against the pattern tokens
        # filed under its own values, plus the few without such a test.
        self._anchors: dict[int, dict[int, list[tuple[int, int]]]] = {}
        always = []
        lower = columns.index("LOWER") if "LOWER" in columns else -1
        for p, pat in enumerate(patterns):
            for k, tests in enumerate(pat.tests):
                required = sorted((col != lower, col) for col, kind, _ in tests if kind == "in")
                if not required:
                    always.append((p, k))
                    continue
                col = required[0][1]
                values = next(payload for c, kind, payload in tests if c == col and kind == "in")
                for value in values:
                    self._anchors.setdefault(col, {}).setdefault(value, []).append((p, k))
        self._always = tuple(always)

    def _token_entry(self, row: tuple, strings) -> _Entry:
        """What a token with these attribute values starts or fits (:class:`_Entry`), from the table."""
        entry = self._keys.get(row)
        if entry is None:
            candidates = [*self._always]
            for col, by_value in self._anchors.items():
                candidates.extend(by_value.get(row[col], ()))
            fits = frozenset((p, k) for p, k in candidates if self.patterns[p].token_matches(k, row, strings))
            starts = sorted(p for p, k in fits if k == 0)
            singles = tuple(self.patterns[p].order for p in starts if len(self.patterns[p].tests) == 1)
            merged: dict[int, int] = {}
            for order in singles:
                merged.update(self.assignments[order])
            entry = _Entry(singles, tuple(merged.items()), tuple(p for p in starts if len(self.patterns[p].tests) > 1), fits)
            if len(self._keys) >= MAX_KEYS:
                self._keys.clear()
            self._keys[row] = entry
        return entry

    def __call__(self, doc):
        import numpy

        if not len(doc):
            return doc
        rows = [tuple(r) for r in doc.to_array(self.columns).tolist()]
        strings = doc.vocab.strings
        entries = [self._token_entry(row, strings) for row in rows]
        n = len(rows)
        # Tokens a multi-token pattern sets: the orders of those patterns, by target token.
        extra: dict[int, list[int]] = {}
        for start, entry in enumerate(entries):
            for p in entry.multi:
                pat = self.patterns[p]
                length = len(pat.tests)
                if start + length <= n and all((p, k) in entries[start + k].fits for k in range(1, length)):
                    extra.setdefault(start + pat.target, []).append(pat.order)
        out = doc.to_array(self.set_columns).tolist()
        for i, entry in enumerate(entries):
            row = out[i]
            if i in extra:  # merge both kinds in the ruler's order
                for order in sorted((*entry.singles, *extra[i])):
                    for col, value in self.assignments[order]:
                        row[col] = value
            else:
                for col, value in entry.merged:
                    row[col] = value
        doc.from_array(self.set_columns, numpy.array(out, dtype=numpy.uint64))
        return doc


#: The factory name of :class:`AttributeLookup` (built from the pipeline's own ``attribute_ruler``).
FACTORY = "newslab_attribute_lookup"


def _make_lookup(nlp, name):  # spaCy's factory signature (name unused)
    ruler = nlp.get_pipe("attribute_ruler")
    return AttributeLookup(ruler, *compile_patterns(ruler))


def install(nlp) -> bool:
    """Replace the pipeline's ``attribute_ruler`` by an :class:`AttributeLookup` of its patterns
    (same name, same place); False, pipeline unchanged, where there is none or its patterns are
    not all supported."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, AttributeLookup):
        return True
    if compile_patterns(ruler) is None:
        return False
    swap_component(nlp, "attribute_ruler", FACTORY, _make_lookup)
    return True

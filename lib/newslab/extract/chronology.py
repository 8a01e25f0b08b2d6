"""Chronology: TIMEX3 time expressions, dated events and their order.

Three stages, called in this order by :func:`newslab.extract.analysis.analyze_doc`:

* :func:`extract_timexes` finds time expressions with the spaCy ``Matcher`` rules of
  :mod:`newslab.extract.timex_rules` and values them (:mod:`newslab.extract.timex_normalise`) against the article date (tense-aware), the
  previous date of the narrative (anaphora) and the rule's own shape.
* :func:`extract_events` turns predicates (verbs, and event nouns such as *talks*, *revolt*,
  *signing*) into events with the actors of their clause, anchors each to the timex it governs
  (through on/in/since/during/by/before/after), gives it an interval, dates reporting verbs
  without a timex to the article date, and orders the rest by narrative cues ("earlier",
  past perfect, "after ...").
* :func:`date_interactions` copies an event's date onto the interaction that shares its trigger
  or sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .tables import _cell, _column_index, _column_names, make_table, object_frame, table_records, table_rows
from .docindex import children, doc_lowers, doc_text, doc_words, sent_of, span_text
from ..seeds import Article
from .timex_normalise import Context, clause_tense, normalise
from .timex_rules import core_length, matcher_for
from .sent_spans import doc_sents
from .timex_postpone import postponed_to
from .timex_runs import date_runs, dated_weekdays, month_ranges
from .timexes import Timex, count_in, lexicon, value_interval

if TYPE_CHECKING:  # annotations only: importing actors would import spaCy
    from .actors import ActorSet

#: Prepositions that tie an event to a timex, and what they say about the interval.
ANCHOR_PREPS = {"on", "in", "at", "during", "since", "by", "before", "after", "until", "till", "from", "through",
                "throughout", "over", "for", "within", "around", "between", "as", "of", "to"}


# ---------------------------------------------------------------------------------------------
# Time expressions


def find_timexes(doc, dct: dt.date) -> list[Timex]:
    """All time expressions of a parsed text, valued against the article date ``dct``."""
    out: list[Timex] = []
    anchors: list[str] = []
    last_tense: tuple[int, str | None, int] = (-1, None, -1)  # (sentence start, direction, token end) of the previous timex
    prev_end = -2  # token end of the previous timex
    ends_period = False  # whether the last anchor closes a reported period ("the quarter ended Sept. 30")
    lows = doc_lowers(doc)
    for rule, s, e in matcher_for(doc.vocab)(doc):
        span = doc[s:e]
        core = s + core_length(lows[s:e])  # valued without a tail like "or so"
        words = lows[s:core]
        tense = _timex_tense(doc, span, last_tense, rule)
        if rule == "unit_of" and words == ["the", "end", "of", "the", "day"] and s > 0 and lows[s - 1] == "at" \
                and tense in (None, "present"):
            continue  # "at the end of the day, what matters is ...": the idiom (ultimately), not a time
        ctx = Context(dct=dct, tense=tense, anchor=anchors[-1] if anchors else None, anchors=list(anchors),
                      prev=lows[s - 1] if s > 0 else "", after=tuple(lows[core:core + 8]), ends_period=ends_period)
        try:
            res = normalise(rule, words, ctx)
        except (ValueError, KeyError, TypeError, StopIteration, OverflowError):
            res = None
        if res is None:
            continue
        ttype, value, mod = res
        if _direction(value, dct) == "future" and (_since_phrase(doc, s) or (
                rule in ("month_day", "day_month", "clock") and tense == "past" and _past_event_on(span))):
            value = _year_back(value)
        if rule == "anaphor_offset" and words[-1] in ("later", "earlier"):
            than_end = _than_planned(doc, e)
            named = out[-1] if out and out[-1].start >= sent_of(span).start_char else None
            if than_end is not None and named is not None and named.type in ("DATE", "TIME"):
                # "on Nov. 11, three days later than planned": the delay of the date just named
                span, e = doc[s:than_end], than_end
                ttype, value, mod = named.type, named.value, None
        if _comparison(rule, words) and _months_period(out, sent_of(span).start_char) and re.fullmatch(r"\d{4}-Q[1-4]", value):
            value = value[:4]  # "for the nine months, ... compared with $2 million a year earlier": no quarter
        if rule == "deictic" and words == ["today"] and _generic_today(doc, e):
            value = "PRESENT_REF"
        if rule == "month" and len(words) == 1 and prev_end == s - 1 and lows[s - 1] in _RANGE_JOINERS:
            value = _range_end(out[-1].value, value)
        if rule == "weekday" and len(words) == 1 and prev_end == s - 1 and lows[s - 1] in _RANGE_JOINERS \
                and out and out[-1].rule == "weekday":
            value = _weekday_range_end(out[-1].value, value)
        elif rule == "weekday" and len(words) == 1 and tense is None:
            # "marched on Saturday. Police used water cannon to disperse them late on Saturday": a weekday named again
            # with no tense of its own is the day the article already named
            value = next((t.value for t in reversed(out) if t.rule == "weekday" and t.text.lower() == words[0]), value)
        prev_end = e
        last_tense = (sent_of(span).start, _direction(value, dct), e)
        if rule == "year_range":
            out.extend(_split_range(span, rule, tense))
            anchors.append(out[-1].value)
            ends_period = False
            continue
        partner = _range_day(doc, rule, s, e, value, tense) or _range_count(doc, rule, s, ttype, value)
        if partner is not None and partner.start < span.start_char:
            out.append(partner)
        out.append(Timex(span.start_char, span.end_char, span_text(span), ttype, value, mod, rule, tense, span.root.i))
        if partner is not None and partner.start > span.start_char:
            out.append(partner)
        if ttype in ("DATE", "TIME") and value_interval(value) is not None and rule not in ("ref",) \
                and not _comparison(rule, words):
            anchors.append(value)
            ends_period = s > 0 and lows[s - 1] in ("ended", "ending")
        elif rule == "duration" and e < len(doc) and lows[e] in ("later", "afterwards", "afterward"):
            # "Three days later": the timex is the count (TimeML), but the narrative moves on by it
            moved = normalise("anaphor_offset", words + [lows[e]], ctx)
            if moved is not None and moved[0] == "DATE" and value_interval(moved[1]) is not None:
                anchors.append(moved[1])
                ends_period = False
    date_runs(doc.text, out, dct.isoformat())
    dated_weekdays(doc.text, out)  # "at 5 p.m. on Friday, Nov. 17"
    month_ranges(doc.text, out)  # "between March and June of last year"
    return out


def _months_period(out: list[Timex], sent_start: int) -> bool:
    """Whether the sentence so far reports a run of months longer than a quarter ("For the nine
    months, net rose ...", "in the first six months"): a year-ago comparison in it is that year,
    not the quarter an earlier sentence reported."""
    return any(t.start >= sent_start and t.type == "DURATION" and re.fullmatch(r"P([4-9]|1[01])M", t.value or "")
               for t in reversed(out[-4:]))


def _than_planned(doc, e: int) -> int | None:
    """The token end of "than (originally) planned" right after token ``e``, or None."""
    if e >= len(doc) or doc[e].lower_ != "than":
        return None
    j = e + 1
    while j < len(doc) and j <= e + 2 and doc[j].pos_ == "ADV":
        j += 1
    if j < len(doc) and doc[j].lower_ in lexicon()["plan_participles"]:
        return j + 1
    return None


def _generic_today(doc, e: int) -> bool:
    """Whether "today" ending at token ``e`` is the generic present: "today's" before a proper noun
    or a generic head ("today's youth", "today's GM"), not before an event ("today's meeting")."""
    if e + 1 >= len(doc) or doc[e].lower_ not in ("'s", "’s"):
        return False
    nxt = doc[e + 1]
    if nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True
    head = nxt.head if nxt.dep_ in ("amod", "compound") and nxt.head.i > nxt.i and nxt.head.is_alpha else nxt
    return head.lower_ in lexicon()["generic_today_heads"]


#: Words between the two ends of a range ("from June to November").
_RANGE_JOINERS = {"to", "through", "until", "till", "-", "–"}


def _range_end(first: str, second: str) -> str:
    """The end of a range of yearless months, moved to the first such month on or after its start
    ("from June to November" written in March: both this year, not June this year and last November)."""
    m1, m2 = re.match(r"^(\d{4})-(\d\d)$", first or ""), re.match(r"^(\d{4})-(\d\d)$", second)
    if not (m1 and m2):
        return second
    year = int(m1[1]) if int(m2[2]) >= int(m1[2]) else int(m1[1]) + 1
    return f"{year}-{m2[2]}"


def _weekday_range_end(first: str, second: str) -> str:
    """The end of a range of weekdays, moved to the first such day after its start ("from Tuesday
    to Thursday" written on a Wednesday: the Thursday after that Tuesday, not the one before)."""
    try:
        a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(second)
    except (TypeError, ValueError):
        return second
    while b <= a:
        b += dt.timedelta(days=7)
    while (b - a).days > 7:
        b -= dt.timedelta(days=7)
    return b.isoformat()


#: Words joining two days of one month ("April 24 and 25", "12 to 16 March").
_DAY_JOINERS = {"and", "or", "to", "through", "-", "–", "until"}
_BARE_DAY = re.compile(r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$")


def _range_day(doc, rule: str, s: int, e: int, value: str, tense: str | None) -> Timex | None:
    """The bare day number that shares a written date's month ("April 24 and [25]", "[12] to
    16 March"), as its own DATE timex (TimeML marks both days), or None."""
    if rule in ("month_day", "month_day_year"):
        i = e + 1  # "April 24 and 25": the day after the joiner
        ok = e + 1 < len(doc) and doc[e].lower_ in _DAY_JOINERS and rule == "month_day"
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        ok = ok and (nxt is None or nxt.is_punct or nxt.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"))
    elif rule in ("day_month", "day_month_year"):
        i = s - 2  # "12 to 16 March": the day before the joiner
        ok = i >= 0 and doc[s - 1].lower_ in _DAY_JOINERS and doc[s].lower_ != "the" \
            and not (i > 0 and (doc[i - 1].lower_ in lexicon()["months"] or doc[i - 1].like_num))
    else:
        return None
    if not ok or not _BARE_DAY.match(doc[i].text) or not re.match(r"^\d{4}-\d\d-\d\d$", value):
        return None
    day = int(re.match(r"\d+", doc[i].text).group())
    try:
        date = dt.date(int(value[:4]), int(value[5:7]), day)
    except ValueError:
        return None
    tok = doc[i]
    return Timex(tok.idx, tok.idx + len(tok.text), tok.text, "DATE", date.isoformat(), None, rule, tense, tok.i)


def _range_count(doc, rule: str, s: int, ttype: str, value: str) -> Timex | None:
    """The first count of "between 60 and 90 days" as its own DURATION in the same unit (TimeML
    marks both counts; MEANTIME and TimeBank gold), or None."""
    if rule != "duration" or ttype != "DURATION" or s < 3 or doc[s - 1].lower_ not in ("and", "to") \
            or doc[s - 3].lower_ != "between":
        return None
    tok = doc[s - 2]
    m = re.match(r"^P(T?)(\d+)([A-Z]+)$", value)
    n = count_in([tok.lower_])
    if m is None or not isinstance(n, float) or n != int(n):
        return None
    return Timex(tok.idx, tok.idx + len(tok.text), tok.text, "DURATION", f"P{m[1]}{int(n)}{m[3]}", None, rule, None, tok.i)


def _governing_verb(span):
    """The first verb up the parse from ``span``'s head (or the head itself where there is none)."""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _past_perfect(span) -> bool:
    """Whether the verb governing ``span`` has "had" among its auxiliaries."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d", "’d") for c in children(_governing_verb(span)))


def _comparison(rule: str, words: list[str]) -> bool:
    """Whether a timex is the baseline of a comparison ("up from $3 million a year ago",
    "year-earlier profit", "the same period last year"), not a new time in the narrative: a
    following "a year earlier" compares with the period reported on, not with the baseline."""
    if rule in ("year_ago", "same_period"):
        return True
    return rule in ("ago", "anaphor_offset") and words[-2:-1] == ["year"] and words[-3:-2] in (["a"], ["one"])


#: Words between "since" and a date that modifies the next noun ("since shortly after the Oct. 23
#: shooting").
_SINCE_GAP = {"the", "a", "an", "shortly", "just", "soon", "right", "after", "its", "his", "her", "their", "our", "ever"}


def _since_phrase(doc, start: int) -> bool:
    """Whether the timex starting at token ``start`` is what "since" counts from: "since March 3",
    "since the March 3 shooting", "since shortly after the Oct. 23 slaying"."""
    i = start - 1
    while i >= 0 and start - i <= 4 and doc[i].lower_ in _SINCE_GAP:
        i -= 1
    return i >= 0 and doc[i].lower_ == "since"


def _year_back(value: str) -> str:
    """A month, day or clock time one year earlier: what "since" counts from, or the day a past
    event happened on, lies before the article date, so a "March 3" the tense rules put weeks
    ahead is last year's."""
    if not re.fullmatch(r"\d{4}-\d{2}(-\d{2}(T[\d:]+)?)?", value or ""):
        return value
    back = f"{int(value[:4]) - 1:04d}{value[4:]}"
    try:
        if len(back) >= 10:
            dt.date.fromisoformat(back[:10])  # Feb. 29 has no year-earlier twin
    except ValueError:
        return value
    return back


def _past_event_on(span) -> bool:
    """Whether the date is what a past event happened on: "on" (or "at", for a clock time) hangs it
    off a past-tense verb that neither reports nor plans ("the blast happened on Jan. 5", "he was
    arrested on March 3"). The tense is then the date's own: a day weeks ahead cannot be meant."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("on", "at") or prep.dep_ != "prep":
        return False
    verb = prep.head
    lx = lexicon()
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in lx["reporting_verbs"] or verb.lemma_ in lx["future_verbs"]:
        return False
    auxes = [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and [a.tag_ for a in auxes] == ["VBD"]


#: Prepositions that fix the direction whatever the verb says ("since Dec. 5" is past).
PAST_PREPS = {"since", "ago"}


#: Verbs whose subject date is still to come ("as Election Day nears").
_NEARING_VERBS = frozenset({"near", "approach", "loom"})
#: Rules for dates within a week or so of the article date, where "until" sets a deadline ahead.
_NEAR_RULES = {"weekday", "clock"}
#: Rules whose yearless date a postponement sends ahead (:func:`timex_postpone.postponed_to`).
_POSTPONABLE = {"holiday", "month", "month_day", "day_month", "weekday", "season"}


#: How many tokens may separate a timex from the previous one for it to continue that one's list
#: ("next month in Chile, in December in Peru"); further away, the earlier date is no guide ("the poll,
#: taken July 11-14, shows he needs ... to have a chance of winning in November").
_LIST_GAP = 8


#: Verbs of a commitment, whose "by" date is the deadline of what is promised ("promised tax cuts by April").
_PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "commit", "undertake"})


def _promised(span) -> bool:
    """The verb governing ``span`` is a promise in the simple past or present perfect (not "had promised")."""
    return _governing_verb(span).lemma_ in _PROMISE_VERBS and not _past_perfect(span)


def _timex_tense(doc, span, last: tuple[int, str | None, int], rule: str = "") -> str | None:
    """The tense that resolves a timex: a "since" before it, else its governing verb, else the
    direction of the previous timex in the same sentence (a list: "next month, ... in December,
    Mexico in January" runs forward).

    Some words around the timex outweigh the verb: "as soon as Tuesday" looks ahead; "effective
    Feb. 1" can point either way (nearest); "until Tuesday" after an extension or a postponement
    ("extended the deadline until 9 a.m. Tuesday") is a deadline ahead unless the verb is past
    perfect ("until Thursday, they had not ..."); "Thursday's closing price" reports a past day."""
    lows = doc_lowers(doc)  # (words as a list: no Token per look)
    prev = lows[span.start - 1] if span.start > 0 else ""
    if prev in PAST_PREPS:
        return "past"
    if span.start >= 3 and lows[span.start - 3:span.start] == ["as", "soon", "as"]:
        return "future"
    if prev == "effective":
        return None
    if prev == "for" and rule in ("weekday", "month_day", "day_month") and span.root.head.lower_ == "for" \
            and _set_for_event(span.root.head) and not (span.end < len(doc) and lows[span.end] in ("'s", "’s")):
        return None  # "called a strike for Tuesday", "set a vote for March 3": the day the event is set for, the nearest
    verb = doc[span.start - 2] if prev == "on" and span.start > 1 else doc[span.start - 1] if span.start > 0 else None
    if verb is not None and verb.tag_ == "VBD" and verb.lemma_ in lexicon()["reporting_verbs"]:
        return "past"  # "said Tuesday (it would ...)": the day of saying, however the parse attaches it
    tense = clause_tense(span)
    if rule in _NEAR_RULES and prev in ("until", "till") and tense != "future" \
            and not (span.start > 1 and lows[span.start - 2] == "not") and not _past_perfect(span):
        return "future"
    if tense != "future" and rule in _POSTPONABLE and postponed_to(span) and not _past_perfect(span):
        return "future"  # "was postponed until Christmas", "delayed to March": the new date is ahead
    if span.root.dep_ == "nsubj" and span.root.head.lemma_ in _NEARING_VERBS and span.root.head.tag_ in ("VBZ", "VBP"):
        return "future"  # "as Election Day nears", "as Christmas approaches": a date still ahead ("approached": the past one)
    if rule == "weekday" and span.end < len(doc) and lows[span.end] in ("'s", "’s") and tense != "future":
        return "past"
    if rule == "month" and prev == "by" and (tense in (None, "present") or tense == "past" and _promised(span)):
        return "future"  # "can open by December", "aims to finish by May", "promised tax cuts by April": a deadline ahead
    if tense is None and last[0] == sent_of(span).start and last[1] in ("past", "future") \
            and span.start - last[2] <= _LIST_GAP:
        return last[1]
    return tense


def _set_for_event(prep) -> bool:
    """Whether the "for" of a date hangs on an event noun, or on a verb whose object before it is one ("a strike for
    Tuesday", "called a strike for Tuesday")."""
    nouns, head = lexicon()["event_nouns"], prep.head
    return head.lemma_.lower() in nouns or head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i < prep.i and c.lemma_.lower() in nouns for c in children(head))


def _direction(value: str | None, dct: dt.date) -> str | None:
    """``past``/``future`` when a value lies wholly before/after the article date, else None."""
    iv = value_interval(value)
    if iv is None:
        return None
    if iv[1] < dct:
        return "past"
    if iv[0] > dct:
        return "future"
    return None


def _split_range(span, rule: str, tense: str | None) -> list[Timex]:
    """ "2009-2010" / "2009-10" as two DATE timexes, as TimeML annotates a range."""
    text = span.text
    sep = 4
    first, second = text[:sep], text[sep + 1:]
    y2 = second if len(second) == 4 else first[:2] + second
    if int(y2) < int(first):
        y2 = str(int(first[:2]) + 1) + second if len(second) == 2 else y2
    s = span.start_char
    return [Timex(s, s + 4, first, "DATE", first, None, rule, tense, span.root.i),
            Timex(s + 5, s + 5 + len(second), second, "DATE", y2, None, rule, tense, span.root.i)]


def extract_timexes(doc, article: Article) -> pd.DataFrame:
    """Time expressions with TimeML extents, types, values and mods (``timexes`` table)."""
    return make_table("timexes", (t.record() for t in find_timexes(doc, article.date)))


# ---------------------------------------------------------------------------------------------
# Events


@dataclass
class _Event:
    tok: Any
    actors: list[str] = field(default_factory=list)
    i: int = -1  # tok.i, read from here: the rules below work on the parse lists of :class:`_Tree`
    timex: dict | None = None
    prep: str | None = None
    anchor: str = "none"
    date_value: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    relation: tuple[str, int] | None = None  # ("before"/"after", index of the reference event)
    key: tuple | None = None


_SKIP_LEMMAS = {"be", "have", "do", "get", "become", "seem", "include", "make", "take", "go", "come", "use", "help",
                "continue", "remain", "want", "need", "try", "begin", "start", "let", "keep"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "pcomp"}
_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "agent", "poss", "compound", "appos", "conj", "attr",
               "npadvmod", "nmod", "oprd"}


def _is_trigger_at(tree: "_Tree", i: int) -> bool:
    """Whether token ``i`` is an event predicate: a verb (not an auxiliary or a light verb), or an event noun."""
    return i in _triggers(tree)[1]


def _triggers(tree: "_Tree") -> tuple[list[int], frozenset[int]]:
    """The event predicates of the document (see :func:`_is_trigger_at`), in text order and as a
    set: found in one pass over the tag list, once per document (the event rules ask again for
    each timex's governor)."""
    if tree.triggers is None:
        nouns, lows = lexicon()["event_nouns"], doc_lowers(tree.doc)
        deps, lemmas = tree.deps, tree.lemma_names
        out = []
        for i, pos in enumerate(tree.pos):
            if pos == "VERB":
                if deps[i] not in ("aux", "auxpass", "amod") and lemmas[i] not in _SKIP_LEMMAS:
                    out.append(i)
            elif pos == "NOUN" and (lows[i] in nouns or lemmas[i] in nouns):
                out.append(i)
        tree.triggers = (out, frozenset(out))
    return tree.triggers


def _token_actors(doc, actors: ActorSet) -> dict[int, str]:
    """Token index -> canonical actor name, from every actor mention (one pass, not one lookup per token)."""
    out: dict[int, tuple[int, str]] = {}
    idx, words = _tree(doc).idx, doc_words(doc)  # offsets and texts as lists: no Token per mention token
    n = len(idx)
    if not n:
        return {}
    # docindex.char_token_range(doc, s, e) (== doc.char_span(s, e, "expand")) inlined on these lists: a
    # character at or past the last token's trailing space is in no token
    doc_end = idx[-1] + len(doc[-1].text_with_ws)
    for actor in actors.actors:
        for s, e in actor.mentions:
            first, last = bisect_right(idx, s) - 1, bisect_right(idx, e - 1) - 1
            if first < 0 or last < 0 or s >= doc_end or e - 1 >= doc_end:
                continue
            if s == idx[first] + len(words[first]):
                first += 1  # as spaCy: a span starting at a token's trailing space starts at the next token
            for i in range(first, last + 1):
                # Like ActorSet.at: the mention covering most of the token wins.
                overlap = min(e, idx[i] + len(words[i])) - max(s, idx[i])
                if overlap > out.get(i, (0, ""))[0]:
                    out[i] = (overlap, actor.name)
    return {i: name for i, (_, name) in out.items()}


class _Tree:
    """A document's parse as plain lists (head index, dependency, coarse tag, children per token),
    read once from ``Doc.to_array``: walking ``Token.children`` makes a new Token per child and
    per walk, and the event rules walk every predicate's clause."""

    __slots__ = ("doc", "heads", "deps", "pos", "tags", "lemmas", "lemma_names", "children", "idx", "triggers")

    def __init__(self, doc) -> None:
        from spacy.attrs import DEP, HEAD, IDX, LEMMA, POS, TAG

        self.doc = doc  # held, so ``is`` comparisons cannot hit a recycled id
        n = len(doc)
        arr = doc.to_array([HEAD, DEP, POS, LEMMA, IDX, TAG]) if n else np.zeros((0, 6), dtype=np.uint64)
        # HEAD is an offset stored unsigned: as int64 it is signed again
        self.heads: list[int] = (arr[:, 0].astype(np.int64) + np.arange(n)).tolist()
        strings = doc.vocab.strings
        self.deps = _names(arr[:, 1].tolist(), strings)
        self.pos = _names(arr[:, 2].tolist(), strings)
        self.lemmas: list[int] = arr[:, 3].tolist()  # string-store hashes
        # their strings (== Token.lemma_): the event rules read the lemma of every verb and noun
        self.lemma_names = _names(self.lemmas, strings)
        self.idx: list[int] = arr[:, 4].tolist()  # character offsets
        self.tags = _names(arr[:, 5].tolist(), strings)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.heads):
            if h != i:
                self.children[h].append(i)
        self.triggers: tuple[list[int], frozenset[int]] | None = None  # see _triggers


_LAST_TREE: _Tree | None = None
#: String-store hash -> string: fixed per string, so kept across documents (cleared when large).
_NAMES: dict[int, str] = {}


def _name(h: int, strings) -> str:
    """The string of hash ``h`` in the StringStore ``strings``, cached across documents."""
    out = _NAMES.get(h)
    if out is None:
        if len(_NAMES) > 200_000:
            _NAMES.clear()
        out = _NAMES[h] = strings[h]
    return out


def _names(hashes: list[int], strings) -> list[str]:
    """The strings of ``hashes`` (dependency labels, tags, lemmas): a C-level map over the cache, with
    :func:`_name` only for a hash not seen before (each document brings new lemmas)."""
    out = list(map(_NAMES.get, hashes))
    if None in out:
        out = [o if o is not None else _name(h, strings) for o, h in zip(out, hashes)]
    return out


def _tree(doc) -> _Tree:
    """The :class:`_Tree` of ``doc`` (the last document's is kept: analyses run one at a time)."""
    global _LAST_TREE
    if _LAST_TREE is None or _LAST_TREE.doc is not doc or len(_LAST_TREE.heads) != len(doc):
        _LAST_TREE = _Tree(doc)
    return _LAST_TREE


def _clause_indices(tree: _Tree, i: int) -> list[int]:
    """The tokens (indices) of predicate ``i``'s own clause: its subtree minus embedded clauses,
    plus the subject it shares with the verb it is conjoined to or is the xcomp of."""
    deps, pos, children = tree.deps, tree.pos, tree.children
    out = []
    stack = [i]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in children[t]:
            if t == i and deps[c] in _CLAUSE_DEPS and pos[c] in ("VERB", "AUX"):
                continue
            if deps[c] in ("relcl", "ccomp", "advcl") and c != i:
                continue
            stack.append(c)
    head = tree.heads[i]
    # A conjoined verb shares its first conjunct's subject ("Gürak met X and had visited Y"); an
    # xcomp without its own subject takes its governor's ("... pacts to help X push back Y").
    if (deps[i] == "conj" and pos[i] == "VERB" or deps[i] == "xcomp") \
            and not any(deps[c].startswith("nsubj") for c in children[i]):
        out.extend(t.i for c in children[head] if deps[c].startswith("nsubj") for t in tree.doc[c].subtree)
    return out


def _actors_of(tok, token_actors: dict[int, str], actor_toks: list[int] | None = None) -> list[str]:
    """Actors named in the predicate's clause. ``actor_toks`` (sorted keys of ``token_actors``) lets a
    sentence without any actor token return at once: a clause never leaves its sentence's tree."""
    if actor_toks is not None:
        sents = doc_sents(tok.doc)
        j = sents.of_token(tok.i)
        k = bisect_left(actor_toks, sents.starts[j])
        if k == len(actor_toks) or actor_toks[k] >= sents.ends[j]:
            return []
    tree = _tree(tok.doc)
    names: list[str] = []
    for j in sorted(_clause_indices(tree, tok.i)):
        name = token_actors.get(j)  # most clause tokens are no actor's: test that before the tag
        if name is None or j == tok.i or tree.pos[j] not in ("PROPN", "NOUN", "PRON"):
            continue
        if name not in names:
            names.append(name)
    return names


def _summary(tok) -> str:
    """A short 'subject trigger object' gist of the event's clause."""
    tree = _tree(tok.doc)
    words, lowers = doc_words(tok.doc), doc_lowers(tok.doc)
    deps, kids, i = tree.deps, tree.children, tok.i
    if tree.pos[i] == "NOUN":
        return _brief(tree, i, 10)
    subj = next((c for c in kids[i] if deps[c] in ("nsubj", "nsubjpass")), None)
    if subj is None and deps[i] == "conj":
        subj = next((c for c in kids[tree.heads[i]] if deps[c] in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in kids[i] if deps[c] in ("dobj", "attr", "oprd")), None)
    if obj is None:
        prep = next((c for c in kids[i] if deps[c] == "prep" and lowers[c] in ("with", "to", "on", "against", "in")), None)
        if prep is not None:
            pobj = next((c for c in kids[prep] if deps[c] == "pobj"), None)
            if pobj is not None:
                parts = [_brief(tree, subj, 5) if subj is not None else "", words[i], words[prep], _brief(tree, pobj, 6)]
                return " ".join(p for p in parts if p)
    parts = [_brief(tree, subj, 5) if subj is not None else "", words[i], _brief(tree, obj, 6) if obj is not None else ""]
    return " ".join(p for p in parts if p)


def _brief(tree: _Tree, i: int, n: int = 8) -> str:
    """The text of token ``i``'s phrase, at most ``n`` tokens (then " ..."), without the relative
    clauses, appositions and conjoined verbs on its right."""
    doc = tree.doc
    t = doc[i]
    start, end = t.left_edge.i, t.right_edge.i + 1
    # Cut relative clauses and appositions off: keep the head's own phrase.
    for c in tree.children[i]:
        if c > i and (tree.deps[c] in ("relcl", "acl", "appos", "punct", "cc") or (tree.deps[c] == "conj" and tree.pos[c] == "VERB")):
            end = min(end, doc[c].left_edge.i)
    end = max(end, i + 1)
    last = min(end, start + n) - 1  # the span doc[start:last + 1] is never empty: end > i >= start
    # == that span's text, without building it
    text = doc_text(doc)[tree.idx[start]:tree.idx[last] + len(doc_words(doc)[last])]
    return text + (" ..." if end > start + n else "")


def _governor_at(tree: "_Tree", tok: int) -> tuple[int | None, str | None]:
    """The predicate (token index) a timex with root token ``tok`` modifies and the preposition that
    ties them (None if bare), read from the parse lists (no Token per step)."""
    heads, deps, pos, lows = tree.heads, tree.deps, tree.pos, doc_lowers(tree.doc)
    triggers = _triggers(tree)[1]
    prep = None
    for _ in range(6):
        head = heads[tok]
        if head == tok:
            return (tok if tok in triggers else None), prep
        if deps[tok] == "pobj" and deps[head] in ("prep", "agent") or pos[head] == "ADP":
            prep = prep or lows[head]
        if head in triggers:
            return head, prep
        if pos[head] in ("VERB", "AUX") and tree.lemma_names[head] in _SKIP_LEMMAS:
            return head, prep
        tok = head
    return None, prep


def _interval(value: str | None, prep: str | None, dct: dt.date) -> tuple[dt.date | None, dt.date | None]:
    iv = value_interval(value)
    if iv is None:
        return None, None
    start, end, _ = iv
    if prep == "since":
        return start, dct
    if prep in ("before", "by", "until", "till"):
        return None, end if prep != "before" else start
    if prep == "after":
        return end, None
    return start, end


def extract_events(doc, article: Article, timexes: pd.DataFrame, actors: ActorSet) -> pd.DataFrame:
    """Events (predicates with actors) anchored to timexes, with intervals and order."""
    lx = lexicon()
    dct = article.date
    events: list[_Event] = []
    by_tok: dict[int, _Event] = {}
    token_actors = _token_actors(doc, actors)
    actor_toks = sorted(token_actors)
    tree = _tree(doc)
    for i in _triggers(tree)[0]:  # no Token for the other words
        tok = doc[i]
        ev = _Event(tok, _actors_of(tok, token_actors, actor_toks), i)
        events.append(ev)
        by_tok[i] = ev
    if not events:
        return make_table("events", [])
    # The parse as lists (tree.*): the rules below read tags, heads and children by token index
    # instead of Token properties (a string-store look-up or a new Token each).
    deps, pos, heads, kids, lows = tree.deps, tree.pos, tree.heads, tree.children, doc_lowers(doc)
    lemma = tree.lemma_names.__getitem__  # lemma(i) == doc[i].lemma_
    reporting = lx["reporting_verbs"]

    # 1. Direct anchors: the predicate each timex modifies.
    txs = []
    for row in table_records(timexes):
        s, e = row["span"]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        tx = Timex(s, e, row["text"], row["type"], row["value"], row["mod"], row.get("rule") or "", None, span.root.i)
        gov, prep = _governor_at(tree, tx.root)
        txs.append((tx, gov, prep))
        if gov is not None and gov in by_tok:
            ev = by_tok[gov]
            if ev.timex is None or _finer(tx.value, ev.timex["value"]):
                ev.timex = {"text": tx.text, "value": tx.value, "type": tx.type, "span": [tx.start, tx.end]}
                ev.prep = prep
                ev.anchor = "timex"

    # 2. Inherited anchors: conjoined verbs, event nouns tied to a dated predicate.
    for _ in range(2):
        for ev in events:
            if ev.timex is not None:
                continue
            i = ev.i
            dep, p, h = deps[i], pos[i], heads[i]
            src = None
            if dep == "conj" and h in by_tok and by_tok[h].timex is not None and p == pos[h] \
                    and lemma(i) not in reporting:
                src = by_tok[h]
            elif p == "NOUN":
                for c in kids[i]:
                    if deps[c] == "prep" and lows[c] == "of":
                        for q in doc[c].subtree:  # (Tokens: the subtree's own order decides which is found)
                            if q.i in by_tok and by_tok[q.i].timex is not None and pos[q.i] == "NOUN":
                                src = by_tok[q.i]
                                break
                # Coordinated event nouns share a trailing adjunct ("the signing ... and pacts in 2019").
                if src is None:
                    src = next((by_tok[c] for c in kids[i] if deps[c] == "conj" and c in by_tok
                                and by_tok[c].timex is not None and pos[c] == "NOUN"), None)
                if src is None and dep in ("nsubj", "nsubjpass") and h in by_tok and by_tok[h].timex is not None:
                    src = by_tok[h]
                # A definite event noun names an event told before: "the meeting" after "... met on Sunday".
                if src is None and _is_definite(tree, i):
                    src = _antecedent(i, lemma(i), lows[i], events, tree)
                    if src is not None and src.timex is not None:
                        ev.timex, ev.prep, ev.anchor = src.timex, None, "coreference"
                        continue
            elif p == "VERB":
                # "attended the meeting", "were discussed during the meeting": the event noun dates the verb.
                src = _event_argument(ev.tok, by_tok)
            if src is not None:
                ev.timex, ev.prep, ev.anchor = src.timex, src.prep, "inherited"

    # 3. Reporting verbs without a timex take the article date.
    tags = tree.tags
    for ev in events:
        i = ev.i
        if ev.timex is None and pos[i] == "VERB" and lemma(i) in reporting and tags[i] in ("VBD", "VBZ", "VBP", "VBN"):
            ev.date_value, ev.start, ev.end, ev.anchor = dct.isoformat(), dct, dct, "article date"
    for ev in events:
        if ev.timex is not None and ev.timex["type"] in ("DATE", "TIME"):
            ev.date_value = ev.timex["value"] if value_interval(ev.timex["value"]) else None
            ev.start, ev.end = _interval(ev.timex["value"], ev.prep, dct)

    # 4. Narrative cues for undated events.
    dated_idx = [i for i, ev in enumerate(events) if ev.start or ev.end]
    # What the reference-time rule reads of each dated event, once (it asks for every undated one):
    # the events are in text order, so "before this event" is "earlier in dated_idx".
    told = [j for j in dated_idx if events[j].anchor != "article date"]
    timexed = [j for j in told if events[j].anchor == "timex"]
    day_of = {j for j in told if _day_level(events[j].date_value)}
    number = {ev.i: n for n, ev in enumerate(events)}  # == events.index(ev): one event per token
    for i, ev in enumerate(events):
        if ev.start or ev.end:
            continue
        rel = _cue(ev.tok)
        if rel is None:
            continue
        kind, ref_tok = rel
        ref = None
        if ref_tok is not None and ref_tok.i in by_tok and (by_tok[ref_tok.i].start or by_tok[ref_tok.i].end):
            ref = number[ref_tok.i]
        if ref is None:
            # The reference time: the latest event before this one that the text dates itself.
            before_me = timexed[:bisect_left(timexed, i)] or told[:bisect_left(told, i)]
            day_level = [j for j in before_me if j in day_of]
            pool = day_level or before_me or told
            ref = pool[-1] if pool else None
        if ref is not None:
            ev.relation = (kind, ref)

    # 5. Order: dated events by interval, cue-ordered ones just before/after their reference.
    for i, ev in enumerate(events):
        if ev.start or ev.end:
            s = (ev.start or ev.end).toordinal()
            e = (ev.end or ev.start).toordinal()
            ev.key = (s, e, 0, ev.i)
    for i, ev in enumerate(events):
        if ev.key is None and ev.relation is not None and events[ev.relation[1]].key is not None:
            rk = events[ev.relation[1]].key
            ev.key = (rk[0] - 0.5, rk[0] - 0.5, 0, ev.i) if ev.relation[0] == "before" else (rk[1] + 0.5, rk[1] + 0.5, 0, ev.i)
    ordered = sorted((ev for ev in events if ev.key is not None), key=lambda ev: ev.key)
    order = {id(ev): n + 1 for n, ev in enumerate(ordered)}

    rows = []
    text, words, idx = doc_text(doc), doc_words(doc), tree.idx
    sents = doc_sents(doc)
    ids = {id(ev): f"e{n + 1}" for n, ev in enumerate(events)}
    for ev in events:
        i = ev.i
        k = sents.of_token(i)
        sc, ec = sents.start_chars[k], sents.end_chars[k]  # the bounds of sent_of(ev.tok)
        rows.append({
            "event_id": ids[id(ev)],
            "summary": _summary(ev.tok),
            "trigger": words[i],
            "span": [idx[i], idx[i] + len(words[i])],
            "date_value": ev.date_value,
            "date_start": ev.start.isoformat() if ev.start else None,
            "date_end": ev.end.isoformat() if ev.end else None,
            "order": order.get(id(ev)),
            "actors": ev.actors,
            "timex": ev.timex["text"] if ev.timex else None,
            "timex_value": ev.timex["value"] if ev.timex else None,
            "anchor": ev.anchor if ev.relation is None else "cue",
            "relation": f"{ev.relation[0]} {ids[id(events[ev.relation[1]])]}" if ev.relation else None,
            "sentence": text[sc:ec],  # == sent.text
            "sentence_span": [sc, ec],
        })
    return make_table("events", rows)


#: Event nouns and the verbs that can tell the same event ("the meeting" <- "met", "discussed").
EVENT_FAMILIES = {
    "meeting": {"meet", "discuss", "talk", "hold", "host", "attend", "meeting", "talks", "summit", "conference", "session"},
    "visit": {"visit", "travel", "arrive", "tour", "trip", "visit"},
    "attack": {"attack", "strike", "bomb", "shell", "raid", "airstrike", "attack"},
    "signing": {"sign", "agree", "conclude", "agreement", "deal", "pact", "accord", "treaty", "signing"},
}


def _family(word: str) -> set[str]:
    for key, members in EVENT_FAMILIES.items():
        if word == key or word in members:
            return members | {key}
    return {word}


def _is_definite(tree: "_Tree", i: int) -> bool:
    """Whether token ``i`` has a definite determiner or a possessive ("the meeting", "their talks")."""
    deps, lows = tree.deps, doc_lowers(tree.doc)
    return any(deps[c] in ("det", "poss") and lows[c] in ("the", "this", "that", "his", "her", "their", "its")
               for c in tree.children[i])


def _antecedent(i: int, lemma: str, lower: str, events: list, tree: "_Tree") -> "_Event | None":
    """The latest earlier dated event of the same family as the definite event noun ``i``
    (its lemma and lower-cased word given)."""
    fam = _family(lemma) | _family(lower)
    lows, lemmas = doc_lowers(tree.doc), tree.lemma_names
    best = None
    for other in events:
        o = other.i
        if o >= i:
            break
        if other.timex is not None and other.anchor != "coreference" and (lemmas[o] in fam or lows[o] in fam):
            best = other
    return best


def _day_level(value: str | None) -> bool:
    """Whether a date value is a day (the reference times the cue rule prefers)."""
    iv = value_interval(value)
    return bool(iv) and iv[2] == "day"


def _event_argument(verb, by_tok: dict) -> "_Event | None":
    """A dated event noun that is the verb's object or its "during/at" adjunct."""
    tree = _tree(verb.doc)  # the parse as lists: no Token per child
    deps, kids, lowers = tree.deps, tree.children, doc_lowers(verb.doc)
    for c in kids[verb.i]:
        if deps[c] == "dobj" and c in by_tok and by_tok[c].timex is not None and verb.lemma_ in (
                "attend", "hold", "host", "join", "chair", "open", "close", "boycott", "skip", "address"):
            return by_tok[c]
        if deps[c] == "prep" and lowers[c] in ("during", "at", "on", "throughout", "ahead"):
            for p in kids[c]:
                if deps[p] == "pobj" and p in by_tok and by_tok[p].timex is not None:
                    return by_tok[p]
    return None


def _finer(new: str | None, old: str | None) -> bool:
    """Whether value ``new`` is a more precise date than ``old``."""
    a, b = value_interval(new), value_interval(old)
    if a is None:
        return False
    if b is None:
        return True
    return (a[1] - a[0]) < (b[1] - b[0])


def _cue(tok) -> tuple[str, Any] | None:
    """``("before"|"after", reference token or None)`` from the narrative cues around a predicate."""
    lx = lexicon()
    tree = _tree(tok.doc)  # the parse as lists: no Token per child
    deps, lowers, kids = tree.deps, doc_lowers(tok.doc), tree.children[tok.i]
    for c in kids:
        if deps[c] in ("advmod", "npadvmod") and lowers[c] in lx["past_cues"]:
            return "before", None
        if deps[c] == "advmod" and lowers[c] in ("later", "afterwards", "afterward", "subsequently"):
            return "after", None
    # Past perfect: "had visited" happened before the narrative's reference time.
    auxes = {lowers[c] for c in kids if deps[c] == "aux"}
    if tok.tag_ == "VBN" and "had" in auxes:
        return "before", None
    i, dep, head = tok.i, deps[tok.i], tree.heads[tok.i]
    if dep == "conj" and tree.pos[head] == "VERB":
        head_cue = _cue(tok.head) if head != i else None
        if head_cue and head_cue[1] is None:
            return head_cue
    # Subordinate clauses: "after X, Y" puts X before Y; "before X, Y" puts X after Y.
    if dep == "advcl":
        mark = next((lowers[c] for c in kids if deps[c] == "mark"), None)
        if mark in ("after", "since", "once"):
            return "before", tok.head
        if mark in ("before", "until"):
            return "after", tok.head
    # "after the signing of ...": an event noun under a preposition.
    if dep == "pobj" and lowers[head] in ("after", "since", "following") and tree.heads[head] != i:
        return "before", tok.doc[tree.heads[head]]
    if dep == "pobj" and lowers[head] in ("before", "ahead", "until"):
        return "after", tok.doc[tree.heads[head]]
    return None


# ---------------------------------------------------------------------------------------------
# Interactions


def date_interactions(interactions: pd.DataFrame, events: pd.DataFrame, article: Article) -> pd.DataFrame:
    """Give each interaction the date of the event whose trigger (else sentence) it shares."""
    if interactions is None or interactions.empty or events is None or events.empty:
        return interactions
    evs = [ev for ev in table_records(events) if ev.get("date_value")]  # undated events never match
    cols = list(_column_names(interactions.columns))  # (Index.tolist costs ~40 us a call: names kept per Index)
    rows = table_rows(interactions)
    date_col = cols.index("date") if "date" in cols else None
    out = []
    for row in rows:
        rec = dict(zip(cols, row))
        date = _interaction_date(rec, evs) or rec.get("date")
        if date_col is None:
            row = row + [date]
        else:
            row[date_col] = date
        out.extend(_cell(v) for v in row)  # NaN/NA/NaT -> None, as .where(notna(), None) did
    width = len(cols) + (date_col is None)
    grid = np.fromiter(out, dtype=object, count=len(out)).reshape(len(rows), width)
    columns = _column_index(cols + ([] if date_col is not None else ["date"]))
    index = interactions.index
    if type(index) is pd.RangeIndex and index.start == 0 and index.step == 1:
        return object_frame(grid, columns)  # the same frame (a RangeIndex of its rows) without the constructor's checks
    return pd.DataFrame(grid, columns=columns, index=index, dtype=object, copy=False)


def _interaction_date(row: dict, evs: list[dict]) -> str | None:
    span = row.get("span")
    verb = (row.get("verb") or "").lower()
    sentence = row.get("sentence")
    cands = []
    for ev in evs:
        if not ev.get("date_value"):
            continue
        es, ee = ev["span"]
        score = None
        if span and isinstance(span, (list, tuple)) and len(span) == 2 and span[0] <= es and ee <= span[1]:
            score = 0 if ev["trigger"].lower() == verb else 1
        elif verb and ev["trigger"].lower() == verb and sentence and ev.get("sentence") == sentence:
            score = 0
        elif sentence and ev.get("sentence") == sentence:
            score = 2 if ev.get("anchor") != "article date" else 3
        if score is not None:
            cands.append((score, ev["span"][0], ev["date_value"]))
    if not cands:
        return None
    return min(cands)[2]

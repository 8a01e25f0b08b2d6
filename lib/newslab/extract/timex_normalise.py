"""Valuing TIMEX3 expressions: the tokens of a matched rule -> ``type``/``value``/``mod``.

:func:`normalise` resolves relative expressions against a :class:`Context`: the article date,
the tense of the governing verb (:func:`clause_tense`) and, for anaphora ("the next day", "that
year"), the earlier dates of the narrative. The calendar arithmetic it uses lives in
:mod:`newslab.extract.timexes`; the rules that find the expressions in :mod:`newslab.extract.timex_rules`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from .docindex import children
from .timexes import (
    DAYNUM_TOKEN, add_months, UNIT_ORDER, YEAR_TOKEN, count_in, fmt_unit, holiday_date, lexicon, resolve_holiday, resolve_month,
    resolve_month_day, resolve_season, SEASON_MONTHS, resolve_weekday, resolve_weekend, shift, value_interval,
    ZONE_ABBREVIATIONS,
)

# ---------------------------------------------------------------------------------------------
# Tense of the governing verb


_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
#: Modals before "one day" that make it an indefinite future ("may one day be").
_MODALS = _FUTURE_AUX | {"would", "could", "may", "might", "can"}


def clause_tense(span) -> str | None:
    """``past``, ``future``, ``present`` or None from the verb governing ``span`` (see :func:`_verb_tense`).

    A date inside the subject of a future verb ("her wins on Tuesday will speed the shift", "Monday's
    ruling will echo") is the noun's, not the verb's: the future says nothing about it.
    """
    tense = _verb_tense(span)
    if tense == "future":
        tok = span.root
        for _ in range(8):
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                break
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.i != span.root.i:
                return None
            tok = tok.head
    return tense


#: Verbs of a phase whose infinitive happens when they do ("had begun to fall in the fourth quarter").
_ASPECT_VERBS = frozenset({"begin", "start", "continue", "cease", "stop", "resume", "keep"})


def _verb_tense(span) -> str | None:
    """``past``, ``future``, ``present`` or None from the verb governing ``span``.

    Walks up the parse from the span's head to the first verb, then reads its auxiliaries:
    will/shall/'ll and "going to", "(be) scheduled/due/expected to", "plans to" give future;
    a past tag (VBD), "has/had + VBN" or "was/were" give past.
    """
    tok = span.root
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 8:
        tok = tok.head
        seen += 1
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lx = lexicon()
    for _ in range(3):
        auxes = [c for c in children(tok) if c.dep_ in ("aux", "auxpass")]
        low = {a.lower_ for a in auxes}
        if low & _FUTURE_AUX:
            return "future"
        if "would" in low:
            if tok.lemma_ in lx["reporting_verbs"] and any(c.dep_ == "neg" for c in children(tok)):
                return "past"  # "wouldn't say Tuesday how ...": a refusal already made
            return "future" if tok.head.lemma_ in lx["reporting_verbs"] else None
        if low & {"could", "may", "might"} and tok.tag_ == "VB" and tok.head.lemma_ in lx["reporting_verbs"] \
                and not any(c.dep_ == "neg" for c in children(tok)):
            return "future"  # "said the council could vote as early as Thursday": a reported possibility lies ahead
        # "is scheduled for Friday", "plans to meet", "expects ... in March" (not "a deadline set on June 1")
        if tok.lemma_ in lx["future_verbs"] and not any(a.tag_ == "VBD" for a in auxes) and (
                tok.tag_ in ("VBP", "VBZ", "VBG", "JJ") or (tok.tag_ == "VBN" and (auxes or any(c.dep_ == "xcomp" for c in children(tok))))):
            return "future"
        if tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in children(tok)):
            return "future"
        if auxes and any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if tok.tag_ == "VBD":
            return "past"
        if tok.tag_ == "VBN" and low & {"has", "have", "had", "'ve", "’ve", "'s", "’s", "was", "were"}:
            return "past"
        if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "relcl", "advcl"):
            return "past"
        # A participle clause ("resulting in closures during the fourth quarter") has no tense of its own.
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "pcomp") and not auxes:
            head = tok.head
            if head.lower_ == "since":
                return "past"  # "since announcing in October that ...": what it counts from is past
            verb = head.head if tok.dep_ == "pcomp" and head.pos_ == "ADP" else None
            if verb is not None and verb.lemma_ in lx["charge_verbs"] and head.lower_ in ("of", "with", "for"):
                return "past"  # "civilians accused of collaborating with X on 4 April": what one is accused of is done
            return "future" if head.lemma_ in lx["future_verbs"] or head.lower_ == "going" else None
        # An infinitive ("to meet") takes the tense of the verb it depends on.
        if tok.tag_ in ("VB",) and tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl") and tok.head.i != tok.i:
            head = tok.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            past_head = head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children(head))
            if (head.lemma_ in lx["future_verbs"] or head.lower_ in ("going",)) and not past_head:
                return "future"
            if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and tok.dep_ == "xcomp":
                return "future"  # "is to resume trading Tuesday": an arrangement
            if tok.dep_ in ("acl", "xcomp", "advcl") and any(c.lower_ == "to" for c in children(tok)) and (
                    head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children(head))) \
                    and not (tok.dep_ == "xcomp" and head.lemma_ in _ASPECT_VERBS):
                # "announced an agreement to buy the bank in January": looks ahead of a past
                # governor, so neither past nor future: the nearest date
                return None
            tok = head
            continue
        if tok.tag_ in ("VBP", "VBZ") and tok.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in children(tok)):
            return "future"  # "is due in court on Monday": an arrangement, as "is scheduled" is
        if tok.tag_ in ("VBP", "VBZ"):
            return "present"
        if tok.tag_ == "VBG" and low & {"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"}:
            return "future"  # the present progressive with a date is an arrangement: "are meeting on Friday"
        if tok.tag_ == "MD":
            return None
        return None
    return None



# ---------------------------------------------------------------------------------------------
# Normaliser



def _qmod(words: list[str]) -> str | None:
    lx = lexicon()["quantity_mods"]
    for n in (3, 2, 1):
        key = " ".join(words[:n])
        if key in lx and lx[key] is not None and n <= len(words):
            return lx[key]
    return None


def _unit(words: list[str]) -> str | None:
    units = lexicon()["units"]
    for w in reversed(words):
        if w in units:
            return units[w]
    return None


def duration_value(n: float | str | None, unit: str) -> str:
    """TIMEX3 duration value: ``P10Y`` for a decade, ``PT30M``, ``PXY`` for an unknown count."""
    if n == "X" or n is None:
        code = {"S": "TXS", "MIN": "TXM", "H": "TXH", "D": "XD", "W": "XW", "WE": "XWE", "FN": "XW", "M": "XM",
                "Q": "XQ", "Y": "XY", "DE": "XDE", "CE": "XCE", "ML": "XML"}[unit]
        return "P" + code
    num = float(n)
    mult = {"FN": 2, "DE": 10, "CE": 100, "ML": 1000}.get(unit, 1)
    num *= mult
    if num != int(num) and unit in _SPLIT_UNIT:
        # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M: the fraction in the next smaller unit
        small, per = _SPLIT_UNIT[unit]
        whole, part = int(num), round((num - int(num)) * per)
        if part == int(part):
            head = duration_value(whole, unit) if whole else ("PT" if unit in ("H", "MIN") else "P")
            tail = duration_value(part, small)
            return head + tail[2:] if tail.startswith("PT") and "T" in head else head + tail[1:]
    txt = str(int(num)) if num == int(num) else f"{num:g}"
    if unit in ("S", "MIN", "H"):
        return f"PT{txt}{ {'S': 'S', 'MIN': 'M', 'H': 'H'}[unit] }".replace(" ", "")
    code = {"D": "D", "W": "W", "WE": "WE", "FN": "W", "M": "M", "Q": "Q", "Y": "Y", "DE": "Y", "CE": "Y", "ML": "Y"}[unit]
    return f"P{txt}{code}"


#: From how many weeks back "N weeks ago" is a week (ISO week) rather than a day: "a week ago" and
#: "two weeks ago" name a day (dev gold 3 of 3); "six weeks ago" the week (2 of 2, TimeBank and AQUAINT).
_WEEK_GRAIN_AGO = 3

#: The next smaller unit and how many of it make one: where a fractional count goes.
_SPLIT_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


@dataclass
class Context:
    """What the normaliser resolves against: the article date, tense, and the narrative's dates."""

    dct: dt.date
    tense: str | None = None
    anchor: str | None = None  # the previous DATE value in the narrative
    anchors: list[str] = field(default_factory=list)  # every earlier DATE value, in text order
    prev: str = ""  # the word before the expression ("over the past year" is a duration)
    after: tuple[str, ...] = ()  # the next few words ("the year ended June 30", "6:40 p.m. (GMT +8)")
    ends_period: bool = False  # the last anchor is the day a reported period ended ("the quarter ended Aug. 12")

    def anchor_date(self, unit: str | None = None) -> tuple[dt.date, str]:
        """The anchor as (date, unit): the latest earlier date at least as fine as ``unit``.

        "the same day" needs a day-level anchor, "that year" any date; without one the article
        date is the anchor.
        """
        values = self.anchors or ([self.anchor] if self.anchor else [])
        for value in reversed(values):
            iv = value_interval(value)
            if iv is None:
                continue
            gran = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "half": "Q", "season": "M", "year": "Y",
                    "decade": "DE", "century": "CE"}[iv[2]]
            if unit is not None and UNIT_ORDER[gran] > UNIT_ORDER.get(unit, 3):
                continue
            return iv[0], gran
        return self.dct, "D"

    @property
    def has_anchor(self) -> bool:
        """Whether the narrative has any earlier date."""
        return bool(self.anchors or self.anchor)


def _mods(words: list[str]) -> str | None:
    pm = lexicon()["point_mods"]
    for w in words:
        if w in ("early", "mid", "late", "mid-") or re.match(r"^(early|mid|late)-", w):
            return {"early": "START", "mid": "MID", "late": "END", "mid-": "MID"}[w.split("-")[0] if "-" in w and w != "mid-" else w]
    for w in words[:3]:
        if w in pm and w in ("beginning", "start", "end", "middle", "turn", "close"):
            return pm[w]
    return None


#: A day with a part of day ("Friday morning" -> ``...TMO``): TIMEX3 type TIME, a time of day however vague.
_PART_OF_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT(MO|AF|EV|NI|DT)$")


def normalise(rule: str, words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    """``(type, value, mod)`` of a matched expression (lower-cased tokens), or None to drop it."""
    res = _normalise(rule, words, ctx)
    if res is not None and res[0] == "DATE" and _PART_OF_DAY_VALUE.match(res[1]):
        return "TIME", res[1], res[2]
    return res


def _normalise(rule: str, words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    if len(words) > 1 and words[0] in ("around", "about", "approximately"):
        res = normalise(rule, words[1:], ctx)  # "around Nov. 1": the point, approximately
        return (res[0], res[1], res[2] or "APPROX") if res else None
    lx = lexicon()
    months, weekdays = lx["months"], lx["weekdays"]
    dct = ctx.dct
    mod = _mods(words)
    month = next((months[w] for w in words if w in months), None)
    wd = next((weekdays[w] for w in words if w in weekdays), None)
    year = next((int(w) for w in words if re.match(YEAR_TOKEN, w)), None)
    rel = next((lx["relative"][w] for w in words if w in lx["relative"]), None)
    relword = next((w for w in reversed(words) if w in lx["relative"]), None)  # "this past week": past
    if relword is not None:
        rel = lx["relative"][relword]
    day = next((int(re.match(r"\d+", w).group()) for w in words if re.match(DAYNUM_TOKEN, w)), None)

    if rule == "iso_date":
        txt = "".join(words)
        y, m, d = int(txt[:4]), int(txt[5:7]), int(txt[8:10])
        try:
            return "DATE", dt.date(y, m, d).isoformat(), None
        except ValueError:
            return None
    if rule == "numeric_date":
        a, b, c = (int(x) for x in words[0].split("/"))
        y = c + (2000 if c < 50 else 1900) if c < 100 else c
        for mm, dd in ((a, b), (b, a)):  # US order first (news wire), then day-first
            try:
                return "DATE", dt.date(y, mm, dd).isoformat(), None
            except ValueError:
                continue
        return None
    if rule in ("month_day_year", "day_month_year"):
        if _names_event(month, day, year, ctx.after):
            return None
        try:
            return "DATE", dt.date(year, month, day).isoformat(), None
        except (ValueError, TypeError):
            return None
    if rule in ("month_day", "day_month"):
        if month is None or day is None:
            return None
        if _names_event(month, day, None, ctx.after):
            return None
        if (end := _range_end(ctx.after)) is not None:
            # "between February 20 and June 23, 2016": the range's end names the year of both (a start later in the
            # year than the end lies in the year before: "from December 20 to January 5, 2016")
            y = end[2] - ((month, day) > end[:2])
            try:
                return "DATE", dt.date(y, month, day).isoformat(), None
            except ValueError:
                pass
        d = resolve_month_day(month, day, dct, ctx.tense)
        return ("DATE", d.isoformat(), None) if d else None
    if rule == "month_year":
        return "DATE", f"{year}-{month:02d}", mod
    if rule == "month":
        after = [w for w in ctx.after[:3] if w != "of"]
        if words[-1] == "year" or after[:2] in (["last", "year"], ["this", "year"], ["next", "year"]):
            # "June last year" (one expression), or a month whose year is named just after it
            r = lx["relative"][words[-2] if words[-1] == "year" else after[0]]
            return "DATE", f"{dct.year + r}-{month:02d}", mod
        if relword == "that" and ctx.has_anchor:
            return "DATE", f"{ctx.anchor_date()[0].year}-{month:02d}", mod  # "in 1932; that December"
        if relword in ("following", "previous", "preceding") and ctx.has_anchor:
            # "passed in the spring of 2017 and took effect the following January": the first such month after (or,
            # "the previous March", before) the date just named; after a bare year, in the next (previous) year
            base, gran = ctx.anchor_date()
            whole = gran in ("Y", "DE", "CE")
            if relword == "following":
                return "DATE", f"{base.year + (whole or base.month >= month)}-{month:02d}", mod
            return "DATE", f"{base.year - (whole or base.month <= month)}-{month:02d}", mod
        if (shift_y := _anaphoric_year_after([w for w in ctx.after[:4] if w != "of"])) is not None and ctx.has_anchor:
            # "in 1981 ... in March the same year", "in October of that year": the narrative's year
            return "DATE", f"{ctx.anchor_date()[0].year + shift_y}-{month:02d}", mod
        if (y := _year_after_months(ctx.after)) is not None:
            return "DATE", f"{y}-{month:02d}", mod  # "between May and June in 1981", "in March in 2009"
        y = resolve_month(month, dct, ctx.tense, rel if relword in ("last", "next", "this", "past", "coming") else None)
        return "DATE", f"{y}-{month:02d}", mod
    if rule == "year":
        w = words[-1]
        # A fiscal year is valued as its calendar year number ("fiscal 1989", "FY89" -> 1989): the
        # TimeBank gold does so in every case of the large dev set; the TIMEX2-era "FY1989" is
        # not a TIMEX3 value.
        if w.startswith("fy"):
            y = int(w[2:])
            y = y + 1900 if 50 <= y < 100 else y + 2000 if y < 100 else y
            return "DATE", str(y), None
        if m := re.match(r"^(early|mid|late|end|pre|post)-(\d{4})$", w):  # "end-2012": business-wire shorthand
            return "DATE", m[2], {"early": "START", "mid": "MID", "late": "END", "end": "END", "pre": "BEFORE", "post": "AFTER"}[m[1]]
        return "DATE", str(year), mod
    if rule == "year_range":
        return "DATE", words[0][:4], None  # split into two timexes by the caller
    if rule == "holiday" and words[-1] in ("week", "weekend"):
        # The week of the holiday: the one the article date is in, else the holiday by tense;
        # "the Easter weekend", "Thanksgiving weekend": the weekend of that week
        name = " ".join(w for w in words[:-1] if w != "the")
        cands = [c for y in (dct.year - 1, dct.year, dct.year + 1) if (c := holiday_date(name, y))]
        d = next((c for c in cands if c.isocalendar()[:2] == dct.isocalendar()[:2]), None) or resolve_holiday(name, dct, ctx.tense)
        return ("DATE", fmt_unit(d, "W") + ("-WE" if words[-1] == "weekend" else ""), None) if d else None
    if rule == "holiday":
        kept = [w.replace("’", "'") for w in words if w not in lx["relative"] and w != "," and not re.match(YEAR_TOKEN, w)]
        while kept and kept[-1] == "of":  # "Christmas of 2008"
            kept.pop()
        name = " ".join(kept[1:] if kept[:1] == ["the"] else kept)  # "the Fourth of July"
        if year is not None:  # "Christmas 2008"
            d = holiday_date(name, year)
        elif rel in (-1, 1):  # "last Christmas": the one before the article date, however near
            cands = [c for y in (dct.year - 1, dct.year, dct.year + 1) if (c := holiday_date(name, y))]
            d = max((c for c in cands if c < dct), default=None) if rel < 0 else min((c for c in cands if c > dct), default=None)
        elif relword == "this":
            d = holiday_date(name, dct.year)
        else:
            d = resolve_holiday(name, dct, ctx.tense)
            ahead = resolve_holiday(name, dct, "future")
            if ctx.tense == "past" and ctx.prev == "before" and ahead is not None and (ahead - dct).days <= 7:
                d = ahead  # "the party was held the Saturday before Christmas", written days before it
        return ("DATE", d.isoformat(), None) if d else None
    if rule == "decade":
        if m := re.match(r"^(early|mid|late)-", words[-1]):
            mod = {"early": "START", "mid": "MID", "late": "END"}[m[1]]
        digit = next((lx["decade_words"][w] for w in words if w in lx["decade_words"]), None)
        digits = re.sub(r"\D", "", "".join(words)) if digit is None else f"{digit}0"
        if len(digits) == 2:  # '90s, the eighties: the latest such decade that has begun by the article date
            digits = ("20" if 2000 + int(digits) <= dct.year else "19") + digits[0]
        if len(digits) == 4 and digits.endswith("00") and digits < "2000":
            return "DATE", digits[:2], mod  # "the late 1800s", "the early 1900s": a century, not its first decade
        return "DATE", digits[:3], mod
    if rule == "century":
        n = None
        for w in words:
            if m := re.match(r"^(\d+)(st|nd|rd|th)$", w):
                n = int(m[1])
            elif w in lx["ordinals"] and w not in ("first", "final", "last"):
                n = lx["ordinals"][w]
        if "twenty" in words and "first" in words:
            n = 21
        if n is None:
            return None
        return "DATE", f"{n - 1:02d}", mod
    if rule == "nth_weekday":
        return _nth_weekday(words, ctx)
    if rule == "weekday" and words[0] == "black":
        return _named_day(" ".join(words[:2]), ctx)
    if rule == "weekday" and words[0] == "the":
        # "the previous Friday", "the following Monday": seen from the narrative's last day
        base = ctx.anchor_date("D")[0] if ctx.has_anchor else dct
        d = resolve_weekday(wd, base, None, 1 if words[1] == "following" else -1)
        return "DATE", d.isoformat() + _pod_suffix(words), mod
    if rule == "weekday":
        r = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(relword or "", None)
        tense = ctx.tense if relword != "this" else (ctx.tense or "future")
        d = resolve_weekday(wd, dct, tense, r)
        return "DATE", d.isoformat() + _pod_suffix(words), mod
    if rule == "deictic":
        w = next(w for w in words if w in lx["deictic"])
        off = lx["deictic"][w]
        if "before" in words:
            off -= 1
        elif "after" in words:
            off += 1
        d = dct + dt.timedelta(days=off)
        suffix = _pod_suffix(words) or ("TNI" if w == "tonight" else "")
        return "DATE", d.isoformat() + suffix, mod if words[0] in ("early", "late") else None  # "late yesterday": END
    if rule == "part_of_day":
        if words[-1] in ("day", "week", "month", "year"):
            unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[words[-1]]
            a, gran = ctx.anchor_date(unit)
            return "DATE", fmt_unit(a, unit), mod
        if words[:2] in (["the", "next"], ["the", "following"], ["the", "previous"]):
            # "the next morning": the day after (before) the narrative's last day
            base = ctx.anchor_date("D")[0] + dt.timedelta(days=-1 if words[1] == "previous" else 1)
        elif "yesterday" in words or ("last" in words and words[-1] == "night"):
            base = dct - dt.timedelta(days=1)
        elif "tomorrow" in words:
            base = dct + dt.timedelta(days=1)
        elif "this" in words or "today" in words:
            base = dct
        else:
            base = ctx.anchor_date("D")[0]
        return "DATE", base.isoformat() + _pod_suffix(words), mod
    if rule == "clock":
        return _clock(words, ctx)
    if rule == "ref":
        w = " ".join(words)
        val = lx["refs"].get(w) or lx["ref_phrases"].get(w) or lx["ref_adjectives"].get(w)
        return ("DATE", val, None) if val else None
    if rule == "week_of":  # "the week of March 6": the ISO week holding that day
        d = resolve_month_day(month, day, dct, ctx.tense) if month and day else None
        return ("DATE", fmt_unit(d, "W"), None) if d else None
    if rule == "set":
        if words == ["annual"] and ctx.after[:1] and ctx.after[0] in lx["period_nouns"]:
            # "annual profit": the amount over one period (MEANTIME: DURATION P1Y)
            return "DURATION", "P1Y", None
        return _set(words)
    if rule == "earlier_this":
        unit = _unit(words)
        r = lx["relative"].get(words[1], 0)
        base = _anchor_or_dct(ctx, words[1])
        return "DATE", fmt_unit(shift(base, r if words[1] != "that" else 0, unit), unit), None
    if rule == "unit_of":
        return _unit_of(words, ctx, mod)
    if rule == "same_period":
        head = next(w for w in words if w in ("period", "quarter", "month", "week", "time", "season"))
        if head == "quarter" or head == "period" and _reported_quarter(ctx, anchored_only=True) is not None:
            base, gran = _reported_quarter(ctx), "Q"  # after a named quarter, "the period" is that quarter
        else:
            base, gran = ctx.anchor_date({"month": "M", "week": "W"}.get(head, "Q"))
            if UNIT_ORDER.get(gran, 3) < UNIT_ORDER["M"] and head in ("period", "time", "season"):
                gran = "M"  # a period compared across years is at least a month
        return "DATE", fmt_unit(shift(base, -1, "Y"), gran), None
    if rule == "reported_quarter":
        # A quarter named earlier wins (a fiscal first quarter can end in September); else the
        # quarter "ended Sept. 30" names; else the last one completed.
        q = _reported_quarter(ctx, anchored_only=True) or (_period_ended(ctx) if words[-1] == "quarter" else None)
        q = q or _reported_quarter(ctx)
        if "ago" in words or "earlier" in words or "last" in words:
            q = shift(q, -1, "Y")  # "the year-ago quarter", "last year's quarter": the same quarter a year before
        elif "next" in words:
            q = shift(q, 1, "Y")
        return "DATE", fmt_unit(q, "Q"), None
    if rule == "year_ago":
        q = _reported_quarter(ctx, anchored_only=True)  # "third-quarter net ... year-earlier net": that quarter
        return ("DATE", fmt_unit(shift(q, -1, "Y"), "Q"), None) if q else ("DATE", str(dct.year - 1), None)
    if rule == "year_period":  # "the 1988 period" after "the third quarter": 1988-Q3
        # "the 1988 quarter" names a quarter even with none named before: the one being reported
        q = _reported_quarter(ctx, anchored_only=words[-1] != "quarter")
        return "DATE", f"{year}-Q{(q.month - 1) // 3 + 1}" if q else str(year), None
    if rule == "full_year":  # the year of the narrative's last date if it is this or last year, else this year
        a, _ = ctx.anchor_date("Y")
        return "DATE", str(a.year if dct.year - 1 <= a.year <= dct.year else dct.year), None
    if rule == "year_end":
        # "since year-end" looks back to the last one; "by year-end" (any tense) to this year's
        return "DATE", str(dct.year - 1 if ctx.prev == "since" and dct.month < 12 else dct.year), "END"
    if rule == "quarter":
        return _quarter(words, ctx)
    if rule == "season":
        season = next(lx["seasons"][w] for w in words if w in lx["seasons"])
        if year is not None:
            return "DATE", f"{year}-{season}", mod
        if ctx.after[:3] in (("of", "last", "year"), ("of", "this", "year"), ("of", "next", "year")):
            # "the autumn of next year": the season of the year named just after it (as for months)
            return "DATE", f"{dct.year + lx['relative'][ctx.after[1]]}-{season}", mod
        r = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}.get(relword or "", None)
        if relword == "that" and ctx.has_anchor:
            # "announced in January 2008 and completed that summer": the season of the year just named
            base, gran = ctx.anchor_date()
            early = season == "WI" and base.month <= 2 and gran in ("D", "W", "M")  # Jan. 2008's winter began in 2007
            return "DATE", f"{base.year - early}-{season}", mod
        if relword == "following" and ctx.has_anchor:
            # "moved in 2003; the following spring": the first such season after the date just named
            base, gran = ctx.anchor_date()
            first = SEASON_MONTHS[season][0]
            later = gran in ("Y", "DE", "CE") and season != "WI" or gran not in ("Y", "DE", "CE") and base.month >= first
            return "DATE", f"{base.year + later}-{season}", mod
        return "DATE", resolve_season(season, dct, r, ctx.tense), mod
    if rule in ("ago", "from_now", "anaphor_offset"):
        unit = _unit(words)
        n = count_in(words)
        q = _qmod(words)
        sign = -1 if rule == "ago" or any(w in ("earlier", "before", "prior", "previously") for w in words) else 1
        if n is None:
            n = "X" if words[0] in ("several", "many", "few") or unit in ("Y", "DE", "CE") and words[0].endswith("s") else 1
        if words[0] in ("years", "decades", "months", "weeks", "days", "centuries") and n == 1:
            n = "X"
        if n == "X":
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
        base, agran = (dct, "D") if rule != "anaphor_offset" else ctx.anchor_date()
        if rule == "ago" and unit == "Y" and n == 1 and (q := _reported_quarter(ctx, anchored_only=True)) is not None:
            # "profit rose from $3 million a year ago" after a reported quarter: that quarter a year before
            return "DATE", fmt_unit(shift(q, -1, "Y"), "Q"), None
        target = shift(base, sign * float(n), unit)
        out_unit = "D" if unit in ("D", "W", "WE", "FN", "H", "MIN", "S") else unit
        if rule == "ago" and unit == "W" and float(n) >= _WEEK_GRAIN_AGO:
            out_unit = "W"  # "six weeks ago" names a week, not a day (TIMEX3: the value has the unit's grain)
        if UNIT_ORDER.get(agran, 3) > UNIT_ORDER.get(out_unit, 3):
            out_unit = agran
        elif rule == "anaphor_offset" and unit == "Y" and agran == "Q":
            out_unit = "Q"  # "a year earlier" than the third quarter of 1989 is the third quarter of 1988
        elif rule == "anaphor_offset" and unit == "Y" and agran == "D" and ctx.ends_period:
            # "the quarter ended Aug. 12 ... C$18.1 million a year earlier": the period ending that day a
            # year before, written as its closing day (TimeBank gold 2 of 2 such days; the year 0 of 2)
            out_unit = "D"
        qmap = {"MORE_THAN": "BEFORE" if sign < 0 else "AFTER", "LESS_THAN": "AFTER" if sign < 0 else "BEFORE",
                "APPROX": "APPROX", "EQUAL_OR_MORE": "ON_OR_BEFORE" if sign < 0 else "ON_OR_AFTER"}
        return "DATE", fmt_unit(target, out_unit), qmap.get(q or "", None)
    if rule == "rel_unit":
        unit = _unit(words)
        if unit is None:
            return None
        if words[-1] == "day" and words[0] == "the" and len(words) == 2:
            a, gran = ctx.anchor_date("D")
            return "DATE", fmt_unit(a, "D"), None
        bare = [w for w in words if w != "fiscal"]  # "the fiscal year" reads like "the year"
        if bare == ["the", "year"] and ctx.prev in ("throughout",):
            return "DURATION", "P1Y", None  # "throughout the fiscal year": its whole length
        if bare == ["the", "year"] and not ctx.after[:1] in (("ended",), ("ending",)) \
                and not (ctx.after[:1] == ("to",) and ctx.after[1:2] and ctx.after[1] in lx["months"]):
            return "DATE", fmt_unit(ctx.anchor_date("Y")[0], "Y"), None
        if len(bare) == 2 and words[0] == "the" and (ctx.after[:1] in (("ended",), ("ending",))
                                                    or ctx.after[:1] == ("to",) and ctx.after[1:2] and ctx.after[1] in lx["months"]):
            return "DURATION", duration_value(1, unit), None  # "the year ended June 30": a reporting period
        if words == ["the", "week"]:
            # "for the week, the index fell": a week the context knows, left unspecified within the
            # narrative's year (TimeBank gold 3 of 3, 1989-WXX; "this week" names the ISO week)
            return "DATE", f"{ctx.anchor_date('D')[0].year:04d}-WXX", None
        if words == ["the", "weekend"]:
            base = ctx.anchor_date("D")[0]  # after a narrative date ("Friday"), the weekend of its week
            if base == dct or (ctx.tense == "past" and resolve_weekend(base) > dct):
                # ... but a past weekend is not ahead of the article: "said on Monday it had risen over
                # the weekend" (written on Wednesday) is the one before that Monday
                base = resolve_weekend(base, ctx.tense)
            return "DATE", fmt_unit(base, "WE"), None
        anaphoric = relword in ("that", "same", "following", "previous", "preceding", "prior") or (
            words[0] == "the" and relword in ("next",) and unit in ("D", "W", "M", "Y"))
        if anaphoric and not (
                relword in ("previous", "following") and not ctx.has_anchor):
            base, gran = ctx.anchor_date(unit)
            r = rel or 0
            last, last_gran = ctx.anchor_date()
            if unit == "D" and not r and last_gran == "M" and ctx.has_anchor:
                # "most recently last October ... that same day": the day of the month just named, unknown
                return "DATE", f"{last.year:04d}-{last.month:02d}-XX", None
            if UNIT_ORDER[unit] < UNIT_ORDER.get(gran, 3):
                return ("DATE", "XXXX-XX-XX", None) if r else ("DATE", fmt_unit(base, gran), None)
            return "DATE", fmt_unit(shift(base, r, unit), unit), mod
        if ctx.prev in ("over", "throughout", "within") and relword in ("past", "last", "next", "coming"):
            return "DURATION", duration_value(1, unit), None
        if unit == "W" and rel == 0 and dct.weekday() == 6 and ctx.tense == "future":
            return "DATE", fmt_unit(dct + dt.timedelta(days=1), "W"), mod  # written on a Sunday: the week ahead
        return "DATE", fmt_unit(shift(dct, rel or 0, unit), unit), mod
    if rule == "unit_after":
        unit = _unit(words)
        if words[-2:] == ["before", "last"]:  # "the week before last": two back from the article's
            return "DATE", fmt_unit(shift(dct, -2, unit), unit), None
        r = 1 if words[-1] in ("after", "later", "following") else -1
        base, gran = ctx.anchor_date(unit)
        if UNIT_ORDER[unit] < UNIT_ORDER.get(gran, 3):
            return "DATE", "XXXX-XX-XX", None
        return "DATE", fmt_unit(shift(base, r, unit), unit), None
    if rule == "nth_day":
        # A run that reaches the article date ("is the eighth day of the siege", "for a second straight
        # day"), or a day set beside a date ("on May 2, the third day of the talks"); else unknown: dropped.
        if "consecutive" in words or "straight" in words or ctx.tense == "present":
            return "DATE", dct.isoformat(), None
        if ctx.prev == "," and ctx.has_anchor:
            a, gran = ctx.anchor_date("D")
            return ("DATE", a.isoformat(), None) if gran == "D" else None
        return None
    if rule == "rel_duration":
        unit = _unit(words)
        n = count_in([w for w in words if w not in ("a",)])
        plural = words[-1].endswith("s")
        if n is None:
            n = "X" if plural else 1
        return "DURATION", duration_value(n, unit), None
    if rule == "spoken_year":
        y = spoken_year(words)
        season = next((lx["seasons"][w] for w in words if w in lx["seasons"]), None)  # "the winter of nineteen ninety-four"
        return ("DATE", f"{y}-{month:02d}" if month else f"{y}-{season}" if season else str(y), None) if y else None
    if rule == "duration":
        unit = _unit(words)
        if unit is None:
            return None
        if words == ["one", "day"] and ctx.prev in _MODALS:
            return "DATE", "FUTURE_REF", None  # "will one day be": some day ahead, not a day's length
        n = count_in(words) if not (words[-1] == "century" and "quarter" in words) else 0.25
        if words[-1] == "year" and any(re.match(YEAR_TOKEN, w) for w in words):
            return "DATE", next(w for w in words if re.match(YEAR_TOKEN, w)), None  # "the 2012 financial year": no count
        if n is None:
            # "day-long", "another year": one unit
            n = 1 if (words[-1] == "long" and not words[0].endswith("s")) or words[0] == "another" else "X"
        return "DURATION", duration_value(n, unit), _qmod(words)
    return None


#: "<month> that year", "<month> the same year": in the narrative's year. ("the following year" is
#: left out: its own timex would move on again from the month it dated.)
_ANAPHORIC_YEARS = {("that", "year"): 0, ("the", "same", "year"): 0, ("that", "same", "year"): 0}


def _names_event(month: int | None, day: int | None, year: int | None, after: tuple[str, ...]) -> bool:
    """Whether a month and day (and year) are the name of one event ("the September 11 attacks",
    "the Sept. 11, 2001, terrorist attacks"): a name, not a time expression, as MEANTIME leaves
    them (lexicon ``event_dates``)."""
    event = lexicon()["event_dates"].get(f"{month or 0:02d}-{day or 0:02d}")
    if not event or year is not None and str(year) != event["date"][:4]:
        return False
    rest = [w for w in after[:2] if w != ","]
    return bool(rest) and rest[0] in event["nouns"]


def _anaphoric_year_after(after: list[str]) -> int | None:
    """The year offset named just after a month by "that year" or "the same year", else None."""
    for words, n in _ANAPHORIC_YEARS.items():
        if tuple(after[:len(words)]) == words:
            return n
    return None


#: Words that join the two ends of a range of dates ("between May 3 and June 9, 2016", "from May 3 to June 9, 2016").
_RANGE_JOINS = {"and", "to", "through", "until", "till", "-", "–", "—"}


def _range_end(after: tuple[str, ...]) -> tuple[int, int, int] | None:
    """(month, day, year) of a full date right after a range word ("and June 23, 2016", "to 9 June 2014"), else None."""
    if not after or after[0] not in _RANGE_JOINS:
        return None
    words = [w for w in after[1:7] if w != ","][:3]
    if len(words) < 3 or not re.fullmatch(YEAR_TOKEN, words[2]):
        return None
    md = _month_day(words[0], words[1])
    return (*md, int(words[2])) if md is not None else None


def _year_after_months(after: tuple[str, ...]) -> int | None:
    """The year named by "in <year>" just after a month or a run of months ("May and June in 1981"), else None."""
    months = lexicon()["months"]
    i = 0
    while i < len(after) and i < 6 and (after[i] in months or after[i] in ("and", "or", "to", "-", "–", ",")):
        i += 1
    if after[i:i + 1] == ("in",) and i + 1 < len(after) and re.match(YEAR_TOKEN, after[i + 1]):
        return int(after[i + 1])
    return None


def _nth_weekday(words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    """"the first Monday of April" (a year named, else the month's year by tense), "the last Sunday in May"."""
    lx = lexicon()
    wd = next(lx["weekdays"][w] for w in words if w in lx["weekdays"])
    month = next(lx["months"][w] for w in words if w in lx["months"])
    year = next((int(w) for w in words if re.match(YEAR_TOKEN, w)), None) or resolve_month(month, ctx.dct, ctx.tense)
    nth = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == wd]
    n = next((nth[w] for w in words if w in nth), None)
    if n is not None and n > len(days):
        return None
    return "DATE", dt.date(year, month, days[n - 1] if n is not None else days[-1]).isoformat(), None


def _named_day(name: str, ctx: Context) -> tuple[str, str, str | None]:
    """ "Black Monday": one historical date, a recurring one ("Black Friday"), or unknown; never
    the Monday nearest the article date."""
    rule = lexicon()["named_days"].get(name)
    if rule is None:
        return "DATE", "XXXX-XX-XX", None
    if re.match(r"^\d{4}-\d\d-\d\d$", rule):
        return "DATE", rule, None
    d = resolve_holiday(name, ctx.dct, ctx.tense)
    return ("DATE", d.isoformat(), None) if d else ("DATE", "XXXX-XX-XX", None)


def spoken_year(words: list[str]) -> int | None:
    """ "nineteen ninety - six" -> 1996 (a year read out in a broadcast transcript)."""
    lx = lexicon()
    if "thousand" in words:  # "the year two thousand (and one)"
        rest = words[words.index("thousand") + 1:]
        return 2000 + sum(lx["numbers"][w] for w in rest if w in lx["numbers"] and isinstance(lx["numbers"][w], int))
    base = next((lx["spoken_centuries"][w] for w in words if w in lx["spoken_centuries"]), None)
    if base is None:
        return None
    rest = words[words.index(next(w for w in words if w in lx["spoken_centuries"])) + 1:]
    n = sum(lx["numbers"][w] for w in rest if w in lx["numbers"])
    return base + n if 10 <= n <= 99 else None


def _anchor_or_dct(ctx: Context, word: str) -> dt.date:
    if word == "that" and ctx.has_anchor:
        return ctx.anchor_date()[0]
    return ctx.dct


def _pod_suffix(words: list[str]) -> str:
    pods = lexicon()["parts_of_day"]
    for w in words:
        if w in pods:
            return "T" + pods[w]
    return ""


def _clock(words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    lx = lexicon()
    hh = mm = None
    txt = " ".join(words)
    if "noon" in words or "midday" in words:
        hh, mm = 12, 0
    elif "midnight" in words:
        # the end of the day it is named with ("midnight Friday" closes Friday): ISO 8601 and the
        # TimeBank gold write 24:00 of that day, not 00:00, which would open it
        hh, mm = 24, 0
    elif m := re.match(r"^([01]\d|2[0-3])([0-5]\d)$", words[0]):
        hh, mm = int(m[1]), int(m[2])  # "2030 GMT"
    elif words[1:2] == ["o'clock"] and isinstance(lx["numbers"].get(words[0]), int):
        hh, mm = lx["numbers"][words[0]], 0  # "eleven o'clock"
    elif (pod := _hour_pod(words)) is not None:
        if ctx.prev not in _AT_WORDS:
            return None  # "fell 4 in the morning session": a count, not an hour
        hh, mm = pod
    elif m := re.search(r"\b(2[0-3]|[01]?\d)(?:[:.]([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.|o'clock)?", txt):
        # (20-23 first: "[01]?\d" alone would read "20:00" as a bare "2" and give up)
        hh, mm = int(m[1]), int(m[2] or 0)
        if m[3] in ("pm", "p.m.") and hh < 12:
            hh += 12
        if m[3] in ("am", "a.m.") and hh == 12:
            hh = 0
        if m[2] is None and m[3] is None:
            return None
    if hh is None:
        return None
    base = _day_named_after(words, ctx) or _day_after_zone(words, ctx) or ctx.anchor_date("D")[0]
    for w in words:
        if w in lx["deictic"]:
            base = ctx.dct + dt.timedelta(days=lx["deictic"][w])
        elif w in lx["weekdays"]:
            base = resolve_weekday(lx["weekdays"][w], ctx.dct, ctx.tense)
    zone = "Z" if any(w in ("utc", "gmt") for w in words) else ""
    if (offset := _utc_offset(words, ctx.after)) is not None:
        if not any(w in lx["deictic"] or w in lx["weekdays"] for w in words):
            base = _day_after_offset(ctx, base)  # "6:40 p.m. (GMT +8) on Sunday": Sunday's 6:40 p.m.
        local = dt.datetime.combine(base, dt.time(hh % 24, mm)) + dt.timedelta(days=hh // 24)
        utc = local - offset  # "6:40 p.m. (GMT +8)" is 10:40 UTC
        return "TIME", f"{utc.date().isoformat()}T{utc.hour:02d}:{utc.minute:02d}Z", None
    return "TIME", f"{base.isoformat()}T{hh:02d}:{mm:02d}{zone}", None


#: Words before an hour with its part of the day ("at 4 in the morning"): without one, the number
#: may be a count ("scored 2 in the afternoon session").
_AT_WORDS = frozenset({"at", "around", "about", "by", "until", "till", "before", "after", "from", "since", "to", "past"})


def _hour_pod(words: list[str]) -> tuple[int, int] | None:
    """``(hour, minute)`` of "4 in the morning", "eight in the evening", "11 at night", else None."""
    if words[1:3] not in (["in", "the"], ["at", "night"]):
        return None
    m = re.match(r"^(\d{1,2})(?:[:.](\d\d))?$", words[0])
    hh = int(m[1]) if m else lexicon()["numbers"].get(words[0])
    if not isinstance(hh, int) or not 1 <= hh <= 12:
        return None
    mm = int(m[2]) if m and m[2] else 0
    # afternoon and evening hours are after noon; "11 at night" too, "2 at night" is small hours
    if (words[-1] in ("afternoon", "evening") or (words[-1] == "night" and hh >= 6)) and hh < 12:
        hh += 12
    elif words[-1] == "morning" and hh == 12:
        hh = 0
    return hh, mm


def _day_named_after(words: list[str], ctx: Context) -> dt.date | None:
    """The day a clock time names with a month and day, in its extent or just after a comma
    ("until 5 p.m. EST Nov. 9", "at 16:15 UTC, June 1st"), else None."""
    lx = lexicon()
    months = lx["months"]
    for seq in (words, [w for w in ctx.after[:3] if w != ","] if ctx.after[:1] == (",",) else []):
        for i, w in enumerate(seq[:-1]):
            if w in months and re.match(DAYNUM_TOKEN, seq[i + 1]):
                return resolve_month_day(months[w], int(re.match(r"\d+", seq[i + 1]).group()), ctx.dct, ctx.tense)
    return None


#: Words between a clock time and the day it is on: a zone ("10 a.m. Eastern time on Tuesday"),
#: a wire-service conversion ("8:45 p.m. (1245 GMT) on Monday"), "on".
_ZONE_FILLER = frozenset({"(", ")", ",", "on", "local", "time", "eastern", "central", "pacific", "mountain",
                          "standard", "daylight"}) | ZONE_ABBREVIATIONS


def _day_after_zone(words: list[str], ctx: Context) -> dt.date | None:
    """The day named after a clock time's zone words, when the clock names no day itself, else None."""
    lx = lexicon()
    if any(w in lx["deictic"] or w in lx["weekdays"] for w in words):
        return None
    after = ctx.after[:8]
    in_parens = False
    for i, w in enumerate(after):
        in_parens = (in_parens or w == "(") and w != ")"
        if in_parens and re.match(r"^(\d{1,2}([:.]\d\d)?|a\.m\.|p\.m\.|am|pm)$", w):
            continue  # the same time in another zone: "14:00 CET (13:00 GMT) yesterday"
        if w in lx["weekdays"]:
            return resolve_weekday(lx["weekdays"][w], ctx.dct, ctx.tense) if i else None
        if i and i + 1 < len(after) and (md := _month_day(w, after[i + 1])) is not None:
            return resolve_month_day(*md, ctx.dct, ctx.tense)  # "10 a.m. on June 1", "at 9:00 on 1 June"
        if w in lx["deictic"]:
            return ctx.dct + dt.timedelta(days=lx["deictic"][w]) if i else None
        if w not in _ZONE_FILLER and not re.match(r"^([01]\d|2[0-3])[0-5]\d$", w):
            return None
    return None


def _month_day(a: str, b: str) -> tuple[int, int] | None:
    """``(month, day)`` of two words written as "June 1" or "1 June", else None."""
    months = lexicon()["months"]
    if a in months and re.match(DAYNUM_TOKEN, b):
        return months[a], int(re.match(r"\d+", b).group())
    if b in months and re.match(DAYNUM_TOKEN, a):
        return months[b], int(re.match(r"\d+", a).group())
    return None


def _day_after_offset(ctx: Context, base: dt.date) -> dt.date:
    """The day named just after a parenthesised offset ("... (GMT +8) on Sunday"), else ``base``."""
    lx = lexicon()
    after = list(ctx.after)
    if ")" not in after:
        return base
    rest = [w for w in after[after.index(")") + 1:][:2] if w != "on"]
    if rest and rest[0] in lx["weekdays"]:
        return resolve_weekday(lx["weekdays"][rest[0]], ctx.dct, ctx.tense)
    if rest and rest[0] in lx["deictic"]:
        return ctx.dct + dt.timedelta(days=lx["deictic"][rest[0]])
    return base


_OFFSET = re.compile(r"^\(?\s*(?:gmt|utc)\s*([+\-−–])\s*(\d{1,2})(?:[:.]?(\d\d))?\b")


def _utc_offset(words: list[str], after: tuple[str, ...]) -> dt.timedelta | None:
    """The UTC offset written with a clock time ("GMT+8", "(UTC -5)", "GMT +5:30"), or None.

    Only explicit offsets are converted: a zone name alone (EST, CET) keeps the local time, as
    TimeBank annotates it."""
    tail = list(after)
    for i, w in enumerate(words):
        if w in ("gmt", "utc"):
            tail = words[i:] + tail
            break
    m = _OFFSET.match(" ".join(tail[:6]).replace("( ", "("))
    if m is None:
        return None
    hours, minutes = int(m[2]), int(m[3] or 0)
    if hours > 14 or minutes >= 60:
        return None
    sign = -1 if m[1] in "-−–" else 1
    return sign * dt.timedelta(hours=hours, minutes=minutes)


def _set(words: list[str]) -> tuple[str, str, str | None]:
    lx = lexicon()
    if words[-1] in lx["set_words"] and (len(words) == 1 or words[-2] in ("once", "twice", "thrice", "times")):
        return "SET", lx["set_words"][words[-1]], None  # "daily", "twice daily", "three times weekly"
    for w in words:
        if w in lx["weekdays"] or w.endswith("days") and w[:-1] in lx["weekdays"]:
            pod = next((lx["parts_of_day"][p[:-1]] for p in words if p.endswith("s") and p[:-1] in lx["parts_of_day"]), None)
            return "SET", f"XXXX-WXX-{lx['weekdays'][w.rstrip('s') if w not in lx['weekdays'] else w] + 1}" + (f"T{pod}" if pod else ""), None
        if w in lx["parts_of_day"]:
            return "SET", f"XXXX-XX-XXT{lx['parts_of_day'][w]}", None
        if w in lx["seasons"]:
            return "SET", f"XXXX-{lx['seasons'][w]}", None  # "every summer"
        if w in lx["months"]:
            return "SET", f"XXXX-{lx['months'][w]:02d}", None  # "each July"
    unit = _unit(words) or "D"
    n = 2 if "other" in words else 1
    num = count_in([w for w in words[:-1] if w not in ("a", "an", "per", "each", "every", "times", "once", "twice")])
    if words[0] == "every" and isinstance(num, float):
        n = num
    return "SET", duration_value(n, unit), None


def _period_ended(ctx: Context) -> dt.date | None:
    """A day inside the quarter "ended Sept. 30" names ("the quarter ended July 31": May to July,
    the calendar quarter of its middle month), or None without such a date just after."""
    months = lexicon()["months"]
    after = list(ctx.after[:3])
    if after[:1] not in (["ended"], ["ending"]) or len(after) < 2 or after[1] not in months:
        return None
    end_month = months[after[1]]
    year = ctx.dct.year if end_month <= ctx.dct.month else ctx.dct.year - 1  # a reported quarter has ended
    return add_months(dt.date(year, end_month, 1), -1)


def _reported_quarter(ctx: Context, anchored_only: bool = False) -> dt.date | None:
    """The first day of the quarter an earnings report is about ("the quarter", "the latest quarter").

    The most recent quarter named earlier in the narrative that ended within the year before the
    article date ("third-quarter profit ... after a flat second quarter ... in the quarter": the
    third; a report is about the latest completed quarter, older ones are comparisons);
    else the last completed quarter before the article date, as reports come out after the quarter
    ends (the current one for a future-tense governor). With ``anchored_only``, only quarters
    named after the narrative's last finer or coarser date, else None."""
    named = []
    for value in reversed(ctx.anchors):
        iv = value_interval(value)  # a quarter reported on has ended, within the last year
        if iv is not None and iv[2] == "quarter" and iv[1] < ctx.dct and (ctx.dct - iv[1]).days <= 366:
            named.append(iv[0])
        elif anchored_only and iv is not None and iv[2] != "quarter":
            break  # only when the narrative's latest dates are quarters
    if named:
        return max(named)
    if anchored_only:
        return None
    current = dt.date(ctx.dct.year, (ctx.dct.month - 1) // 3 * 3 + 1, 1)
    return current if ctx.tense == "future" else shift(current, -3, "M")


def _quarter(words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    months = [lexicon()["months"][w] for w in words if w in lexicon()["months"]]
    if len(months) == 2:  # "the April-June quarter" is the second quarter; "the July-December period" the second half
        half = months[1] - months[0] == 5
        order = ("first", "second", "third", "fourth")[(months[0] - 1) // (6 if half else 3)]
        words = [w for w in words if w not in lexicon()["months"] and w not in ("-", "–", "quarter", "period", "half")] \
            + [order, "half" if half else "quarter"]
    year = next((int(w) for w in words if re.match(YEAR_TOKEN, w)), None)
    n = None
    half = "half" in words or any(re.match(r"^h[12]$", w) for w in words)
    for w in words:
        if m := re.match(r"^q([1-4])$|^([1-4])q$|^h([12])$", w):
            n = int(m[1] or m[2] or m[3])
        elif w in ("first", "1st"):
            n = 1
        elif w in ("second", "2nd"):
            n = 2
        elif w in ("third", "3rd"):
            n = 3
        elif w in ("fourth", "4th"):
            n = 4
        elif w == "final":
            n = 2 if half else 4
    if n is None or (half and n > 2):
        return None
    if year is None:
        y = ctx.dct.year
        if "last" in words:
            y -= 1
        elif "next" in words:
            y += 1
        elif ctx.tense == "past" and ((n - 1) * (6 if half else 3) + 1) > ctx.dct.month:
            y -= 1  # "sales in the final quarter dropped" written in January: last year's quarter
        elif ctx.tense == "future" and n * (6 if half else 3) == 12 and ctx.dct.month <= 3 \
                and ctx.after[:1] and ctx.after[0] in lexicon()["period_nouns"]:
            y -= 1  # "will report fourth-quarter results" written in January: the quarter just closed
        elif ctx.tense == "future" and (n * (6 if half else 3)) + 3 < ctx.dct.month:
            # Next year's, unless it is the period just ended: "expects to report a third-quarter
            # loss" written in October is about the quarter that closed in September.
            y += 1
        if _YEAR_AGO.intersection(words) and "year" in words:
            y -= 1  # "the year-ago third quarter": the same quarter a year before
        year = y
    return "DATE", f"{year}-{'H' if half else 'Q'}{n}", None


#: "the year-ago/year-earlier quarter": one year back from the quarter it is compared with.
_YEAR_AGO = frozenset({"ago", "earlier"})


def _unit_of(words: list[str], ctx: Context, mod: str | None) -> tuple[str, str, str | None] | None:
    i = words.index("of")
    head, rest = words[:i], words[i + 1:]
    if "half" in head or "part" in head or head[-2:] == ["two", "quarters"]:
        first = "first" in head
        inner = _unit_of_inner(rest, ctx)
        if inner and re.match(r"^\d{4}$", inner):
            return "DATE", f"{inner}-H{1 if first else 2}", None
        return ("DATE", inner, "START" if first else "END") if inner else None
    if head and head[-1] == "week":
        inner = _unit_of_inner(rest, ctx)
        iv = value_interval(inner)
        if iv is None or iv[2] != "month":
            return None
        ords = {"first": 0, "second": 1, "third": 2, "fourth": 3}
        day = iv[1] if head[-2] in ("last", "final") else iv[0] + dt.timedelta(days=7 * ords[head[-2]])
        return "DATE", fmt_unit(day, "W"), None
    hmod = {"beginning": "START", "start": "START", "end": "END", "close": "END", "middle": "MID", "turn": "START",
            "rest": "END", "remainder": "END"}
    m = next((hmod[w] for w in head if w in hmod), None)
    inner = _unit_of_inner(rest, ctx)
    if inner is None:
        return None
    return "DATE", inner, m


def _unit_of_inner(rest: list[str], ctx: Context) -> str | None:
    lx = lexicon()
    months = lx["months"]
    if rest and rest[-1] == "quarter" and len(rest) >= 2:  # "the end of the third quarter"
        res = _quarter(rest, ctx)
        return res[1] if res else None
    year = next((int(w) for w in rest if re.match(YEAR_TOKEN, w)), None)
    month = next((months[w] for w in rest if w in months), None)
    if month and year:
        return f"{year}-{month:02d}"
    if year:
        return str(year)
    if month:
        return f"{resolve_month(month, ctx.dct, ctx.tense):04d}-{month:02d}"
    if rest and re.match(r"^\d{4}s$", rest[-1]):
        return rest[-1][:3]
    if rest and (m := re.match(r"^['’]?(\d)0s$", rest[-1])) and (len(rest[-1]) == 4 or rest[-2:-1] in (["'"], ["’"])):  # "the last half of the '80s": the latest such decade begun
        return ("20" if 2000 + int(m[1]) * 10 <= ctx.dct.year else "19") + m[1]
    unit = _unit(rest)
    if unit is None:
        return None
    r = lx["relative"].get(rest[0], 0) if rest[0] != "the" else 0
    base = ctx.dct
    if rest[0] == "that" and ctx.has_anchor:
        base = ctx.anchor_date(unit)[0]
    return fmt_unit(shift(base, r, unit), unit)

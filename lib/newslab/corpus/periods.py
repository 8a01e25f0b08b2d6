"""Time slices of a corpus: which period length to use, and which period each article falls in.

A period is a week (ISO, Monday to Sunday), a calendar month, a quarter or a year; decades and
centuries serve timelines whose events reach back into history. Every table
built on periods lists every period of the span, empty ones included, so a figure's x-axis is
true to time and "a tie that disappeared" means the next period, not the next non-empty one.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

import pandas as pd

#: Period names, finest first.
PERIODS = ("week", "month", "quarter", "year", "decade", "century")
_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}

#: Columns of :func:`period_table`.
PERIOD_COLUMNS = ["period", "period_start", "period_end"]

# Plain dates, not pandas timestamps: those stop at 1677, and timelines reach back centuries.


def parse_date(value) -> dt.date | None:
    """An ISO date (string, date or timestamp) as a date; None if missing or unreadable."""
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _dates(values: Iterable) -> list[dt.date]:
    """The distinct readable dates among ``values`` (callers need only their range)."""
    values = values.tolist() if hasattr(values, "tolist") else values
    distinct = {v for v in values if v is not None and v == v and not isinstance(v, (list, dict))}
    return [d for d in (parse_date(v) for v in distinct) if d is not None]


def period_start(d: dt.date, period: str) -> dt.date:
    """The first day of the period that holds ``d`` (weeks start on Monday, as ISO weeks do)."""
    if period == "week":
        return d - dt.timedelta(days=d.weekday())
    if period == "month":
        return d.replace(day=1)
    if period == "quarter":
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if period in ("decade", "century"):
        size = 10 if period == "decade" else 100
        return dt.date(max(1, d.year - d.year % size), 1, 1)
    return dt.date(d.year, 1, 1)


def _next_start(start: dt.date, period: str) -> dt.date:
    if period == "week":
        return start + dt.timedelta(days=7) if start <= dt.date.max - dt.timedelta(days=7) else dt.date.max
    if period in ("decade", "century"):
        size = 10 if period == "decade" else 100
        year, month = start.year - start.year % size + size, 1
    else:
        m = start.month - 1 + _MONTHS[period]
        year, month = start.year + m // 12, m % 12 + 1
    return dt.date(year, month, 1) if year <= dt.MAXYEAR else dt.date.max  # the calendar ends in 9999


def _count(lo: dt.date, hi: dt.date, period: str) -> int:
    a, b = period_start(lo, period), period_start(hi, period)
    if period == "week":
        return (b - a).days // 7 + 1
    months = (b.year - a.year) * 12 + b.month - a.month
    return months // _MONTHS[period] + 1


def choose_period(dates: Iterable, period: str | None = None, max_periods: int = 40) -> str:
    """The period length for these dates: ``period`` if given, else the finest of week, month,
    quarter, year, decade (then century) that cuts the span into at most ``max_periods`` periods."""
    if period:
        if period not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}; got {period!r}")
        return period
    ds = _dates(dates)
    if not ds:
        return "month"
    lo, hi = min(ds), max(ds)
    for name in PERIODS[:-1]:
        if _count(lo, hi, name) <= max_periods:
            return name
    return "century"


def label(start: dt.date, period: str) -> str:
    """A short sortable label of the period starting on ``start``: ``2024-W05``, ``2024-03``,
    ``2024Q1``, ``2024``, ``2020s``, ``1900s`` (a century)."""
    if period == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if period == "quarter":
        return f"{start.year:04d}Q{(start.month - 1) // 3 + 1}"
    if period in ("decade", "century"):
        return f"{start.year - start.year % (10 if period == 'decade' else 100):04d}s"
    return f"{start.year:04d}"


def period_table(dates: Iterable, period: str) -> pd.DataFrame:
    """Every period from the first to the last date (empty ones included), in time order."""
    ds = _dates(dates)
    if not ds:
        return pd.DataFrame(columns=PERIOD_COLUMNS)
    rows = []
    start, last = period_start(min(ds), period), period_start(max(ds), period)
    while start <= last:
        nxt = _next_start(start, period)
        rows.append({"period": label(start, period), "period_start": start.isoformat(),
                     "period_end": (nxt - dt.timedelta(days=1) if nxt != dt.date.max else nxt).isoformat()})
        if nxt == dt.date.max:
            break
        start = nxt
    return pd.DataFrame(rows, columns=PERIOD_COLUMNS)


def assign(dates: Iterable, period: str) -> pd.Series:
    """The period label of each date (None where the date is missing or unreadable)."""
    values = list(dates.tolist() if hasattr(dates, "tolist") else dates)
    index = dates.index if isinstance(dates, pd.Series) else None
    labels: dict = {}  # a corpus has a few thousand distinct dates over millions of rows
    out = []
    for v in values:
        if v is None or v != v:  # None, NaN, NaT
            out.append(None)
            continue
        try:
            out.append(labels[v])
        except KeyError:
            d = parse_date(v)
            out.append(labels.setdefault(v, label(period_start(d, period), period) if d else None))
        except TypeError:  # an unhashable value: parse it each time
            d = parse_date(v)
            out.append(label(period_start(d, period), period) if d else None)
    return pd.Series(out, index=index, dtype=object)


def dated(table: pd.DataFrame, articles: pd.DataFrame, period: str | None = None,
          max_periods: int = 40) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Rows of a corpus table with their article's ``date`` and ``period``, the full period table,
    and the period length used (chosen from the articles' span unless ``period`` is given).

    Rows whose article has no date are dropped: they belong to no period.
    """
    arts = articles[["article_id", "date"]].drop_duplicates("article_id")
    chosen = choose_period(arts["date"], period, max_periods)
    periods = period_table(arts["date"], chosen)
    out = table.merge(arts, on="article_id", how="inner", suffixes=("", "_article"))
    date_col = "date_article" if "date_article" in out else "date"
    out["period"] = assign(out[date_col], chosen).values
    out = out[out["period"].notna()].reset_index(drop=True)
    return out, periods, chosen

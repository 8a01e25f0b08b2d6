"""Time slices of a corpus: which period length to use, and which period each article falls in.

A period is a week (ISO, Monday to Sunday), a calendar month, a quarter or a year. Every table
built on periods lists every period of the span, empty ones included, so a figure's x-axis is
true to time and "a tie that disappeared" means the next period, not the next non-empty one.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

import pandas as pd

#: Period names, finest first, with their pandas frequency.
PERIODS = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}

#: Columns of :func:`period_table`.
PERIOD_COLUMNS = ["period", "period_start", "period_end"]


def _dates(values: Iterable) -> pd.Series:
    s = pd.to_datetime(pd.Series(list(values), dtype=object), errors="coerce")
    return s.dropna()


def choose_period(dates: Iterable, period: str | None = None, max_periods: int = 40) -> str:
    """The period length for these dates: ``period`` if given, else the finest of week, month,
    quarter (then year) that cuts the span into at most ``max_periods`` periods."""
    if period:
        if period not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}; got {period!r}")
        return period
    s = _dates(dates)
    if s.empty:
        return "month"
    lo, hi = s.min(), s.max()
    for name in ("week", "month", "quarter"):
        n = len(pd.period_range(lo.to_period(PERIODS[name]), hi.to_period(PERIODS[name])))
        if n <= max_periods:
            return name
    return "year"


def label(p: pd.Period, period: str) -> str:
    """A short sortable label: ``2024-W05``, ``2024-03``, ``2024Q1``, ``2024``."""
    if period == "week":
        year, week, _ = p.start_time.date().isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return p.strftime("%Y-%m")
    if period == "quarter":
        return f"{p.year}Q{p.quarter}"
    return str(p.year)


def period_table(dates: Iterable, period: str) -> pd.DataFrame:
    """Every period from the first to the last date (empty ones included), in time order."""
    s = _dates(dates)
    if s.empty:
        return pd.DataFrame(columns=PERIOD_COLUMNS)
    freq = PERIODS[period]
    rng = pd.period_range(s.min().to_period(freq), s.max().to_period(freq))
    return pd.DataFrame({
        "period": [label(p, period) for p in rng],
        "period_start": [p.start_time.date().isoformat() for p in rng],
        "period_end": [p.end_time.date().isoformat() for p in rng],
    })


def assign(dates: Iterable, period: str) -> pd.Series:
    """The period label of each date (None where the date is missing or unreadable)."""
    s = pd.to_datetime(pd.Series(list(dates), dtype=object), errors="coerce")
    freq = PERIODS[period]
    return pd.Series([label(d.to_period(freq), period) if not pd.isna(d) else None for d in s], index=s.index, dtype=object)


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


def parse_date(value) -> dt.date | None:
    """An ISO date string (or date) as a date; None if missing."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])

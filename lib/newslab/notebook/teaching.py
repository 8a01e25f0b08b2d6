"""Exercise checking for the teaching notebooks: forgiving comparison, friendly feedback.

A notebook exercise is an answer cell (``answer_1 = ...  # your answer``) followed by a checking
cell that calls :func:`check_answer` (or :func:`check_span`, :func:`check_choice`). Checks never
raise on a wrong or missing answer, so a notebook with unanswered exercises still runs cleanly
in batch reports; the returned :class:`Feedback` renders as a coloured box in JupyterLab and as
one line of text elsewhere.

Expected answers are computed from the data in the checking cell (for example from an analysis
table), never hard-coded, so the exercises stay right when the analyses improve.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

if TYPE_CHECKING:  # pandas is imported where a table is built, not at import
    import pandas as pd

#: Feedback states.
CORRECT, WRONG, UNANSWERED = "correct", "wrong", "unanswered"

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_STYLE = {
    CORRECT: ("#e6f4ea", "#1e7e34", "Correct"),
    WRONG: ("#fdecea", "#b02a37", "Not yet"),
    UNANSWERED: ("#f1f3f5", "#495057", "Not answered yet"),
}


@dataclass(frozen=True)
class Feedback:
    """The result of checking one answer; renders itself in a notebook."""

    status: str
    message: str
    name: str = ""
    hint: str | None = None
    solution: str | None = None

    @property
    def correct(self) -> bool:
        """Whether the answer was right."""
        return self.status == CORRECT

    def __bool__(self) -> bool:
        return self.correct

    def __str__(self) -> str:
        label = _STYLE[self.status][2]
        head = f"[{self.name}] " if self.name else ""
        parts = [f"{head}{label}: {self.message}"]
        if self.hint and self.status != CORRECT:
            parts.append(f"Hint: {self.hint}")
        if self.solution is not None:
            parts.append(f"Solution: {self.solution}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        bg, fg, label = _STYLE[self.status]
        head = f"<b>{html.escape(self.name)}</b> · " if self.name else ""
        body = [f"{head}<b>{label}</b>: {html.escape(self.message)}"]
        if self.hint and self.status != CORRECT:
            body.append(f"<br><i>Hint:</i> {html.escape(self.hint)}")
        if self.solution is not None:
            body.append(f"<br><i>Solution:</i> <code>{html.escape(self.solution)}</code>")
        return (
            f'<div class="newslab-feedback newslab-{self.status}" style="background:{bg};'
            f'color:{fg};border-left:4px solid {fg};padding:6px 10px;margin:4px 0">'
            + "".join(body) + "</div>"
        )


def is_unanswered(answer: Any) -> bool:
    """Whether ``answer`` is still the placeholder (``...``, ``None`` or an empty string)."""
    return answer is Ellipsis or answer is None or (isinstance(answer, str) and not answer.strip())


def normalise(value: Any) -> Any:
    """A comparable form of an answer: text case-folded with quotes and spacing unified.

    Strings lose surrounding quotes, spaces and final punctuation; numbers stay numbers (a
    numeric string such as ``"7"`` becomes 7); lists and tuples keep their order; sets become
    sorted tuples.
    """
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).translate(_QUOTES)
        text = re.sub(r"\s+", " ", text).strip().strip("\"'").strip().rstrip(".!?;:,").strip()
        if re.fullmatch(r"[-+]?\d+", text):
            return int(text)
        if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+)", text):
            return float(text)
        return text.casefold()
    if isinstance(value, bool) or value is None:
        return value
    if hasattr(value, "item") and not isinstance(value, (list, tuple, set, frozenset, dict)):
        try:
            return normalise(value.item())  # numpy / pandas scalars
        except (TypeError, ValueError):
            pass
    if isinstance(value, dict):
        return {normalise(k): normalise(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((normalise(v) for v in value), key=repr))
    if isinstance(value, (list, tuple)):
        return tuple(normalise(v) for v in value)
    return value


def same(answer: Any, expected: Any, *, ordered: bool = True, tol: float = 0.0) -> bool:
    """Whether two answers match after :func:`normalise` (numbers within ``tol``).

    With ``ordered=False`` lists and tuples are compared as multisets.
    """
    a, e = normalise(answer), normalise(expected)
    if isinstance(a, bool) or isinstance(e, bool):
        return type(a) is type(e) and a == e
    if isinstance(a, (int, float)) and isinstance(e, (int, float)):
        # Floating-point noise (0.1 + 0.2) is never a wrong answer.
        return math.isclose(float(a), float(e), rel_tol=1e-9, abs_tol=tol)
    if isinstance(a, tuple) and isinstance(e, tuple):
        if len(a) != len(e):
            return False
        if not ordered:
            a, e = tuple(sorted(a, key=repr)), tuple(sorted(e, key=repr))
        return all(same(x, y, ordered=ordered, tol=tol) for x, y in zip(a, e))
    return a == e


def _show(value: Any) -> str:
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=repr)
    return repr(value)


def check_answer(
    answer: Any,
    expected: Any,
    *,
    accept: Iterable[Any] = (),
    ordered: bool = True,
    tol: float = 0.0,
    hint: str | None = None,
    name: str = "",
    reveal: bool = False,
) -> Feedback:
    """Compare a student's answer with the expected one (and any alternatives in ``accept``).

    Text is compared case-insensitively with quotes and spacing unified, numbers within ``tol``;
    ``ordered=False`` accepts lists in any order. ``reveal=True`` adds the solution to the
    feedback (for teachers, or after trying).
    """
    solution = _show(expected) if reveal else None
    if is_unanswered(answer):
        return Feedback(UNANSWERED, "replace the ... in the answer cell, then run this cell again.", name, hint, solution)
    for candidate in (expected, *accept):
        if same(answer, candidate, ordered=ordered, tol=tol):
            return Feedback(CORRECT, f"{_show(answer)} is right.", name, hint, solution)
    detail = ""
    a, e = normalise(answer), normalise(expected)
    if isinstance(a, tuple) and isinstance(e, tuple) and len(a) != len(e):
        detail = f" (you gave {len(a)} items, the answer has {len(e)})"
    elif type(a) is not type(e) and not ({type(a), type(e)} <= {int, float}):
        detail = f" (the answer is a {type(expected).__name__}, you gave a {type(answer).__name__})"
    return Feedback(WRONG, f"{_show(answer)} is not the answer{detail}.", name, hint, solution)


def check_span(
    answer: Any, body: str, expected_text: str, *, hint: str | None = None, name: str = "", reveal: bool = False
) -> Feedback:
    """Check a ``[start, end)`` span: ``body[start:end]`` must be exactly ``expected_text``.

    Any occurrence of the text counts; the feedback quotes what the student's span selects.
    """
    first = body.find(expected_text)
    solution = f"[{first}, {first + len(expected_text)}]" if reveal and first >= 0 else None
    if is_unanswered(answer):
        return Feedback(UNANSWERED, "replace the ... with [start, end], then run this cell again.", name, hint, solution)
    try:
        start, end = (int(x) for x in answer)
    except (TypeError, ValueError):
        return Feedback(WRONG, f"{answer!r} is not a [start, end] pair of integers.", name, hint, solution)
    if not 0 <= start <= end <= len(body):
        return Feedback(WRONG, f"[{start}, {end}] is outside the body (0 to {len(body)}).", name, hint, solution)
    got = body[start:end]
    if got == expected_text:
        return Feedback(CORRECT, f"body[{start}:{end}] is {got!r}.", name, hint, solution)
    near = ""
    if got.strip() == expected_text:
        near = " (close: drop the surrounding spaces)"
    elif expected_text in got:
        near = " (it contains the text, but is too long)"
    elif got and got in expected_text:
        near = " (it is part of the text: the span is too short)"
    return Feedback(WRONG, f"body[{start}:{end}] is {got!r}, not {expected_text!r}{near}.", name, hint, solution)


def check_choice(
    answer: Any, options: Sequence[str], correct: str | Sequence[str], *,
    hint: str | None = None, name: str = "", reveal: bool = False,
) -> Feedback:
    """A multiple-choice question: ``answer`` is an option's text or its letter (a, b, c, ...).

    ``correct`` is the right option's text (or several, any of which counts).
    """
    rights = [correct] if isinstance(correct, str) else list(correct)
    unknown = [r for r in rights if r not in options]
    if unknown:
        raise ValueError(f"correct answer(s) {unknown} not among the options {list(options)}")
    letters = {chr(ord("a") + i): opt for i, opt in enumerate(options)}
    solution = ", ".join(f"{k}) {v}" for k, v in letters.items() if v in rights) if reveal else None
    if is_unanswered(answer):
        return Feedback(UNANSWERED, "set the answer to one of the letters, then run this cell again.", name, hint, solution)
    key = normalise(answer)
    if isinstance(key, str):
        key = re.sub(r"^\(?([a-z])\)$", r"\1", key)  # "b)" and "(b)" mean "b"
    chosen = letters.get(key) if isinstance(key, str) and len(key) == 1 else None
    if chosen is None:
        chosen = next((opt for opt in options if same(opt, answer)), None)
    if chosen is None:
        return Feedback(WRONG, f"{answer!r} is not one of the options ({', '.join(letters)}).", name, hint, solution)
    if chosen in rights:
        return Feedback(CORRECT, f"{chosen!r} is right.", name, hint, solution)
    return Feedback(WRONG, f"{chosen!r} is not the best answer.", name, hint, solution)


def describe_seed_text(text: str, article_id: str = "example") -> str:
    """What newslab makes of a seed text: its date and paragraphs, or the one-line error.

    Lets a notebook show the seed format (and its error messages) without raising.
    """
    from ..errors import SeedError
    from ..seeds import parse_seed_text

    try:
        art = parse_seed_text(text, article_id)
    except SeedError as exc:
        return f"rejected: {exc}"
    first = art.paragraphs[0].text if art.paragraphs else ""
    preview = first if len(first) <= 60 else first[:57] + "..."
    return f"ok: id {art.id}, date {art.date_iso}, {len(art.paragraphs)} paragraph(s), {len(art.body)} characters; first paragraph: {preview!r}"


def score(feedbacks: Iterable[Feedback]) -> str:
    """A one-line tally of checked exercises, e.g. ``2 of 3 correct (1 not answered)``."""
    items = list(feedbacks)
    right = sum(f.correct for f in items)
    open_ = sum(f.status == UNANSWERED for f in items)
    tail = f" ({open_} not answered)" if open_ else ""
    return f"{right} of {len(items)} correct{tail}"


# --------------------------------------------------------------------------- the tour

#: The four tables the tour shows: what each holds and which notebook goes deeper.
TOUR_TABLES: dict[str, tuple[str, str]] = {
    "actors": ("people, organisations, states and groups, with every mention merged", "01_actor_network.ipynb"),
    "interactions": ("who did what to whom: typed actor-to-actor edges with the verb", "01_actor_network.ipynb"),
    "timexes": ("time expressions (TIMEX3) with values resolved against the article date", "02_chronology.ipynb"),
    "attributions": ("who is cited for what: source, cue and content", "03_source_attribution.ipynb"),
}

#: Columns worth showing first in each table (others follow only where asked).
PREVIEW_COLUMNS: dict[str, list[str]] = {
    "actors": ["name", "type", "role", "affiliation", "aliases"],
    "interactions": ["source", "kind", "verb", "target", "date"],
    "timexes": ["text", "type", "value", "mod"],
    "attributions": ["source", "cue", "content", "kind", "source_kind"],
}


def pick_article(analyses: Sequence[Any], article_id: str = "") -> Any:
    """The analysis of ``article_id`` (``""``: the first one); a clear error if it is not there."""
    from ..errors import NewslabError

    if not analyses:
        raise NewslabError("no readable seeds: check the 'seeds' parameter")
    if not article_id:
        return analyses[0]
    for analysis in analyses:
        if analysis.article.id == article_id:
            return analysis
    ids = ", ".join(a.article.id for a in analyses[:10])
    raise NewslabError(f"article {article_id!r} not among the seeds (have: {ids}{', ...' if len(analyses) > 10 else ''})")


def overview(analysis: Any) -> "pd.DataFrame":
    """One row per tour table: how many rows this article has, what they are, where to learn more."""
    import pandas as pd

    return pd.DataFrame(
        [
            {"table": name, "rows": len(getattr(analysis, name)), "what it holds": what, "notebook": nb}
            for name, (what, nb) in TOUR_TABLES.items()
        ]
    )


def preview(df: "pd.DataFrame", name: str, rows: int = 5) -> "pd.DataFrame":
    """The first ``rows`` rows of a table with its most telling columns (those it has)."""
    cols = [c for c in PREVIEW_COLUMNS.get(name, list(df.columns)) if c in df.columns]
    return df.loc[:, cols].head(rows).reset_index(drop=True)


def spans_of(analysis: Any, name: str) -> list[tuple[tuple[int, int], str]]:
    """The evidence spans of one table as ``((start, end), label)`` pairs, sorted by start.

    actors: every mention (label: name and type); interactions: the span (kind: source -> target);
    timexes: the span (type = value); attributions: the content, else the cue (label: source, cue,
    kind).
    """
    df = getattr(analysis, name)
    out: list[tuple[tuple[int, int], str]] = []
    for row in df.to_dict(orient="records"):
        if name == "actors":
            for s, e in row.get("mentions") or []:
                out.append(((int(s), int(e)), f"{row.get('name')} ({row.get('type')})"))
        elif name == "interactions":
            if row.get("span") is not None:
                out.append((tuple(row["span"]), f"{row.get('kind')}: {row.get('source')} -> {row.get('target')}"))
        elif name == "timexes":
            if row.get("span") is not None:
                out.append((tuple(row["span"]), f"{row.get('type')} = {row.get('value')}"))
        elif name == "attributions":
            span = row.get("content_span") or row.get("cue_span")
            if span is not None:
                source = row.get("source") or "(implicit source)"
                out.append((tuple(span), f"{source} / {row.get('cue')} [{row.get('kind')}, {row.get('source_kind')}]"))
        else:
            raise ValueError(f"no evidence spans for table {name!r}")
    out = [((int(s), int(e)), label) for (s, e), label in out if int(e) > int(s)]  # empty spans mark nothing
    out.sort(key=lambda item: (item[0][0], -item[0][1]))
    return out


def first_evidence(analysis: Any, name: str) -> str | None:
    """The body text of the first evidence span of a table (by position), or None if it has none."""
    spans = spans_of(analysis, name)
    if not spans:
        return None
    (start, end), _ = spans[0]
    return analysis.article.body[start:end]


def marked_body_html(analysis: Any, name: str) -> str:
    """The article body as HTML with one table's evidence spans marked (labels as tooltips)."""
    from .widgets import highlight

    spans = spans_of(analysis, name)
    marked = highlight(analysis.article.body, [s for s, _ in spans], [label for _, label in spans])
    paragraphs = re.split(r"\n[ \t]*\n+", marked)  # the paragraph breaks of newslab.seeds
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)


# --------------------------------------------------------------------------- the glossary

def glossary() -> list[dict[str, Any]]:
    """The glossary entries (``data/teaching_glossary.json``), in teaching order."""
    from ..paths import data_json

    global _GLOSSARY
    if _GLOSSARY is None:
        raw = data_json("teaching_glossary.json")
        _GLOSSARY = raw["terms"]
    return [dict(t) for t in _GLOSSARY]


_GLOSSARY: list[dict[str, Any]] | None = None


def glossary_entry(term: str) -> dict[str, Any]:
    """One glossary entry by term (case-insensitive)."""
    for entry in glossary():
        if entry["term"].lower() == term.strip().lower():
            return entry
    raise KeyError(f"{term!r} is not in the glossary (terms: {', '.join(e['term'] for e in glossary())})")


def entry_markdown(entry: dict[str, Any], live: str | None = None) -> str:
    """A glossary entry as Markdown (with a live example from an article when given)."""
    lines = [f"**{entry['term']}**: {entry['short']}.", "", entry["long"], "", f"*Example:* {entry['example']}"]
    if live:
        lines.append(f"  \n*In this article:* {live}")
    lines.append(f"  \n*In newslab:* `{entry['in_newslab']}`")
    if entry.get("see_also"):
        lines.append(f"  \n*See also:* {', '.join(entry['see_also'])}")
    return "\n".join(lines)


def glossary_markdown() -> str:
    """The whole glossary as a Markdown list (one line per term), e.g. for the README."""
    return "\n".join(f"- **{e['term']}**: {e['short']}." for e in glossary())


def live_examples(analysis: Any) -> dict[str, str]:
    """For the glossary terms this article illustrates, a short example taken from it."""
    art = analysis.article
    body = art.body
    out: dict[str, str] = {"seed": f"{art.id}: {body[:60]!r}...", "DCT": art.date_iso}
    actors = analysis.actors
    if len(actors):
        row = actors.iloc[0]
        out["actor"] = f"{row['name']} ({row['type']})"
        s, e = sorted(row["mentions"])[0]
        out["span"] = f"[{s}, {e}] -> {body[s:e]!r}"
        multi = [r for r in actors.to_dict(orient="records") if len(r.get("aliases") or []) > 1]
        if multi:
            best = max(multi, key=lambda r: len(r["aliases"]))
            out["alias"] = f"{', '.join(repr(a) for a in best['aliases'])} -> {best['name']}"
    if len(analysis.interactions):
        row = analysis.interactions.iloc[0]
        out["interaction"] = f"{row['source']} -{row['kind']}-> {row['target']} (verb {row['verb']!r})"
        coded = analysis.interactions[analysis.interactions["cameo"].notna()]
        if len(coded):
            out["CAMEO"] = f"{coded.iloc[0]['verb']!r} -> {coded.iloc[0]['cameo']}"
    if len(analysis.cooccurrences):
        row = analysis.cooccurrences.iloc[0]
        out["co-occurrence"] = f"{row['source']} and {row['target']}"
    timexes = analysis.timexes
    if len(timexes):
        row = timexes.iloc[0]
        mod = f", mod {row['mod']}" if row.get("mod") else ""
        out["TIMEX3"] = f"{row['text']!r} -> {row['type']} {row['value']}{mod}"
        relative = [r for r in timexes.to_dict(orient="records")
                    if not re.search(r"\d", r["text"]) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(r["value"]))]
        if relative:
            out["anchoring"] = f"{relative[0]['text']!r} + DCT {art.date_iso} -> {relative[0]['value']}"
    if len(analysis.events):
        row = analysis.events.iloc[0]
        out["event"] = f"{row['trigger']!r} ({row.get('date_value') or 'undated'})"
    atts = analysis.attributions
    if len(atts):
        row = atts.iloc[0]
        content = str(row["content"] or "")
        content = content if len(content) <= 60 else content[:57] + "..."
        out["attribution"] = f"source {row['source']!r}, cue {row['cue']!r}, content {content!r} ({row['kind']})"
        out["cue"] = repr(row["cue"])
        kinds = atts["source_kind"].dropna().value_counts()
        if len(kinds):
            out["source kind"] = ", ".join(f"{k} x{n}" for k, n in kinds.items())
    return out

"""Shared notebook controls that degrade to static output when ``interactive`` is False.

``explore(render, controls, interactive)`` shows ``render(**values)`` under ipywidgets controls
in JupyterLab, and calls it once with the default values otherwise (batch reports, nbconvert
HTML, where widget state would not survive). ``evidence_browser`` lets a reader click through
rows of a table to the sentence each one rests on, with the span highlighted.
"""

from __future__ import annotations

import html
from typing import Any, Callable, Mapping, Sequence

#: Longest evidence text shown around a highlighted span (characters each side).
CONTEXT_CHARS = 240


def highlight(text: str, spans: Sequence[Sequence[int]], labels: Sequence[str] | None = None) -> str:
    """HTML of ``text`` with each ``[start, end)`` span wrapped in ``<mark>`` (escaped, safe).

    Overlapping spans: the earlier one wins and the later one is skipped. ``labels`` (one per
    span) become the marks' tooltips.
    """
    items = sorted(
        ((int(s), int(e), (labels[i] if labels else None)) for i, (s, e) in enumerate(spans)),
        key=lambda t: (t[0], -t[1]),
    )
    out, pos = [], 0
    for start, end, label in items:
        start, end = max(start, 0), min(end, len(text))
        if start < pos or end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        title = f' title="{html.escape(label, quote=True)}"' if label else ""
        out.append(f"<mark{title}>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def evidence_html(body: str, span: Sequence[int], context: int = CONTEXT_CHARS, label: str | None = None) -> str:
    """The text around ``span`` (cut at ``context`` characters each side) with the span marked."""
    start, end = int(span[0]), int(span[1])
    lo, hi = max(0, start - context), min(len(body), end + context)
    # Cut at a space so the excerpt does not start or end mid-word.
    if lo > 0 and " " in body[lo:start]:
        lo = body.index(" ", lo, start) + 1
    if hi < len(body) and " " in body[end:hi]:
        hi = body.rindex(" ", end, hi)
    marked = highlight(body[lo:hi], [(start - lo, end - lo)], [label] if label else None)
    return ("…" if lo > 0 else "") + marked + ("…" if hi < len(body) else "")


def _label(name: str) -> str:
    return name.replace("_", " ")


def _make_control(name: str, spec: Any):
    """An ipywidgets control from a spec: a widget, a list of options, or an (min, max) int pair."""
    import ipywidgets as w

    if isinstance(spec, w.Widget):
        return spec
    style = {"description_width": "initial"}
    if isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(v, int) for v in spec):
        return w.IntSlider(min=spec[0], max=spec[1], value=spec[0], description=_label(name), style=style,
                           continuous_update=False)
    return w.Dropdown(options=list(spec), value=default_value(spec), description=_label(name), style=style)


def default_value(spec: Any) -> Any:
    """The value a control starts at: a widget's value, the first option, or the minimum."""
    if hasattr(spec, "value") and not isinstance(spec, (list, tuple)):
        return spec.value
    if isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(v, int) for v in spec):
        return spec[0]
    options = list(spec)
    if not options:
        return None
    first = options[0]
    # Dropdown options may be (label, value) pairs.
    return first[1] if isinstance(first, tuple) and len(first) == 2 else first


def explore(
    render: Callable[..., Any],
    controls: Mapping[str, Any],
    interactive: bool,
    defaults: Mapping[str, Any] | None = None,
):
    """Show ``render(**values)``: under controls when ``interactive``, else once, statically.

    ``controls`` maps each keyword of ``render`` to a list of options (a dropdown), an
    ``(min, max)`` pair of ints (a slider) or a ready ipywidgets widget. Returns the dict of
    widgets when interactive, else None.
    """
    values = {k: default_value(v) for k, v in controls.items()}
    values.update(defaults or {})
    if not interactive:
        render(**values)
        return None
    import ipywidgets as w
    from IPython.display import display

    made = {k: _make_control(k, v) for k, v in controls.items()}
    for k, ctrl in made.items():
        if k in (defaults or {}):
            ctrl.value = values[k]
    out = w.interactive_output(render, made)
    display(w.VBox([w.HBox(list(made.values())), out]))
    return made


def evidence_browser(
    table,
    body: str | Mapping[str, str],
    *,
    span_column: str = "span",
    label_columns: Sequence[str] = (),
    interactive: bool = False,
    limit: int = 10,
) -> None:
    """Click through the rows of ``table`` to the text each rests on, the span highlighted.

    ``body`` is the article body, or a mapping ``article_id -> body`` when the table has an
    ``article_id`` column. Static mode lists the first ``limit`` rows' evidence.
    """
    from IPython.display import HTML, display

    rows = [r for r in table.to_dict(orient="records") if r.get(span_column) is not None]

    def text_of(row: Mapping[str, Any]) -> str:
        return body if isinstance(body, str) else body.get(row.get("article_id"), "")

    def caption(i: int, row: Mapping[str, Any]) -> str:
        parts = [str(row.get(c)) for c in label_columns if row.get(c) is not None]
        return f"{i + 1}. " + (" · ".join(parts) if parts else f"span {list(row[span_column])}")

    def block(i: int, row: Mapping[str, Any]) -> str:
        return (f"<div style='margin:4px 0'><b>{html.escape(caption(i, row))}</b><br>"
                f"{evidence_html(text_of(row), row[span_column])}</div>")

    if not rows:
        display(HTML("<i>No rows with evidence to show.</i>"))
        return
    if not interactive:
        display(HTML("".join(block(i, r) for i, r in enumerate(rows[:limit]))))
        if len(rows) > limit:
            display(HTML(f"<i>… and {len(rows) - limit} more rows.</i>"))
        return
    explore(
        lambda row: display(HTML(block(row, rows[row]))),
        {"row": [(caption(i, r), i) for i, r in enumerate(rows)]},
        interactive=True,
    )

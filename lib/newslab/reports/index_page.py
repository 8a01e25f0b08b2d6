"""``outputs/<run>/index.html``: every seed and notebook with its status, key numbers and links.

Every piece of text that comes from a seed, a file name, a summary or an error message goes
through :func:`html.escape`; every link is a relative, percent-encoded path inside the run.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

#: Files linked from the index when a report folder holds them (besides tables/ and figures/).
EXPORT_SUFFIXES = (".csv", ".png", ".svg", ".gexf", ".graphml", ".json")
MAX_NUMBERS = 8

_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:80em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}
th{background:#f4f4f4}.ok{color:#176317}.failed,.timeout,.bad{color:#a01010;font-weight:bold}.skipped{color:#555}.stale{color:#8a5a00;font-weight:bold}
.nums{font-size:.85em;color:#444}.links a{margin-right:.5em}code{background:#f4f4f4;padding:0 .2em}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _link(href: str, text: str) -> str:
    return f'<a href="{_e(quote(href))}">{_e(text)}</a>'


def key_numbers(summary: Any, limit: int = MAX_NUMBERS) -> list[tuple[str, Any]]:
    """Scalar entries of a summary.json (nested keys joined with '.'), in key order, at most ``limit``."""
    out: list[tuple[str, Any]] = []

    def walk(prefix: str, value: Any, depth: int) -> None:
        if isinstance(value, dict) and depth < 2:
            for k in sorted(value, key=str):
                walk(f"{prefix}.{k}" if prefix else str(k), value[k], depth + 1)
        elif isinstance(value, (int, float, str, bool)) or value is None:
            if prefix:
                out.append((prefix, value))

    walk("", summary, 0)
    return out[:limit]


def folder_links(run_dir: Path, folder: str) -> list[tuple[str, str]]:
    """(relative href, label) for the report and the exports found in a report folder, sorted."""
    base = run_dir / folder
    links = []
    for name in ("report.html", "report.ipynb", "summary.json"):
        if (base / name).is_file():
            links.append((f"{folder}/{name}", name))
    if base.is_dir():
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(base).as_posix()
            if path.is_file() and path.suffix in EXPORT_SUFFIXES and rel not in {"summary.json", "stamp.json"}:
                links.append((f"{folder}/{rel}", rel))
    return links


def _cell(run_dir: Path, row: dict[str, Any]) -> str:
    status = row.get("status") or "missing"
    parts = [f'<span class="{_e(status)}">{_e(status)}</span>']
    if row.get("error"):
        parts.append(f"<div class=\"bad\">{_e(row['error'])}</div>")
    summary_path = run_dir / row["folder"] / "summary.json"
    if summary_path.is_file():
        try:
            nums = key_numbers(json.loads(summary_path.read_text(encoding="utf-8")))
        except ValueError:
            nums = []
        if nums:
            parts.append('<div class="nums">' + "<br>".join(f"{_e(k)}: {_e(v)}" for k, v in nums) + "</div>")
    links = folder_links(run_dir, row["folder"])
    if links:
        parts.append('<div class="links">' + " ".join(_link(h, t) for h, t in links) + "</div>")
    return "<td>" + "".join(parts) + "</td>"


def render_index(run_dir: Path, run: str, seeds: list[dict[str, Any]], notebooks: list[str], corpus: list[dict[str, Any]],
                 reports: list[dict[str, Any]], failed_seeds: list[dict[str, Any]]) -> str:
    """The index page (deterministic: rows sorted by seed id, columns by notebook)."""
    by_key = {(r["seed"], r["notebook"]): r for r in reports}
    total = len(reports) + len(corpus)
    bad = sum(1 for r in [*reports, *corpus] if r["status"] not in ("ok", "skipped", "stale"))
    stale = sum(1 for r in [*reports, *corpus] if r["status"] == "stale")
    out = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>newslab reports: {_e(run)}</title><style>{_CSS}</style></head><body>",
        f"<h1>newslab reports: {_e(run)}</h1>",
        f"<p>{len(seeds)} seeds, {total} notebook runs, {bad} failed, "
        + (f"{stale} stale (kept from an earlier run), " if stale else "")
        + f"{len(failed_seeds)} unreadable seeds. "
        f'Provenance: {_link("manifest.json", "manifest.json")}.</p>',
    ]
    if corpus:
        out.append("<h2>Corpus</h2><table><tr>" + "".join(f"<th>{_e(r['notebook'])}</th>" for r in corpus) + "</tr><tr>")
        out.extend(_cell(run_dir, r) for r in corpus)
        out.append("</tr></table>")
    out.append("<h2>Seeds</h2><table><tr><th>seed</th><th>date</th>" + "".join(f"<th>{_e(n)}</th>" for n in notebooks) + "</tr>")
    for seed in seeds:
        mark = ' <span class="stale">stale</span>' if seed.get("stale") else ""
        out.append(f"<tr><td><code>{_e(seed['id'])}</code>{mark}</td><td>{_e(seed.get('date', ''))}</td>")
        for nb in notebooks:
            row = by_key.get((seed["id"], nb))
            out.append(_cell(run_dir, row) if row else "<td>-</td>")
        out.append("</tr>")
    out.append("</table>")
    if failed_seeds:
        out.append("<h2>Unreadable seeds</h2><table><tr><th>file</th><th>error</th></tr>")
        for f in failed_seeds:
            out.append(f"<tr><td><code>{_e(f['file'])}</code></td><td class=\"bad\">{_e(f['error'])}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

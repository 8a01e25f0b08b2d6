"""Run one notebook with papermill into a report folder: clean, exported, published atomically.

A run executes in a staging folder under ``<run>/.tmp/``; the executed notebook is stripped of
timings, kernel ids and absolute paths, exported to HTML in-process (inputs hidden, outputs
sanitised so seed text can never become markup), stamped, and only then renamed into place.
A reader (or a rerun after SIGKILL) therefore sees either the old complete folder, the new
complete folder, or none at all.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Parameters the runner always sets itself.
RUNNER_PARAMS = ("seeds", "store", "output_dir", "interactive")
STAMP = "stamp.json"

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# A stylesheet at the very head of an HTML output, before any text (pandas' DataFrame CSS, a
# notebook's highlight classes): authored, not data. Kept if it cannot load or run anything.
_LEADING_STYLE = re.compile(r"^((?:\s*<div[^<>]*>)*\s*)(<style[^<>]*>[^<]*</style>)", re.S)
_UNSAFE_CSS = ("url(", "@import", "expression(", "javascript:", "\\", "behavior", "-moz-binding")


def split_leading_style(html: str) -> tuple[str, str | None]:
    """``(html with a placeholder, style block)`` when the output opens with a safe stylesheet."""
    m = _LEADING_STYLE.match(html)
    if not m or any(bad in m.group(2).lower() for bad in _UNSAFE_CSS):
        return html, None
    return html[:m.start(2)] + STYLE_TOKEN + html[m.end(2):], m.group(2)


#: Placeholder text that survives sanitising (plain letters) and marks where a kept stylesheet goes.
STYLE_TOKEN = "NEWSLABKEPTSTYLESHEET"

#: HTML that may survive in outputs (DataFrame tables, simple formatting); anything else is escaped.
SAFE_TAGS = [
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li",
    "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
]
#: Link schemes kept in outputs: a ``javascript:`` (or ``data:``, ``file:``, ``mailto:``) href is dropped.
SAFE_PROTOCOLS = ["http", "https"]
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*):")


def _link_attribute(tag: str, name: str, value: str) -> bool:
    """bleach attribute filter for ``<a>``: a title, or an href that is relative or http(s)."""
    if name in ("class", "title"):
        return True
    if name != "href":
        return False
    import html as _html

    m = _SCHEME.match(_html.unescape(value).replace("\x00", ""))
    return m is None or m.group(1).lower() in SAFE_PROTOCOLS


SAFE_ATTRIBUTES = {"*": ["class", "title", "style"], "a": _link_attribute, "th": ["colspan", "rowspan"], "td": ["colspan", "rowspan"], "table": ["border"]}


def markdown_to_safe_html(markdown: str) -> str:
    """Markdown an output displayed (seed text may be inside it) as sanitised HTML: raw markup
    escaped, links kept only with an http(s) scheme or a relative target."""
    import bleach
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    html = markdown2html_mistune("".join(markdown) if isinstance(markdown, list) else markdown)
    attrs = {k: [a for a in v if a != "style"] if isinstance(v, list) else v for k, v in SAFE_ATTRIBUTES.items()}
    return bleach.clean(html, tags=SAFE_TAGS, attributes=attrs, protocols=SAFE_PROTOCOLS, strip=False)


def render_markdown_outputs(outputs: list) -> list:
    """Replace each output's ``text/markdown`` by its sanitised HTML (``text/html``), in place.

    An article id like ``[x](javascript:alert(1))`` printed into Markdown would otherwise become a
    live link in Jupyter and in the exported HTML; rendered here once, it is inert text everywhere.
    """
    for out in outputs:
        data = out.get("data") if out.get("output_type") in ("display_data", "execute_result") else None
        if data and "text/markdown" in data:
            data["text/html"] = markdown_to_safe_html(data.pop("text/markdown"))
    return outputs


@dataclass
class Job:
    """One notebook run: a seed (or the corpus) through one notebook into ``folder``."""

    notebook: Path
    folder: str  # relative to the run folder, e.g. "000_abc/01_actor_network" or "corpus/04_corpus_overview"
    seeds_path: Path  # absolute seed file (or folder, for the corpus)
    seed_id: str | None  # None for the corpus run
    params: dict[str, Any]
    key: str
    inputs: dict[str, Any] = field(default_factory=dict)  # what the key hashes, kept in the stamp
    store: Path | None = None  # the batch's corpus store, passed as the ``store`` parameter

    @property
    def stem(self) -> str:
        return self.notebook.stem


@dataclass
class JobResult:
    """How a run went: ``ok``, ``failed``, ``timeout`` or ``skipped`` (up to date)."""

    job: Job
    status: str
    error: str | None = None
    seconds: float = 0.0


# --------------------------------------------------------------------------- kernels

def pick_kernel_name() -> str:
    """``newslab`` (installed by ``make setup`` into the venv) if present, else ``python3``.

    Either way the kernel runs on this interpreter: see :class:`_VenvKernelManager`.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("newslab")
        return "newslab"
    except (NoSuchKernel, Exception):  # noqa: BLE001
        return "python3"


#: Longest single wait on a kernel socket. A reply can sit unread in the client's socket when
#: the asyncio wake-up for it is lost (pyzmq's edge-triggered socket FD, seen under load with
#: widget cells); pyzmq re-checks the socket when a poll times out, so short polls find it.
POLL_SLICE = 1.0


def sliced_poll_client_class():
    """An ``AsyncKernelClient`` whose shell and iopub channels wait in :data:`POLL_SLICE` steps.

    nbclient waits for a cell's reply with one ``poll`` of the whole time limit (forever when
    there is none): a lost wake-up then hangs the run although the reply has arrived. Waiting
    in slices, the reply is read within a second of its arrival whatever happened to the wake-up.
    """
    cls = _CLASSES.get("client")
    if cls is not None:
        return cls
    from queue import Empty

    from jupyter_client.asynchronous import AsyncKernelClient
    from jupyter_client.channels import AsyncZMQSocketChannel
    from traitlets import Type

    class SlicedPollChannel(AsyncZMQSocketChannel):
        async def get_msg(self, timeout: float | None = None):
            deadline = None if timeout is None else time.monotonic() + timeout
            while True:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                step = POLL_SLICE if left is None else min(POLL_SLICE, left)
                if await self.socket.poll(int(step * 1000)):
                    return await self._recv()
                if left is not None and left <= step:
                    raise Empty

    class SlicedPollKernelClient(AsyncKernelClient):
        shell_channel_class = Type(SlicedPollChannel)
        iopub_channel_class = Type(SlicedPollChannel)

    _CLASSES["client"] = SlicedPollKernelClient
    return SlicedPollKernelClient


_CLASSES: dict[str, Any] = {}


def hang_safe_kernel_manager_class():
    """An ``AsyncKernelManager`` handing out :func:`sliced_poll_client_class` clients (for
    papermill's ``kernel_manager_class``; the notebook tests use it too)."""
    cls = _CLASSES.get("manager")
    if cls is not None:
        return cls
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class HangSafeKernelManager(AsyncKernelManager):
        @default("client_factory")
        def _hang_safe_client_factory(self):
            return sliced_poll_client_class()

    _CLASSES["manager"] = HangSafeKernelManager
    return HangSafeKernelManager


def venv_kernel_manager_class(holder: dict):
    """A kernel manager that (1) always starts ipykernel on this interpreter, so the venv's
    newslab is what notebooks import, (2) lets the watchdog find the kernel's pid, and (3) hands
    out hang-safe clients (:func:`sliced_poll_client_class`)."""

    class _VenvKernelManager(hang_safe_kernel_manager_class()):
        def format_kernel_cmd(self, extra_arguments=None):
            cmd = super().format_kernel_cmd(extra_arguments)
            if len(cmd) > 2 and cmd[1:3] == ["-m", "ipykernel_launcher"]:
                cmd[0] = sys.executable
                # No IPython history database: a batch kernel never reads it, and opening the shared
                # sqlite file costs ~0.13 s per kernel start (and serialises parallel kernels on its lock).
                cmd.append("--HistoryManager.enabled=False")
            return cmd

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            holder["km"] = self

        async def start_kernel(self, **kw):
            # the kernel's own log lines (transport warnings) are not report content
            kw.setdefault("stderr", holder.get("stderr") or subprocess.DEVNULL)
            if holder.get("env") is not None:  # on a Dask worker: the batch's environment, not the worker's
                kw.setdefault("env", holder["env"])
            return await super().start_kernel(**kw)

    return _VenvKernelManager


def _kill_kernel(holder: dict) -> None:
    km = holder.get("km")
    proc = getattr(getattr(km, "provisioner", None), "process", None)
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        try:
            proc.kill()
        except OSError:
            pass


# --------------------------------------------------------------------------- cleaning

def _scrub_text(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        if old:
            text = text.replace(old, new)
    return _ADDRESS.sub(" at 0x0", text)


def _scrub(value: Any, replacements: list[tuple[str, str]]) -> Any:
    if isinstance(value, str):
        return _scrub_text(value, replacements)
    if isinstance(value, list):
        return [_scrub(v, replacements) for v in value]
    if isinstance(value, dict):
        return type(value)((k, _scrub(v, replacements)) for k, v in value.items())
    return value


def clean_notebook(nb, display_params: dict[str, Any], replacements: list[tuple[str, str]], kernel_name: str):
    """Strip timings, durations, kernel ids, stderr progress noise and absolute paths, in place."""
    from papermill.translators import translate_parameters

    meta = nb.metadata
    pm = meta.get("papermill", {})
    meta["papermill"] = {
        "parameters": display_params,
        "default_parameters": pm.get("default_parameters", {}),
        "version": pm.get("version"),
    }
    for key in ("widgets", "toc", "vscode"):
        meta.pop(key, None)
    language = meta.get("kernelspec", {}).get("language") or "python"
    seen_ids: set[str] = set()
    for index, cell in enumerate(nb.cells):
        # papermill gives the cells it adds (parameters, error banners) random ids: make them stable
        if "id" in cell and (cell.id in seen_ids or not _STABLE_ID.fullmatch(str(cell.id)) or _added_by_papermill(cell)):
            cell.id = f"papermill-{index}"
        if "id" in cell:
            seen_ids.add(cell.id)
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type != "code":
            continue
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.source = translate_parameters(kernel_name, language, display_params, "Parameters")
        kept = []
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                continue  # warnings and progress bars: timings, not results (they go to the run log)
            kept.append(out)
        cell.outputs = _scrub(render_markdown_outputs(kept), replacements)
        _coalesce_streams(cell)
        cell.source = _scrub_text(cell.source, replacements)
    return nb


_STABLE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _coalesce_streams(cell) -> None:
    """Merge consecutive stream outputs: how a print loop's text is split into messages depends
    on timing (one stream output under no load, several under load), so it must not show."""
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    CoalesceStreamsPreprocessor().preprocess_cell(cell, {}, 0)


def _added_by_papermill(cell) -> bool:
    tags = cell.metadata.get("tags", [])
    return "injected-parameters" in tags or any(t.startswith("papermill-error") for t in tags) or \
        "papermill-error-cell" in str(cell.get("source", "")) or "An Exception was encountered" in str(cell.get("source", ""))


def stderr_text(nb) -> str:
    """All stderr stream text of an executed notebook (for the run log)."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                parts.append(out.get("text", ""))
    return "".join(parts)


# --------------------------------------------------------------------------- HTML

_local = threading.local()

_OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
"""


def _exporter():
    exp = getattr(_local, "exporter", None)
    if exp is None:
        from nbconvert import HTMLExporter
        from nbconvert.preprocessors.sanitize import SanitizeHTML

        class _Sanitize(SanitizeHTML):
            """Escape (not strip) any markup in outputs that is not a plain table/format tag.

            Markdown cells are written by the notebook's author and kept; outputs carry data.
            """

            def preprocess_cell(self, cell, resources, cell_index):
                if cell.cell_type != "code":
                    return cell, resources
                render_markdown_outputs(cell.get("outputs", []))
                return super().preprocess_cell(cell, resources, cell_index)

            def sanitize_html_tags(self, html_str):
                html_str = "".join(html_str) if isinstance(html_str, list) else html_str
                if STYLE_TOKEN in html_str:  # text that fakes the placeholder is data: neutralise it
                    html_str = html_str.replace(STYLE_TOKEN, STYLE_TOKEN.lower())
                body, style = split_leading_style(html_str)
                clean = super().sanitize_html_tags(body)
                return clean.replace(STYLE_TOKEN, style, 1) if style else clean

        from jinja2 import DictLoader

        sanitizer = _Sanitize(tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, strip=False)
        # The lab template minus the scripts it loads from a CDN (require.js, MathJax, mermaid):
        # a report opens offline and makes no outside request.
        exp = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                           extra_loaders=[DictLoader({"newslab_offline.html.j2": _OFFLINE_TEMPLATE})],
                           template_file="newslab_offline.html.j2")
        exp.register_preprocessor(sanitizer, enabled=True)
        _local.exporter = exp
    return exp


def export_html(nb, title: str) -> str:
    """The notebook as standalone HTML with inputs hidden and outputs sanitised."""
    import copy

    body, _ = _exporter().from_notebook_node(copy.deepcopy(nb), resources={"metadata": {"name": title}})
    return body


# --------------------------------------------------------------------------- one run

def _write(path: Path, text: str) -> None:
    from ..files import atomic_write_text

    atomic_write_text(path, text)


def publish(staging: Path, final: Path, trash_root: Path) -> None:
    """Move a complete staging folder into place (rename; the old one goes to the trash first)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    old = None
    if final.exists():
        old = trash_root / f"old-{uuid.uuid4().hex}"
        os.replace(final, old)
    os.replace(staging, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def stamp_of(folder: Path) -> dict[str, Any] | None:
    """The stamp of a published report folder, or None."""
    try:
        return json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def run_job(job: Job, run_dir: Path, kernel_name: str, timeout: float, replacements: list[tuple[str, str]],
            display_seeds: str, log=None, pool=None, kernel_env: dict[str, str] | None = None) -> JobResult:
    """Execute ``job`` with papermill, clean and export it, publish its folder; never raises.

    With a :class:`~newslab.reports.kernels.KernelPool` the notebook runs on this thread's reused
    kernel (reset first); without, on a kernel started for this run alone, with ``kernel_env``
    as its environment when given (else this process's).
    """
    import nbformat

    started = time.monotonic()
    tmp_root = run_dir / ".tmp"
    staging = tmp_root / f"{uuid.uuid4().hex}"
    staging.mkdir(parents=True)
    raw = tmp_root / f"{staging.name}.raw.ipynb"
    params = dict(job.params)
    params.update(seeds=str(job.seeds_path), store=str(job.store or ""), output_dir=str(staging), interactive=False)
    kernel_log = tmp_root / f"{staging.name}.kernel.log"
    for attempt in (1, 2):
        status, error, started_ok = _execute(job, raw, params, kernel_name, timeout, kernel_log, pool, kernel_env)
        if status == "ok" or started_ok or attempt == 2:
            break
        # The kernel never answered (a lost port race or a slow start under load): once more, afresh.
        if log is not None:
            log(f"{job.folder}: kernel did not start ({error}); retrying{_tail(kernel_log)}")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        raw.unlink(missing_ok=True)
    if status != "ok" and log is not None and kernel_log.exists():
        log(f"{job.folder}: {status}{_tail(kernel_log)}")
    kernel_log.unlink(missing_ok=True)
    try:
        nb = nbformat.read(str(raw), as_version=4) if raw.exists() else None
    except Exception:  # noqa: BLE001 - a notebook killed mid-write
        nb = None
    reps = [(str(staging), ".")] + replacements
    display_params = {k: v for k, v in sorted(job.params.items())}
    display_params.update(seeds=display_seeds, store=_scrub_text(str(job.store), reps) if job.store else "",
                          output_dir=".", interactive=False)
    try:
        if nb is not None:
            if log is not None:
                err = stderr_text(nb)
                if err.strip():
                    log(f"{job.folder}: stderr:\n{_scrub_text(err, reps).rstrip()}")
            clean_notebook(nb, display_params, reps, kernel_name)
            _write(staging / "report.ipynb", nbformat.writes(nb) + "\n")
            title = f"{job.stem} - {job.folder.split('/')[0]}"
            _write(staging / "report.html", export_html(nb, title))
        if error:
            error = _scrub_text(error, reps)
        stamp = {"key": job.key, "status": status, "error": error, "inputs": job.inputs, "folder": job.folder}
        _write(staging / STAMP, json.dumps(stamp, sort_keys=True, indent=1, ensure_ascii=False) + "\n")
        publish(staging, run_dir / job.folder, tmp_root)
    except Exception as exc:  # noqa: BLE001
        first = (str(exc).splitlines() or [""])[0]
        status, error = "failed", _scrub_text(f"report export failed: {type(exc).__name__}: {first}", reps)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        raw.unlink(missing_ok=True)
    return JobResult(job, status, error, time.monotonic() - started)


def _execute(job: Job, raw: Path, params: dict, kernel_name: str, timeout: float, kernel_log: Path, pool=None,
             kernel_env: dict[str, str] | None = None):
    """One papermill run under a watchdog: ``(status, error, kernel_started)``."""
    if pool is not None:
        return _execute_reused(job, raw, params, kernel_name, timeout, pool)
    with open(kernel_log, "wb") as klog:
        holder: dict = {"stderr": klog, "env": kernel_env}
        return _papermill(job, raw, params, kernel_name, timeout, holder,
                          kernel_manager_class=venv_kernel_manager_class(holder))


def _execute_reused(job: Job, raw: Path, params: dict, kernel_name: str, timeout: float, pool):
    """:func:`_execute` on the pool's kernel for this thread; a kernel whose run did not end
    well is discarded (the next run gets a new one)."""
    from .kernels import register_engine

    try:
        warm = pool.acquire(timeout=min(60.0, timeout))
    except Exception as exc:  # noqa: BLE001 - reported like a kernel that did not start
        return "failed", f"{type(exc).__name__}: {exc}"[:500], False
    result = _papermill(job, raw, params, kernel_name, timeout, warm.holder, engine_name=register_engine(), warm=warm)
    if result[0] != "ok":
        pool.discard(warm)
    return result


def _papermill(job: Job, raw: Path, params: dict, kernel_name: str, timeout: float, holder: dict, **engine):
    import papermill as pm

    started = time.monotonic()
    watchdog = threading.Timer(timeout, _kill_kernel, args=(holder,))
    watchdog.daemon = True
    try:
        watchdog.start()
        pm.execute_notebook(
            str(job.notebook), str(raw), parameters=params, kernel_name=kernel_name, progress_bar=False,
            log_output=False, request_save_on_cell_execute=False, cwd=str(job.notebook.parent),
            start_timeout=60, execution_timeout=timeout, **engine,
        )
        return "ok", None, True
    except Exception as exc:  # noqa: BLE001 - record and go on
        elapsed = time.monotonic() - started
        status = "timeout" if elapsed >= timeout * 0.99 or type(exc).__name__ in {"CellTimeoutError"} else "failed"
        return status, _error_line(exc, status, timeout), status == "timeout" or _any_cell_ran(raw)
    finally:
        watchdog.cancel()


def _any_cell_ran(raw: Path) -> bool:
    try:
        nb = json.loads(raw.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return any(c.get("execution_count") for c in nb.get("cells", []) if c.get("cell_type") == "code")


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return ("\n  kernel: " + "\n  kernel: ".join(text.splitlines()[-lines:])) if text else ""


def _error_line(exc: BaseException, status: str, timeout: float) -> str:
    if status == "timeout":
        return f"timed out after {timeout:g} s"
    name = getattr(exc, "ename", None) or type(exc).__name__
    value = getattr(exc, "evalue", None)
    if value is None:
        value = str(exc)
    first = (str(value).strip().splitlines() or [""])[0]
    return f"{name}: {first}"[:500]

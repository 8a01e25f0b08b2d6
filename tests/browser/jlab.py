"""Drive one notebook in JupyterLab through Playwright: open, run all, inspect, screenshot.

Used by ``test_notebooks_browser.py``. Everything that talks to JupyterLab goes through the
application object JupyterLab exposes with ``--LabApp.expose_app_in_browser`` (``window.jupyterapp``)
and through the rendered page, so what is checked is what a student would see.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = Path(os.environ.get("NEWSLAB_BROWSER_NOTEBOOKS", ROOT / "notebooks"))  # override: try other notebooks
SCREENSHOTS = ROOT / "outputs" / "screenshots"
CHROMIUM = Path(os.environ.get("NEWSLAB_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _small_shm() -> bool:
    """Whether /dev/shm is too small for Chromium (Docker's default is 64 MB)."""
    try:
        st = os.statvfs("/dev/shm")
    except OSError:
        return False
    return st.f_frsize * st.f_blocks < 512 * 1024 * 1024


if _small_shm():
    CHROMIUM_ARGS.append("--disable-dev-shm-usage")  # else tabs crash in small containers
#: Seconds one notebook may take from opening to all cells run.
NOTEBOOK_TIMEOUT = float(os.environ.get("NEWSLAB_BROWSER_TIMEOUT", "150"))
ENABLE_HINT = "run .ci/install-browser (as root: apt-get install chromium chromium-driver) to enable them"

#: Kernels to pick, in order, when JupyterLab asks which kernel to start.
PREFERRED_KERNELS = ("newslab", "python3")

#: Widget controls a reader can change without editing code.
CONTROL_SELECTOR = ", ".join(
    f".jp-Notebook {s}"
    for s in (
        ".widget-dropdown select", ".widget-select select", ".widget-hslider", ".widget-slider",
        ".widget-toggle-buttons", ".widget-radio-box", ".widget-select-multiple select",
    )
)

#: Parts of the page that are controls (their own labels change when they change).
CONTROL_PARTS = (
    ".widget-readout, .widget-label, .widget-dropdown, .widget-select, .widget-select-multiple, "
    ".widget-hslider, .widget-slider, .widget-toggle-buttons, .widget-radio-box, .widget-text, "
    ".widget-checkbox, .widget-button, .widget-datepicker, select, input, button, .jp-InputArea"
)

_INTERACTIVE = re.compile(r"^(\s*interactive\s*(?::\s*bool\s*)?=\s*)(False)\b", re.M)


@dataclass
class NotebookResult:
    """What one notebook run in the browser showed."""

    name: str
    has_interactive: bool
    expects_figures: bool
    kernel: str | None = None
    kernel_dialog: bool = False
    code_cells: int = 0
    unexecuted: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    controls: int = 0
    control_kinds: list[str] = field(default_factory=list)
    images: int = 0
    figures_as_text: int = 0
    figures_written: int = 0
    changed_by: str | None = None
    tried: list[str] = field(default_factory=list)
    seconds: float = 0.0
    screenshot: Path | None = None


def set_interactive(path: Path) -> bool:
    """Turn ``interactive = False`` into ``True`` in the notebook's parameters cell (a copy).

    Returns whether the notebook has that parameter.
    """
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = False
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code" or "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        new, n = _INTERACTIVE.subn(r"\1True", src)
        if n:
            cell["source"] = new
            found = True
    if found:
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return found


def expects_figures(path: Path) -> bool:
    """Whether the notebook draws figures (its code uses matplotlib or newslab.notebook.figures)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = "\n".join(
        c["source"] if isinstance(c["source"], str) else "".join(c["source"])
        for c in nb.get("cells", []) if c.get("cell_type") == "code"
    )
    return bool(re.search(r"matplotlib|plt\.|save_figure|\.plot\(|draw_networkx|newslab\.figures", code))


_WAIT_KERNEL_JS = """
async (preferred) => {
  const app = window.jupyterapp;
  const w = app.shell.currentWidget;
  if (!w || !w.sessionContext) return {state: 'no-notebook'};
  await w.context.ready;
  const sc = w.sessionContext;
  await sc.ready;
  const k = sc.session && sc.session.kernel;
  return {state: k ? k.status : 'no-kernel', name: k ? k.name : null};
}
"""

_RUN_ALL_JS = """
async (timeoutMs) => {
  const app = window.jupyterapp;
  const w = app.shell.currentWidget;
  const run = app.commands.execute('notebook:run-all-cells');
  const timer = new Promise(r => setTimeout(() => r('timeout'), timeoutMs));
  const res = await Promise.race([run.then(() => 'done'), timer]);
  return res;
}
"""

_STATE_JS = """
() => {
  const w = window.jupyterapp.shell.currentWidget;
  const k = w.sessionContext.session && w.sessionContext.session.kernel;
  const cells = w.content.widgets;
  const out = {kernel: k ? k.status : null, pending: 0, code: 0, unexecuted: [], errors: []};
  cells.forEach((cell, i) => {
    if (cell.model.type !== 'code') return;
    out.code += 1;
    const prompt = cell.node.querySelector('.jp-InputPrompt');
    if (prompt && prompt.textContent.includes('*')) out.pending += 1;
    const src = cell.model.sharedModel.getSource();
    if (cell.model.executionCount === null && src.trim()) out.unexecuted.push(i);
    const outputs = cell.model.outputs.toJSON();
    for (const o of outputs) {
      if (o.output_type === 'error') {
        out.errors.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
      }
    }
  });
  // Errors as the page renders them (catches anything the model view missed).
  const rendered = document.querySelectorAll(
    '.jp-Notebook [data-mime-type="application/vnd.jupyter.error"]').length;
  if (rendered && !out.errors.length) out.errors.push(`${rendered} rendered error output(s)`);
  return out;
}
"""

_SIGNATURE_JS = """
(controlParts) => {
  const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook')
           || document.querySelector('.jp-Notebook');
  const clone = nb.cloneNode(true);
  clone.querySelectorAll(controlParts).forEach(e => e.remove());
  const imgs = Array.from(nb.querySelectorAll('.jp-OutputArea-output img, .widget-output img'))
      .map(i => i.getAttribute('src') || '');
  const svgs = Array.from(nb.querySelectorAll('.jp-OutputArea-output svg'))
      .map(s => s.outerHTML.length);
  return JSON.stringify([clone.textContent, imgs, svgs]);
}
"""


def _scroll_into_view(page, locator) -> None:
    try:
        locator.scroll_into_view_if_needed(timeout=5_000)
    except Exception:  # noqa: BLE001 - scrolling only helps the screenshot and the click
        pass


def _settle(page, before: str, timeout: float = 6.0) -> bool:
    """Wait until the notebook's rendered output differs from ``before`` and the kernel is idle."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page.wait_for_timeout(400)
        state = page.evaluate(_STATE_JS)
        if state["kernel"] == "idle" and page.evaluate(_SIGNATURE_JS, CONTROL_PARTS) != before:
            page.wait_for_timeout(400)  # let the re-render finish
            return True
    return False


def change_a_control(page, result: NotebookResult) -> None:
    """Change controls one by one until one changes the notebook's output; record which."""
    controls = page.locator(CONTROL_SELECTOR)
    n = controls.count()
    result.control_kinds = [
        controls.nth(i).evaluate(
            "e => e.tagName.toLowerCase() + '.' + ((e.closest('.jupyter-widgets') || e).className"
            ".split(' ').filter(c => c.startsWith('widget-')).join('.'))"
        )
        for i in range(min(n, 8))
    ]
    give_up = time.monotonic() + 30  # keeps the suite's time bounded when nothing reacts
    for i in range(min(n, 8)):
        if time.monotonic() > give_up:
            result.tried.append("(gave up after 30 s)")
            return
        ctrl = controls.nth(i)
        _scroll_into_view(page, ctrl)
        cls = ctrl.evaluate("e => (e.closest('.jupyter-widgets') || e).className")
        tag = ctrl.evaluate("e => e.tagName.toLowerCase()")
        if tag == "select":
            values = ctrl.evaluate("e => Array.from(e.options).map(o => o.value)")
            current = ctrl.evaluate("e => e.value")
            others = [v for v in values if v != current]
            if not others:
                result.tried.append(f"{result.control_kinds[i]} #{i}: no other option ({values})")
            for value in others[:4]:
                before = page.evaluate(_SIGNATURE_JS, CONTROL_PARTS)
                label = f"{result.control_kinds[i]} #{i} -> {value!r}"
                result.tried.append(label)
                if ctrl.evaluate("e => e.multiple"):
                    ctrl.select_option([value])
                else:
                    ctrl.select_option(value)
                if _settle(page, before):
                    result.changed_by = label
                    return
        elif "slider" in cls:
            handle = ctrl.locator(".noUi-handle").first
            if not handle.count():
                continue
            for key in ("ArrowRight", "ArrowLeft", "End", "Home"):
                before = page.evaluate(_SIGNATURE_JS, CONTROL_PARTS)
                label = f"{result.control_kinds[i]} #{i} {key}"
                result.tried.append(label)
                handle.focus()
                for _ in range(3):
                    handle.press(key)
                if _settle(page, before):
                    result.changed_by = label
                    return
        else:  # toggle buttons / radio buttons: click an option that is not selected
            options = ctrl.locator("button:not(.mod-active), input[type=radio]:not(:checked)")
            for j in range(min(options.count(), 3)):
                before = page.evaluate(_SIGNATURE_JS, CONTROL_PARTS)
                label = f"{result.control_kinds[i]} #{i} option {j}"
                result.tried.append(label)
                options.nth(j).click()
                if _settle(page, before):
                    result.changed_by = label
                    return


def _handle_kernel_dialog(page, result: NotebookResult) -> None:
    """If JupyterLab asks which kernel to use, choose the kit's kernel explicitly."""
    dialog = page.locator(".jp-Dialog")
    if not dialog.count():
        return
    result.kernel_dialog = True
    select = dialog.locator("select")
    if select.count():
        options = select.first.evaluate(
            "e => Array.from(e.options).map(o => ({value: o.value, text: o.textContent}))"
        )
        for want in PREFERRED_KERNELS:
            match = [o for o in options if want in o["value"] or want in o["text"].lower()]
            if match:
                select.first.select_option(match[0]["value"])
                break
    dialog.locator(".jp-Dialog-button.jp-mod-accept").first.click()


def run_notebook(page, server, rel_path: str, screenshot: Path, timeout: float = 150.0) -> NotebookResult:
    """Open ``rel_path`` (under the server root) in JupyterLab, run all cells, inspect the page."""
    path = server.root / rel_path
    has_interactive = set_interactive(path)
    result = NotebookResult(Path(rel_path).stem, has_interactive, expects_figures(path))
    t0 = time.monotonic()
    page.goto(f"{server.url}/lab/tree/{rel_path}?reset&token={server.token}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell", timeout=60_000)
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
    # Kernel start: handle a "Select Kernel" dialog if JupyterLab shows one.
    deadline = time.monotonic() + 60
    kernel = {"state": "no-kernel"}
    while time.monotonic() < deadline:
        _handle_kernel_dialog(page, result)
        kernel = page.evaluate(
            "() => { const w = window.jupyterapp.shell.currentWidget;"
            " const k = w && w.sessionContext && w.sessionContext.session"
            " && w.sessionContext.session.kernel;"
            " return k ? {state: k.status, name: k.name} : {state: 'no-kernel'}; }"
        )
        if kernel["state"] == "idle":
            break
        page.wait_for_timeout(300)
    result.kernel = kernel.get("name")
    if kernel["state"] != "idle":
        raise AssertionError(f"{rel_path}: kernel never became idle ({kernel}); server log:\n{server.log_tail()}")
    # A clean single-document view: the screenshot shows the notebook, not the file browser.
    page.evaluate(
        "async () => { const app = window.jupyterapp; app.shell.collapseLeft(); app.shell.collapseRight();"
        " try { await app.commands.execute('application:set-mode', {mode: 'single-document'}); } catch (e) {} }"
    )
    remaining = max(10.0, timeout - (time.monotonic() - t0))
    outcome = page.evaluate(_RUN_ALL_JS, int(remaining * 1000))
    # Run-all resolves when the last cell finishes; make sure the kernel is idle with nothing queued.
    deadline = time.monotonic() + (30 if outcome == "done" else 1)
    state = page.evaluate(_STATE_JS)
    while time.monotonic() < deadline and (state["kernel"] != "idle" or state["pending"]):
        page.wait_for_timeout(300)
        state = page.evaluate(_STATE_JS)
    if outcome != "done" or state["pending"]:
        state["errors"].append(f"run-all did not finish within {remaining:.0f}s ({state['pending']} cells pending)")
    page.wait_for_timeout(800)  # widget views and images render after the reply
    result.code_cells = state["code"]
    result.unexecuted = state["unexecuted"]
    result.errors = state["errors"]
    result.controls = page.locator(CONTROL_SELECTOR).count()
    result.images = page.locator(".jp-Notebook .jp-OutputArea-output img").count()
    result.figures_as_text = page.locator(".jp-Notebook .jp-OutputArea-output", has_text=re.compile(r"<Figure size \d+")).count()
    # Screenshot of the page as the notebook left it (before any control is touched): the first
    # control (else the first figure) centred in view, else the top of the notebook.
    target = page.locator(CONTROL_SELECTOR).first if result.controls else page.locator(
        ".jp-Notebook .jp-OutputArea-output img").first
    if target.count():
        _scroll_into_view(page, target)
        target.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshot))
    if has_interactive and result.controls and not result.errors:
        change_a_control(page, result)
        result.images = max(result.images, page.locator(".jp-Notebook .jp-OutputArea-output img").count())
    result.screenshot = screenshot
    result.seconds = round(time.monotonic() - t0, 1)
    # PNGs the notebook wrote under its default output_dir (../outputs/manual/<stem>): for comparison
    # with the images shown on the page.
    written = server.root / "outputs" / "manual" / result.name
    result.figures_written = len(list(written.rglob("*.png"))) if written.is_dir() else 0
    return result


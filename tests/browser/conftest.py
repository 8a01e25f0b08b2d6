"""Browser suite fixtures: a throwaway JupyterLab server and headless Debian Chromium.

The server runs the venv's ``jupyter lab`` on 127.0.0.1 with a random free port and a random
token, rooted at a temporary copy of ``notebooks/`` and ``seeds/`` (plus the teaching fixture
seeds, so a "pick a seed" control has more than one choice); nothing in the checkout is
modified. Chromium is Debian's ``/usr/bin/chromium`` driven by Playwright through
``executable_path``: Playwright never downloads a browser here.

Where Chromium (or Playwright) is missing every ``@pytest.mark.browser`` test is skipped with a
message saying how to enable it.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from jlab import CHROMIUM, CHROMIUM_ARGS, ENABLE_HINT, NOTEBOOKS, ROOT


def browser_unavailable() -> str | None:
    """Why the browser suite cannot run here, or None when it can."""
    if not CHROMIUM.exists():
        return f"browser tests need Debian's Chromium at {CHROMIUM}, which is missing: {ENABLE_HINT}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "browser tests need the playwright Python package: run 'make setup'"
    return None


def pytest_collection_modifyitems(config, items):
    reason = browser_unavailable()
    if reason is None:
        return
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _lab_command() -> list[str]:
    exe = Path(sys.executable).parent / "jupyter-lab"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "jupyterlab"]


def _write_settings(settings_dir: Path) -> None:
    """User settings that keep JupyterLab quiet and offline (no news, no update check)."""
    path = settings_dir / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8")


def stage_root(dest: Path) -> Path:
    """Copy notebooks/ and seeds/ (+ teaching fixture seeds) into ``dest``; return it."""
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    shutil.copytree(NOTEBOOKS, dest / "notebooks", ignore=ignore)
    shutil.copytree(ROOT / "seeds", dest / "seeds", ignore=ignore)
    for extra in sorted((ROOT / "tests" / "fixtures" / "teaching").glob("*.txt")):
        shutil.copy2(extra, dest / "seeds" / extra.name)
    return dest


@dataclass
class LabServer:
    """A running JupyterLab: where it is, how to reach it, and its log."""

    url: str
    token: str
    root: Path
    log: Path
    proc: subprocess.Popen = field(repr=False)

    def api(self, path: str, method: str = "GET") -> object:
        """Call the server's REST API with the token; return the decoded JSON (or None)."""
        req = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def log_tail(self, n: int = 30) -> str:
        """The last lines of the server log (for failure messages)."""
        try:
            return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def shutdown_kernels(self) -> None:
        """Shut down every kernel the server started (frees memory between notebooks)."""
        try:
            for kernel in self.api("/api/kernels") or []:  # type: ignore[union-attr]
                self.api(f"/api/kernels/{kernel['id']}", method="DELETE")
        except (urllib.error.URLError, OSError):
            pass


def _start_lab(base: Path) -> LabServer:
    root = stage_root(base / "root")
    env = dict(os.environ)
    for name in ("config", "data", "runtime", "settings", "workspaces", "ipython"):
        (base / name).mkdir(exist_ok=True)
    _write_settings(base / "settings")
    env.update(
        JUPYTER_CONFIG_DIR=str(base / "config"),
        JUPYTER_DATA_DIR=str(base / "data"),  # user kernels from ~/.local are not seen
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(base / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"),
        IPYTHONDIR=str(base / "ipython"),
        NEWSLAB_CACHE=str(base / "cache"),  # analyses cached once, shared by the notebooks
        PYTHONUNBUFFERED="1",
    )
    env.pop("JUPYTER_PATH", None)
    log = base / "lab.log"
    last_error = ""
    for _attempt in range(3):
        port, token = _free_port(), secrets.token_hex(16)
        cmd = _lab_command() + [
            "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
        ] + (["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])
        with open(log, "ab") as sink:
            proc = subprocess.Popen(
                cmd, cwd=root, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
            )
        server = LabServer(f"http://127.0.0.1:{port}", token, root, log, proc)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                server.api("/api/status")
                return server
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.5)
        last_error = server.log_tail()
        _stop(server)
    raise RuntimeError(f"JupyterLab did not start; log tail:\n{last_error}")


def _stop(server: LabServer) -> None:
    """Stop the server and its kernels (its own process group, started by us)."""
    proc = server.proc
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=5)


# Module scope: the server and browser go away when the browser module is done, so Playwright's
# event loop never overlaps the papermill (asyncio) tests that run later in the same session.
@pytest.fixture(scope="module")
def lab_server(tmp_path_factory):
    """A JupyterLab server on a temporary copy of the notebooks (one per test module)."""
    reason = browser_unavailable()
    if reason:
        pytest.skip(reason)
    server = _start_lab(tmp_path_factory.mktemp("jupyterlab"))
    try:
        yield server
    finally:
        _stop(server)


@pytest.fixture(scope="module")
def chromium():
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    reason = browser_unavailable()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()
        pw.stop()


@pytest.fixture
def lab_page(chromium, lab_server):
    """A fresh browser page (1280x900); kernels are shut down afterwards."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        yield page
    finally:
        context.close()
        lab_server.shutdown_kernels()

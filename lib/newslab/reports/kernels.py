"""Kernels reused between notebook runs: started and warmed once per worker, reset before each run.

A fresh kernel per notebook run costs a kernel start and the notebook's imports (pandas,
matplotlib, newslab) every time, more than most per-article notebooks spend on their own work.
``newslab report --kernels reuse`` (the default) keeps one kernel per worker thread: it is started
once, the modules the batch's notebooks import are loaded into it once, and before every run
:data:`RESET_CODE` puts it back into a fresh kernel's state (empty namespace, execution count 1,
no figures, default matplotlib rcParams, default pandas options, the notebook folder as working
directory, the original ``sys.path``, environment and warning filters). Reports are byte-identical
to fresh-kernel runs; ``tests/test_report_kernels.py`` runs the same batch both ways and compares
every report file. A kernel that failed, timed out or did ``max_runs`` runs is replaced.
"""

from __future__ import annotations

import ast
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Runs of one kernel before it is replaced (bounds whatever a notebook leaves in module caches).
MAX_RUNS = 50

#: Taken once, right after the warm-up imports: what a fresh kernel looks like at its first cell.
SNAPSHOT_CODE = r"""
def _newslab_snapshot():
    import os, sys, types, warnings
    state = types.ModuleType("_newslab_kernel_state")
    state.path = list(sys.path)
    state.environ = dict(os.environ)
    state.filters = list(warnings.filters)
    state.rc = None
    if "matplotlib.pyplot" in sys.modules:
        import matplotlib
        import matplotlib.pyplot as plt
        # Load the backend now: a notebook's first figure would, and loading the inline backend
        # changes rcParams ("interactive"), so the snapshot must come after it.
        plt.switch_backend(matplotlib.get_backend())
    if "matplotlib" in sys.modules:
        import matplotlib
        state.rc = matplotlib.rcParams.copy()
        state.backend = matplotlib.get_backend()
    sys.modules["_newslab_kernel_state"] = state
_newslab_snapshot()
del _newslab_snapshot
"""

#: Run (silently, outside the history) before every notebook on a reused kernel.
RESET_CODE = r"""
def _newslab_reset(cwd):
    import os, sys, warnings
    state = sys.modules["_newslab_kernel_state"]
    ip = get_ipython()
    ip.reset(new_session=True)  # user namespace, In/Out, _ and the execution count, as in a new kernel
    os.chdir(cwd)
    sys.path[:] = state.path
    os.environ.clear()
    os.environ.update(state.environ)
    warnings.filters[:] = state.filters
    warnings._filters_mutated()  # once-only warnings show again, as they would in a new process
    if "matplotlib.pyplot" in sys.modules:
        import matplotlib
        import matplotlib.pyplot as plt
        plt.close("all")
        if state.rc is not None and matplotlib.get_backend() != state.backend:
            plt.switch_backend(state.backend)  # a notebook's matplotlib.use("Agg") ends with it
    if state.rc is not None:
        import matplotlib
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            matplotlib.rcParams.update(state.rc)
    if "pandas" in sys.modules:
        import pandas
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pandas.reset_option("all")
_newslab_reset(%s)  # the reset also removes _newslab_reset itself
"""


def notebook_imports(notebooks: list[Path]) -> list[str]:
    """Modules the code cells of ``notebooks`` import, sorted (what a warm kernel preloads)."""
    names: set[str] = set()
    for path in notebooks:
        try:
            cells = json.loads(Path(path).read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in cells:
            if cell.get("cell_type") != "code":
                continue
            source = "".join(cell.get("source", ""))
            source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
            try:
                tree = ast.parse(source)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module)
                    # "from newslab.corpus import cache": the submodule is what costs
                    names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(names)


def preload_code(modules: list[str]) -> str:
    """Code that imports ``modules`` without binding a name (a missing one is skipped)."""
    return ("import importlib\nfor _m in %r:\n    try:\n        importlib.import_module(_m)\n"
            "    except Exception:\n        pass\ndel importlib, _m\n") % (modules,)


class KernelError(RuntimeError):
    """A reused kernel could not be started, warmed or reset."""


@dataclass
class WarmKernel:
    """One started, warmed kernel: its manager, a client, and how many notebooks it ran."""

    km: Any
    kc: Any
    holder: dict  # {"km", "stderr" (its log file or None), "env"}: the watchdog kills holder["km"]
    runs: int = 0


@dataclass
class KernelPool:
    """One reused kernel per thread that asks for one (the batch's worker threads).

    ``manager_class(holder)`` is the runner's kernel manager class (venv interpreter, hang-safe
    clients); the ``holder`` dict lets the runner's watchdog kill the kernel a run is using.
    """

    kernel_name: str
    cwd: Path
    manager_class: Any
    preload: list[str] = field(default_factory=list)
    log_dir: Path | None = None
    max_runs: int = MAX_RUNS
    env: dict[str, str] | None = None  # the kernels' environment (default: this process's)
    _local: threading.local = field(default_factory=threading.local)
    _all: list = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def acquire(self, timeout: float = 60) -> WarmKernel:
        """This thread's kernel, started if needed, reset to a fresh kernel's state."""
        from jupyter_core.utils import run_sync

        wk = getattr(self._local, "kernel", None)
        if wk is not None and (wk.runs >= self.max_runs or not run_sync(wk.km.is_alive)()):
            self.discard(wk)
            wk = None
        if wk is None:
            wk = run_sync(self._start)(timeout)
            self._local.kernel = wk
        try:
            run_sync(self._run)(wk, RESET_CODE % (repr(str(self.cwd)),), timeout)
        except Exception:
            self.discard(wk)
            raise
        wk.runs += 1
        return wk

    def discard(self, wk: WarmKernel) -> None:
        """Shut ``wk`` down (after a failed or timed-out run, or its last run)."""
        from jupyter_core.utils import run_sync

        if getattr(self._local, "kernel", None) is wk:
            self._local.kernel = None
        with self._lock:
            if wk in self._all:
                self._all.remove(wk)
        try:
            wk.kc.stop_channels()
            run_sync(wk.km.shutdown_kernel)(now=True)
        except Exception:  # noqa: BLE001 - already dead is fine
            pass
        if wk.holder.get("stderr") is not None:
            wk.holder["stderr"].close()

    def close(self) -> None:
        """Shut every kernel down (the batch is over)."""
        with self._lock:
            kernels = list(self._all)
        for wk in kernels:
            self.discard(wk)

    async def _start(self, timeout: float) -> WarmKernel:
        log = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log = open(self.log_dir / f"kernel-{threading.get_ident()}.log", "ab")  # noqa: SIM115
        holder: dict = {"stderr": log, "env": self.env}
        km = self.manager_class(holder)(kernel_name=self.kernel_name)
        await km.start_kernel(cwd=str(self.cwd))
        kc = km.client()
        kc.start_channels()
        wk = WarmKernel(km, kc, holder)
        with self._lock:
            self._all.append(wk)
        try:
            await kc.wait_for_ready(timeout=timeout)
            if self.preload:
                await self._run(wk, preload_code(self.preload), timeout)
            await self._run(wk, SNAPSHOT_CODE, timeout)
        except Exception as exc:
            self.discard(wk)
            raise KernelError(f"kernel did not start: {type(exc).__name__}: {exc}") from exc
        return wk

    @staticmethod
    async def _run(wk: WarmKernel, code: str, timeout: float) -> None:
        reply = await wk.kc.execute_interactive(code, silent=True, store_history=False, timeout=timeout,
                                                output_hook=lambda msg: None)
        content = reply.get("content", {})
        if content.get("status") != "ok":
            raise KernelError(f"kernel reset failed: {content.get('ename')}: {content.get('evalue')}")


def register_engine() -> str:
    """Register (once) the papermill engine that runs a notebook on a :class:`WarmKernel`."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.log import logger
    from papermill.utils import remove_args

    if ENGINE in papermill_engines._engines:
        return ENGINE

    class ReusedKernelEngine(NBClientEngine):
        """papermill's nbclient engine, on a kernel it neither starts nor shuts down."""

        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, warm=None, **kwargs):
            kwargs = remove_args(["input_path", "timeout", "startup_timeout", "kernel_manager_class"], **kwargs)
            client = PapermillNotebookClient(
                nb_man, km=warm.km, timeout=execution_timeout, startup_timeout=start_timeout,
                kernel_name=kernel_name, log=logger, log_output=log_output, stdout_file=stdout_file,
                stderr_file=stderr_file, **kwargs)
            client.kc = warm.kc  # the pool's client: nbclient then neither starts nor stops a kernel
            return client.execute()

    papermill_engines.register(ENGINE, ReusedKernelEngine)
    return ENGINE


ENGINE = "newslab-reused-kernel"

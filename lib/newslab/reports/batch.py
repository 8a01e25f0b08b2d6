"""``newslab report``: every analysis notebook for every seed, plus a corpus overview, in parallel.

Layout of ``<out>/<run>/`` (``outputs/latest/`` by default)::

    <seed-folder>/<notebook-stem>/{report.html, report.ipynb, tables/*.csv, figures/*.png,
                                   summary.json, stamp.json}
    corpus/<corpus-notebook-stem>/...      the corpus overview, run once over all seeds
    index.html                             every seed and notebook: status, key numbers, links
    manifest.json                          provenance (seeds, parameters, versions, hashes,
                                           id -> folder mapping)
    run.log                                the only file with timestamps and durations

How it runs: seeds are read (bad ones recorded), the batch's corpus store is brought up to date
(:func:`newslab.corpus.cache.fill_cache`: only new or changed seeds are analysed, on ``--jobs``
processes), then each notebook runs under papermill in its own kernel, N at a time, with the
store's path as its ``store`` parameter, so every notebook of the batch reads the same store. A run whose inputs (seed
sha256, parameters, notebook hash, newslab version and code, pipeline) match the stamp of the
existing folder is skipped. A notebook that raises or times out is recorded and the batch goes
on; the exit status is 1 if anything failed, else 0.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any, Iterator

from .. import __version__
from ..errors import NewslabError

#: Notebooks that run once over the whole corpus instead of once per seed.
CORPUS_STEMS = {"04_corpus_overview", "06_actor_profile"}
NOTEBOOK_GLOB = "0[1-9]_*.ipynb"
DEFAULT_TIMEOUT = 900.0
#: Above this many seeds, per-article reports run only for the seeds chosen with ``articles`` /
#: ``where`` (``$NEWSLAB_REPORT_MAX_SEEDS`` or ``max_seed_reports`` change it; 0: no limit). Each
#: per-article notebook run costs about 2 s of a core, so 200 seeds x 3 notebooks is 20 minutes.
MAX_SEED_REPORTS = 200


#: Numbered notebooks that are references, not analyses: the batch does not run them.
REFERENCE_TOPICS = {"glossary", "tour"}


#: How notebook runs get their kernel: one reused (and reset) per worker, or a new one per run.
KERNEL_MODES = ("reuse", "fresh")


def notebook_role(path: Path) -> str:
    """``seed`` (run per seed), ``corpus`` (run once) or ``none``: the notebook's metadata
    ``{"newslab": {"report": ...}}`` if set, else by name."""
    try:
        meta = json.loads(Path(path).read_text(encoding="utf-8")).get("metadata", {})
        role = (meta.get("newslab") or {}).get("report")
    except (OSError, ValueError, AttributeError):
        role = None
    if role in {"seed", "corpus", "none"}:
        return role
    if path.stem in CORPUS_STEMS:
        return "corpus"
    return "none" if path.stem.split("_", 1)[-1] in REFERENCE_TOPICS else "seed"


def discover_notebooks(notebooks_dir: Path) -> tuple[list[Path], list[Path]]:
    """The per-seed analysis notebooks and the corpus notebooks (run once per batch), both sorted."""
    found = sorted(p for p in Path(notebooks_dir).glob(NOTEBOOK_GLOB) if p.is_file())
    roles = {p: notebook_role(p) for p in found}
    return [p for p in found if roles[p] == "seed"], [p for p in found if roles[p] == "corpus"]


def select(notebooks: list[Path], corpus: list[Path], only: list[str] | None) -> tuple[list[Path], list[Path]]:
    """Apply ``--only`` (file name, stem, or the stem without its number, e.g. ``actor_network``)."""
    if not only:
        return notebooks, corpus
    wanted = {w.strip() for w in only if w and w.strip()}

    def hit(p: Path) -> bool:
        return bool({p.name, p.stem, p.stem.split("_", 1)[-1], p.stem.split("_", 1)[0]} & wanted)

    chosen = [p for p in notebooks if hit(p)]
    chosen_corpus = [p for p in corpus if hit(p) or "corpus" in wanted]
    if not chosen and not chosen_corpus:
        names = ", ".join(p.stem for p in notebooks + corpus) or "none"
        raise NewslabError(f"--only {', '.join(sorted(wanted))}: no such notebook (have: {names})")
    return chosen, chosen_corpus


_WHERE = re.compile(r"^\s*(date|id)\s*(>=|<=|!=|=|>|<)\s*(\S.*?)\s*$")


def parse_where(text: str) -> list[tuple[str, str, str]]:
    """``date>=2024-01-01,date<2024-07-01`` (or ``... and ...``) -> ``[(column, op, value)]``;
    columns ``date`` (ISO, compared as text: ``2024`` and ``2024-03`` work as prefixes) and ``id``."""
    parts = [p for p in re.split(r",|\band\b", text or "") if p.strip()]
    out = []
    for part in parts:
        m = _WHERE.match(part)
        if not m:
            raise NewslabError(f"--where {part.strip()!r}: expected date|id followed by >=, <=, >, <, = or != and a value")
        out.append((m.group(1), m.group(2), m.group(3).strip("'\"")))
    return out


def _holds(value: str, op: str, wanted: str, is_date: bool) -> bool:
    prefix = is_date and len(wanted) < len(value)  # a date prefix: 2024 is the year, 2024-03 the month
    if op in ("=", "!="):
        hit = value == wanted or (prefix and value.startswith(wanted) and value[len(wanted)] == "-")
        return hit if op == "=" else not hit
    if op in (">", "<=") and prefix:  # compare with the end of the prefix: date>2024 is after 2024
        wanted = wanted + "\uffff"
    return {">=": value >= wanted, "<=": value <= wanted, ">": value > wanted, "<": value < wanted}[op]


def choose_articles(articles: list, ids: list[str] | None = None, where: str | None = None) -> list:
    """The articles named in ``ids`` (all when None) that satisfy every condition of ``where``."""
    chosen = list(articles)
    if ids:
        have = {a.id for a in chosen}
        unknown = [i for i in ids if i not in have]
        if unknown:
            sample = ", ".join(sorted(have)[:10])
            raise NewslabError(f"--articles {unknown[0]!r}: no such seed id (have: {sample}{', ...' if len(have) > 10 else ''})")
        wanted = set(ids)
        chosen = [a for a in chosen if a.id in wanted]
    for column, op, value in parse_where(where or ""):
        chosen = [a for a in chosen if _holds(a.date_iso if column == "date" else a.id, op, value, column == "date")]
    return chosen


def seed_report_limit(max_seed_reports: int | None = None) -> int:
    """The per-article report limit: the argument, else ``$NEWSLAB_REPORT_MAX_SEEDS``, else
    :data:`MAX_SEED_REPORTS`; 0 means none."""
    if max_seed_reports is not None:
        return max(0, int(max_seed_reports))
    env = os.environ.get("NEWSLAB_REPORT_MAX_SEEDS")
    return max(0, int(env)) if env and env.strip().isdigit() else MAX_SEED_REPORTS


def coerce_param(value: Any) -> Any:
    """``-p`` values arrive as text: numbers, booleans, None, lists and dicts become Python values."""
    if not isinstance(value, str):
        return value
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        if value.lower() in {"true", "false"}:
            return value.lower() == "true"
        return value


def declared_parameters(notebooks: list[Path]) -> dict[str, str]:
    """``{name: type name}`` of the parameters the notebooks declare (papermill reads the
    ``parameters`` cell); the first notebook declaring a name decides its type."""
    import papermill as pm

    out: dict[str, str] = {}
    for nb in notebooks:
        for name, info in pm.inspect_notebook(str(nb)).items():
            out.setdefault(name, str(info.get("inferred_type_name") or "None"))
    return out


def typed_param(name: str, value: Any, type_name: str) -> Any:
    """A ``-p`` value as the declared type: ``date_from=2024`` stays the text ``"2024"`` for a
    ``str`` parameter; ``int``/``float``/``bool`` are checked; undeclared types are guessed."""
    if not isinstance(value, str):
        return value
    kind = type_name.replace(" ", "").lower()
    try:
        if kind == "str":
            return value
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            if value.strip().lower() in {"true", "1", "yes"}:
                return True
            if value.strip().lower() in {"false", "0", "no"}:
                return False
            raise ValueError(value)
    except ValueError:
        raise NewslabError(f"-p {name}={value}: the notebooks declare {name} as {type_name}") from None
    return coerce_param(value)


def _key(inputs: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(inputs, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _replacements(pairs: list[tuple[Path | str | None, str]]) -> list[tuple[str, str]]:
    """Absolute paths (as given and resolved) -> placeholders, longest first."""
    out: dict[str, str] = {}
    for path, placeholder in pairs:
        if not path:
            continue
        for form in {str(path), str(Path(path).resolve())}:
            if len(form) > 1 and form not in out:
                out[form] = placeholder
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


class _Log:
    """The run log: the one file with timestamps and durations (appended, never compared)."""

    def __init__(self, path: Path) -> None:
        self.lock = threading.Lock()
        self.fh = open(path, "a", encoding="utf-8")

    def __call__(self, msg: str) -> None:
        with self.lock:
            self.fh.write(time.strftime("%Y-%m-%dT%H:%M:%S ") + msg + "\n")
            self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def run_reports(seeds: str | Path | None = None, out: str | Path | None = None, run: str = "latest",
                jobs: int | None = None, only: list[str] | None = None, params: dict[str, Any] | None = None, *,
                notebooks_dir: str | Path | None = None, timeout: float | None = None,
                cache_dir: str | Path | None = None, progress: bool = True, articles: list[str] | None = None,
                where: str | None = None, max_seed_reports: int | None = None, kernels: str = "reuse",
                scheduler: str | None = None) -> int:
    """Run the report batch; return 0 if every seed and notebook succeeded, else 1.

    ``kernels="reuse"`` (default) runs the notebooks on one reused kernel per worker, reset
    before each run (:mod:`newslab.reports.kernels`); ``"fresh"`` starts a kernel per run.
    ``scheduler`` (a Dask address, or ``"local"`` for a LocalCluster of ``jobs`` workers) runs the
    analysis and the notebooks on Dask (:mod:`newslab.reports.remote` says what workers need).

    Per-article reports run for the seeds named in ``articles`` that satisfy ``where`` (see
    :func:`choose_articles`; default: every seed), and, above :func:`seed_report_limit` of them,
    for none: the corpus report (over every seed) still runs, and a message says how to choose.
    """
    from .. import paths
    from ..seeds import read_corpus, skipped_line
    from ..safe_names import safe_folder_name

    seeds_path = Path(seeds) if seeds else paths.seeds_dir()
    if not seeds_path.exists():
        raise NewslabError(f"{seeds_path}: no such seed file or folder")
    seeds_path = seeds_path.resolve()
    seeds_root = seeds_path if seeds_path.is_dir() else seeds_path.parent
    out_dir = Path(out).resolve() if out else paths.outputs_dir().resolve()
    run = run or "latest"
    if kernels not in KERNEL_MODES:
        raise NewslabError(f"--kernels {kernels!r}: use one of {', '.join(KERNEL_MODES)}")
    if safe_folder_name(run) != run:
        raise NewslabError(f"--run {run!r}: use letters, digits, '.', '_' and '-' only")
    run_dir = out_dir / run
    nb_dir = Path(notebooks_dir).resolve() if notebooks_dir else paths.notebooks_dir().resolve()
    from .runner import RUNNER_PARAMS

    clash = sorted(set(params or {}) & set(RUNNER_PARAMS))
    if clash:
        raise NewslabError(f"-p {', '.join(clash)}: set by the runner (use --seeds / --out instead)")
    all_seed_nbs, all_corpus_nbs = discover_notebooks(nb_dir)
    per_seed, corpus_nbs = select(all_seed_nbs, all_corpus_nbs, only)
    if not per_seed and not corpus_nbs:
        raise NewslabError(f"no analysis notebooks ({NOTEBOOK_GLOB}) in {nb_dir}")
    declared = declared_parameters(per_seed + corpus_nbs)
    unknown = sorted(set(params or {}) - set(declared))
    if unknown:
        known = ", ".join(sorted(set(declared) - set(RUNNER_PARAMS))) or "none"
        raise NewslabError(f"-p {', '.join(unknown)}: no notebook of this run has such a parameter (they declare: {known})")
    user_params = {k: typed_param(k, v, declared[k]) for k, v in sorted((params or {}).items())}

    parse_where(where or "")  # a malformed --where fails before any work
    corpus = read_corpus(seeds_path)
    note = skipped_line(corpus.skipped)
    if note:
        print(f"newslab report: {note}", file=sys.stderr)
    if not corpus.articles and not corpus.failures:
        raise NewslabError(f"{seeds_path}: no seed files (*.txt) to report on")

    run_dir.mkdir(parents=True, exist_ok=True)
    lock = lock_run_dir(run_dir)
    client = cluster = None
    try:
        if scheduler:
            from ..corpus.engine import connect, default_jobs

            client, cluster = connect(scheduler, jobs or default_jobs())
            if cluster is not None:
                print(f"newslab report: Dask dashboard at {client.dashboard_link}", file=sys.stderr)
        return _run_locked(seeds_path, seeds_root, run, run_dir, out_dir, nb_dir, all_seed_nbs, all_corpus_nbs,
                           per_seed, corpus_nbs, user_params, corpus, only, jobs, timeout, cache_dir, progress,
                           (articles, where, max_seed_reports), kernels=kernels, client=client)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        os.close(lock)


def _run_locked(seeds_path, seeds_root, run, run_dir, out_dir, nb_dir, all_seed_nbs, all_corpus_nbs, per_seed,
                corpus_nbs, user_params, corpus, only, jobs, timeout, cache_dir, progress, selection=(None, None, None),
                kernels: str = "reuse", client=None) -> int:
    """The batch itself, run while this process holds the run folder's lock."""
    from .. import paths
    from ..corpus.cache import fill_cache, remove_legacy_files
    from ..corpus.keys import code_fingerprint
    from .manifest import dumps, environment, file_sha256
    from .runner import Job, JobResult, pick_kernel_name, stamp_of
    from ..safe_names import assign_folders

    timeout = float(timeout or os.environ.get("NEWSLAB_REPORT_TIMEOUT") or DEFAULT_TIMEOUT)
    jobs = max(1, int(jobs or os.cpu_count() or 1))
    cdir = Path(cache_dir or os.environ.get("NEWSLAB_CACHE") or out_dir / ".cache").resolve()
    shutil.rmtree(run_dir / ".tmp", ignore_errors=True)  # leftovers of a killed run (no other run holds the lock)
    log = _Log(run_dir / "run.log")
    t0 = time.monotonic()
    log(f"start run={run} seeds={seeds_path} jobs={jobs} timeout={timeout:g}s only={only or []} params={user_params}")

    def rel_seed(p: str) -> str:
        try:  # abspath, not resolve: a symlink loop must not raise here
            return Path(os.path.abspath(p)).relative_to(seeds_root).as_posix()
        except ValueError:
            return Path(p).name

    def say(msg: str) -> None:
        log(msg)
        print(f"newslab report: {msg}", file=sys.stderr)

    failed_seeds = [{"file": rel_seed(f.path), "error": f.error.replace(f.path, rel_seed(f.path))} for f in corpus.failures]
    scope = str(user_params.get("scope", "speech"))
    # One store for the batch: every notebook reads it (the runner passes its path as `store`).
    store = batch_store(seeds_path, scope, cdir)
    fill = fill_cache(seeds_path, store, scope=scope, jobs=jobs, client=client)
    remove_legacy_files(cdir)  # the per-article JSON files of the cache the store replaced
    read_bad = {f.path for f in corpus.failures}  # the store run reports unreadable seeds again
    analysis_failures = [f for f in fill.failures if f.path not in read_bad]
    bad_analysis = {f.path for f in analysis_failures}
    failed_seeds += [{"file": rel_seed(f.path), "error": f.error.replace(f.path, rel_seed(f.path))} for f in analysis_failures]
    articles = [a for a in corpus.articles if a.path not in bad_analysis]
    failed_seeds.sort(key=lambda f: (f["file"], f["error"]))
    log(f"store {store}: version {fill.version}, {fill.hits} up to date, {fill.computed} analysed, "
        f"{len(analysis_failures)} failed; model {fill.model}")
    for f in failed_seeds:
        say(f"bad seed: {f['error']}")

    folders = assign_folders(a.id for a in articles)
    # Seeds of the last run that are not good now: a now-bad seed keeps its last good reports
    # (marked stale); the folders of a seed that is gone are removed, and that is said.
    bad_files = {f["file"]: f["error"] for f in failed_seeds}
    current = set(folders.values())
    stale_seeds, gone = [], []
    for row in previous_seeds(run_dir):
        if row["id"] in folders or row["folder"] in current:
            continue
        if row.get("file") in bad_files:
            if (run_dir / row["folder"]).is_dir():
                stale_seeds.append({**{k: row.get(k) for k in ("id", "folder", "file", "sha256", "date")},
                                    "error": bad_files[row["file"]]})
        else:
            gone.append(row)
    _prune(run_dir, gone, say)
    nb_hash = {p.stem: file_sha256(p) for p in all_seed_nbs + all_corpus_nbs}
    common = {
        "params": {**user_params, "interactive": False}, "newslab_version": __version__,
        "newslab_code": code_fingerprint(), "model": fill.model,
    }

    def corpus_job(nb: Path) -> Job:
        inputs = {**common, "notebook_sha256": nb_hash[nb.stem], "seeds": [[a.id, a.sha256] for a in articles]}
        return Job(nb, f"corpus/{nb.stem}", seeds_path, None, user_params, _key(inputs), inputs, store)

    def seed_job(nb: Path, art) -> Job:
        inputs = {**common, "notebook_sha256": nb_hash[nb.stem], "seed_id": art.id, "seed_sha256": art.sha256}
        return Job(nb, f"{folders[art.id]}/{nb.stem}", Path(art.path).resolve(), art.id, user_params, _key(inputs), inputs, store)

    ids, where, max_seed_reports = selection
    chosen = choose_articles(articles, ids, where)
    limit = seed_report_limit(max_seed_reports)
    if per_seed and limit and len(chosen) > limit:
        say(f"{len(chosen)} seeds are more than {limit} for per-article reports: running only the corpus report. "
            "Choose seeds with --articles ID,... or --where 'date>=YYYY-MM-DD', or raise --max-seed-reports (0: no limit).")
        chosen = []
    elif ids or where:
        log(f"per-article reports for {len(chosen)} of {len(articles)} seeds (--articles/--where)")
    chosen_ids = {a.id for a in chosen}

    plan: list[Job] = []
    plan += [corpus_job(nb) for nb in corpus_nbs]
    for art in chosen:
        for nb in per_seed:
            plan.append(seed_job(nb, art))

    results: dict[str, JobResult] = {}
    todo: list[Job] = []
    for job in plan:
        stamp = stamp_of(run_dir / job.folder)
        if stamp and stamp.get("key") == job.key and stamp.get("status") == "ok" and (run_dir / job.folder / "report.html").is_file():
            results[job.folder] = JobResult(job, "skipped")
        else:
            todo.append(job)
    log(f"plan: {len(plan)} notebook runs, {len(plan) - len(todo)} up to date, {len(todo)} to run")

    replacements = _replacements([
        (run_dir, "."), (seeds_root, "<seeds>"), (cdir, "<cache>"), (nb_dir, "<notebooks>"),
        (paths.project_root(), "<root>"), (sys.prefix, "<venv>"), (Path.home(), "~"),
    ])
    kernel = pick_kernel_name() if todo else "python3"
    failures = 0
    bar = None
    if progress:
        from tqdm import tqdm

        # One step per notebook run of the plan (the runs up to date count at once), as the closing line counts them.
        bar = tqdm(total=len(plan), desc="report", unit="notebook", file=sys.stderr, dynamic_ncols=True,
                   initial=len(plan) - len(todo))
        bar.set_postfix(failed=0)

    kernel_env = {"NEWSLAB_CACHE": str(cdir), "NEWSLAB_CODE": code_fingerprint(), "PYTHONHASHSEED": "0",
                  "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    saved_env = {k: os.environ.get(k) for k in kernel_env}
    os.environ.update(kernel_env)  # kernels inherit it: they read this batch's cache, hash-seeded
    from .kernels import KernelPool, notebook_imports
    from .runner import venv_kernel_manager_class

    displays = ["<seeds>" if job.seed_id is None else f"<seeds>/{rel_seed(str(job.seeds_path))}" for job in todo]
    preload = notebook_imports(per_seed + corpus_nbs) if kernels == "reuse" else []
    kernel_pool = None
    if kernels == "reuse" and todo and client is None:
        kernel_pool = KernelPool(kernel, nb_dir, venv_kernel_manager_class, preload=preload, log_dir=run_dir / ".tmp" / "kernels")
    if client is not None:
        from .remote import run_on_cluster

        finished = run_on_cluster(client, todo, run_dir, timeout, replacements, displays, kernels, kernel_env, preload, log)
    else:
        finished = _run_here(todo, displays, run_dir, kernel, timeout, replacements, log, jobs, kernel_pool)
    try:
        for res in finished:
            results[res.job.folder] = res
            log(f"{res.status} {res.job.folder} {res.seconds:.2f}s" + (f" {res.error}" if res.error else ""))
            if res.status not in ("ok", "skipped"):
                failures += 1
                if bar is not None:
                    bar.set_postfix(failed=failures)
            if bar is not None:
                bar.update(1)
    finally:
        if kernel_pool is not None:
            kernel_pool.close()
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        if bar is not None:
            bar.close()

    reports = []
    for job in plan:
        res = results[job.folder]
        stamp = stamp_of(run_dir / job.folder) or {}
        status = "ok" if res.status == "skipped" else res.status
        reports.append({"seed": job.seed_id, "notebook": job.stem, "folder": job.folder, "status": status,
                        "error": stamp.get("error") if res.status == "skipped" else res.error})
    # --only: the other notebooks' reports stay in the index as their stamps say (stale when
    # their inputs changed since).
    others = [corpus_job(nb) for nb in all_corpus_nbs if nb not in corpus_nbs]
    others += [seed_job(nb, art) for art in articles for nb in all_seed_nbs if nb not in per_seed or art.id not in chosen_ids]
    for job in others:
        stamp = stamp_of(run_dir / job.folder)
        if stamp is None:
            continue
        fresh = stamp.get("key") == job.key
        reports.append({"seed": job.seed_id, "notebook": job.stem, "folder": job.folder,
                        "status": (stamp.get("status") or "failed") if fresh else "stale",
                        "error": stamp.get("error") if fresh else "inputs changed since this report was made; "
                                                                  "rerun without --only to refresh it"})
    for row in stale_seeds:
        for nb in all_seed_nbs:
            if (run_dir / row["folder"] / nb.stem).is_dir():
                reports.append({"seed": row["id"], "notebook": nb.stem, "folder": f"{row['folder']}/{nb.stem}",
                                "status": "stale", "error": f"last good report, kept: the seed is unreadable now ({row['error']})"})
    seeds_info = [{"id": a.id, "folder": folders[a.id], "file": rel_seed(a.path), "sha256": a.sha256, "date": a.date_iso}
                  for a in articles]
    index_nbs = all_seed_nbs + all_corpus_nbs
    manifest = {
        "run": run, **environment(), "model": fill.model, "store": {"name": store.name, "version": fill.version},
        "parameters": {**user_params, "interactive": False},
        "notebooks": {p.stem: {"file": p.name, "sha256": nb_hash[p.stem], "scope": "corpus" if p in all_corpus_nbs else "seed"}
                      for p in index_nbs},
        "seeds": seeds_info, "failed_seeds": failed_seeds, "folders": {a.id: folders[a.id] for a in articles},
        "reports": sorted(reports, key=lambda r: r["folder"]),
    }
    if stale_seeds:
        manifest["stale_seeds"] = stale_seeds
    from ..files import atomic_write_text
    from .index_page import render_index

    atomic_write_text(run_dir / "manifest.json", dumps(manifest))
    corpus_rows = [r for r in reports if r["seed"] is None]
    seed_rows = [r for r in reports if r["seed"] is not None]
    reported = {r["seed"] for r in seed_rows}  # a seed with no report yet (not chosen) is not listed
    index_seeds = sorted([*(s for s in seeds_info if s["id"] in reported), *({**r, "stale": True} for r in stale_seeds)],
                         key=lambda r: r["id"])
    atomic_write_text(run_dir / "index.html", render_index(run_dir, run, index_seeds, [p.stem for p in all_seed_nbs],
                                                           corpus_rows, seed_rows, failed_seeds))
    shutil.rmtree(run_dir / ".tmp", ignore_errors=True)
    ran = len(todo)
    log(f"end: {ran} ran, {len(plan) - ran} up to date, {failures} failed, {len(failed_seeds)} bad seeds, "
        f"{time.monotonic() - t0:.1f}s")
    log.close()
    print(f"newslab report: {len(articles)} seeds, {len(plan)} notebook runs ({len(plan) - ran} up to date), "
          f"{failures} failed, {len(failed_seeds)} bad seeds -> {run_dir / 'index.html'}", file=sys.stderr)
    return 1 if failures or failed_seeds else 0


def _run_here(todo: list, displays: list[str], run_dir: Path, kernel: str, timeout: float, replacements, log,
              jobs: int, kernel_pool) -> Iterator:
    """Run ``todo`` on ``jobs`` threads of this machine; yield each ``JobResult`` as it ends."""
    from .runner import run_job

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run_job, job, run_dir, kernel, timeout, replacements, display, log, kernel_pool)
                   for job, display in zip(todo, displays)]
        for fut in as_completed(futures):
            yield fut.result()


def batch_store(seeds_path: Path, scope: str, cache_dir: Path) -> Path:
    """The store a batch writes and its notebooks read: the default store of the seed folder
    (:func:`newslab.corpus.analyze_run.store_for`), under the batch's cache folder."""
    from ..corpus.analyze_run import store_for

    return Path(cache_dir) / "stores" / store_for(seeds_path, scope).name


def lock_run_dir(run_dir: Path) -> int:
    """Take the run folder's lock (``flock`` on the folder itself, so no lock file is left
    behind) and return the descriptor; raise :class:`NewslabError` if another run holds it."""
    import fcntl

    fd = os.open(run_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise NewslabError(f"{run_dir} is in use by another 'newslab report' run; wait for it to finish, "
                           "or give this one another --run or --out") from None
    return fd


def previous_seeds(run_dir: Path) -> list[dict[str, Any]]:
    """The seeds (and stale seeds) the last completed run listed in its manifest: the folders the
    runner made. Empty when there is no readable manifest."""
    try:
        manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    rows = [*manifest.get("seeds", []), *manifest.get("stale_seeds", [])]
    return [r for r in rows if isinstance(r, dict) and r.get("folder") and r.get("id") is not None]


def _prune(run_dir: Path, gone: list[dict[str, Any]], say) -> list[str]:
    """Remove the folders of seeds that are no longer in the seed folder. Only folders an earlier
    run recorded in its manifest are touched, and each removal is said; returns what was removed."""
    removed = []
    for row in gone:
        folder = row["folder"]
        target = run_dir / folder
        if "/" in folder or folder.startswith(".") or folder == "corpus" or not target.is_dir():
            continue
        shutil.rmtree(target, ignore_errors=True)
        removed.append(folder)
    if removed:
        say(f"removed the reports of {len(removed)} seed(s) no longer in the seed folder: {', '.join(removed)}")
    return removed

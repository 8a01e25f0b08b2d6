"""The corpus store on disk: a Parquet dataset written incrementally and atomically.

Layout of a store folder ``DIR``::

    DIR/versions/v000007/<table>/part-00000012.parquet   immutable part files of one version
    DIR/versions/v000007/_version.json                    that version's part list
    DIR/current -> versions/v000007                       the version readers see (a symlink)
    DIR/<table> -> current/<table>                        so ``DIR/interactions/*.parquet`` works

A commit builds the next version in a hidden staging folder (new parts written there, the
unchanged parts of the previous version hard-linked in), renames it into ``versions/`` and
then swaps the ``current`` symlink with ``os.replace``, which is atomic: a reader sees the old
version or the new one, never a mix, and a run killed at any moment (even SIGKILL) leaves the
last committed version intact. The next run clears the leftover staging folder and redoes what
is missing. Long runs commit a checkpoint now and then, so a killed run keeps most of its work.
The two newest versions are kept, and an older one until it has been superseded for a minute, so a
query that resolved an old version can finish even while a run commits checkpoints quickly.

Each version also holds the corpus-level tables ``DIR/actor_ids/derived.parquet`` and
``DIR/corpus_actors/derived.parquet`` (``corpus.store_identity``), recomputed over the whole
version at every commit because a new article can change every actor's corpus id, and
``DIR/timeline/derived.parquet`` (``corpus.store_timeline``), the placed and sorted events.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import NewslabError
from .store_schema import DERIVED, SCHEMAS, TABLES

VERSIONS = "versions"
CURRENT = "current"
VERSION_FILE = "_version.json"
#: Part holding the empty table, so every table always has one file and its schema.
EMPTY_PART = "part-empty"
#: File name of a derived table (``actor_ids``, ``corpus_actors``): one file per version.
DERIVED_PART = "derived"
#: A checkpoint comes at least this many times the last derived-table time after the previous one.
DERIVE_SHARE = 5
#: Kept versions: the current one and the one before it (for readers that resolved it).
KEEP_VERSIONS = 2
#: An older version is removed only once the next one has been there this long: a reader that
#: resolved it (a notebook reading seven tables on a loaded machine) must not lose its files
#: to two quick checkpoints in a row.
READER_GRACE_SECONDS = 60.0


class StoreError(NewslabError):
    """A store folder that cannot be used (not a store, locked by another run)."""


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a store folder with a committed version."""
    return (Path(path) / CURRENT).is_symlink()


def current_version_dir(path: str | Path) -> Path:
    """The folder of the committed version (resolved once: later commits do not move it)."""
    root = Path(path)
    link = root / CURRENT
    if not link.is_symlink():
        raise StoreError(f"{root}: not a newslab store (no '{CURRENT}' link); write one with 'newslab analyze ... --out {root}'")
    return root / os.readlink(link)


def read_version(vdir: Path) -> dict:
    """The ``_version.json`` of a version folder."""
    return json.loads((vdir / VERSION_FILE).read_text(encoding="utf-8"))


def part_files(vdir: Path, table: str) -> list[Path]:
    """The part files of one table in a version, in commit order (a derived table: its one file,
    or none in a version written before derived tables existed)."""
    meta = read_version(vdir)
    if table in DERIVED:
        return [vdir / table / f"{DERIVED_PART}.parquet"] if table in meta.get("derived", []) else []
    return [vdir / table / f"{p}.parquet" for p in meta["parts"]]


@dataclass
class StoreIndex:
    """Which article is in which part of the committed version, and under which analysis key."""

    keys: dict[str, str] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)


def read_index(vdir: Path) -> StoreIndex:
    """Read ``article_id``/``analysis_key`` of every part of the ``articles`` table."""
    index = StoreIndex()
    for part in read_version(vdir)["parts"]:
        # ParquetFile, not read_table: read_table goes through pyarrow.dataset, whose import pulls in
        # pandas (about 0.4 s), and an unchanged rerun needs nothing else from either.
        cols = pq.ParquetFile(vdir / "articles" / f"{part}.parquet").read(columns=["article_id", "analysis_key"])
        for aid, key in zip(cols.column(0).to_pylist(), cols.column(1).to_pylist()):
            index.keys[aid] = key
            index.parts[aid] = part
    return index


def _write_part(folder: Path, name: str, tables: dict[str, pa.Table]) -> None:
    for table in TABLES:
        (folder / table).mkdir(parents=True, exist_ok=True)
        # zstd: a third smaller than snappy on this text-heavy data, and as fast to read.
        pq.write_table(tables[table], folder / table / f"{name}.parquet", compression="zstd")


class StoreWriter:
    """One write run on a store: add analysed articles, drop articles, commit versions.

    Holds an exclusive lock on ``DIR/.lock`` so two runs never write the same store. Rows of an
    article that is re-analysed or removed leave the store in the same commit that adds its new
    rows (or, for removals, in the first commit), so every version has each article at most once.
    """

    def __init__(self, path: str | Path, part_articles: int = 2000, checkpoint_seconds: float = 120.0):
        self.root = Path(path)
        self.part_articles = part_articles
        self.checkpoint_seconds = checkpoint_seconds
        self.root.mkdir(parents=True, exist_ok=True)
        if any(not p.name.startswith(".") for p in self.root.iterdir()) and not is_store(self.root) and not (self.root / VERSIONS).is_dir():
            raise StoreError(f"{self.root}: exists and is not a newslab store; give an empty or new folder to --out")
        self._lock = open(self.root / ".lock", "a+")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise StoreError(f"{self.root}: another newslab run is writing this store") from None
        if is_store(self.root):
            self._base = current_version_dir(self.root)
            meta = read_version(self._base)
            self._version, self._parts, self._next_part = meta["version"], list(meta["parts"]), meta["next_part"]
            self.index = read_index(self._base)
            self._stale_derived = set(meta.get("derived", [])) != set(DERIVED)  # a store from before them
        else:
            self._base, self._version, self._parts, self._next_part = None, 0, [], 0
            self.index = StoreIndex()
            self._stale_derived = False
        self._clear_uncommitted()
        self._own: set[str] = set()  # parts written by this run (rows that are never dropped again)
        self._drop: set[str] = set()  # article ids whose old rows must leave at the next commit
        self._buffer: list[dict[str, pa.Table]] = []
        self._buffered = 0
        self._staging: Path | None = None
        self._staged: list[str] = []
        self._last_commit = time.monotonic()
        self._derive_seconds = 0.0  # how long the last commit took to recompute the derived tables
        self.commits = 0

    @property
    def version(self) -> int:
        """The last committed version number (0: none yet)."""
        return self._version

    # -- building a version -------------------------------------------------------------
    def remove(self, article_ids: Iterable[str]) -> None:
        """Drop these articles' rows at the next commit."""
        self._drop.update(a for a in article_ids if a in self.index.parts)

    def add(self, tables: dict[str, pa.Table], article_ids: list[str]) -> None:
        """Add rows of freshly analysed articles (their old rows go at the same commit)."""
        self._drop.update(a for a in article_ids if a in self.index.parts)
        if not article_ids:
            return
        self._buffer.append(tables)
        self._buffered += len(article_ids)
        if self._buffered >= self.part_articles:
            self._flush()
        # a checkpoint also recomputes the corpus-level tables over the whole store: space them
        # out so that cost stays a small share of the run as the store grows
        if time.monotonic() - self._last_commit >= max(self.checkpoint_seconds, DERIVE_SHARE * self._derive_seconds):
            self.commit()

    def _staging_dir(self) -> Path:
        if self._staging is None:
            self._staging = self.root / VERSIONS / f".staging-{os.getpid()}-{time.time_ns()}"
            self._staging.mkdir(parents=True)
        return self._staging

    def _new_part_name(self) -> str:
        name = f"part-{self._next_part:08d}"
        self._next_part += 1
        return name

    def _flush(self) -> None:
        if not self._buffer:
            return
        tables = {t: pa.concat_tables([b[t] for b in self._buffer]) for t in TABLES}
        name = self._new_part_name()
        _write_part(self._staging_dir(), name, tables)
        self._staged.append(name)
        self._own.add(name)
        self._buffer, self._buffered = [], 0

    def _rewrite_without(self, part: str, drop: set[str]) -> str | None:
        """Copy an old part without the dropped articles into staging; its new name, or None if empty."""
        assert self._base is not None
        keep = {}
        for table in TABLES:
            data = pq.read_table(self._base / table / f"{part}.parquet")
            keep[table] = data.filter(pc.invert(pc.is_in(data["article_id"], pa.array(sorted(drop), pa.string()))))
        if keep["articles"].num_rows == 0:
            return None
        name = self._new_part_name()
        _write_part(self._staging_dir(), name, keep)
        self._staged.append(name)
        return name

    def dirty(self) -> bool:
        """True when a commit would change the store."""
        return bool(self._buffer or self._staged or self._drop or self._base is None or self._stale_derived)

    def commit(self) -> bool:
        """Write the next version and make it current; False when nothing changed."""
        self._flush()
        if not self.dirty():
            self._last_commit = time.monotonic()
            return False
        stage = self._staging_dir()
        drop_by_part: dict[str, set[str]] = {}
        for aid in self._drop:
            drop_by_part.setdefault(self.index.parts[aid], set()).add(aid)
        parts: list[str] = []
        for part in self._parts:
            if part == EMPTY_PART:
                continue
            if part in drop_by_part:
                new = self._rewrite_without(part, drop_by_part[part])
                if new is not None:
                    parts.append(new)
                    for aid, where in self.index.parts.items():
                        if where == part:
                            self.index.parts[aid] = new
                continue
            self._link_part(part, stage)
            parts.append(part)
        for aid in self._drop:
            self.index.parts.pop(aid, None)
            self.index.keys.pop(aid, None)
        parts.extend(p for p in self._staged if p not in parts and p in self._own)
        if not parts:
            _write_part(stage, EMPTY_PART, {t: SCHEMAS[t].empty_table() for t in TABLES})
            parts = [EMPTY_PART]
        self._write_derived(stage, parts)
        version = self._version + 1
        meta = {"version": version, "parts": parts, "derived": list(DERIVED), "next_part": self._next_part,
                "committed": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        (stage / VERSION_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        final = self.root / VERSIONS / f"v{version:06d}"
        os.rename(stage, final)
        self._point_current(final)
        self._base, self._version, self._parts = final, version, parts
        self._drop, self._staging, self._staged, self._stale_derived = set(), None, [], False
        self._last_commit = time.monotonic()
        self.commits += 1
        self._collect_garbage()
        return True

    def _write_derived(self, stage: Path, parts: list[str]) -> None:
        """The corpus-level tables over the whole new version, inside it: they switch with it."""
        from .store_identity import derive_tables
        from .store_timeline import derive_timeline

        start = time.monotonic()
        tables = {**derive_tables(stage, parts), "timeline": derive_timeline(stage, parts)}
        for name, table in tables.items():
            (stage / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, stage / name / f"{DERIVED_PART}.parquet", compression="zstd")
        del tables
        pa.default_memory_pool().release_unused()  # the run goes on: hand back what Arrow kept of the reads
        self._derive_seconds = time.monotonic() - start

    def _link_part(self, part: str, stage: Path) -> None:
        assert self._base is not None
        for table in TABLES:
            (stage / table).mkdir(parents=True, exist_ok=True)
            os.link(self._base / table / f"{part}.parquet", stage / table / f"{part}.parquet")

    def _point_current(self, final: Path) -> None:
        tmp = self.root / f".{CURRENT}.{os.getpid()}.tmp"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(os.path.relpath(final, self.root), tmp)
        os.replace(tmp, self.root / CURRENT)  # the atomic step: readers switch here
        for table in TABLES + DERIVED:  # the per-table links point through 'current', made once
            link = self.root / table
            if not link.is_symlink():
                os.symlink(os.path.join(CURRENT, table), link)

    def _clear_uncommitted(self) -> None:
        """Remove what a killed run left (we hold the lock): staging folders, and a version
        renamed into place whose ``current`` swap never happened."""
        versions = self.root / VERSIONS
        if versions.is_dir():
            for old in versions.glob(".staging-*"):
                shutil.rmtree(old, ignore_errors=True)
            for old in versions.glob("v*"):
                if old.is_dir() and old.name[1:].isdigit() and int(old.name[1:]) > self._version:
                    shutil.rmtree(old)
        for tmp in self.root.glob(f".{CURRENT}.*.tmp"):
            tmp.unlink()

    def _collect_garbage(self) -> None:
        versions = sorted(p for p in (self.root / VERSIONS).glob("v*") if p.is_dir())
        now = time.time()
        for old, newer in zip(versions[:-KEEP_VERSIONS], versions[1:]):
            if now - newer.stat().st_mtime >= READER_GRACE_SECONDS:  # superseded long enough ago
                shutil.rmtree(old, ignore_errors=True)

    def close(self) -> None:
        """Release the lock (uncommitted work is discarded with its staging folder)."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        self._lock.close()

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

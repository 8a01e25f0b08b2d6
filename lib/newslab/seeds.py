"""Seed files: one plain-text news article each (CONTRACT.md section 1).

A seed starts with ``date YYYY-MM-DD`` and the first paragraph on the same line; later
paragraphs are separated by blank lines. Everything downstream indexes into ``Article.body``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import SeedError

#: Largest seed accepted, in bytes. News articles are a few kB; 2 MB leaves room for long
#: features while refusing accidental dumps (a whole corpus pasted into one file, a binary).
MAX_SEED_BYTES = 2 * 1024 * 1024

#: Longest article body accepted, in characters: spaCy's default ``nlp.max_length``, so every seed
#: the reader accepts is one the pipeline will parse (a longer body must be split into seeds).
MAX_SEED_CHARS = 1_000_000

_HEADER = re.compile(r"date +(\d{4})-(\d{2})-(\d{2}) ")
_PARA_BREAK = re.compile(r"\n[ \t]*\n+")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body, with its ``[start, end)`` character span."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A parsed seed: the unit every analysis works on."""

    id: str
    date: dt.date
    body: str
    sha256: str
    path: str
    paragraphs: tuple[Paragraph, ...] = field(default=())

    @property
    def date_iso(self) -> str:
        """The article date as ``YYYY-MM-DD``."""
        return self.date.isoformat()


@dataclass(frozen=True)
class SeedFailure:
    """A seed that could not be read, with the one-line reason."""

    path: str
    error: str


@dataclass
class Corpus:
    """The good articles of a folder (sorted by id), the seeds that failed, and the entries of
    seed folders that were not read (hidden files, other extensions, subfolders)."""

    articles: list[Article]
    failures: list[SeedFailure]
    skipped: list[str] = field(default_factory=list)


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Split a body at blank lines, keeping each paragraph's span into the body."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for brk in [*_PARA_BREAK.finditer(body), None]:
        end = brk.start() if brk else len(body)
        chunk = body[pos:end]
        # Trim surrounding whitespace but keep offsets exact.
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            paragraphs.append(Paragraph(len(paragraphs), pos + lead, pos + trail, chunk[lead:trail]))
        if brk:
            pos = brk.end()
    return tuple(paragraphs)


def parse_seed_text(text: str, article_id: str, path: str = "<memory>", sha256: str | None = None) -> Article:
    """Parse seed text (already decoded) into an :class:`Article`; raise :class:`SeedError`."""
    name = path if path != "<memory>" else article_id
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise SeedError(name, "binary content (NUL bytes), not a text article")
    stripped = text.lstrip()
    if not stripped:
        raise SeedError(name, "empty file")
    m = _HEADER.match(stripped)
    if not m:
        if re.match(r"date +\S+", stripped):
            bad = re.match(r"date +(\S+)", stripped).group(1)  # type: ignore[union-attr]
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", bad):
                raise SeedError(name, "header date has no article text after it")
            raise SeedError(name, f"header date {bad!r} is not an ISO date YYYY-MM-DD")
        raise SeedError(name, "no header: a seed must start with 'date YYYY-MM-DD ' and the first paragraph")
    try:
        date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise SeedError(name, f"impossible date {m.group(1)}-{m.group(2)}-{m.group(3)} in header") from None
    body = stripped[m.end():]
    if not body.strip():
        raise SeedError(name, "header has no article body after the date")
    if len(body) > MAX_SEED_CHARS:
        raise SeedError(name, f"article is {len(body)} characters, over the {MAX_SEED_CHARS}-character limit "
                              "(spaCy's nlp.max_length); split it into several seeds")
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(article_id, date, body, digest, path, split_paragraphs(body))


def read_seed(path: str | Path) -> Article:
    """Read one seed file; raise :class:`SeedError` with a one-line reason if it is bad."""
    p = Path(path)
    name = str(p)
    try:
        if p.is_dir():
            raise SeedError(name, "is a directory, not a seed file")
        if not p.exists():
            if p.is_symlink():
                raise SeedError(name, "symbolic link to nothing (a loop or a missing target)")
            raise SeedError(name, "no such file")
        size = p.stat().st_size
        if size > MAX_SEED_BYTES:
            raise SeedError(name, f"file is {size} bytes, over the {MAX_SEED_BYTES}-byte seed limit")
        raw = p.read_bytes()
    except OSError as exc:  # unreadable: permissions, a symlink loop, a file gone meanwhile
        raise SeedError(name, f"cannot be read: {exc.strerror or type(exc).__name__}") from None
    if b"\x00" in raw:
        raise SeedError(name, "binary content (NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SeedError(name, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); re-save the file as UTF-8") from None
    article_id = p.name[:-4] if p.name.endswith(".txt") else p.name
    return parse_seed_text(text, article_id, name, hashlib.sha256(raw).hexdigest())


def seed_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand seed files and folders (their ``*.txt``, sorted) into a flat list of paths."""
    return _expand(paths)[0]


def _expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """``(seed paths, skipped entries)``: a folder's ``*.txt`` files are seeds; its hidden
    entries, other files (``.TXT``, ``.md``) and subfolders are skipped (named, so nobody wonders)."""
    out: list[Path] = []
    skipped: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir() and not p.name.endswith(".txt"):
            for q in sorted(p.iterdir()):
                if q.name.startswith("."):
                    skipped.append(f"{q} (hidden)")
                elif not q.name.endswith(".txt"):
                    skipped.append(f"{q} ({'folder' if q.is_dir() else 'not *.txt'})")
                else:
                    out.append(q)
        else:
            out.append(p)
    return out, skipped


def skipped_line(skipped: list[str], limit: int = 8) -> str | None:
    """One line naming the skipped entries of the seed folders (file names, the first ``limit``),
    or None if there are none."""
    if not skipped:
        return None
    names = [Path(entry).name for entry in skipped[:limit]]
    more = f" and {len(skipped) - limit} more" if len(skipped) > limit else ""
    return f"skipped {len(skipped)} entr{'y' if len(skipped) == 1 else 'ies'} that are not seeds (*.txt): " + ", ".join(names) + more


def read_corpus(*paths: str | Path) -> Corpus:
    """Read seeds from files and folders; bad seeds become failures, never exceptions."""
    articles: list[Article] = []
    failures: list[SeedFailure] = []
    seen: dict[str, str] = {}
    found, skipped = _expand(paths)
    for p in found:
        try:
            art = read_seed(p)
        except SeedError as exc:
            failures.append(SeedFailure(str(p), str(exc)))
            continue
        if art.id in seen:
            failures.append(SeedFailure(str(p), str(SeedError(str(p), f"duplicate article id {art.id!r} (also {seen[art.id]})"))))
            continue
        seen[art.id] = str(p)
        articles.append(art)
    articles.sort(key=lambda a: a.id)
    return Corpus(articles, failures, skipped)

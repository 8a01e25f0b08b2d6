"""The ``newslab`` command: analyze, evaluate, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import NewslabError


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .corpus.cache import analyze_isolated
    from .extract.analysis import dumps_record
    from .files import atomic_write_text
    from .reports.exports import write_analysis_csv
    from .seeds import read_corpus, skipped_line

    corpus = read_corpus(*args.paths)
    note = skipped_line(corpus.skipped)
    if note:
        print(f"newslab: {note}", file=sys.stderr)
    for failure in corpus.failures:
        print(f"newslab: error: {failure.error}", file=sys.stderr)
    if not corpus.articles and not corpus.failures:
        print("newslab: error: no seed files (*.txt) found in " + ", ".join(args.paths), file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else None
    failed = len(corpus.failures)
    analyses = []
    lines = []
    for article, analysis, exc in _progress(analyze_isolated(corpus.articles, scope=args.scope), args.progress, len(corpus.articles)):
        if exc is not None:  # one line naming the file; the other seeds go on
            failed += 1
            first = (str(exc).strip().splitlines() or [""])[0]
            print(f"newslab: error: {article.path}: analysis failed: {type(exc).__name__}: {first}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            line = dumps_record(analysis.to_record()) + "\n"
            if out:
                lines.append(line)
            else:  # stdout streams as it goes
                sys.stdout.write(line)
                sys.stdout.flush()
        else:
            analyses.append(analysis)
    if out is not None and not (lines or analyses):
        # Nothing analysed: keep whatever an earlier run wrote rather than replace it with nothing.
        print(f"newslab: error: no seed could be analysed; {out} left as it was", file=sys.stderr)
        return 1
    if args.format == "jsonl":
        if out:
            atomic_write_text(out / "analysis.jsonl", "".join(lines))
    else:
        write_analysis_csv(analyses, out or Path("."), stream=None if out else sys.stdout)
    return 1 if failed else 0


def _progress(items, enabled: bool, total: int | None = None):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="analyse", unit="article", file=sys.stderr, total=total)


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate.suite import evaluate_dir, format_report

    report = evaluate_dir(Path(args.gold_dir), baseline=not args.no_baseline)
    print(format_report(report))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .reports.batch import run_reports

    params = {}
    for item in args.param or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise NewslabError(f"-p expects key=value, got {item!r}")
        params[key] = value
    return run_reports(
        seeds=args.seeds, out=args.out, run=args.run, jobs=args.jobs, only=args.only, params=params,
        timeout=args.timeout,
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="newslab", description="Read news like an analyst: actors, chronology, sources.")
    parser.add_argument("--version", action="version", version=f"newslab {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse seed files or folders; JSON Lines (CONTRACT.md section 2) or CSV tables")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a seed file or a folder of seeds")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--out", metavar="DIR", help="write into DIR (analysis.jsonl, or one CSV per table) instead of stdout")
    p.add_argument("--scope", choices=["speech", "broad"], default="speech", help="attribution cues: speech (default) or broad (adds belief/intention)")
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("evaluate", help="score newslab against gold annotations (CONTRACT.md section 3)")
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of <id>.txt + <id>.gold.json")
    p.add_argument("--no-baseline", action="store_true", help="skip the bare-spaCy / co-occurrence baselines")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("report", help="run the analysis notebooks for every seed into an output folder")
    p.add_argument("--seeds", default=None, help="seed folder or file (default: seeds/)")
    p.add_argument("--out", default=None, help="output folder (default: outputs/)")
    p.add_argument("--run", default="latest", help="run name: outputs/<run>/ (default: latest)")
    p.add_argument("--jobs", type=int, default=None, help="parallel notebook runs (default: number of cores)")
    p.add_argument("--only", action="append", help="run only this notebook (name or stem); repeatable")
    p.add_argument("-p", "--param", action="append", metavar="KEY=VALUE", help="notebook parameter; repeatable")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="per-notebook time limit (default: $NEWSLAB_REPORT_TIMEOUT or 900)")
    p.set_defaults(func=_cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``newslab`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except NewslabError as exc:
        print(f"newslab: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130

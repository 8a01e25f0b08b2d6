"""The ``newslab`` command: analyze, evaluate, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import NewslabError


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .corpus.analyze_run import EngineChoice, analyze_to_store, analyze_to_stream, write_jsonl, write_jsonl_file
    from .seeds import read_corpus, skipped_line

    fmt = args.format or ("store" if args.out else "jsonl")
    if fmt == "store" and not args.out:
        raise NewslabError("--format store needs --out DIR")
    if args.jobs is not None and args.jobs < 1:
        raise NewslabError("--jobs must be at least 1")
    choice = EngineChoice(jobs=args.jobs, scheduler=args.scheduler)
    if fmt == "store":
        summary = analyze_to_store(args.paths, args.out, scope=args.scope, choice=choice, progress=args.progress)
        print(summary.line())
        return 1 if summary.failures else 0

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
    failures = list(corpus.failures)
    if fmt == "jsonl":
        results = analyze_to_stream(corpus.articles, args.scope, choice, args.progress, "jsonl")
        if out:
            failures, written = write_jsonl_file(results, out / "analysis.jsonl", failures)
            if not written:  # keep whatever an earlier run wrote rather than replace it with nothing
                print(f"newslab: error: no seed could be analysed; {out} left as it was", file=sys.stderr)
                return 1
        else:
            failures += write_jsonl(results, sys.stdout)
    else:
        from .extract.analysis import Analysis
        from .reports.exports import write_analysis_csv

        by_id = {a.id: a for a in corpus.articles}
        done = []
        for result in analyze_to_stream(corpus.articles, args.scope, choice, args.progress, "record"):
            for failure in result.failures:
                print(f"newslab: error: {failure.error}", file=sys.stderr)
            failures += result.failures
            done += [Analysis.from_record(rec, by_id[rec["id"]]) for rec in result.records]
        if out is not None and not done:
            print(f"newslab: error: no seed could be analysed; {out} left as it was", file=sys.stderr)
            return 1
        write_analysis_csv(done, out or Path("."), stream=None if out else sys.stdout)
    return 1 if failures else 0


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
        timeout=args.timeout, articles=[a.strip() for a in (args.articles or "").split(",") if a.strip()] or None,
        where=args.where, max_seed_reports=args.max_seed_reports, kernels=args.kernels, scheduler=args.scheduler,
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="newslab", description="Read news like an analyst: actors, chronology, sources.")
    parser.add_argument("--version", action="version", version=f"newslab {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse seed files or folders into the corpus store (Parquet), or JSON Lines / CSV")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a seed file or a folder of seeds")
    p.add_argument("--format", choices=["store", "jsonl", "csv"], default=None,
                   help="store: the incremental Parquet corpus store in --out (the default with --out); "
                        "jsonl (the default without --out) or csv: exports")
    p.add_argument("--out", metavar="DIR", help="the store folder, or where the jsonl/csv export goes instead of stdout")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes for the NLP (default: all cores)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="run the NLP on a dask.distributed scheduler (tcp://host:8786), or 'local' for a LocalCluster of --jobs workers")
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
    p.add_argument("--jobs", type=int, default=None, help="parallel notebook runs and analysis processes (default: number of cores)")
    p.add_argument("--only", action="append", help="run only this notebook (name or stem); repeatable")
    p.add_argument("-p", "--param", action="append", metavar="KEY=VALUE", help="notebook parameter; repeatable")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="per-notebook time limit (default: $NEWSLAB_REPORT_TIMEOUT or 900)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="run the analysis and the notebooks on a dask.distributed scheduler (tcp://host:8786), or 'local' "
                        "for a LocalCluster of --jobs workers; workers must see the seeds, notebooks and store at the same paths")
    p.add_argument("--kernels", choices=["reuse", "fresh"], default="reuse",
                   help="reuse (default): one kernel per worker, reset to a fresh state before each notebook; fresh: a new kernel per notebook run")
    p.add_argument("--articles", metavar="ID,...", default=None, help="per-article reports only for these seed ids (the corpus report covers all)")
    p.add_argument("--where", metavar="COND", default=None,
                   help="per-article reports only for seeds matching, e.g. 'date>=2024-01-01,date<2024-07' (columns: date, id)")
    p.add_argument("--max-seed-reports", type=int, default=None, metavar="N",
                   help="above N chosen seeds, run only the corpus report (default: $NEWSLAB_REPORT_MAX_SEEDS or 200; 0: no limit)")
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

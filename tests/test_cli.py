"""The ``newslab`` command line: analyze (JSON Lines and CSV), version, help, bad seeds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newslab import __version__
from newslab.cli import build_parser, main
from newslab.paths import seeds_dir

CONTRACT_KEYS = {"id", "date", "path", "sha256", "newslab_version", "model", "actors", "interactions", "timexes", "events", "attributions"}


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "newslab", *args], capture_output=True, text=True, timeout=300)


def test_version_and_help():
    res = run_cli("--version")
    assert res.returncode == 0 and res.stdout.strip() == f"newslab {__version__}"
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        with pytest.raises(SystemExit) as info:
            main([name, "--help"])
        assert info.value.code == 0


def test_analyze_jsonl_follows_contract(capsys):
    code = main(["analyze", str(seeds_dir())])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    assert len(out) == 1
    rec = json.loads(out[0])
    assert CONTRACT_KEYS <= rec.keys()
    assert rec["id"] == "000_e1690f5d3e6ec158" and rec["date"] == "2024-07-15"
    assert rec["model"].startswith("en_core_web_sm")
    body = open(rec["path"], encoding="utf-8").read().lstrip()[len("date 2024-07-15 "):]
    for actor in rec["actors"]:
        for s, e in actor["mentions"]:
            assert body[s:e] in actor["aliases"] or body[s:e].strip() != ""


def test_bad_seed_among_good_is_reported_and_others_analysed(tmp_path):
    (tmp_path / "good.txt").write_text("date 2024-03-01 The mayor of Springfield met the governor on Monday.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("date 2024-02-30 Impossible.\n", encoding="utf-8")
    res = run_cli("analyze", str(tmp_path), "--format", "jsonl")
    assert res.returncode == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["good"]
    err = [x for x in res.stderr.splitlines() if x.startswith("newslab: error:")]
    assert len(err) == 1 and "bad.txt" in err[0] and "impossible date" in err[0]


def test_analyze_csv_writes_one_file_per_table(tmp_path):
    code = main(["analyze", str(seeds_dir()), "--format", "csv", "--out", str(tmp_path)])
    assert code == 0
    names = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert {"actors.csv", "interactions.csv", "timexes.csv", "events.csv", "attributions.csv"} <= set(names)
    header = (tmp_path / "actors.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("article_id,actor_id,name,type") and header.endswith(",corpus_actor_id")


def test_csv_and_jsonl_give_each_actor_the_same_corpus_actor_id(tmp_path, capsys):
    import pandas as pd

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "Foreign Minister Tomasz Lindqvist met the World Health Organization (WHO) in Geneva."
    (seeds / "a.txt").write_text(f"date 2024-03-01 {body}\n", encoding="utf-8")
    (seeds / "b.txt").write_text("date 2024-03-02 Minister Lindqvist said WHO would send a team on Monday.\n", encoding="utf-8")
    assert main(["analyze", str(seeds), "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    csv = pd.read_csv(tmp_path / "csv" / "actors.csv")
    assert main(["analyze", str(seeds), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    from_jsonl = {(r["id"], a["name"]): a["corpus_actor_id"] for r in records for a in r["actors"]}
    assert dict(zip(zip(csv["article_id"], csv["name"]), csv["corpus_actor_id"])) == from_jsonl
    ids = dict(zip(zip(csv["article_id"], csv["name"]), csv["corpus_actor_id"]))
    assert ids[("a", "Tomasz Lindqvist")] == ids[("b", "Lindqvist")]  # one person across the two articles


def test_no_seeds_is_an_error(tmp_path, capsys):
    assert main(["analyze", str(tmp_path)]) == 2
    assert "no seed files" in capsys.readouterr().err


def test_empty_seed_folder_with_only_skipped_files_is_an_error(tmp_path, capsys):
    (tmp_path / "NOTE.TXT").write_text("date 2024-03-01 Upper-case extension.\n", encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "NOTE.TXT (not *.txt)" in err and "no seed files" in err


def _boom_on(monkeypatch, article_id):
    """Make the attribution stage raise for one article (a rule bug, as far as the CLI can tell)."""
    from newslab.extract import attribution

    real = attribution.extract_attributions

    def extract(doc, article, *a, **kw):
        if article.id == article_id:
            raise RuntimeError("rule exploded\nsecond line")
        return real(doc, article, *a, **kw)

    monkeypatch.setattr(attribution, "extract_attributions", extract)


def test_analysis_failure_is_one_line_and_the_rest_is_written(tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a", "boom", "c"):
        (seeds / f"{name}.txt").write_text(f"date 2024-03-01 The mayor of {name.title()}ville met the governor.\n", encoding="utf-8")
    _boom_on(monkeypatch, "boom")
    out = tmp_path / "out"
    assert main(["analyze", str(seeds), "--format", "jsonl", "--out", str(out)]) == 1
    err = [x for x in capsys.readouterr().err.splitlines() if x.strip()]
    assert len(err) == 1 and "boom.txt: analysis failed: RuntimeError: rule exploded" in err[0]
    ids = [json.loads(x)["id"] for x in (out / "analysis.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "c"]


def test_a_run_where_nothing_analyses_keeps_the_previous_output(tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "boom.txt").write_text("date 2024-03-01 The mayor met the governor.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "analysis.jsonl").write_text('{"id": "earlier"}\n', encoding="utf-8")
    _boom_on(monkeypatch, "boom")
    assert main(["analyze", str(seeds), "--format", "jsonl", "--out", str(out)]) == 1
    assert (out / "analysis.jsonl").read_text(encoding="utf-8") == '{"id": "earlier"}\n'
    assert "left as it was" in capsys.readouterr().err


def test_ci_run_fails_under_ci_when_the_browser_suite_would_skip(tmp_path):
    import os

    from newslab.paths import project_root

    script = project_root() / ".ci" / "run"
    env = dict(os.environ, CI="true", NEWSLAB_CHROMIUM=str(tmp_path / "no-chromium"), NEWSLAB_PYTHON=sys.executable)
    res = subprocess.run(["bash", str(script), "--check-browser"], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "CI=true but the browser suite would skip" in res.stderr
    env.pop("CI")
    res = subprocess.run(["bash", str(script), "--check-browser"], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr


def test_seed_over_the_pipeline_limit_is_one_line_and_the_rest_is_analysed(tmp_path, capsys):
    from newslab.seeds import MAX_SEED_CHARS

    (tmp_path / "good.txt").write_text("date 2024-03-01 The mayor of Springfield met the governor.\n", encoding="utf-8")
    (tmp_path / "long.txt").write_text("date 2024-03-01 " + "word " * (MAX_SEED_CHARS // 5 + 10), encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(x)["id"] for x in captured.out.splitlines()] == ["good"]
    err = [x for x in captured.err.splitlines() if x.strip()]
    assert len(err) == 1 and "long.txt" in err[0] and "nlp.max_length" in err[0]

"""The report batch end to end: layout, failure isolation, timeouts, resume after SIGKILL,
byte-reproducibility, hostile seeds and odd ids. Tiny fixture notebooks keep it quick; one
test runs the real notebooks of notebooks/ through the CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslab.corpus.api import open as open_store

from newslab import paths
from newslab.reports.batch import discover_notebooks, run_reports

pytestmark = pytest.mark.slow

FIX = Path(__file__).parent / "fixtures" / "reports"
SEEDS, NOTEBOOKS = FIX / "seeds", FIX / "notebooks"
GOOD_IDS = {"alpha", "hostile markup", "\u00dcn\u00efcode seed"}
RAW_HOSTILE = ['<script>alert("pwned")</script>', "<img src=x onerror=alert(1)>"]


def files(root: Path) -> dict[str, bytes]:
    """Every file under a run folder except the run log, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "run.log"}


def run(out: Path, cache: Path, **kw) -> int:
    kw.setdefault("jobs", 2)
    kw.setdefault("timeout", 240)
    kw.setdefault("progress", False)
    return run_reports(seeds=kw.pop("seeds", SEEDS), out=out, run="r", notebooks_dir=kw.pop("notebooks_dir", NOTEBOOKS),
                       cache_dir=cache, **kw)


@pytest.fixture(scope="module", autouse=True)
def pinned_code():
    """Pin the code fingerprint (part of every cache key and stamp) for this module, so that
    files edited while the tests run cannot make one batch disagree with the next."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSLAB_CODE", "tests-" + os.urandom(4).hex())
        yield


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    cache = root / "cache"
    rc = run(root / "a", cache)
    return {"root": root, "cache": cache, "run": root / "a" / "r", "rc": rc}


def test_layout_manifest_and_status(base):
    run_dir = base["run"]
    assert base["rc"] == 1  # bad_date.txt is unreadable: recorded, the rest goes on
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert {s["id"] for s in manifest["seeds"]} == GOOD_IDS
    assert [f["file"] for f in manifest["failed_seeds"]] == ["bad_date.txt"]
    assert "2024-02-30" in manifest["failed_seeds"][0]["error"]
    assert set(manifest["notebooks"]) == {"01_echo", "02_plain", "04_corpus_overview"}
    assert manifest["folders"]["alpha"] == "alpha" and manifest["folders"]["hostile markup"] != "hostile markup"
    assert manifest["model"] and manifest["packages"]["papermill"] and manifest["newslab_version"]
    assert manifest["store"]["version"] >= 1 and manifest["store"]["name"].startswith("seeds-")
    # One store for the batch: every notebook got its path, and it holds every good seed.
    store = base["cache"] / "stores" / manifest["store"]["name"]
    assert sorted(open_store(store).table("articles", columns=["article_id"])["article_id"]) == sorted(GOOD_IDS)
    for rep in manifest["reports"]:
        params = json.loads((run_dir / rep["folder"] / "report.ipynb").read_text(encoding="utf-8"))["metadata"]["papermill"]["parameters"]
        assert params["store"] == "<cache>/stores/" + manifest["store"]["name"], rep["folder"]
    assert len(manifest["reports"]) == 3 * 2 + 1 and {r["status"] for r in manifest["reports"]} == {"ok"}
    for rep in manifest["reports"]:
        folder = run_dir / rep["folder"]
        for name in ("report.html", "report.ipynb", "stamp.json", "summary.json"):
            assert (folder / name).is_file(), (rep["folder"], name)
    echo = run_dir / "alpha" / "01_echo"
    assert (echo / "tables" / "paragraphs.csv").read_text().startswith("index,text\n")
    assert (echo / "figures" / "lengths.png").read_bytes()[:4] == b"\x89PNG"
    assert json.loads((echo / "summary.json").read_text())["paragraphs"] == 2
    corpus = json.loads((run_dir / "corpus" / "04_corpus_overview" / "summary.json").read_text())
    assert corpus == {"articles": 3, "unreadable": 1}
    index = (run_dir / "index.html").read_text(encoding="utf-8")
    for rep in manifest["reports"]:
        assert f'href="{rep["folder"].replace(" ", "%20")}/report.html"' in index
    assert "bad_date.txt" in index and "paragraphs: 2" in index
    assert not (run_dir / ".tmp").exists()


def test_no_absolute_paths_or_timestamps(base):
    run_dir = base["run"]
    needles = [str(base["root"]), str(paths.project_root()), sys.prefix, str(Path.home())]
    stamp = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
    for rel, data in files(run_dir).items():
        if rel.endswith(".png"):
            assert b"tIME" not in data, rel
            continue
        text = data.decode("utf-8")
        for needle in needles:
            assert needle not in text, (rel, needle)
        assert not stamp.search(data), rel
        assert "duration" not in text or rel.endswith(".html"), rel


def test_hostile_seed_text_is_never_markup(base):
    run_dir = base["run"]
    htmls = sorted(run_dir.rglob("*.html"))
    assert len(htmls) == 8
    for path in htmls:
        page = path.read_text(encoding="utf-8")
        for bad in RAW_HOSTILE:
            assert bad not in page, path
        assert page.count("<table") == page.count("</table>"), path
    folder = json.loads((run_dir / "manifest.json").read_text())["folders"]["hostile markup"]
    echo = (run_dir / folder / "01_echo" / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in echo or "&lt;script&gt;alert(\"pwned\")&lt;/script&gt;" in echo
    assert "&lt;img src=x onerror=alert(1)&gt;" in echo and "&lt;/table&gt;" in echo


def test_rerun_skips_everything_and_does_no_nlp(base, monkeypatch, capsys):
    import newslab.extract.nlp

    before = files(base["run"])
    mtimes = {p: p.stat().st_mtime_ns for p in base["run"].rglob("report.html")}

    def no_nlp(*a, **k):
        raise AssertionError("a rerun with unchanged inputs must not load spaCy")

    monkeypatch.setattr(newslab.extract.nlp, "load_pipeline", no_nlp)
    t0 = time.monotonic()
    assert run(base["root"] / "a", base["cache"], progress=True) == 1
    assert time.monotonic() - t0 < 30
    assert files(base["run"]) == before
    assert {p: p.stat().st_mtime_ns for p in base["run"].rglob("report.html")} == mtimes
    assert "0 to run" in (base["run"] / "run.log").read_text()
    # The progress bar counts notebook runs (3 seeds x 2 + the corpus report), all up to date.
    assert re.search(r"report: 100%.*\b7/7 \[", capsys.readouterr().err)


def test_two_runs_are_byte_identical(base, tmp_path):
    assert run(tmp_path / "b", tmp_path / "cache") == 1  # fresh cache: the NLP runs again too
    first, second = files(base["run"]), files(tmp_path / "b" / "r")
    assert sorted(first) == sorted(second)
    differ = [rel for rel in first if first[rel] != second[rel]]
    assert differ == []


def test_failing_and_timed_out_notebooks_are_isolated(base, tmp_path):
    rc = run(tmp_path, base["cache"], only=["01_echo"], timeout=20,
             params={"fail_id": "alpha", "sleep_id": "hostile markup", "sleep_s": "300"})
    assert rc == 1
    manifest = json.loads((tmp_path / "r" / "manifest.json").read_text())
    status = {r["seed"]: (r["status"], r["error"]) for r in manifest["reports"]}
    assert status["alpha"][0] == "failed" and "ValueError: asked to fail on alpha" in status["alpha"][1]
    assert status["hostile markup"][0] == "timeout" and "timed out" in status["hostile markup"][1]
    assert status["\u00dcn\u00efcode seed"] == ("ok", None)
    assert manifest["parameters"]["sleep_s"] == 300  # -p text became a number
    # the failed run keeps its executed notebook (with the error) for reading
    failed = tmp_path / "r" / "alpha" / "01_echo"
    assert "asked to fail on alpha" in (failed / "report.html").read_text()
    assert json.loads((failed / "stamp.json").read_text())["status"] == "failed"
    index = (tmp_path / "r" / "index.html").read_text()
    assert "timeout" in index and "asked to fail on alpha" in index
    # failures are redone on the next run; with the failure gone, everything is ok
    assert run(tmp_path, base["cache"], only=["01_echo"], timeout=60) == 1  # bad_date.txt still bad
    manifest = json.loads((tmp_path / "r" / "manifest.json").read_text())
    assert {r["status"] for r in manifest["reports"]} == {"ok"}


def test_sigkill_mid_run_then_rerun_completes(base, tmp_path):
    out = tmp_path / "k"
    code = (
        "import sys\nfrom newslab.reports.batch import run_reports\n"
        f"sys.exit(run_reports(seeds={str(SEEDS)!r}, out={str(out)!r}, run='r', jobs=2, "
        f"notebooks_dir={str(NOTEBOOKS)!r}, cache_dir={str(base['cache'])!r}, progress=False))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run_dir = out / "r"
    deadline = time.monotonic() + 180
    try:
        while not list(run_dir.glob("*/*/stamp.json")):
            assert proc.poll() is None, "the batch finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.3)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    # right after the kill: every published report folder is complete
    published = [p.parent for p in run_dir.glob("*/*/stamp.json")]
    assert published and len(published) < 7
    for folder in run_dir.glob("*/*"):
        if folder.parent.name == ".tmp":
            continue
        assert (folder / "stamp.json").is_file() and (folder / "report.html").is_file(), folder
    assert not (run_dir / "manifest.json").exists()  # written only at the end
    # the rerun skips what was done and ends with the same bytes as an uninterrupted run
    assert run(out, base["cache"]) == 1
    log = (run_dir / "run.log").read_text()
    assert re.search(r"plan: 7 notebook runs, [1-6] up to date", log)
    assert files(run_dir) == files(base["run"])


# (a file name cannot hold "/", and seed folders skip dot-files: "../x", "." and ".." are unit-tested in test_reports.py)
ODD_NAMES = ["<img src=x onerror=alert(1)>", 'quote"back\\slash', "-a:b*?|", "corpus", " spaced  out ",
             "<script>alert(1)<\u2215script>", "CON", "d\u00e9j\u00e0 vu"]


def test_odd_ids_stay_inside_the_run_folder(base, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "date 2024-05-06 Officials in Paris met the mayor of Lyon on Monday.\n\nThe talks went well.\n"
    for i, name in enumerate(ODD_NAMES):
        (seeds / f"{name}.txt").write_text(body.replace("Monday", f"Monday ({i})"), encoding="utf-8")
    out = tmp_path / "out"
    assert run(out, base["cache"], seeds=seeds, only=["02_plain", "corpus"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["r"]
    run_dir = out / "r"
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    folders = manifest["folders"]
    assert set(folders) == set(ODD_NAMES)
    assert len(set(folders.values())) == len(ODD_NAMES)
    assert folders["corpus"] != "corpus" and all(not f.startswith((".", "-")) for f in folders.values())
    top = {p.name for p in run_dir.iterdir()}
    assert top == set(folders.values()) | {"corpus", "index.html", "manifest.json", "run.log"}
    for name, folder in folders.items():
        assert (run_dir / folder / "02_plain" / "report.html").is_file()
    index = (run_dir / "index.html").read_text(encoding="utf-8")
    assert "<img src=x" not in index and "<script>" not in index
    assert "&lt;img src=x onerror=alert(1)&gt;" in index and "quote&quot;back\\slash" in index


def test_real_notebooks_end_to_end_through_the_cli(tmp_path):
    """`newslab report` with the project's own notebooks over seeds/ plus the hostile fixture."""
    per_seed, corpus = discover_notebooks(paths.notebooks_dir())
    if not per_seed and not corpus:
        pytest.skip("no analysis notebooks in notebooks/ yet")
    from newslab.cli import main

    seeds = tmp_path / "seeds"
    shutil.copytree(paths.seeds_dir(), seeds)
    shutil.copy(SEEDS / "hostile markup.txt", seeds / "hostile markup.txt")
    shutil.copy(SEEDS / "alpha.txt", seeds / "[click me](javascript:alert(13)).txt")  # an id that is a Markdown link
    out = tmp_path / "outputs"
    rc = main(["report", "--seeds", str(seeds), "--out", str(out), "--jobs", "2", "--timeout", "600"])
    run_dir = out / "latest"
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    bad = [(r["folder"], r["error"]) for r in manifest["reports"] if r["status"] != "ok"]
    assert rc == 0 and bad == []
    assert len(manifest["reports"]) == len(per_seed) * len(manifest["seeds"]) + len(corpus)
    for rep in manifest["reports"]:
        folder = run_dir / rep["folder"]
        assert (folder / "report.html").is_file() and (folder / "report.ipynb").is_file()
        assert (folder / "summary.json").is_file(), f"{rep['folder']}: the notebook wrote no summary.json"
        page = (folder / "report.html").read_text(encoding="utf-8")
        for bad_markup in RAW_HOSTILE:
            assert bad_markup not in page, rep["folder"]
        kept = (folder / "report.ipynb").read_text(encoding="utf-8")
        markdown = [o["data"]["text/markdown"] for c in json.loads(kept)["cells"] for o in c.get("outputs", [])
                    if "text/markdown" in o.get("data", {})]
        assert not any("javascript:" in "".join(m) for m in markdown), rep["folder"]  # Markdown is rendered, inert
        assert not re.search(r"href=[\"']?\s*javascript:", page + kept, re.I), rep["folder"]
    index = (run_dir / "index.html").read_text(encoding="utf-8")
    for bad_markup in RAW_HOSTILE:
        assert bad_markup not in index
    stems = [p.stem for p in corpus]
    if "06_actor_profile" in stems:  # the actor profile runs once per corpus, not per seed
        profile = run_dir / "corpus" / "06_actor_profile"
        assert (profile / "summary.json").is_file() and (profile / "tables" / "appearances.csv").is_file()
        assert sorted(p.parent.name for p in run_dir.glob("*/06_actor_profile")) == ["corpus"]
    if "04_corpus_overview" in stems:
        overview = run_dir / "corpus" / "04_corpus_overview"
        for rel in ("tables/articles.csv", "tables/actors.csv", "tables/source_mix.csv", "tables/timeline.csv",
                    "network/network.gexf", "network/network.graphml", "network/network_dynamic.gexf", "timeline.json",
                    "figures/network.png", "figures/timeline.png", "figures/tie_changes.png", "figures/actor_heatmap.png",
                    "figures/interactions_per_period.png", "figures/source_mix_per_period.png"):
            assert (overview / rel).is_file(), rel
        numbers = json.loads((overview / "summary.json").read_text(encoding="utf-8"))
        assert numbers["articles"] == len(manifest["seeds"]) and numbers["actors_merged"] > 5
        assert 'href="corpus/04_corpus_overview/tables/source_mix.csv"' in index
        import nbformat

        executed = nbformat.read(overview / "report.ipynb", as_version=4)
        feedback = ["".join(o.get("data", {}).get("text/plain", "")) for c in executed.cells if c.cell_type == "code"
                    for o in c.get("outputs", [])]
        assert any(t.startswith("[Exercise 1] Not answered yet") for t in feedback)  # the exercise checks ran
    # reproducible across days too: no file but the run log carries today's date
    import datetime as dt

    today = dt.date.today().isoformat().encode()
    dated = sorted(rel for rel, data in files(run_dir).items() if today in data)
    assert dated == []


@pytest.mark.parametrize("spec_name", ["newslab", "python3"])
def test_kernel_runs_on_this_interpreter_whatever_the_kernelspec_says(base, tmp_path, monkeypatch, spec_name):
    """A fresh clone has a `newslab` kernel installed with --sys-prefix; a user may have a
    `python3` spec pointing at another Python. Either way the kernel must be this venv's Python."""
    kdir = tmp_path / "jupyter" / "kernels" / spec_name
    kdir.mkdir(parents=True)
    argv = ["/nonexistent/python3.11", "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (kdir / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": spec_name, "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    from newslab.reports.runner import pick_kernel_name

    assert pick_kernel_name() == spec_name or spec_name == "python3"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "alpha.txt", seeds / "alpha.txt")
    assert run(tmp_path / "out", base["cache"], seeds=seeds, only=["02_plain"]) == 0
    assert (tmp_path / "out" / "r" / "alpha" / "02_plain" / "summary.json").is_file()


def test_only_keeps_the_index_whole_a_bad_seed_goes_stale_and_foreign_folders_stay(base, tmp_path, capsys):
    out, seeds = tmp_path / "out", tmp_path / "seeds"
    shutil.copytree(base["run"], out / "r")
    shutil.copytree(SEEDS, seeds)
    mine = out / "r" / "my notes" / "draft"  # a user's own folder that happens to hold a stamp.json
    mine.mkdir(parents=True)
    (mine / "stamp.json").write_text("{}")
    (seeds / "alpha.txt").write_text("date 2024-13-01 A typo in the date.\n", encoding="utf-8")
    gone = json.loads((out / "r" / "manifest.json").read_text())["folders"]["\u00dcn\u00efcode seed"]
    (seeds / "\u00dcn\u00efcode seed.txt").unlink()
    assert run(out, base["cache"], seeds=seeds, only=["02_plain"]) == 1
    err = capsys.readouterr().err
    assert "bad seed: alpha.txt: impossible date 2024-13-01" in err  # each reason on the terminal
    assert f"removed the reports of 1 seed(s) no longer in the seed folder: {gone}" in err
    run_dir = out / "r"
    assert (mine / "stamp.json").is_file()
    assert not (run_dir / gone).exists()  # the seed is gone: its folders go, and the log says so
    assert f"no longer in the seed folder: {gone}" in (run_dir / "run.log").read_text()
    assert (run_dir / "alpha" / "01_echo" / "report.html").is_file()  # last good report of a now-bad seed
    manifest = json.loads((run_dir / "manifest.json").read_text())
    assert [s["id"] for s in manifest["stale_seeds"]] == ["alpha"]
    status = {r["folder"]: r["status"] for r in manifest["reports"]}
    assert status["alpha/01_echo"] == "stale" and status["alpha/02_plain"] == "stale"
    hostile = manifest["folders"]["hostile markup"]
    assert status[f"{hostile}/01_echo"] == "ok" and status[f"{hostile}/02_plain"] == "ok"
    assert status["corpus/04_corpus_overview"] == "stale"  # its seeds changed and --only did not rerun it
    index = (run_dir / "index.html").read_text(encoding="utf-8")
    assert "<th>01_echo</th>" in index and f'href="{hostile}/01_echo/report.html"' in index
    assert 'href="alpha/01_echo/report.html"' in index and 'class="stale"' in index


def _print_loop_notebook(folder: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('seeds = ""\noutput_dir = ""\ninteractive = False')
    params.metadata["tags"] = ["parameters"]
    loop = nbformat.v4.new_code_cell("import time\nfor i in range(40):\n    print('line', i, flush=True)\n    time.sleep(0.002)")
    nb.cells = [params, loop]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    folder.mkdir()
    nbformat.write(nb, folder / "01_loop.ipynb")


def test_byte_identical_under_load(base, tmp_path):
    """A print loop arrives as one or many stream messages depending on load: never in the outputs."""
    notebooks, seeds = tmp_path / "nb", tmp_path / "seeds"
    _print_loop_notebook(notebooks)
    seeds.mkdir()
    shutil.copy(SEEDS / "alpha.txt", seeds / "alpha.txt")
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        for name in ("one", "two"):
            assert run(tmp_path / name, base["cache"], seeds=seeds, notebooks_dir=notebooks, jobs=1) == 0
    finally:
        burner.kill()
        burner.wait()
    first, second = files(tmp_path / "one" / "r"), files(tmp_path / "two" / "r")
    assert sorted(first) == sorted(second) and [rel for rel in first if first[rel] != second[rel]] == []
    import nbformat

    executed = nbformat.read(tmp_path / "one" / "r" / "alpha" / "01_loop" / "report.ipynb", as_version=4)
    assert [o.output_type for o in executed.cells[-1].outputs] == ["stream"]


def test_per_article_reports_are_selective_and_a_large_corpus_gets_only_its_corpus_report(tmp_path, capsys):
    cache = tmp_path / "cache"
    run(tmp_path / "sel", cache, articles=["alpha"], where="date>=2024")
    manifest = json.loads((tmp_path / "sel" / "r" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(r["folder"] for r in manifest["reports"]) == ["alpha/01_echo", "alpha/02_plain", "corpus/04_corpus_overview"]
    assert {s["id"] for s in manifest["seeds"]} == GOOD_IDS  # provenance keeps every seed; the corpus report covers all
    capsys.readouterr()
    run(tmp_path / "big", cache, max_seed_reports=2)
    err = capsys.readouterr().err
    assert "3 seeds are more than 2 for per-article reports: running only the corpus report" in err and "--articles" in err
    manifest = json.loads((tmp_path / "big" / "r" / "manifest.json").read_text(encoding="utf-8"))
    assert [r["folder"] for r in manifest["reports"]] == ["corpus/04_corpus_overview"]
    assert json.loads((tmp_path / "big" / "r" / "corpus" / "04_corpus_overview" / "summary.json").read_text())["articles"] == 3

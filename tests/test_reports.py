"""Fast tests of the report runner's pieces: safe names, selection, parameters, index, cleaning, cache."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from newslab.corpus import cache, keys
from newslab.corpus.api import open as open_store
from newslab.reports import batch as reports, index_page, runner
from newslab.errors import NewslabError
from newslab.safe_names import RESERVED, assign_folders, inside, safe_folder_name

FIX = Path(__file__).parent / "fixtures" / "reports"
HOSTILE = ['<script>alert("x")</script>', "<img src=x onerror=alert(1)>", "</table>"]


@pytest.mark.parametrize("bad", ["../x", "../../etc/passwd", "/etc/passwd", "a/b", "..", ".", "", " ", "a b",
                                 "<script>", "x\ny", "C:\\win", "\u00dcber", "corpus", "index.html", "CON", "-", "a" * 300])
def test_safe_folder_name_is_one_plain_component(bad, tmp_path):
    name = safe_folder_name(bad)
    assert name and "/" not in name and "\\" not in name and name not in {".", ".."}
    assert not name.startswith(".") and len(name) <= 80
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in name)
    assert name.lower() not in RESERVED
    # and it resolves strictly inside the run folder
    assert inside(tmp_path, name, "report.html").parent.parent == tmp_path.resolve()


def test_plain_ids_keep_their_name_and_mapping_is_injective():
    ids = ["000_e1690f5d3e6ec158", "alpha", "A b", "A_b", "a_b", "Alpha", "../alpha", "alpha?", "alpha!"]
    names = assign_folders(ids)
    assert names["000_e1690f5d3e6ec158"] == "000_e1690f5d3e6ec158"
    assert len({n.lower() for n in names.values()}) == len(ids)  # distinct even case-insensitively
    assert names == assign_folders(reversed(ids))  # deterministic


def test_inside_refuses_escapes(tmp_path):
    for parts in (["..", "x"], ["/etc/passwd"], ["."]):
        with pytest.raises(ValueError):
            inside(tmp_path, *parts)


def _nb(names):
    return [Path(f"/nb/{n}.ipynb") for n in names]


def test_select_by_name_stem_topic_and_number():
    per_seed, corpus = _nb(["01_actor_network", "02_chronology", "03_source_attribution"]), _nb(["04_corpus_overview", "06_actor_profile"])
    assert [p.stem for p in reports.select(per_seed, corpus, ["02_chronology.ipynb"])[0]] == ["02_chronology"]
    assert [p.stem for p in reports.select(per_seed, corpus, ["actor_network", "03"])[0]] == ["01_actor_network", "03_source_attribution"]
    chosen, c = reports.select(per_seed, corpus, ["corpus"])
    assert chosen == [] and c == corpus
    assert reports.select(per_seed, corpus, ["01_actor_network"])[1] == []
    assert [p.stem for p in reports.select(per_seed, corpus, ["actor_profile"])[1]] == ["06_actor_profile"]
    with pytest.raises(NewslabError, match="no such notebook"):
        reports.select(per_seed, corpus, ["99_nothing"])


def test_discover_notebooks_splits_corpus(tmp_path):
    for name in ["01_a.ipynb", "02_b.ipynb", "04_corpus_overview.ipynb", "00_tour.ipynb", "10_x.ipynb", "notes.ipynb",
                 "05_glossary.ipynb", "06_actor_profile.ipynb"]:
        (tmp_path / name).write_text("{}")
    (tmp_path / "06_skip.ipynb").write_text(json.dumps({"metadata": {"newslab": {"report": "none"}}}))
    per_seed, corpus = reports.discover_notebooks(tmp_path)
    assert [p.name for p in per_seed] == ["01_a.ipynb", "02_b.ipynb"]
    assert [p.name for p in corpus] == ["04_corpus_overview.ipynb", "06_actor_profile.ipynb"]


def test_coerce_param():
    assert reports.coerce_param("2") == 2 and reports.coerce_param("0.5") == 0.5
    assert reports.coerce_param("True") is True and reports.coerce_param("false") is False
    assert reports.coerce_param("['PERSON', 'ORG']") == ["PERSON", "ORG"]
    assert reports.coerce_param("PERSON") == "PERSON" and reports.coerce_param("None") is None


def test_runner_params_cannot_be_overridden(tmp_path):
    with pytest.raises(NewslabError, match="set by the runner"):
        reports.run_reports(seeds=FIX / "seeds", out=tmp_path, params={"output_dir": "/etc"},
                            notebooks_dir=FIX / "notebooks", progress=False)
    with pytest.raises(NewslabError, match="--run"):
        reports.run_reports(seeds=FIX / "seeds", out=tmp_path, run="../up", notebooks_dir=FIX / "notebooks", progress=False)
    assert not any(tmp_path.iterdir())


def test_index_escapes_everything(tmp_path):
    folder = "x-1/01_echo"
    (tmp_path / folder).mkdir(parents=True)
    (tmp_path / folder / "summary.json").write_text(json.dumps({"title": HOSTILE[0], "n": 3, HOSTILE[1]: 1}))
    (tmp_path / folder / "report.html").write_text("x")
    seeds = [{"id": HOSTILE[1] + " & " + HOSTILE[2], "date": "2024-01-01"}]
    reps = [{"seed": seeds[0]["id"], "notebook": "01_echo", "folder": folder, "status": "failed", "error": HOSTILE[0]}]
    page = index_page.render_index(tmp_path, "run<b>", seeds, ["01_echo"], [], reps,
                                   [{"file": "<script>.txt", "error": HOSTILE[2]}])
    for bad in HOSTILE[:2] + ["<b>", "<script>.txt"]:
        assert bad not in page
    assert "&lt;/table&gt;" in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert page.count("<table") == page.count("</table>")
    assert 'href="x-1/01_echo/report.html"' in page


def test_key_numbers_flatten_and_limit():
    nums = index_page.key_numbers({"b": 2, "a": {"x": 1, "y": [1, 2]}, "c": "t"}, limit=3)
    assert nums == [("a.x", 1), ("b", 2), ("c", "t")]


def test_clean_notebook_strips_times_paths_ids_and_stderr():
    nb = nbformat.v4.new_notebook()
    c1 = nbformat.v4.new_code_cell("x = 1")
    c1.metadata["tags"] = ["injected-parameters"]
    c1.id = "0a1b2c3d"
    c1.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 1.2}
    c1.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00"}
    c2 = nbformat.v4.new_code_cell("print(path)")
    c2.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="/abs/run/dir/tables/a.csv <object at 0x7f3a2b>\n"),
        nbformat.v4.new_output("stream", name="stderr", text="100%|###| 3/3 [00:01<00:00, 2.1it/s]\n"),
    ]
    nb.cells = [c1, c2]
    nb.metadata["papermill"] = {"start_time": "t", "end_time": "t", "duration": 3.0, "input_path": "/abs/x.ipynb",
                                "output_path": "/abs/y.ipynb", "environment_variables": {}, "parameters": {"seeds": "/abs"}, "version": "2.7.0"}
    runner.clean_notebook(nb, {"seeds": "<seeds>/a.txt", "output_dir": "."}, [("/abs/run/dir", ".")], "python3")
    text = nbformat.writes(nb)
    for gone in ("start_time", "duration", "iopub", "/abs", "0x7f3a2b", "it/s", "0a1b2c3d", "input_path"):
        assert gone not in text
    assert nb.cells[0].source.startswith("# Parameters") and 'seeds = "<seeds>/a.txt"' in nb.cells[0].source
    assert "./tables/a.csv" in nb.cells[1].outputs[0].text


def test_export_html_hides_input_and_escapes_outputs():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("secret_code_marker = 1")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/html": "<div><style scoped>.dataframe{}</style><table><tr><td>ok</td></tr></table>" + HOSTILE[1] + "</div>"}),
        nbformat.v4.new_output("display_data", data={"text/markdown": "**bold** " + HOSTILE[0]}),
        nbformat.v4.new_output("stream", name="stdout", text=HOSTILE[2]),
    ]
    nb.cells = [nbformat.v4.new_markdown_cell("# Title"), cell]
    page = runner.export_html(nb, "t")
    assert "secret_code_marker" not in page
    for bad in HOSTILE[:2]:
        assert bad not in page
    assert "&lt;/table&gt;" in page and page.count("<table") == page.count("</table>")
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<td>ok</td>" in page
    assert page == runner.export_html(nb, "t")


def test_cache_fill_once_then_hits_without_spacy(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLAB_CODE", "pinned")  # the subprocess must see the same code fingerprint

    seed = FIX / "seeds" / "alpha.txt"
    store = tmp_path / "store"
    first = cache.fill_cache(seed, store, jobs=1)
    again = cache.fill_cache(seed, store, jobs=1)
    assert (first.computed, again.computed, again.hits) == (1, 0, 1)
    assert again.store == store and again.version == first.version
    code = ("import sys; from newslab.corpus.cache import load_analyses; "
            f"r = load_analyses({str(seed)!r}, store={str(store)!r}); "
            "print(len(r.analyses), 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "False"]


def test_load_analyses_reads_only_the_articles_asked_for(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLAB_CODE", "pinned")
    store = tmp_path / "store"
    cache.fill_cache(FIX / "seeds", store, jobs=1)
    ids = sorted(a.id for a in cache.read_corpus(FIX / "seeds").articles)
    one = cache.load_analyses(FIX / "seeds", store=store, articles=[ids[-1]])
    assert [a.article.id for a in one.analyses] == [ids[-1]] and one.store == store
    assert [a.article.id for a in cache.load_analyses(FIX / "seeds", store=store, limit=1).analyses] == ids[:1]
    with pytest.raises(NewslabError, match="not among the seeds"):
        cache.load_analyses(FIX / "seeds", store=store, articles=["no_such_id"])


def test_a_store_of_a_folder_serves_a_single_seed_without_touching_other_rows(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLAB_CODE", "pinned")
    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path / "cache"))
    store = tmp_path / "store"
    cache.fill_cache(FIX / "seeds", store, jobs=1)
    before = open_store(store).count("articles")
    one = cache.load_analyses(FIX / "seeds" / "alpha.txt", store=store)
    assert [a.article.id for a in one.analyses] == ["alpha"]
    assert open_store(store).count("articles") == before  # read only: the batch store keeps every seed
    assert not (tmp_path / "cache").exists()  # no second store was made


def test_legacy_json_cache_files_are_removed_and_nothing_else(tmp_path):
    (tmp_path / ("a" * 32 + ".json")).write_text("{}")
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / "stores").mkdir()
    assert cache.remove_legacy_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json", "stores"]


def test_cache_key_depends_on_code_model_scope(monkeypatch):
    from newslab.seeds import read_seed

    art = read_seed(FIX / "seeds" / "alpha.txt")
    base = keys.cache_key(art, "m 1")
    assert base != keys.cache_key(art, "m 2") and base != keys.cache_key(art, "m 1", scope="broad")

    monkeypatch.setattr(keys, "code_fingerprint", lambda: "changed")
    assert keys.cache_key(art, "m 1") != base


def test_cache_model_label_matches_the_loaded_pipeline(monkeypatch):
    from newslab.extract import nlp

    loaded = nlp.load_pipeline()
    assert keys.model_label() == nlp.pipeline_label(loaded) == keys.model_label(loaded)
    monkeypatch.setenv("NEWSLAB_MODEL", "no_such_pipeline_xyz")
    assert keys.model_label() is None


def test_fill_cache_isolates_an_article_whose_analysis_raises(tmp_path, monkeypatch):
    from newslab.extract import analysis
    from newslab.seeds import read_corpus

    arts = read_corpus(FIX / "seeds").articles
    real = analysis.analyze_doc

    def flaky(doc, article, *a, **k):
        if article.id == "alpha":
            raise RuntimeError("rule bug\nsecond line")
        return real(doc, article, *a, **k)

    monkeypatch.setattr(analysis, "analyze_doc", flaky)
    result = cache.fill_cache(FIX / "seeds", tmp_path / "store", jobs=1)  # one process: the patch applies
    assert result.computed == len(arts) - 1
    failed = [f.error.split(": ", 1)[1] for f in result.failures if "bad_date" not in f.path]  # bad_date: unreadable
    assert failed == ["analysis failed: RuntimeError: rule bug"]
    assert open_store(tmp_path / "store").count("articles") == len(arts) - 1


def test_leading_stylesheet_kept_only_when_authored_and_inert():
    import nbformat as nbf

    def page_for(html):
        nb = nbf.v4.new_notebook()
        cell = nbf.v4.new_code_cell("x")
        cell.outputs = [nbf.v4.new_output("display_data", data={"text/html": html})]
        nb.cells = [cell]
        return runner.export_html(nb, "t")

    kept = page_for('<div class="a"><style>.nl-cue{background:#ffc9c9}</style><p>text ' + HOSTILE[0] + "</p></div>")
    assert "<style>.nl-cue{background:#ffc9c9}</style>" in kept and HOSTILE[0] not in kept
    # not at the head (could be seed text), or able to load something: escaped as text
    late = page_for("<p>seed says</p><style>body{display:none}</style>")
    assert "<style>body{display:none}</style>" not in late and "&lt;style&gt;body{display:none}&lt;/style&gt;" in late
    remote = page_for("<style>p{background:url(http://x/y)}</style><p>t</p>")
    assert "url(http://x/y)}</style>" not in remote
    fake = page_for("<p>" + runner.STYLE_TOKEN + "</p>")
    assert runner.STYLE_TOKEN.lower() in fake  # a faked placeholder stays inert text


def _display_nb(*outputs):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = list(outputs)
    nb.cells = [cell]
    return nb


MD_LINK = "**[click me](javascript:alert(13))** [ok](https://example.org) [csv](tables/a.csv) <a href='data:text/html,x'>d</a>"


def test_markdown_output_links_keep_only_http_and_relative_targets():
    nb = _display_nb(nbformat.v4.new_output("display_data", data={"text/markdown": MD_LINK, "text/plain": "x"}))
    page = runner.export_html(nb, "t")
    assert "javascript:" not in page and "data:text/html" not in page
    assert 'href="https://example.org"' in page and 'href="tables/a.csv"' in page and "click me" in page
    # the kept notebook (report.ipynb) carries the same inert HTML, not the live Markdown
    runner.clean_notebook(nb, {}, [], "python3")
    data = nb.cells[0].outputs[0]["data"]
    assert "text/markdown" not in data and "javascript:" not in data["text/html"] and data["text/plain"] == "x"


def test_report_html_loads_nothing_from_outside():
    import re

    page = runner.export_html(_display_nb(nbformat.v4.new_output("display_data", data={"text/markdown": "$x^2$"})), "t")
    assert not re.findall(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.I)
    assert "require.js" not in page and "mathjax" not in page.lower()


def test_consecutive_stream_outputs_are_merged():
    nb = _display_nb(
        nbformat.v4.new_output("stream", name="stdout", text="a\n"),
        nbformat.v4.new_output("stream", name="stderr", text="warning\n"),
        nbformat.v4.new_output("stream", name="stdout", text="b\n"),
        nbformat.v4.new_output("stream", name="stdout", text="c\n"),
    )
    runner.clean_notebook(nb, {}, [], "python3")
    assert [(o.output_type, o.text) for o in nb.cells[0].outputs] == [("stream", "a\nb\nc\n")]


def test_typed_params_follow_the_declared_type():
    assert reports.typed_param("date_from", "2024", "str") == "2024"
    assert reports.typed_param("n", "3", "int") == 3 and reports.typed_param("x", "300", "float") == 300.0
    assert reports.typed_param("b", "false", "bool") is False
    with pytest.raises(NewslabError, match="declare n as int"):
        reports.typed_param("n", "three", "int")
    declared = reports.declared_parameters([FIX / "notebooks" / "01_echo.ipynb"])
    assert declared["fail_id"] == "str" and declared["sleep_s"] == "float"


def test_unknown_param_is_an_error_before_anything_is_written(tmp_path):
    with pytest.raises(NewslabError, match="-p no_such_param: no notebook of this run has such a parameter"):
        reports.run_reports(seeds=FIX / "seeds", out=tmp_path, params={"no_such_param": "1"},
                            notebooks_dir=FIX / "notebooks", progress=False)
    assert not any(tmp_path.iterdir())


def test_empty_seed_folder_is_an_error(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "README.md").write_text("not a seed")
    with pytest.raises(NewslabError, match="no seed files"):
        reports.run_reports(seeds=seeds, out=tmp_path / "out", notebooks_dir=FIX / "notebooks", progress=False)
    assert not (tmp_path / "out").exists()


def test_second_run_on_a_locked_run_folder_exits_with_a_message(tmp_path):
    run_dir = tmp_path / "out" / "latest"
    run_dir.mkdir(parents=True)
    held = reports.lock_run_dir(run_dir)
    try:
        with pytest.raises(NewslabError, match="in use by another 'newslab report' run"):
            reports.run_reports(seeds=FIX / "seeds", out=tmp_path / "out", notebooks_dir=FIX / "notebooks", progress=False)
    finally:
        import os

        os.close(held)
    assert sorted(p.name for p in run_dir.iterdir()) == []  # nothing touched: no log, no .tmp wiped


def test_a_hung_notebook_fails_in_bounded_time_with_a_clear_message(tmp_path):
    from nbrun import NotebookHung, execute

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import time\ntime.sleep(600)")]
    nbformat.write(nb, tmp_path / "hang.ipynb")
    with pytest.raises(NotebookHung, match="hang.ipynb: no reply from the kernel within 3 s"):
        execute(tmp_path / "hang.ipynb", tmp_path / "out.ipynb", timeout=3)


def test_csv_cells_that_spreadsheets_run_as_formulas_are_neutralised(tmp_path):
    import pandas as pd

    from newslab.files import write_csv

    df = pd.DataFrame({"text": ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "plain - dash", "\t=1"],
                       "n": [1, -2, 3, 4, 5, 6], "=col": ["a"] * 6})
    text = write_csv(df, tmp_path / "t.csv").read_text(encoding="utf-8")
    back = pd.read_csv(tmp_path / "t.csv")
    assert list(back["text"]) == ['\'=HYPERLINK("http://x","y")', "'+1", "'-2+3", "'@SUM(A1)", "plain - dash", "'\t=1"]
    assert list(back["n"]) == [1, -2, 3, 4, 5, 6]  # numbers are numbers, not text to neutralise
    assert text.splitlines()[0] == "text,n,'=col"


def test_timelinejs_fields_are_escaped_html():
    import pandas as pd

    from newslab.corpus.timeline import to_timelinejs

    df = pd.DataFrame([{"article_id": '<img src=x onerror=alert(1)>', "event_id": "e1", "start": "2024-01-02",
                        "end": "2024-01-02", "kind": "point", "granularity": "month", "date_value": "<b>2024-01</b>",
                        "summary": HOSTILE[0], "trigger": "met", "actors": ["<i>A</i>"]}])
    data = to_timelinejs(df, "t<script>")
    text = json.dumps(data)
    for bad in (HOSTILE[0], "<img", "<b>", "<i>", "<script>"):
        assert bad not in text
    ev = data["events"][0]
    assert ev["text"]["headline"] == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    assert ev["display_date"] == "&lt;b&gt;2024-01&lt;/b&gt;"
    assert all(c.isalnum() or c in "._-" for c in ev["unique_id"])


def test_notebook_defaults_resolve_against_the_project_not_the_cwd(tmp_path, monkeypatch):
    from newslab import paths

    monkeypatch.chdir(tmp_path)
    seeds, out = paths.notebook_io("", "", "00_tour")
    assert seeds == str(paths.seeds_dir()) and out == str(paths.outputs_dir() / "manual" / "00_tour")
    assert paths.notebook_io("mine", "o", "x") == (str(tmp_path / "mine"), str(tmp_path / "o"))


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).parent.parent / "notebooks").glob("0*.ipynb")))
def test_notebooks_open_with_the_newslab_kernel_and_project_defaults(name):
    from newslab.paths import notebooks_dir

    nb = nbformat.read(notebooks_dir() / name, as_version=4)
    assert nb.metadata["kernelspec"] == {"display_name": "newslab (Python 3)", "language": "python", "name": "newslab"}
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert 'seeds: str = ""' in params.source and 'output_dir: str = ""' in params.source
    assert "paths.notebook_io(seeds, output_dir" in "".join(c.source for c in nb.cells if c.cell_type == "code")


def test_kernel_channels_wait_in_short_polls_so_a_lost_wakeup_cannot_hang(monkeypatch):
    """nbclient waits for a reply with one poll of the whole time limit (forever without one);
    when the socket's wake-up is lost, the reply sits unread until that poll times out. The
    runner's channels poll in slices of POLL_SLICE, so pyzmq re-checks the socket every second."""
    import asyncio
    from queue import Empty

    channel_cls = runner.sliced_poll_client_class().shell_channel_class.klass
    polls = []

    class FakeSocket:
        def __init__(self, ready_after):
            self.ready_after = ready_after

        async def poll(self, timeout_ms):
            polls.append(timeout_ms)
            if len(polls) > self.ready_after:
                return 1
            await asyncio.sleep(timeout_ms / 1000)
            return 0

    async def recv():
        return {"msg": "reply"}

    assert runner.POLL_SLICE == 1.0
    monkeypatch.setattr(runner, "POLL_SLICE", 0.02)  # 20 ms slices keep the test quick
    channel = channel_cls.__new__(channel_cls)
    channel.socket, channel._recv = FakeSocket(ready_after=3), recv
    assert asyncio.run(channel.get_msg(timeout=None)) == {"msg": "reply"}  # no limit: still sliced
    assert polls == [20] * 4
    polls.clear()
    channel.socket = FakeSocket(ready_after=10**6)
    with pytest.raises(Empty):
        asyncio.run(channel.get_msg(timeout=0.05))
    assert all(p <= 20 for p in polls) and len(polls) >= 2
    km = runner.hang_safe_kernel_manager_class()()
    assert isinstance(km.client(), runner.sliced_poll_client_class())


def test_choose_articles_by_id_and_date_conditions():
    from types import SimpleNamespace as A

    arts = [A(id="a", date_iso="2023-12-31"), A(id="b", date_iso="2024-03-05"), A(id="c", date_iso="2025-01-01")]
    pick = lambda **kw: [a.id for a in reports.choose_articles(arts, **kw)]  # noqa: E731
    assert pick() == ["a", "b", "c"]
    assert pick(ids=["c", "a"]) == ["a", "c"]
    assert pick(where="date>=2024") == ["b", "c"] and pick(where="date<=2024") == ["a", "b"]
    assert pick(where="date>2024-01-01, date<2025") == ["b"] and pick(where="date=2024-03") == ["b"]
    assert pick(ids=["a", "b"], where="id!=a") == ["b"]
    with pytest.raises(NewslabError, match="no such seed id"):
        pick(ids=["zz"])
    with pytest.raises(NewslabError, match="expected date|id"):
        reports.parse_where("author=me")


def test_seed_report_limit_from_argument_environment_or_default(monkeypatch):
    monkeypatch.delenv("NEWSLAB_REPORT_MAX_SEEDS", raising=False)
    assert reports.seed_report_limit() == reports.MAX_SEED_REPORTS
    monkeypatch.setenv("NEWSLAB_REPORT_MAX_SEEDS", "5")
    assert reports.seed_report_limit() == 5 and reports.seed_report_limit(0) == 0

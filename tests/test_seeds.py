"""Seed reading (CONTRACT.md section 1): good seeds, every kind of bad seed, and folders."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from newslab.errors import SeedError
from newslab.paths import seeds_dir
from newslab.seeds import MAX_SEED_BYTES, parse_seed_text, read_corpus, read_seed

GOOD = "date 2024-07-15 First paragraph here.\n\nSecond paragraph.\n"


def write(tmp_path, name, data):
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_good_seed_body_date_paragraphs(tmp_path):
    art = read_seed(write(tmp_path, "a1.txt", GOOD))
    assert art.id == "a1"
    assert art.date == dt.date(2024, 7, 15)
    assert art.body.startswith("First paragraph here.")
    assert [p.text for p in art.paragraphs] == ["First paragraph here.", "Second paragraph."]
    for p in art.paragraphs:
        assert art.body[p.start:p.end] == p.text
    assert len(art.sha256) == 64


def test_mission_seed_has_leading_whitespace_and_reads():
    path = seeds_dir() / "000_e1690f5d3e6ec158.txt"
    assert path.read_text(encoding="utf-8").startswith(" date")
    art = read_seed(path)
    assert art.date_iso == "2024-07-15"
    assert art.body.startswith("Türkiye’s Chief of General Staff")
    assert len(art.paragraphs) == 9


def test_bom_crlf_and_cr_are_normalised(tmp_path):
    crlf = read_seed(write(tmp_path, "crlf.txt", "\ufeffdate 2024-01-02 One.\r\n\r\nTwo.\r\n"))
    cr = read_seed(write(tmp_path, "cr.txt", "date 2024-01-02 One.\r\rTwo.\r"))
    assert crlf.body == cr.body == "One.\n\nTwo.\n"
    assert [p.text for p in crlf.paragraphs] == ["One.", "Two."]


def test_multiple_spaces_after_date_keyword(tmp_path):
    art = read_seed(write(tmp_path, "sp.txt", "date   2020-02-29 Leap day."))
    assert art.date == dt.date(2020, 2, 29)
    assert art.body == "Leap day."


@pytest.mark.parametrize(
    "name,data,problem",
    [
        ("nohead.txt", "Just an article with no header.\n", "no header"),
        ("baddate.txt", "date 2024-02-30 Impossible day.\n", "impossible date 2024-02-30"),
        ("notiso.txt", "date 15/07/2024 Wrong format.\n", "not an ISO date"),
        ("nobody.txt", "date 2024-07-15 \n\n   \n", "no article body"),
        ("nobody2.txt", "date 2024-07-15", "no article text"),
        ("empty.txt", "", "empty file"),
        ("blank.txt", "  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("latin1.txt", "date 2024-07-15 Caf\u00e9 au lait.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_seeds_get_one_line_errors_naming_file(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(SeedError) as info:
        read_seed(path)
    msg = str(info.value)
    assert "\n" not in msg
    assert str(path) in msg
    assert problem in msg


def test_directory_named_txt(tmp_path):
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(SeedError, match="is a directory"):
        read_seed(tmp_path / "x.txt")


def test_file_over_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.write(b"date 2024-07-15 ")
        fh.truncate(MAX_SEED_BYTES + 1)
    with pytest.raises(SeedError, match="over the .*-byte seed limit"):
        read_seed(path)


def test_folder_reads_good_and_reports_every_bad_seed(tmp_path):
    write(tmp_path, "b_good.txt", GOOD)
    write(tmp_path, "a_good.txt", GOOD.replace("First", "Erste"))
    write(tmp_path, "bad1.txt", "no header")
    write(tmp_path, "bad2.txt", "date 2023-13-01 month thirteen")
    (tmp_path / "dir.txt").mkdir()
    write(tmp_path, "notes.md", "ignored: not a .txt")
    corpus = read_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["a_good", "b_good"]
    assert sorted(os.path.basename(f.path) for f in corpus.failures) == ["bad1.txt", "bad2.txt", "dir.txt"]
    assert all("\n" not in f.error for f in corpus.failures)


def test_duplicate_ids_in_one_corpus(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    write(tmp_path / "one", "same.txt", GOOD)
    write(tmp_path / "two", "same.txt", GOOD)
    corpus = read_corpus(tmp_path / "one", tmp_path / "two")
    assert len(corpus.articles) == 1
    assert len(corpus.failures) == 1 and "duplicate article id 'same'" in corpus.failures[0].error


def test_parse_seed_text_offsets_are_body_indices():
    art = parse_seed_text("  date 2024-07-15 Alpha beta.\n\n  Gamma.  \n", "mem")
    for p in art.paragraphs:
        assert art.body[p.start:p.end] == p.text
    assert art.paragraphs[1].text == "Gamma."


def test_body_over_the_pipeline_limit_is_a_bad_seed_with_the_limit_named(tmp_path):
    from newslab.seeds import MAX_SEED_CHARS

    path = write(tmp_path, "long.txt", "date 2024-07-15 " + "word " * (MAX_SEED_CHARS // 5 + 1))
    assert path.stat().st_size < MAX_SEED_BYTES  # the byte limit alone let this through before
    with pytest.raises(SeedError, match="over the 1000000-character limit .*nlp.max_length"):
        read_seed(path)


def test_reader_limit_matches_the_pipeline_limit():
    import spacy

    from newslab.seeds import MAX_SEED_CHARS

    assert spacy.blank("en").max_length >= MAX_SEED_CHARS


def test_symlink_loop_is_a_bad_seed_not_a_crash(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    corpus = read_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["good"]
    assert sorted(os.path.basename(f.path) for f in corpus.failures) == ["loop_a.txt", "loop_b.txt"]
    assert all("symbolic link" in f.error for f in corpus.failures)


def test_skipped_entries_are_listed(tmp_path):
    from newslab.seeds import skipped_line

    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, ".hidden.txt", GOOD)
    write(tmp_path, "SHOUT.TXT", GOOD)
    (tmp_path / "sub").mkdir()
    corpus = read_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["good"]
    line = skipped_line(corpus.skipped)
    assert "\n" not in line and line.startswith("skipped 3 entries")
    for name in (".hidden.txt (hidden)", "SHOUT.TXT (not *.txt)", "sub (folder)"):
        assert name in line
    assert skipped_line([]) is None


def test_skipped_line_stays_short_for_big_folders():
    from newslab.seeds import skipped_line

    line = skipped_line([f"/some/folder/x{i}.gold.json (not *.txt)" for i in range(20)])
    assert line.startswith("skipped 20 entries") and line.endswith("x7.gold.json (not *.txt) and 12 more")
    assert "/some/folder" not in line

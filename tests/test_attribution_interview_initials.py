"""An interview's turns labelled by the speaker's initials ("MS: ...") are the person named in full whose initials
they are; a firm's name with a rank word in it ("General Motors") is no military source (twenty-ninth round). Every text
here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

from newslab.extract.actors import extract_actors
from newslab.extract.attribution import extract_attributions
from newslab.seeds import parse_seed_text

INTERVIEW = """date 2023-11-08 An interview.

Wikinews interviewed Maria Santos, the mayor of Tacloban, about the city's recovery.

Wikinews: How has the city changed since the storm?

MS: We rebuilt more than 20,000 homes, mostly with help from the national government.

Wikinews: What do you want people abroad to know?

MS: That the storm is not over for us.
"""


def _rows(nlp, text):
    article = parse_seed_text(text, "t")
    doc = nlp(article.body)
    df = extract_attributions(doc, article, extract_actors(doc, article))
    return df[df["cue"] == ":"]


def test_initials_label_the_person_named_in_full(nlp):
    rows = _rows(nlp, INTERVIEW)
    ms = rows[rows["source"] == "MS"]
    assert len(ms) == 2 and set(ms["source_actor"]) == {"Maria Santos"}, rows[["source", "source_actor", "content"]]
    assert set(ms["source_kind"]) == {"named person"}


def test_initials_two_people_share_stay_unresolved(nlp):
    # guard: "MS" fits Maria Santos and Mark Smith alike: no guess
    text = INTERVIEW.replace("about the city's recovery.", "and her deputy Mark Smith about the city's recovery.")
    ms = _rows(nlp, text).query("source == 'MS'")
    assert len(ms) == 2 and set(ms["source_actor"]) == {"MS"}, ms[["source", "source_actor"]]


def test_a_firms_name_with_a_rank_word_is_no_military_source(nlp):
    from attrkit import make_attr

    df = make_attr(nlp)("General Motors said on Thursday that its auditors had raised doubts.")
    assert list(df["source_kind"]) == ["organisation"], df[["source", "source_kind"]]

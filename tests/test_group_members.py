"""Member groups (issue 12, sixth interactions round): "students of X University" is a group actor that belongs
to the organisation; "students" alone stays no actor.

Every sentence here is written for the test; none comes from an evaluation set."""

from newslab.extract.actors import extract_actors
from newslab.extract.interactions import extract_interactions


def _run(nlp, text):
    class A:
        body = text

    doc = nlp(text)
    actors = extract_actors(doc, A())
    return actors, extract_interactions(doc, A(), actors)


def _members(df):
    rows = df[df["kind"] == "member"]
    return set(zip(rows["source"], rows["target"]))


def test_members_of_an_organisation_belong_to_it(nlp):
    actors, df = _run(nlp, "Several employees of the Kenya Wildlife Service joined the protest in Nairobi.")
    assert ("employees of Kenya Wildlife Service", "Kenya Wildlife Service") in _members(df), df[["source", "kind", "target"]]
    group = next(a for a in actors.actors if a.name.startswith("employees"))
    assert group.type == "ORG" and group.role == "LAB"


def test_of_phrase_after_the_last_conjunct_belongs_to_it(nlp):
    # the parser hangs "of X University" on the first conjunct, "graduates"
    _, df = _run(nlp, "The minister spoke with graduates of British colleges and students of Mombasa Technical University.")
    assert any(s.startswith("students") and t == "Mombasa Technical University" for s, t in _members(df)), \
        df[["source", "kind", "target"]]


def test_sector_nouns_alone_are_no_actors(nlp):
    actors, _ = _run(nlp, "Students and workers marched through Nairobi on Friday.")
    assert not any(a.name.lower().startswith(("students", "workers")) for a in actors.actors)


def test_a_state_is_no_organisation_of_its_students(nlp):
    actors, _ = _run(nlp, "Thousands of students of Kenya marched on Friday.")
    assert not any(a.name.lower().startswith("students") for a in actors.actors)

"""Reference marks glued to a name (text copied from Wikipedia), on sentences written for these tests."""

from newslab.extract.actor_titles import Mention
from newslab.extract.actors import _drop_glued_mark


def test_glued_reference_mark_leaves_the_name_and_its_key():
    m = Mention(0, 3, "PERSON", ("PERSON", "Ferdinand Oakhurst,[1"), "Ferdinand Oakhurst,[1")
    _drop_glued_mark(m)
    assert (m.name, m.key) == ("Ferdinand Oakhurst", ("PERSON", "Ferdinand Oakhurst"))
    org = Mention(0, 4, "ORG", ("ORG", "office of harbour control.[3"), "Office of Harbour Control.[3")
    _drop_glued_mark(org)
    assert (org.name, org.key) == ("Office of Harbour Control", ("ORG", "office of harbour control"))


def test_bracketed_acronym_after_a_space_stays():
    m = Mention(0, 5, "ORG", ("ORG", "ruritanian harbour board (rhb)"), "Ruritanian Harbour Board (RHB)")
    _drop_glued_mark(m)
    assert m.name == "Ruritanian Harbour Board (RHB)"


def test_the_same_person_with_and_without_the_mark_is_one_actor(nlp):
    from newslab.extract.actors import extract_actors

    text = "The envoy Ferdinand Oakhurst,[1] met the council. Ferdinand Oakhurst left on Monday."

    class A:  # the stage only reads the Doc
        body = text

    people = [a for a in extract_actors(nlp(text), A()).actors if a.type == "PERSON"]
    assert [a.name for a in people] == ["Ferdinand Oakhurst"]

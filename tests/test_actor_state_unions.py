"""A union of states that acts as a polity (the European Union) is typed like a state, GPE, and stays a body its
member states belong to (kind igo). Sentences written for the test."""

from actorkit import typed_mentions
from interkit import edges as _edges, has as _has
from newslab.extract.actors import extract_actors


class _A:
    def __init__(self, text):
        self.body = text


def test_the_european_union_is_typed_gpe(nlp):
    got = typed_mentions(nlp, "The European Union fined the carmaker, and NATO kept silent.")
    assert ("GPE", "The European Union") in got or ("GPE", "European Union") in got, got
    assert ("ORG", "NATO") in got, got  # an alliance stays an organisation


def test_eu_and_its_full_name_are_one_igo_actor(nlp):
    text = "The EU opened talks with Serbia on Monday. The European Union said the talks would take a year."
    actors = extract_actors(nlp(text), _A(text)).actors
    eu = [a for a in actors if a.name == "European Union"]
    assert len(eu) == 1 and eu[0].type == "GPE" and eu[0].kind == "igo", [(a.name, a.type, a.kind) for a in actors]
    assert len(eu[0].mentions) == 2


def test_a_member_state_of_the_union_is_a_member(nlp):
    df = _edges(nlp, "Portugal is one of the member states of the European Union.")
    assert _has(df, "Portugal", "European Union", "member"), df[["source", "kind", "target"]]

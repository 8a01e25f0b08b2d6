"""Parties the gazetteer knows by more than one name (data/actors_orgs.json). Sentences written for the test."""

from newslab.extract.actors import extract_actors


class _A:
    def __init__(self, text):
        self.body = text


def test_gop_is_the_republican_party_one_actor(nlp):
    """"GOP" and "G.O.P." are the Republican Party's other names: one actor, kind party, every mention on it."""
    text = ("The GOP leadership met on Monday. Leaders of the Republican Party said the vote was close. "
            "The G.O.P. answered on Tuesday.")
    actors = extract_actors(nlp(text), _A(text)).actors
    party = [a for a in actors if a.name == "Republican Party"]
    assert len(party) == 1, [(a.name, a.kind) for a in actors]
    assert party[0].kind == "party"
    got = sorted(text[s:e] for s, e in party[0].mentions)  # a mention may keep its "the"
    assert len(got) == 3 and all(any(g.endswith(name) for g in got) for name in ("GOP", "G.O.P.", "Republican Party")), got
    assert not any(a.name in {"GOP", "G.O.P."} for a in actors)

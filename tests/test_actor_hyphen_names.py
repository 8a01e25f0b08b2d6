"""Names that go on past a hyphen, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_a_hyphenated_town_is_one_mention(nlp):
    spans = _spans(nlp, "Renée Duclos was born in Bourg-la-Reine in 1901 and later moved to Lyon.")
    assert ("GPE", "Bourg-la-Reine") in spans
    assert not any(m in {"Bourg", "Reine"} for _, m in spans)


def test_a_name_ending_in_a_particle_takes_the_name_after_it(nlp):
    assert ("GPE", "Chahar-e Bagh Square") in _spans(nlp, "We walked across Chahar-e Bagh Square at dusk.")


def test_two_known_names_joined_by_a_hyphen_stay_apart(nlp):
    spans = _spans(nlp, "Trade along the Syria-Iraq border fell, and the Biden-Harris Administration said little.")
    assert {("GPE", "Syria"), ("GPE", "Iraq"), ("PERSON", "Biden"), ("PERSON", "Harris")} <= spans

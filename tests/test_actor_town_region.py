"""A town before ", <state>" stays a place though it is a given name too, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_a_given_name_town_before_its_state_is_no_person(nlp):
    spans = _spans(nlp, "Power of attorney went to Ida Gorham of Marion, Ohio especially for the farm.")
    assert ("PERSON", "Marion") not in spans
    assert ("GPE", "Marion, Ohio") in spans


def test_a_region_that_owns_a_noun_is_no_town_pair(nlp):
    from newslab.extract.actor_place_context import town_before_region

    doc = nlp("Marion, Ohio's largest paper, closed. Marion, Ohio, is quiet.")
    assert not town_before_region(doc, doc[0:1])
    second = next(t.i for t in doc if t.text == "Marion" and t.i > 0)
    assert town_before_region(doc, doc[second:second + 1])

"""The town of a wire dateline is a place, on datelines written for these tests (tokenised only; the model's usual
reading of a town in capitals, an ORG or nothing, is set by hand)."""

from actorkit import span_of

from newslab.extract.actor_datelines import dateline_places


def _places(nlp, text, org=None):
    doc = nlp.make_doc(text)
    ents = [span_of(doc, org, "ORG")] if org else []
    return [e.text for e in dateline_places(doc, ents) if e.label_ == "GPE"]


def test_dateline_towns_are_places(nlp):
    assert _places(nlp, "Ferry strike ends.\n\nLISBON (AP) _ Dock workers went back to work.", org="LISBON") == ["LISBON"]
    assert _places(nlp, "Rain returns.\n\nPORTO ALEGRE, Brazil, May 4 (Xinhua) --\n\nRain fell again.") == ["PORTO ALEGRE"]
    assert _places(nlp, "Vote count.\n\nOMAHA - The county began counting ballots.") == ["OMAHA"]


def test_headings_in_capitals_are_left(nlp):
    assert _places(nlp, "Vote count.\n\nUPDATE - The county began counting ballots.") == []
    assert _places(nlp, "Ferry strike ends.\n\nLISBON is calm, dock workers said.", org="LISBON") == []
    assert _places(nlp, "Talks resume.\n\nUNITED NATIONS (AP) _ Envoys met again.") == []


def test_wire_agencies_are_media(nlp):
    # Xinhua and UPI sign datelines; the small model calls them a place and a group (data/actors_orgs.json).
    from actorkit import typed_mentions

    found = typed_mentions(nlp, "LIMA, June 2 (Xinhua) --\n\nXinhua said the port reopened, and UPI said so too.")
    assert ("ORG", "Xinhua") in found and ("ORG", "UPI") in found

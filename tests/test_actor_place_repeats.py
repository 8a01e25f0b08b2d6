"""A lone one-word "person" keeps its place-like repeats apart (actor_place_repeats), on sentences written for these tests."""

from newslab.extract.actor_lexicons import lexicons
from newslab.extract.actor_place_repeats import place_repeats
from newslab.extract.actor_titles import Mention
from newslab.extract.actors import _merge

TEXT = "Kestrel sailed home. The ferry from Kestrel was late, and on Kestrel the shops shut. Halvorsen called Ida Brenn."


def _mention(doc, i, label, role=None):
    name = doc[i].text
    return Mention(i, i + 1, label, (label, name.lower()), name, role=role)


def _doc_and_mentions(nlp, person_role=None):
    doc = nlp.make_doc(TEXT)
    k = [t.i for t in doc if t.text == "Kestrel"]
    return doc, [_mention(doc, k[0], "PERSON", role=person_role), _mention(doc, k[1], "ORG"), _mention(doc, k[2], "ORG")]



def test_repeats_after_place_prepositions_stay_apart(nlp):
    doc, ms = _doc_and_mentions(nlp)
    assert place_repeats(doc, ms[:1], ms[1:])
    actors = _merge(doc, ms, lexicons()).actors
    assert sorted((a.type, len(a.mentions)) for a in actors) == [("ORG", 2), ("PERSON", 1)]


def test_titled_person_still_takes_its_repeats(nlp):
    doc, ms = _doc_and_mentions(nlp, person_role="Captain")
    assert not place_repeats(doc, ms[:1], ms[1:])
    actors = _merge(doc, ms, lexicons()).actors
    assert [(a.type, len(a.mentions)) for a in actors] == [("PERSON", 3)]


def test_a_gpe_repeat_or_one_without_preposition_joins(nlp):
    doc, ms = _doc_and_mentions(nlp)
    gpe = [Mention(m.start, m.end, "GPE", ("GPE", "kestrel"), m.name) for m in ms[1:]]
    assert not place_repeats(doc, ms[:1], gpe)  # "a parcel from Grandpa.": the model contradicting itself
    h = next(t.i for t in doc if t.text == "Halvorsen")
    assert not place_repeats(doc, [_mention(doc, h, "PERSON")], [_mention(doc, h, "ORG")])  # no preposition before it

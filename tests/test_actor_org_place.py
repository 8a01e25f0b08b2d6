"""An organisation with the place closing its address line as one mention, on sentences written for these tests
(actor_spans.org_with_place)."""

from newslab.extract.actor_spans import org_with_place
from newslab.extract.actor_titles import Mention
from tests.actorkit import one_sentence_doc


def _m(doc, words, first, n, label):
    i = words.index(first)
    return Mention(i, i + n, label, (label, first.lower()), " ".join(words[i:i + n]), span_start=i)


def test_organisation_then_state_at_the_end_is_one_mention(nlp):
    doc = one_sentence_doc(nlp, "She teaches at Harwick College , Vermont .")
    words = [t.text for t in doc]
    college, state = _m(doc, words, "Harwick", 2, "ORG"), _m(doc, words, "Vermont", 1, "GPE")
    org_with_place(doc, [college, state])
    assert doc[college.start:college.span_end].text == "Harwick College , Vermont"


def test_two_actors_with_a_verb_after_stay_apart(nlp):
    doc = one_sentence_doc(nlp, "Officials of NATO , Belgium said nothing .")
    words = [t.text for t in doc]
    nato, state = _m(doc, words, "NATO", 1, "ORG"), _m(doc, words, "Belgium", 1, "GPE")
    org_with_place(doc, [nato, state])
    assert nato.span_end is None

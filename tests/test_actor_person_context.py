"""One-word names the model called places that their article shows to be people, on sentences written for these tests."""

import pytest

from newslab.extract.actor_person_context import person_evidence


def test_speakers_and_owners_of_relatives_are_people(nlp):
    doc = nlp("Vemmer said the sleigh was ready. Later Quorrel's first wife laughed, and Dallin's theory failed.")
    assert person_evidence(doc, {"Vemmer", "Quorrel", "Dallin"}) == {"Vemmer", "Quorrel", "Dallin"}


def test_a_city_speaking_for_its_government_stays_a_place(nlp):
    doc = nlp("Moscow said the talks had failed, and Moscow's view did not change.")
    assert person_evidence(doc, {"Moscow"}) == set()


def test_a_city_with_a_wife_is_a_person(nlp):
    doc = nlp("Everyone in the village knew that Moscow's wife sold the best bread.")
    assert person_evidence(doc, {"Moscow"}) == {"Moscow"}


def test_given_name_and_a_person_word_is_a_full_name(nlp):
    from spacy.tokens import Span

    from newslab.extract.actor_person_context import people_named_like_places

    doc = nlp.make_doc("Linda Crane doubts it, but Crane argues well. Elm Street and Mary Road are quiet.")
    ents = [Span(doc, 0, 2, label="FAC"), Span(doc, 6, 7, label="PERSON"), Span(doc, 10, 12, label="FAC"),
            Span(doc, 13, 15, label="FAC")]
    assert [e.label_ for e in people_named_like_places(doc, ents)] == ["PERSON", "PERSON", "FAC", "FAC"]


def test_a_name_listed_among_people_is_a_person(nlp):
    from newslab.extract.actor_person_context import people_by_list

    from actorkit import one_sentence_doc, span_of

    doc = one_sentence_doc(nlp, "The cast: Ada Vell , Rona Tisk , and Calder Hume ; the sponsors: Vell Holdings and Tisk Media .")
    ents = [span_of(doc, "Ada Vell", "PERSON"), span_of(doc, "Rona Tisk", "PERSON"), span_of(doc, "Calder Hume", "ORG"),
            span_of(doc, "Vell Holdings", "ORG"), span_of(doc, "Tisk Media", "ORG")]
    assert [e.label_ for e in people_by_list(doc, ents)] == ["PERSON", "PERSON", "PERSON", "ORG", "ORG"]


def test_a_given_name_joined_to_a_person_is_a_person(nlp):
    from actorkit import typed_mentions

    got = typed_mentions(nlp, "Fatima and Yusuf waited at the border crossing for three days.")
    assert {("PERSON", "Fatima"), ("PERSON", "Yusuf")} <= got, got
    got = typed_mentions(nlp, "Jordan and Egypt closed the crossing.")  # states, and no given name on the list
    assert not any(t == "PERSON" for t, _ in got), got


@pytest.mark.parametrize("text, person", [
    ("The Syrian envoy to Ottawa, Walid Hamdan, spoke in Boston.", "Walid Hamdan"),
    ("Oksana, a teacher from Kharkiv, said the school was hit.", "Oksana"),
    ("Mykola stayed behind in the village.", "Mykola"),
])
def test_given_names_news_writes_often_are_people(nlp, text, person):
    from actorkit import typed_mentions

    assert ("PERSON", person) in typed_mentions(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Santiago, 42, said the drought was the worst in living memory.", "Santiago"),
    ("Victoria, a nurse, said the ward had been full for weeks.", "Victoria"),
    ("Sydney, a 19-year-old student, was arrested outside the embassy.", "Sydney"),
])
def test_a_city_name_introduced_with_an_age_or_a_person_noun_is_a_person(nlp, text, name):
    assert person_evidence(nlp(text), {name}) == {name}


@pytest.mark.parametrize("text, name", [
    ("Santiago, a port city, was flooded after the storm.", "Santiago"),
    ("The train to Victoria, a station in London, was late.", "Victoria"),
])
def test_a_city_described_as_a_place_stays_a_place(nlp, text, name):
    # guard: the apposition must name a person, not a kind of place
    assert person_evidence(nlp(text), {name}) == set()

"""A role noun before a person's name: when it belongs to the mention's span, on sentences written for these tests."""

from actorkit import mention_texts as _texts


def test_bare_role_noun_before_an_appositive_name_is_in_the_span(nlp):
    # the parser reads the name as an apposition to "director", not the noun as a compound of the name
    texts = _texts(nlp, "In 1961 she starred opposite young director Pierre Lavalle in a short film.")
    assert any(t.endswith("director Pierre Lavalle") for t in texts)


def test_role_noun_after_a_determiner_or_possessive_stays_out(nlp):
    texts = _texts(nlp, "The philosopher Maren Holt disagreed. In 1902 his brother Anton Weller left for Vienna.")
    assert "Maren Holt" in texts and "Anton Weller" in texts


def test_capitalised_role_noun_opening_the_sentence_is_in_the_span(nlp):
    texts = _texts(nlp, "The village changed slowly. Ethnographer Tomas Rindler lived there for two years.")
    assert "Ethnographer Tomas Rindler" in texts


def test_role_noun_and_name_hanging_on_the_same_verb_are_one_phrase(nlp):
    # the parse the model gives some sentence-initial phrases, built by hand: "anthropologist" and the name both
    # depend on the verb, the noun as an adverbial
    from spacy.tokens import Doc

    from newslab.extract.actor_spans import with_role_noun

    words = ["American", "cultural", "anthropologist", "Lena", "Marsh", "argued", "it", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 5, 4, 5, 5, 5, 5],
              deps=["amod", "amod", "npadvmod", "compound", "nsubj", "ROOT", "dobj", "punct"],
              tags=["JJ", "JJ", "NN", "NNP", "NNP", "VBD", "PRP", "."],
              pos=["ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"])
    assert with_role_noun(doc, 3, 5) == 0
    doc = Doc(nlp.vocab, words=["The"] + words, heads=[3, 3, 3, 6, 5, 6, 6, 6, 6],
              deps=["det", "amod", "amod", "npadvmod", "compound", "nsubj", "ROOT", "dobj", "punct"],
              tags=["DT", "JJ", "JJ", "NN", "NNP", "NNP", "VBD", "PRP", "."],
              pos=["DET", "ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"])
    assert with_role_noun(doc, 4, 6) == 4  # after "the" the name stays alone


def test_plain_person_noun_without_an_agent_ending_is_in_the_span(nlp):
    # "legend" and "patriot" end in no person suffix ("-er", "-ist"), yet head the phrase as "director" does
    texts = _texts(nlp, "Last night comedy legend Marta Quill opened the festival in Leeds.")
    assert any(t.endswith("legend Marta Quill") for t in texts)

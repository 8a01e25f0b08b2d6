"""Precision rules for actor mentions (extract/actor_precision.py), on sentences written for these tests."""

from newslab.extract.actor_precision import precise_mentions
from newslab.extract.actor_titles import Mention


def _mention(doc, words, label="PERSON", nth=0):
    texts = [t.text for t in doc]
    first = words.split()[0]
    i = [k for k, w in enumerate(texts) if w == first][nth]
    return Mention(i, i + len(words.split()), label, (label, words), words)


def test_a_web_or_mail_address_is_no_actor(nlp):
    doc = nlp.make_doc("The review site Gadgetfan.com said the phone was slow.")
    assert precise_mentions(doc, [_mention(doc, "Gadgetfan.com", "ORG")]) == []
    doc = nlp.make_doc("Write to Nora Quist at nquist@bluebay.org before May.")
    nora = _mention(doc, "Nora Quist")
    assert precise_mentions(doc, [nora, _mention(doc, "nquist@bluebay.org")]) == [nora]


def test_a_lone_word_said_is_no_name(nlp):
    doc = nlp.make_doc("Did you lock the car?\nPardon?\nThe car, did you lock it?")
    assert precise_mentions(doc, [_mention(doc, "Pardon", "GPE")]) == []
    doc = nlp.make_doc("She stubbed her toe. \u201cYowza!\u201d she cried.")
    assert precise_mentions(doc, [_mention(doc, "Yowza")]) == []


def test_a_name_called_out_that_comes_back_stays(nlp):
    doc = nlp.make_doc("Where is Grandpa Tobias?\nTobias!\nHe waved at us.")
    called = _mention(doc, "Tobias", nth=1)
    assert precise_mentions(doc, [called]) == [called]


def test_a_name_in_a_sentence_stays(nlp):
    doc = nlp.make_doc("Marta Ilves signed the deal. Ilves said it was fair.")
    ms = [_mention(doc, "Marta Ilves"), _mention(doc, "Ilves", nth=1)]
    assert precise_mentions(doc, ms) == ms

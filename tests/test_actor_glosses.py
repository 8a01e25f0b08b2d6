"""Names glossed in another language in brackets, on sentences written for these tests."""

from newslab.extract.actor_gazetteer import _in_language_gloss


def _words(text):
    return text.split(" ")


def test_name_in_a_bracketed_language_gloss_is_no_second_actor():
    words = _words("the Brenn Hills ( Arabic : تلال Tilal Brenn , Kurdish : Girên Brenn ) rise")
    assert _in_language_gloss(words, words.index("Tilal"))
    assert _in_language_gloss(words, words.index("Girên"))
    assert _in_language_gloss(words, words.index("Kurdish"))  # the later part's language itself


def test_words_after_a_comma_or_outside_a_gloss_stay():
    words = _words("Hibburg ( Arabic : هبورغ , Hibburg Village ) lies near Lorna Hefti ( photo : Ottilie Brandt )")
    assert not _in_language_gloss(words, words.index("Village") - 1)  # after the comma: another name for the place
    assert not _in_language_gloss(words, words.index("Ottilie"))  # 'photo' is no language
    assert not _in_language_gloss(words, words.index("Lorna"))


def test_gloss_entities_are_dropped_in_the_pipeline(nlp):
    doc = nlp("The Brenn Hills (Arabic: تلال برن Tilal Brenn, Kurdish: Girên Brenn) rise near Oslo.")
    assert {e.text for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP", "LOC"}} <= {"The Brenn Hills", "Brenn Hills", "Oslo"}

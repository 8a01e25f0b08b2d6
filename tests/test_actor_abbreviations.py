"""A mention that ends in an abbreviation keeps its period ("Navy Capt.", "Main Ave."), except a name suffix or
address word whose period is also the sentence's full stop; sentences written for these tests."""

from actorkit import mention_texts

from newslab.extract.actor_abbreviations import abbreviation_end


def test_rank_keeps_its_period(nlp):
    # the tokenizer keeps "Capt." whole (extract/nlp.py), so the rank stays in the person's mention with its period
    found = mention_texts(nlp, "Pentagon spokesman Navy Capt. Robert Miles said the strike killed two militants.")
    assert "Navy Capt. Robert Miles" in found, found


def test_address_word_keeps_its_period_inside_a_sentence(nlp):
    assert "Main Ave." in mention_texts(nlp, "The shop sits at 12 N Main Ave. (near the station) in Tulsa.")


def test_full_stop_after_an_address_word_is_left_out():
    words = ["on", "Harbor", "Blvd", ".", "Parking", "is", "free"]
    starts = [0, 3, 10, 14, 16, 24, 27]
    ends = [2, 9, 14, 15, 23, 26, 31]
    assert abbreviation_end(words, starts, ends, 2) is None  # "Blvd." ends the sentence
    assert abbreviation_end(["Navy", "Capt", ".", "Ross"], [0, 5, 9, 11], [4, 9, 10, 15], 1) == 10  # a rank: always
    assert abbreviation_end(["Harbor", "Blvd", ".", "(", "east"], [0, 7, 11, 13, 14], [6, 11, 12, 14, 18], 1) == 12

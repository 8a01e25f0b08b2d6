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


def _span_of(doc, first, last):
    texts = [t.text for t in doc]
    i = texts.index(first)
    return i, texts.index(last, i) + 1


def test_a_word_broken_off_is_no_name(nlp):
    doc = nlp.make_doc("I met Dov- no, I met Ruth there. We saw Flora & fauna.")
    ruth = _mention(doc, "Ruth")
    s, e = _span_of(doc, "Dov-", "Dov-") if "Dov-" in [t.text for t in doc] else _span_of(doc, "Dov", "-")
    cut = Mention(s, e, "PERSON", ("PERSON", "Dov-"), "Dov-")
    s, e = _span_of(doc, "Flora", "&")
    amp = Mention(s, e, "ORG", ("ORG", "Flora &"), "Flora &")
    assert precise_mentions(doc, [cut, ruth, amp]) == [ruth]


def test_a_repaired_name_stays(nlp):
    doc = nlp.make_doc("You are Nick Ro- Roberts' nephew.")
    s, e = _span_of(doc, "Nick", "Roberts")
    nick = Mention(s, e, "PERSON", ("PERSON", "Nick Roberts"), "Nick Roberts")
    assert precise_mentions(doc, [nick]) == [nick]


def test_a_common_word_in_a_heading_is_no_name(nlp):
    text = ("Keeping Ferns Indoors\nStep 2 of 3: Watering the Fern\nWater the fern twice a week. A thirsty fern "
            "droops.\nStep 3 of 3: From Spores\nCollect the spores in autumn; the spores are tiny.")
    doc = nlp.make_doc(text)
    fern = _mention(doc, "Fern", "ORG")
    spores = _mention(doc, "Spores", "GPE")
    assert precise_mentions(doc, [fern, spores]) == []


def test_a_name_in_a_heading_stays(nlp):
    text = ("Mayor Visits Ridgeford Plant\nMayor Ilka Brandt toured the plant on Monday. Ridgeford has "
            "a new plant.\nFrom the North - Route 9 South\nDrive north to the plant.")
    doc = nlp.make_doc(text)
    town = _mention(doc, "Ridgeford", "GPE")
    north = _mention(doc, "North", "LOC")
    assert precise_mentions(doc, [town, north]) == [town, north]


def test_a_heading_word_capitalised_in_the_text_stays(nlp):
    text = "Letters To Parliament\nOn Monday Parliament met. The new parliament building opened."
    doc = nlp.make_doc(text)
    body = _mention(doc, "Parliament", "ORG")
    assert precise_mentions(doc, [body]) == [body]



def test_a_work_or_document_is_no_actor(nlp):
    doc = nlp.make_doc("Vera Ostrova wrote her Second Sonata and the Book of Winds, and signed the Harbour Treaty.")
    vera = _mention(doc, "Vera Ostrova")
    sonata = _mention(doc, "her Second Sonata", "ORG")
    book = _mention(doc, "the Book of Winds", "ORG")
    treaty = _mention(doc, "the Harbour Treaty", "ORG")
    assert precise_mentions(doc, [vera, sonata, book, treaty]) == [vera]


def test_a_person_named_in_a_work_stays(nlp):
    doc = nlp.make_doc("She edited the Diary of General Ana Ruiz in 1990.")
    diary = _mention(doc, "the Diary of General Ana Ruiz")
    assert precise_mentions(doc, [diary]) == [diary]
    doc = nlp.make_doc("Lena Hart joined the Office of Protocol in May.")
    office = _mention(doc, "the Office of Protocol", "ORG")
    assert precise_mentions(doc, [office]) == [office]


def test_a_language_name_is_no_actor(nlp):
    doc = nlp.make_doc("Most people in Tarvel speak the Ossan language, and some speak Velic dialects or Ossan.")
    town = _mention(doc, "Tarvel", "GPE")
    ossan = _mention(doc, "Ossan", "PERSON")
    velic = _mention(doc, "Velic", "GPE")
    assert precise_mentions(doc, [town, ossan, velic]) == [town]
    group = _mention(doc, "Ossan", "NORP")  # a group label before "language" stays: the gold may mark it a group
    assert precise_mentions(doc, [group]) == [group]


def test_a_cosmetic_product_is_no_actor(nlp):
    doc = nlp.make_doc("Next I used the Velvet Dawn Curl Cream by Mira Sol.")
    cream = _mention(doc, "the Velvet Dawn Curl Cream", "ORG")
    mira = _mention(doc, "Mira Sol")
    assert precise_mentions(doc, [cream, mira]) == [mira]


def test_an_event_or_a_communique_is_no_actor(nlp):
    doc = nlp.make_doc("Ilse Varga opened the Harbour Lantern Festival, went on to Dune-Fest and backed the Lisbon Communique.")
    ilse = _mention(doc, "Ilse Varga")
    festival = _mention(doc, "the Harbour Lantern Festival", "FAC")
    fest = _mention(doc, "Dune - Fest", "ORG")
    communique = _mention(doc, "the Lisbon Communique", "ORG", nth=1)
    assert precise_mentions(doc, [ilse, festival, fest, communique]) == [ilse]


def test_a_named_animal_is_no_person(nlp):
    doc = nlp("Tova Lind lives in Hull with Biscuit, her old beagle, and two cats, Pim and Zola. "
              "Biscuit barks at the postman. Her sister adopted the dog Rolo.")
    tova = _mention(doc, "Tova Lind")
    pets = [_mention(doc, "Biscuit"), _mention(doc, "Pim"), _mention(doc, "Zola"), _mention(doc, "Biscuit", nth=1),
            _mention(doc, "Rolo")]
    assert precise_mentions(doc, [tova, *pets]) == [tova]


def test_a_person_who_shares_a_pet_name_stays(nlp):
    doc = nlp("Jo Pike walked her terrier, Pike, to the park. Pike said the park was busy.")
    jo, dog, later = _mention(doc, "Jo Pike"), _mention(doc, "Pike", nth=1), _mention(doc, "Pike", nth=2)
    assert precise_mentions(doc, [jo, dog, later]) == [jo, later]  # the surname alone stays the person's


def test_a_name_after_a_comma_and_animals_stays_when_it_speaks(nlp):
    doc = nlp("The rangers found two stray dogs, Mara Kell said on Monday.")
    mara = _mention(doc, "Mara Kell")
    assert precise_mentions(doc, [mara]) == [mara]
    doc = nlp("Nobody knows how many elephants Hannibal took over the Alps.")
    hannibal = _mention(doc, "Hannibal")
    assert precise_mentions(doc, [hannibal]) == [hannibal]


def test_a_subject_of_study_is_no_actor(nlp):
    doc = nlp.make_doc("Mira Sol, Professor of Nordic Studies, took a Ph.D. in Phonetics and a Master of Arts in "
                       "Art History; the Dean for Graduate Education praised her.")
    mira = _mention(doc, "Mira Sol")
    nordic = _mention(doc, "Nordic Studies", "ORG")
    phonetics = _mention(doc, "Phonetics", "GPE")
    art = _mention(doc, "Art History", "ORG")
    grad = _mention(doc, "Graduate Education", "ORG")
    assert precise_mentions(doc, [mira, nordic, phonetics, art, grad]) == [mira]


def test_a_body_or_a_place_after_an_academic_post_stays(nlp):
    doc = nlp.make_doc("She was Professor of the Church, Professor in Velm University, took a degree in Paris and "
                       "met the Dean of Westminster.")
    church = _mention(doc, "the Church", "ORG")
    velm = _mention(doc, "Velm University", "ORG")
    paris = _mention(doc, "Paris", "GPE")
    west = _mention(doc, "Westminster", "GPE")
    assert precise_mentions(doc, [church, velm, paris, west]) == [church, velm, paris, west]


def _tagged(nlp, text, adjectives):
    """``text`` tokenised, with each word of ``adjectives`` tagged an adjective modifying the next word (set by hand)."""
    doc = nlp.make_doc(text)
    for t in doc:
        t.pos_, t.dep_ = "NOUN", "dep"
    for t in doc:
        if t.text in adjectives:
            t.pos_, t.dep_, t.head = "ADJ", "amod", doc[t.i + 1]
    return doc


def test_an_adjective_read_as_an_organisation_is_no_actor(nlp):
    doc = _tagged(nlp, "Police broke up a Salafist cell and quoted the Senate report .", {"Salafist"})
    salafist = _mention(doc, "Salafist", "ORG")
    senate = _mention(doc, "Senate", "ORG")  # a noun before a noun: the body itself
    assert precise_mentions(doc, [salafist, senate]) == [senate]


def test_an_adjective_named_by_the_lexicon_stays(nlp):
    doc = _tagged(nlp, "Drones hit Vexlar tactical units near the river .", {"Vexlar"})
    group = Mention(2, 3, "ORG", ("ORG", "Vexlar"), "Vexlar", kind="armed_group")
    assert precise_mentions(doc, [group]) == [group]

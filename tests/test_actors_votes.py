"""Gazetteer fixes that read the whole article: capitalised common words, a name's majority label, glued marks.
Sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_gazetteer import _drop_things, _persons_by_vote, persons_by_name


def _spans(doc, words, label):
    toks = [t.text for t in doc]
    return [Span(doc, i, i + len(words), label=label) for i in range(len(toks)) if toks[i:i + len(words)] == words]


def test_a_capitalised_common_word_opening_a_sentence_or_line_is_no_name(nlp):
    doc = nlp.make_doc("Weather\n\nThe weather is mild. Stretch before a long stretch of walking with Aurelia.")
    spans = _spans(doc, ["Weather"], "GPE") + _spans(doc, ["Stretch"], "ORG") + _spans(doc, ["Aurelia"], "GPE")
    assert [e.text for e in _drop_things(doc, spans)] == ["Aurelia"]


def test_a_common_word_inside_a_sentence_stays_a_name(nlp):
    # mid-sentence, the capital is a sign of a name ("the Harvest Trust" beside "the harvest")
    doc = nlp.make_doc("The harvest was late, so volunteers from Harvest helped.")
    spans = _spans(doc, ["Harvest"], "ORG")
    assert [e.text for e in _drop_things(doc, spans)] == ["Harvest"]


def test_a_name_mostly_labelled_person_is_a_person_everywhere(nlp):
    doc = nlp.make_doc("Ostrander wrote to Ostrander's brother. Ostrander left, and the abbot waited for Ostrander. "
                       "Linwood came once, and Linwood's mule followed.")
    spans = [*_spans(doc, ["Ostrander"], "PERSON")[:2], *_spans(doc, ["Ostrander"], "WORK_OF_ART")[2:3],
             *_spans(doc, ["Ostrander"], "ORG")[3:], *_spans(doc, ["Linwood"], "PERSON")[:1],
             *_spans(doc, ["Linwood"], "ORG")[1:]]
    out = [(e.text, e.label_) for e in _persons_by_vote(doc, sorted(spans, key=lambda e: e.start))]
    assert out == [("Ostrander", "PERSON")] * 4 + [("Linwood", "PERSON"), ("Linwood", "ORG")]  # one vote is not enough


def test_a_surname_with_a_glued_bracket_still_names_the_person(nlp):
    doc = nlp.make_doc("Ilse Varnhagen(German: a name) chaired the board. Later Varnhagen resigned.")
    spans = [Span(doc, 0, 2, label="PERSON"), _spans(doc, ["Varnhagen"], "ORG")[-1]]
    assert spans[0].text == "Ilse Varnhagen(German"
    assert [e.label_ for e in persons_by_name(doc, spans)] == ["PERSON", "PERSON"]


def test_pieces_of_one_long_name_are_one_person(nlp):
    from newslab.extract.actor_gazetteer import _join_name_pieces

    doc = nlp("Yesterday Gareth Ottoline Brandreth met Corvin Alaric Thistlewood, and Senator Ines Parvaz spoke.")
    words = [t.text for t in doc]
    spans = [Span(doc, words.index("Ottoline"), words.index("Brandreth") + 1, label="PERSON"),
             Span(doc, words.index("Corvin"), words.index("Corvin") + 1, label="PERSON"),
             Span(doc, words.index("Thistlewood"), words.index("Thistlewood") + 1, label="PERSON"),
             Span(doc, words.index("Ines"), words.index("Parvaz") + 1, label="PERSON")]
    assert [t.pos_ for t in doc[words.index("Gareth"):words.index("Gareth") + 1]] == ["PROPN"]
    out = [e.text for e in _join_name_pieces(doc, spans)]
    assert out == ["Gareth Ottoline Brandreth", "Corvin Alaric Thistlewood", "Ines Parvaz"]  # "Senator" is a title


def test_a_person_named_like_an_organisation_is_an_organisation(nlp):
    gaz = nlp.get_pipe("newslab_gazetteer")
    doc = nlp.make_doc("She studied at Merriwether College and flew Tolland Airways, as the Secretary of State did.")
    college, airline, title = _spans(doc, ["Merriwether", "College"], "PERSON")[0], \
        _spans(doc, ["Tolland", "Airways"], "PERSON")[0], _spans(doc, ["Secretary", "of", "State"], "PERSON")[0]
    assert [gaz._place_by_context(doc, e).label_ for e in (college, airline, title)] == ["ORG", "ORG", "PERSON"]


def test_a_place_in_a_person_name_with_of_is_no_surname(nlp):
    from newslab.extract.actor_lexicons import lexicons
    from newslab.extract.actor_titles import Mention
    from newslab.extract.actors import _merge

    doc = nlp.make_doc("The Duke of Brindlemoor rode home. Brindlemoor cheered, and Aldous Fenwick thanked Fenwick's men.")
    w = [t.text for t in doc]
    duke = Mention(0, 4, "PERSON", ("PERSON", "the duke of brindlemoor"), "The Duke of Brindlemoor")
    town = Mention(w.index("Brindlemoor", 4), w.index("Brindlemoor", 4) + 1, "GPE", ("GPE", "brindlemoor"), "Brindlemoor",
                   kind="place")
    full = Mention(w.index("Aldous"), w.index("Aldous") + 2, "PERSON", ("PERSON", "aldous fenwick"), "Aldous Fenwick")
    group = Mention(w.index("Fenwick", w.index("Aldous") + 2), w.index("Fenwick", w.index("Aldous") + 2) + 1, "ORG",
                    ("ORG", "fenwick"), "Fenwick")
    actors = _merge(doc, [duke, town, full, group], lexicons())
    types = {a.name: a.type for a in actors.actors}
    assert types["Brindlemoor"] == "GPE" and "Fenwick" not in types  # the surname still joins its person


def test_transcript_speakers_in_capitals_keep_their_title(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    body = ("QUESTION: Did you meet them?\n\nMR HALLORAN: Yes. We met twice.\n\n"
            "SECRETARY WENTWORTH: We talked about the ceasefire, and Ms. Okafor agreed.\n")
    article = parse_seed_text(f"date 2024-05-02 {body}", "briefing")
    actors = extract_actors(nlp(article.body), article)
    spans = {a.name: [article.body[s:e] for s, e in a.mentions] for a in actors.actors}
    assert spans["HALLORAN"] == ["MR HALLORAN"] and spans["WENTWORTH"] == ["SECRETARY WENTWORTH"]
    assert all(a.type == "PERSON" for a in actors.actors)


def test_a_quoted_nickname_inside_a_name_joins_it(nlp):
    from newslab.extract.actor_gazetteer import _join_name_pieces

    doc = nlp.make_doc('Colonel Amos "Buck" Thornbury inspected the camp.')
    w = [t.text for t in doc]
    spans = [Span(doc, w.index("Amos"), w.index("Amos") + 1, label="PERSON"),
             Span(doc, w.index("Thornbury"), w.index("Thornbury") + 1, label="PERSON")]
    assert [e.text for e in _join_name_pieces(doc, spans)] == ['Amos "Buck" Thornbury']


def test_a_state_by_its_formal_name_or_as_the_state_is_a_place(nlp):
    gaz = nlp.get_pipe("newslab_gazetteer")
    doc = nlp("The State of Vermont appealed, and the State argued that the Government of the Republic of Albania "
              "and the State and Treasury Departments had no say.")
    w = [t.text for t in doc]
    formal = Span(doc, 0, 4, label="ORG")
    bare = Span(doc, w.index("State", 4), w.index("State", 4) + 1, label="ORG")
    government = Span(doc, w.index("Government") - 1, w.index("Albania") + 1, label="ORG")
    shared = Span(doc, len(w) - 1 - w[::-1].index("State"), len(w) - w[::-1].index("State"), label="ORG")
    labels = [gaz._place_by_context(doc, e).label_ for e in (formal, bare, government, shared)]
    assert labels == ["GPE", "GPE", "ORG", "ORG"]


def test_time_zones_and_units_are_no_actors(nlp):
    doc = nlp.make_doc("The site was back at 14:05 GMT, and the plant gives 60 MW.")
    spans = _spans(doc, ["GMT"], "ORG") + _spans(doc, ["MW"], "ORG")
    assert _drop_things(doc, spans) == []


def test_coordinates_are_a_place(nlp):
    from newslab.extract.actor_gazetteer import _coordinates

    doc = nlp.make_doc("Coordinates: 41°12′N 12°30′E / 41.2°N 12.5°E / 41.2; 12.5 near the old ford.")
    assert [(e.text, e.label_) for e in _coordinates(doc)] == [("41°12′N 12°30′E", "LOC"), ("41.2°N 12.5°E", "LOC")]


def test_a_section_heading_alone_on_its_line_is_no_actor(nlp):
    doc = nlp.make_doc("Understand\n\nMost visitors understand little. Climate of fear, said Warnings Quarterly.")
    spans = _spans(doc, ["Understand"], "GPE") + _spans(doc, ["Climate"], "ORG") + _spans(doc, ["Warnings"], "ORG")
    assert [e.text for e in _drop_things(doc, spans)] == ["Climate", "Warnings"]  # not alone on a line: kept here


def test_a_signature_name_ends_before_the_line_break(nlp):
    from newslab.extract.actor_spans import person_span_end

    doc = nlp.make_doc("With love,\n\nHedda\n")
    w = [t.text for t in doc]
    assert person_span_end(doc, w.index("Hedda") + 1) is None  # "$" in the regnal-number pattern took the break


def test_a_lower_case_geographic_noun_belongs_to_the_place(nlp):
    from newslab.extract.actor_gazetteer import _with_geo_noun

    doc = nlp.make_doc("Boats crossed the Varnos river into Keldar province near Pell.")
    spans = _spans(doc, ["Varnos"], "ORG") + _spans(doc, ["Keldar"], "GPE") + _spans(doc, ["Pell"], "GPE")
    out = [(e.text, e.label_) for e in _with_geo_noun(doc, spans)]
    assert out == [("Varnos river", "LOC"), ("Keldar province", "GPE"), ("Pell", "GPE")]


def test_a_name_with_a_role_apposition_is_a_person(nlp):
    doc = nlp("Orrin Vassalo, the Special Envoy to the region, met Harbor Mills, a large firm, on Monday.")
    w = [t.text for t in doc]
    envoy = Span(doc, w.index("Orrin"), w.index("Vassalo") + 1, label="ORG")
    firm = Span(doc, w.index("Harbor"), w.index("Mills") + 1, label="ORG")
    assert [e.label_ for e in persons_by_name(doc, [envoy, firm])] == ["PERSON", "ORG"]

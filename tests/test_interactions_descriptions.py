"""Eighth-round interaction rules: descriptions that stand for an actor (a group the text calls a group, the post
a person is appointed to or serves in, a repeated name), a relative pronoun put in a post, and new verbs.
Every sentence here is written for the test; none comes from an evaluation set."""

from interkit import edges, has

from newslab.extract.analysis import analyze_doc
from newslab.seeds import parse_seed_text


def _actor_spans(nlp, text):
    analysis = analyze_doc(nlp(text), parse_seed_text(f"date 2024-01-01 {text}", "t"), "test")
    return {r["name"]: [text[s:e] for s, e in r["mentions"]] for r in analysis.actors.to_dict(orient="records")}


def test_the_group_stands_for_what_the_text_called_a_group(nlp):
    # The foreign name is read as a person; the copula says it is a group.
    df = edges(nlp, "Kata'ib Abu Fadl is a militant group in Iraq. The group was founded by Sheikh Ali Hamza al-Bakri.")
    assert has(df, "Ali Hamza al-Bakri", "Kata'ib Abu Fadl", "control"), df


def test_the_group_stands_for_an_apposed_group(nlp):
    df = edges(nlp, "Harakat Ahmad Saleh, an armed group in Yemen, was formed in 2009. The group attacked Saudi Arabia in 2015.")
    assert has(df, "Harakat Ahmad Saleh", "Saudi Arabia", "oppose"), df


def test_the_post_of_an_appointment_is_a_mention_of_the_person(nlp):
    spans = _actor_spans(nlp, "Karim Said was a colonel. In 2009 he was appointed by President Ali Mansour as the senior "
                              "commander for the Basra Operations Command.")
    assert "the senior commander" in spans["Karim Said"], spans


def test_a_repeated_name_left_unmarked_is_its_actor(nlp):
    # The mention stage sometimes leaves a repeat of a name unmarked; the interaction stage reads it by name.
    from newslab.extract.actors import extract_actors
    from newslab.extract.interactions import extract_interactions
    from interkit import Bare

    text = "The Qaim Bridge crosses the river near the border. In 2015 the Qaim Bridge was seized by the Islamic State."
    doc = nlp(text)
    actors = extract_actors(doc, Bare(text))
    bridge = actors.by_name("Qaim Bridge")
    cut = text.index("In 2015")
    bridge.mentions = [m for m in bridge.mentions if m[0] < cut]
    df = extract_interactions(doc, Bare(text), actors)
    assert has(df, "Islamic State", "Qaim Bridge", "oppose"), df


def test_a_lone_repeated_word_is_not_read_as_a_name(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.extract.interactions import extract_interactions
    from interkit import Bare

    text = "Qaim lies near the border. In 2015 Qaim was seized by the Islamic State."
    doc = nlp(text)
    actors = extract_actors(doc, Bare(text))
    town = actors.by_name("Qaim")
    if town is None:
        return
    cut = text.index("In 2015")
    town.mentions = [m for m in town.mentions if m[0] < cut]
    df = extract_interactions(doc, Bare(text), actors)
    assert not has(df, "Islamic State", "Qaim", "oppose"), df


def test_a_relative_pronoun_put_in_a_post_is_the_person_it_hangs_on(nlp):
    for text, org in (("Omar Haddad, who was appointed as commander of the Badr Brigade in 2010, met the minister.", "Badr Brigade"),
                      ("Omar Haddad, who is described by the Treasury as a senior leader of the Nusra Front, was arrested.",
                       "Nusra Front")):
        df = edges(nlp, text)
        assert has(df, "Omar Haddad", org, "member"), (text, df)


def test_the_subject_of_served_as_holds_the_post(nlp):
    df = edges(nlp, "Omar Haddad served as commander of the Badr Brigade until 2012.")
    assert has(df, "Omar Haddad", "Badr Brigade", "member"), df
    df = edges(nlp, "Omar Haddad, who served as a spokesman for the Nusra Front, was arrested.")
    assert has(df, "Omar Haddad", "Nusra Front", "member"), df


def test_an_object_of_the_verb_keeps_the_post(nlp):
    # "the council chose X as chair of Y": the chosen one, not the council, holds the post.
    df = edges(nlp, "The council chose Omar Haddad as chairman of the Badr Brigade.")
    assert not has(df, "council", "Badr Brigade", "member"), df


def test_defected_to_makes_a_member(nlp):
    df = edges(nlp, "Ali Hassan, a former commander in the Free Syrian Army, defected to the Nusra Front.")
    assert has(df, "Ali Hassan", "Nusra Front", "member"), df


def test_eighth_round_conflict_verbs(nlp):
    assert has(edges(nlp, "Russia vetoed the resolution drafted by France."), "Russia", "France", "oppose")
    assert has(edges(nlp, "Russia annexed Crimea in 2014."), "Russia", "Crimea", "oppose")
    assert has(edges(nlp, "Turkey extradited Omar Haddad to Egypt."), "Türkiye", "Omar Haddad", "oppose")


def test_a_place_held_is_controlled(nlp):
    assert has(edges(nlp, "The rebels held Homs until 2014."), "rebels", "Homs", "control")
    assert has(edges(nlp, "The rebels held on to Homs until 2014."), "rebels", "Homs", "control")
    assert has(edges(nlp, "Homs, held by the rebels since 2012, was shelled."), "rebels", "Homs", "control")


def test_other_senses_of_hold_are_no_control(nlp):
    df = edges(nlp, "Trump held Clinton responsible for the attack.")
    assert not has(df, "Donald Trump", "Hillary Clinton", "control", directed=False), df
    df = edges(nlp, "Jordan held the suspect for a week.")
    assert not (df["kind"] == "control").any(), df


def test_they_in_what_a_groups_leader_says_is_the_group(nlp):
    assert has(edges(nlp, "The leader of the rebels said they would hold on to Homs."), "rebels", "Homs", "control")
    assert has(edges(nlp, "A spokesman for the militants said they had captured Hama."), "militants", "Hama", "oppose")


def test_a_person_apposed_to_a_post_holds_it(nlp):
    df = edges(nlp, "The commander of the rebels, Omar Haddad, said they would hold on to Homs.")
    assert has(df, "Omar Haddad", "rebels", "member"), df
    assert has(df, "rebels", "Homs", "control"), df

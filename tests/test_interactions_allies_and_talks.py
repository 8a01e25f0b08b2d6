"""An ally named in apposition, a role-noun object whose name the parser hung on the verb, talks beside what the subject
does, a backer glued by a hyphen, "the government" after a police force, a party member in apposition, an
organisation's national section, authorities and Ukrainian given names (twenty-ninth round). Every sentence here is written for the test; none comes from an evaluation
set (the guards say what a rule must leave alone)."""

import pytest

from actorkit import typed_mentions
from interkit import edges as _edges, has as _has


def _cols(df):
    return df[["source", "kind", "cameo", "target"]]


@pytest.mark.parametrize("text, a, b", [
    ("Poland, one of Ukraine's strongest allies, banned imports of grain.", "Poland", "Ukraine"),
    ("The United States, Israel's closest ally, said the ruling was unfounded.", "United States", "Israel"),
])
def test_an_ally_in_apposition_is_a_tie(nlp, text, a, b):
    df = _edges(nlp, text)
    assert _has(df, a, b, "support", directed=False), _cols(df)


def test_an_ally_in_apposition_is_no_group_of_its_own(nlp):
    found = typed_mentions(nlp, "Poland, one of Ukraine's strongest allies, banned imports of grain.")
    assert found == {("GPE", "Poland"), ("GPE", "Ukraine's")}, found


def test_a_name_after_a_role_object_is_whom_the_verb_reaches(nlp):
    df = _edges(nlp, "Antony Blinken also met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, who has mediated "
                     "between Israel and Hamas.")
    assert _has(df, "Antony Blinken", "Tamim bin Hamad Al Thani", "meet", directed=False), _cols(df)


@pytest.mark.parametrize("text, a, b", [
    ("Jordan's King Abdullah II will visit Washington next week for talks with President Joe Biden.", "Abdullah",
     "Joe Biden"),
    ("The two states are close to a deal, Secretary of State Antony Blinken said on Monday, after talks with Crown "
     "Prince Mohammed bin Salman in Riyadh.", "Antony Blinken", "Mohammed bin Salman"),
])
def test_talks_beside_what_the_subject_does_are_the_subjects(nlp, text, a, b):
    df = _edges(nlp, text)
    assert _has(df, a, b, "meet", directed=False), _cols(df)


def test_a_backer_glued_by_a_hyphen_supports_the_group(nlp):
    df = _edges(nlp, "Iran-backed Houthi rebels fired two missiles at a tanker in the Red Sea.")
    rows = df[(df["source"] == "Iran") & (df["kind"] == "support")]
    assert len(rows) == 1 and "Houthi" in rows["target"].iloc[0], _cols(df)


def test_the_government_is_no_police_force_named_before(nlp):
    df = _edges(nlp, "Police fired tear gas at protesters outside parliament. The IMF has pressed the government "
                     "to raise revenue.")
    assert not _has(df, "IMF", "police", "communicate") and not _has(df, "IMF", "Police", "communicate"), _cols(df)


@pytest.mark.parametrize("text, section", [
    ("Amnesty International Kenya accused the police of using excessive force.", "Amnesty International Kenya"),
    ("Save the Children UK said the aid had arrived in Gaza.", "Save the Children UK"),
])
def test_an_organisations_national_section_is_one_organisation(nlp, text, section):
    assert ("ORG", section) in typed_mentions(nlp, text)


def test_a_state_modifying_a_noun_after_an_organisation_stays_apart(nlp):
    # guard: "the UN Ukraine envoy": the state names the envoy's brief, no section
    found = typed_mentions(nlp, "The UN Ukraine envoy arrived in Kyiv on Monday.")
    assert not any(t.endswith("Ukraine") and k == "ORG" for k, t in found), found


def test_a_ukrainian_given_name_makes_a_person(nlp):
    found = typed_mentions(nlp, "Volodymyr Zelenskyy urged Andrzej Duda to lift the ban.")
    assert ("PERSON", "Volodymyr Zelenskyy") in found, found


def test_a_party_member_in_apposition_is_no_second_doer(nlp):
    df = _edges(nlp, "Senate Majority Leader Chuck Schumer, a New York Democrat, accused Republicans of bowing to "
                     "pressure.")
    assert set(df.loc[df["kind"] == "oppose", "source"]) == {"Chuck Schumer"}, _cols(df)


def test_a_person_after_a_described_person_still_acts(nlp):
    # the parser hangs the next conjunct on the description ("a Republican, and Chris Coons")
    df = _edges(nlp, "Lindsey Graham, a Republican, and Chris Coons, a Democrat, visited Kyiv on Friday.")
    assert set(df.loc[df["kind"] == "visit", "source"]) == {"Lindsey Graham", "Chris Coons"}, _cols(df)


def test_an_authority_is_a_government_body(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    art = parse_seed_text("date 2024-03-02 The Competition and Markets Authority blocked the deal in April.\n", "t")
    kinds = {a.name: a.kind for a in extract_actors(nlp(art.body), art).actors}
    assert kinds.get("Competition and Markets Authority") == "government", kinds


def test_an_ally_named_by_a_compound_in_apposition_is_a_tie(nlp):
    df = _edges(nlp, "U.S. envoy Amos Hochstein met Lebanese parliament speaker Nabih Berri, a Hezbollah ally, on "
                     "Wednesday.")
    assert _has(df, "Hezbollah", "Nabih Berri", "support", directed=False), _cols(df)


@pytest.mark.parametrize("text, member, body", [
    ("Germany, a NATO member, hosted the summit.", "Germany", "NATO"),
    ("Poland, an EU member state, banned the imports.", "Poland", "European Union"),
    ("Sweden became a NATO member in March.", "Sweden", "NATO"),
])
def test_a_member_named_by_a_compound_is_a_member(nlp, text, member, body):
    assert _has(_edges(nlp, text), member, body, "member"), _cols(_edges(nlp, text))


def test_a_states_officer_belongs_to_the_state_not_to_a_region_of_it(nlp):
    # "southern Lebanon" is a region of its own; the prime minister's affiliation is the state
    df = _edges(nlp, "Israeli strikes killed 12 people in southern Lebanon on Thursday, Lebanon's health ministry "
                     "said. Lebanese Prime Minister Najib Mikati condemned the strikes.")
    rows = df[(df["source"] == "Najib Mikati") & (df["kind"] == "member")]
    assert list(rows["target"]) == ["Lebanon"], _cols(df)


def test_not_becoming_a_member_is_no_membership(nlp):
    # guard: an infinitive or a negation of "become" is no post held
    df = _edges(nlp, "We will not allow Donald Trump to become president of the United States.")
    assert not _has(df, "Donald Trump", "United States", "member"), _cols(df)


def test_fighting_between_two_sides_in_a_clause_with_no_subject_is_fighting(nlp):
    df = _edges(nlp, "Israeli strikes killed 12 people in southern Lebanon, the health ministry said, as fighting "
                     "between Israel and Hezbollah intensified despite U.S. efforts to broker a ceasefire.")
    assert _has(df, "Israel", "Hezbollah", "oppose", directed=False), _cols(df)


def test_an_attack_on_a_target_named_by_its_state_is_on_the_state(nlp):
    df = _edges(nlp, "Israel struck Gaza. Hezbollah fired rockets at an Israeli army base.")
    assert _has(df, "Hezbollah", "Israel", "oppose"), _cols(df)


def test_a_support_pledged_for_someone_is_not_for_its_possessor(nlp):
    df = _edges(nlp, "Iranian Foreign Minister Abbas Araqchi visited Beirut last week and pledged Tehran's support for "
                     "Lebanon.")
    assert _has(df, "Tehran", "Lebanon", "support") and not _has(df, "Abbas Araqchi", "Tehran", "support"), _cols(df)


@pytest.mark.parametrize("text", [
    "Derek Lowry, 34, was convicted in March. The Minneapolis Police Department fired Lowry weeks after the shooting.",
    "Derek Lowry was fired by the Minneapolis Police Department.",
])
def test_firing_a_person_is_a_dismissal_not_force(nlp, text):
    assert _edges(nlp, text).empty, _cols(_edges(nlp, text))


def test_firing_at_someone_is_still_force(nlp):
    # guard: with "at", "fire" is a weapon's
    assert _has(_edges(nlp, "Hezbollah fired rockets at Israel."), "Hezbollah", "Israel", "oppose")


def test_its_role_in_apposition_belongs_to_the_body_named_just_before(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    def affiliation(text, name):
        art = parse_seed_text(f"date 2024-08-15 {text}\n", "t")
        return {a.name: a.affiliation for a in extract_actors(nlp(art.body), art).actors}[name]

    assert affiliation("The Africa Centres for Disease Control and Prevention declared an emergency. Its director, "
                       "Jean Kaseya, said the continent needed doses.", "Jean Kaseya") \
        == "Africa Centres for Disease Control and Prevention"
    # guard: a body named by a common noun after the organisation is what "its" stands for
    assert affiliation("Reuters spoke to the union. Its leader, Ana Diaz, said the strike would go on.", "Ana Diaz") is None


def test_an_affiliate_named_by_a_compound_belongs_to_it(nlp):
    df = _edges(nlp, "Al-Shabaab, an al-Qaeda affiliate based in Somalia, has carried out attacks in Kenya.")
    assert _has(df, "al-Shabaab", "al-Qaeda", "member"), _cols(df)


@pytest.mark.parametrize("text, name, acronym", [
    ("US Africa Command (AFRICOM) said a strike near Jilib killed three fighters. AFRICOM gave no names.",
     "US Africa Command", "AFRICOM"),
    ("In 2012 Kenyan troops joined the African Union Mission in Somalia (AMISOM). AMISOM has 19,000 troops.",
     "African Union Mission", "AMISOM"),
])
def test_an_acronym_in_brackets_after_a_name_is_that_name(nlp, text, name, acronym):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    art = parse_seed_text(f"date 2024-03-14 {text}\n", "t")
    actors = {a.name: a for a in extract_actors(nlp(art.body), art).actors}
    assert acronym not in actors and len(actors[name].mentions) == 3, {n: a.mentions for n, a in actors.items()}


def test_leaders_including_named_people_are_those_people(nlp):
    df = _edges(nlp, "Foreign leaders, including U.S. President Joe Biden and Italian Prime Minister Giorgia Meloni, "
                     "congratulated Narendra Modi.")
    assert _has(df, "Joe Biden", "Narendra Modi", "communicate") and _has(df, "Giorgia Meloni", "Narendra Modi",
                                                                          "communicate"), _cols(df)


def test_what_someone_was_not_let_do_is_negated(nlp):
    df = _edges(nlp, "Rahul Gandhi said voters had refused to let Narendra Modi run India.")
    assert list(df.loc[df["kind"] == "control", "negated"]) == [True], df


def test_blame_on_someone_accuses_them(nlp):
    df = _edges(nlp, "Tehran has blamed the unrest on its foreign enemies, including the United States and Israel.")
    assert _has(df, "Tehran", "United States", "oppose") and _has(df, "Tehran", "Israel", "oppose"), _cols(df)


def test_a_short_name_of_a_known_body_is_that_body(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    art = parse_seed_text("date 2023-04-06 Amnesty International accused the police of torture. \"The authorities "
                          "lied,\" said Diana Eltahawy, Amnesty's deputy director.\n", "t")
    actors = {a.name: a for a in extract_actors(nlp(art.body), art).actors}
    assert "Amnesty" not in actors and actors["Diana Eltahawy"].affiliation == "Amnesty International"
    assert actors["Diana Eltahawy"].kind == "organisation"  # a deputy director of a charity holds no state office


def test_a_role_phrase_the_name_follows_is_the_person_who_acts(nlp):
    # the parser hangs the name on the role's object ("for Syria, Geir Pedersen"), and the model calls it a place
    df = _edges(nlp, "The U.N. envoy for Syria, Geir Pedersen, met Iranian and Russian officials in Geneva on Tuesday.")
    meets = df[df["kind"] == "meet"]
    assert list(meets["source"]) == ["Geir Pedersen"], _cols(df)
    assert _has(df, "Geir Pedersen", "United Nations", "member"), _cols(df)


def test_a_capital_in_apposition_stays_a_place(nlp):
    # guard: only a role noun or title before the comma makes the name a person's
    assert ("GPE", "Paris") in typed_mentions(nlp, "The capital of France, Paris, hosted the talks.")


def test_a_persons_aide_for_a_state_is_no_member_of_it(nlp):
    # "Cruz's Iowa director": the state names the aide's field, not a body he belongs to
    df = _edges(nlp, "For instance, Cruz's Iowa director, Bryan English, said the cost was high.")
    assert not _has(df, "Bryan English", "Iowa", "member"), _cols(df)


def test_an_ambassador_belongs_to_the_sending_state_not_the_post(nlp):
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    art = parse_seed_text("date 1998-03-01 Syria had shown interest in remarks made last week by the Syrian ambassador "
                          "to Washington, Walid Mualem, the paper said.\n", "t")
    actors = {a.name: a for a in extract_actors(nlp(art.body), art).actors}
    assert actors["Walid Mualem"].affiliation == "Syria", {n: a.affiliation for n, a in actors.items()}

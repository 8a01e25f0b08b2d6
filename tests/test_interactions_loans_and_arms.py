"""Loans, lending and weapons sent or delivered, also as a number or a lot of them; "against" coded by what it hangs
on; relations restored together; a broker named in the passive; "at war with"; the one army named earlier
(twenty-eighth round). Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def _cols(df):
    return df[["source", "kind", "cameo", "target"]]


@pytest.mark.parametrize("text, source, target, cameo", [
    ("The World Bank approved a $500 million loan to Kenya on Tuesday.", "World Bank", "Kenya", "071"),
    ("China extended a $2 billion loan to Sri Lanka in 2021.", "China", "Sri Lanka", "071"),
    ("The IMF agreed to lend Argentina $57 billion.", "IMF", "Argentina", "071"),
    ("The IMF approved a $3 billion bailout for Pakistan.", "IMF", "Pakistan", "071"),
    ("The EU announced a grant to Jordan for refugee schools.", "European Union", "Jordan", "071"),
    # weapons of a kind sent or delivered: military aid
    ("Germany will send Leopard 2 tanks to Ukraine.", "Germany", "Ukraine", "072"),
    ("Iran has delivered hundreds of drones to Russia.", "Iran", "Russia", "072"),
    ("The United States sent a new package of weapons to Israel.", "United States", "Israel", "072"),
])
def test_loans_grants_and_weapons_sent_are_aid(nlp, text, source, target, cameo):
    df = _edges(nlp, text)
    assert _has(df, source, target, "support"), _cols(df)
    assert set(df["cameo"]) == {cameo}, _cols(df)


def test_troops_sent_into_a_country_are_no_aid(nlp):
    # guard: only weapons and aid make "send" a support edge
    df = _edges(nlp, "Russia sent troops into Georgia in 2008.")
    assert not _has(df, "Russia", "Georgia", "support"), _cols(df)


@pytest.mark.parametrize("text, code", [
    ("The European Commission opened an infringement procedure against Hungary.", "110"),
    ("The coalition launched an offensive against the Taliban in Helmand.", "190"),
    ("Russia launched missiles against Ukraine on Monday.", "190"),
    ("Britain began an air campaign against the Houthis in January.", "190"),
    ("Kenya stepped up its campaign against Al-Shabaab in March.", "190"),  # an armed group as the target
])
def test_against_is_military_force_only_after_a_word_of_fighting(nlp, text, code):
    df = _edges(nlp, text)
    rows = df[df["kind"] == "oppose"]
    assert len(rows) == 1 and rows["cameo"].iloc[0] == code, _cols(df)


@pytest.mark.parametrize("text", [
    "Saudi Arabia and Iran restored diplomatic relations in March.",
    "Israel and Morocco established diplomatic ties in 2020.",
])
def test_two_states_restoring_relations_together_support_each_other(nlp, text):
    df = _edges(nlp, text)
    sides = [a for a in ("Saudi Arabia", "Iran", "Israel", "Morocco") if a in text]
    assert _has(df, sides[0], sides[1], "support", directed=False), _cols(df)


@pytest.mark.parametrize("text, broker, sides", [
    ("Israel and Hamas agreed to a truce brokered by Egypt.", "Egypt", ("Israel", "Hamas")),
    ("Ethiopia and Eritrea signed a deal mediated by Qatar.", "Qatar", ("Ethiopia", "Eritrea")),
])
def test_a_passive_broker_meets_the_sides_of_the_brokered_deal(nlp, text, broker, sides):
    df = _edges(nlp, text)
    assert all(_has(df, broker, side, "meet") for side in sides), _cols(df)


@pytest.mark.parametrize("text, source, target, kind", [
    ("Russia has been at war with Ukraine since 2022.", "Russia", "Ukraine", "oppose"),
    ("Kyiv is in talks with Warsaw over grain exports.", "Kyiv", "Warsaw", "meet"),
])
def test_a_state_the_subject_is_in_with_another(nlp, text, source, target, kind):
    df = _edges(nlp, text)
    assert _has(df, source, target, kind, directed=False), _cols(df)


def test_the_one_army_named_earlier_is_the_army_further_on(nlp):
    text = ("Sudan's army said on Saturday it had retaken a bridge in the capital. The fighting has killed thousands, "
            "aid groups said. Food prices have tripled since April. The Rapid Support Forces accused the army of "
            "shelling homes.")
    df = _edges(nlp, text)
    assert _has(df, "Rapid Support Forces", "Sudanese army", "oppose"), _cols(df)


def test_fighting_between_two_sides_is_their_fight(nlp):
    df = _edges(nlp, "Fighting between Armenia and Azerbaijan killed 30 soldiers.")
    assert _has(df, "Armenia", "Azerbaijan", "oppose", directed=False), _cols(df)


def test_the_group_named_inside_a_modified_target_is_the_target(nlp):
    df = _edges(nlp, "Colombian troops killed a senior FARC dissident commander in a raid on Sunday.")
    assert _has(df, "Colombian troops", "FARC", "oppose"), _cols(df)


def test_weapons_received_from_a_state_are_its_military_aid(nlp):
    df = _edges(nlp, "The Free Syrian Army received weapons from Turkey and Qatar.")
    assert _has(df, "Qatar", "Free Syrian Army", "support"), _cols(df)

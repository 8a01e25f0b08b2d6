"""Mediation, agreements named for a city, contracts, investment, aid cut, and acts received "from" a doer
(twenty-seventh round).

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def _cols(df):
    return df[["source", "kind", "cameo", "target"]]


@pytest.mark.parametrize("text", [
    "Qatar brokered a ceasefire between Israel and Hamas on Friday.",
    "Egypt brokered a truce between Israel and Hamas after eleven days of fighting.",
])
def test_a_broker_meets_each_side_and_the_sides_agree(nlp, text):
    df = _edges(nlp, text)
    broker = df["source"].iloc[0] if len(df) else None
    assert broker in {"Qatar", "Egypt"}, _cols(df)
    assert _has(df, broker, "Israel", "meet") and _has(df, broker, "Hamas", "meet"), _cols(df)
    assert _has(df, "Israel", "Hamas", "agree", directed=False), _cols(df)
    assert not _has(df, broker, "Israel", "agree") and not _has(df, "Israel", broker, "agree"), _cols(df)


def test_an_agreement_named_for_a_city_is_not_signed_by_the_city(nlp):
    df = _edges(nlp, "Norway helped broker the Oslo accords between Israel and the PLO.")
    assert _has(df, "Israel", "PLO", "agree", directed=False), _cols(df)
    assert not (df["target"] == "Oslo").any() and not (df["source"] == "Oslo").any(), _cols(df)


def test_a_contract_awarded_is_economic_cooperation(nlp):
    df = _edges(nlp, "The Pentagon awarded Lockheed Martin a $1.8 billion contract for missile defence.")
    rows = df[(df["source"] == "Pentagon") & (df["target"] == "Lockheed Martin")]
    assert list(rows["cameo"]) == ["061"] and list(rows["kind"]) == ["support"], _cols(df)


@pytest.mark.parametrize("text, edge, cameo", [
    ("Saudi Arabia pledged to invest $600 billion in the United States.", ("Saudi Arabia", "United States"), "061"),
    ("Japan lodged a protest with China over the buoy.", ("Japan", "China"), "111"),
    ("The EU suspended budget support to Niger after the coup.", ("European Union", "Niger"), "162"),
    ("The United States withheld aid from Ukraine for two months.", ("United States", "Ukraine"), "162"),
    ("Germany cut funding to UNRWA last year.", ("Germany", "UNRWA"), "162"),
    ("Washington decided to withhold military aid to Egypt.", ("Washington", "Egypt"), "162"),
    ("Serbia recalled its ambassador to Montenegro on Monday.", ("Serbia", "Montenegro"), "161"),
    ("Vietnam upgraded its relationship with the United States.", ("Vietnam", "United States"), "050"),
])
def test_investment_protests_aid_cut_and_relationships_are_interactions(nlp, text, edge, cameo):
    df = _edges(nlp, text)
    rows = df[(df["source"] == edge[0]) & (df["target"] == edge[1])]
    assert cameo in set(rows["cameo"]), _cols(df)


def test_aid_that_is_sent_is_not_cut(nlp):
    # guard: the aid rows that cut need their own verb; sending aid stays support
    df = _edges(nlp, "Germany sent aid to Ukraine in March.")
    assert _has(df, "Germany", "Ukraine", "support") and not _has(df, "Germany", "Ukraine", "oppose"), _cols(df)


def test_their_meeting_held_by_two_subjects_is_theirs_together(nlp):
    df = _edges(nlp, "South Korea and Japan held their first summit in twelve years.")
    assert _has(df, "South Korea", "Japan", "meet", directed=False), _cols(df)


@pytest.mark.parametrize("text, edge", [
    ("Boris Johnson faced criticism from Washington over the bill.", ("Washington", "Boris Johnson", "oppose")),
    ("Israel faced sanctions from the European Union.", ("European Union", "Israel", "oppose")),
    ("Kharkiv came under attack from Russia overnight.", ("Russia", "Kharkiv", "oppose")),
    ("Ukraine won support from Poland for its bid.", ("Poland", "Ukraine", "support")),
])
def test_an_act_faced_drawn_or_come_under_is_done_by_the_from_actor(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), _cols(df)
    assert not _has(df, edge[1], edge[0], edge[2]), _cols(df)


@pytest.mark.parametrize("text, edge, cameo", [
    ("The European Union opened a formal investigation into TikTok on Wednesday.", ("European Union", "TikTok"), "090"),
    ("The Senate launched a probe into Meta last year.", ("Senate", "Meta"), "090"),
    ("The European Commission fined Apple 1.8 billion euros for abusing its dominance.", ("European Commission", "Apple"), "172"),
])
def test_investigations_and_fines_oppose_their_target(nlp, text, edge, cameo):
    df = _edges(nlp, text)
    rows = df[(df["source"] == edge[0]) & (df["target"] == edge[1])]
    assert list(rows["cameo"]) == [cameo] and list(rows["kind"]) == ["oppose"], _cols(df)


@pytest.mark.parametrize("text, edge", [
    ("Anna Berg worked for Google for a decade.", ("Anna Berg", "Google")),
    ("Tom Lee works at the BBC in London.", ("Tom Lee", "BBC")),
])
def test_working_for_or_at_an_organisation_is_membership(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, "member"), _cols(df)


def test_working_with_an_organisation_stays_cooperation(nlp):
    # guard: "with" is a partner, not an employer
    df = _edges(nlp, "Tom Lee worked with the BBC on the film.")
    assert not _has(df, "Tom Lee", "BBC", "member") and _has(df, "Tom Lee", "BBC", "agree", directed=False), _cols(df)


@pytest.mark.parametrize("text, pair", [
    ("Venezuela freed five Americans on Saturday.", ("Venezuela", "Americans")),
    ("Israel freed Marwan Barghouti after twenty years.", ("Israel", "Marwan Barghouti")),
])
def test_people_freed_are_released_not_attacked(nlp, text, pair):
    df = _edges(nlp, text)
    assert not _has(df, *pair, "oppose"), _cols(df)


def test_a_place_freed_from_a_group_fights_the_group(nlp):
    # guard: the "from" phrase of a town freed is the one fought
    df = _edges(nlp, "Kurdish forces liberated Raqqa from the Islamic State.")
    assert _has(df, "Kurdish forces", "Islamic State", "oppose"), _cols(df)


@pytest.mark.parametrize("text, edge", [
    ("Germany pressed China to do more on climate.", ("Germany", "China")),
    ("The United States pressured Israel to allow more aid into Gaza.", ("United States", "Israel")),
])
def test_pressing_someone_to_act_is_a_demand(nlp, text, edge):
    df = _edges(nlp, text)
    rows = df[(df["source"] == edge[0]) & (df["target"] == edge[1])]
    assert list(rows["cameo"]) == ["100"], _cols(df)


@pytest.mark.parametrize("text, pair", [
    ("Google had proposed acquiring Yelp in 2012.", ("Google", "Yelp")),
    ("Microsoft withdrew its offer to acquire Yahoo.", ("Microsoft", "Yahoo")),
    ("Amazon plans to buy MGM for $8 billion.", ("Amazon", "MGM")),
    ("The Taliban are going to take over Kabul within weeks.", ("Taliban", "Kabul")),
])
def test_an_acquisition_aimed_at_is_no_control_yet(nlp, text, pair):
    df = _edges(nlp, text)
    assert not _has(df, *pair, "control"), _cols(df)


@pytest.mark.parametrize("text, pair", [
    ("Amazon bought MGM for $8 billion.", ("Amazon", "MGM")),
    ("JPMorgan agreed to buy First Republic Bank on Monday.", ("JPMorgan Chase", "First Republic Bank")),
])
def test_an_acquisition_done_or_agreed_is_control(nlp, text, pair):
    # guard: a purchase made, or a signed deal, is a hold
    df = _edges(nlp, text)
    assert _has(df, *pair, "control"), _cols(df)


@pytest.mark.parametrize("text, edge", [
    ("After meeting Putin in Moscow, Erdogan flew to Tehran.", ("Erdogan", "Putin", "meet")),
    ("Donald Trump won the nomination after defeating Ted Cruz in Indiana.", ("Donald Trump", "Ted Cruz", "oppose")),
    ("After being attacked by Hamas, Israel launched strikes on Gaza.", ("Hamas", "Israel", "oppose")),
])
def test_a_gerund_after_a_time_preposition_is_done_by_the_clause_subject(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), _cols(df)


def test_a_gerund_after_without_is_not_done(nlp):
    # guard: "without meeting" says it did not happen
    df = _edges(nlp, "Erdogan left Moscow without meeting Putin.")
    assert not _has(df, "Erdogan", "Putin", "meet", directed=False), _cols(df)


@pytest.mark.parametrize("text, place", [
    ("The Texas governor criticized Biden over the border.", "Texas"),
    ("After trouncing Hillary Clinton in New Hampshire, the Vermont senator flew to Nevada.", "Vermont"),
])
def test_a_town_or_region_before_an_office_is_not_the_doer(nlp, text, place):
    df = _edges(nlp, text)
    assert not (df["source"] == place).any(), _cols(df)


def test_plural_officers_of_a_county_act_for_it(nlp):
    # guard: "prosecutors" are the county's office, not one person serving there
    df = _edges(nlp, "Harris County prosecutors charged Dale Finch with fraud on Monday.")
    assert _has(df, "Harris County", "Dale Finch", "oppose"), _cols(df)

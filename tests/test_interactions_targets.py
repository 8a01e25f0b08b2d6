"""Interaction recall rules of issue 12 (twenty-sixth round): what an attack lands on, aid given through an amount,
tariffs, summoned envoys, aid and arms sent or delivered, a host between two sides.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def _cols(df):
    return df[["source", "kind", "cameo", "target"]]


@pytest.mark.parametrize("text, edge", [
    ("Hezbollah fired rockets into Israel on Sunday night.", ("Hezbollah", "Israel", "oppose")),
    ("Israel struck targets in Lebanon after the rocket fire.", ("Israel", "Lebanon", "oppose")),
    ("Turkey shelled positions inside Syria for a second day.", ("Türkiye", "Syria", "oppose")),
])
def test_an_attack_lands_on_the_place_it_is_fired_into_or_its_targets_are_in(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), _cols(df)


def test_targets_near_a_place_do_not_make_the_place_the_one_attacked(nlp):
    df = _edges(nlp, "Russia struck targets near Kharkiv overnight.")
    assert not _has(df, "Russia", "Kharkiv", "oppose"), _cols(df)


def test_a_named_holder_of_the_targets_is_attacked_not_their_town(nlp):
    df = _edges(nlp, "The United States struck ISIL targets in Raqqa on Friday.")
    assert _has(df, "United States", "Islamic State", "oppose"), _cols(df)
    assert not _has(df, "United States", "Raqqa", "oppose"), _cols(df)


@pytest.mark.parametrize("text, pair", [
    # the parser hangs "to Ukraine" off "aid" here, off "pledged" in the second
    ("Germany pledged 500 million euros in aid to Ukraine.", ("Germany", "Ukraine")),
    ("Japan pledged 300 million dollars in aid to Indonesia after the tsunami.", ("Japan", "Indonesia")),
])
def test_a_pledged_amount_in_aid_names_its_receiver(nlp, text, pair):
    df = _edges(nlp, text)
    rows = df[(df["source"] == pair[0]) & (df["target"] == pair[1])]
    assert list(rows["kind"]) == ["support"], _cols(df)


@pytest.mark.parametrize("text, edge, cameo", [
    ("Canada slapped tariffs on China over the steel dispute.", ("Canada", "China", "oppose"), "163"),
    ("Seoul summoned Japan's ambassador to protest the textbook.", ("Seoul", "Japan", "oppose"), "114"),
    ("Germany delivered weapons to Ukraine in March.", ("Germany", "Ukraine", "support"), "072"),
    ("Sweden sent aid to Pakistan after the floods.", ("Sweden", "Pakistan", "support"), "071"),
])
def test_tariffs_summoned_envoys_and_aid_or_arms_sent_are_interactions(nlp, text, edge, cameo):
    df = _edges(nlp, text)
    rows = df[(df["source"] == edge[0]) & (df["target"] == edge[1]) & (df["kind"] == edge[2])]
    assert list(rows["cameo"]) == [cameo], _cols(df)


@pytest.mark.parametrize("text", [
    "Kenya sent troops to Somalia in 2011.",
    "Macron delivered a speech to Parliament on Monday.",
    "Argentina summoned its players to Buenos Aires.",
])
def test_sending_or_delivering_anything_else_is_no_aid(nlp, text):
    df = _edges(nlp, text)
    assert not (df["kind"] == "support").any() and not (df["kind"] == "oppose").any(), _cols(df)


def test_a_host_of_talks_between_two_sides_meets_each(nlp):
    df = _edges(nlp, "Oman hosted talks between Iran and the United States in Muscat.")
    assert _has(df, "Oman", "Iran", "meet") and _has(df, "Oman", "United States", "meet"), _cols(df)


@pytest.mark.parametrize("text, edge", [
    ("The Houthis launched a drone at Abu Dhabi on Monday.", ("Houthis", "Abu Dhabi", "oppose")),
    ("Islamic Jihad launched rockets into Israel from Gaza.", ("Islamic Jihad", "Israel", "oppose")),
    ("Gunmen kidnapped three engineers from the Red Cross in Darfur.", ("Gunmen", "Red Cross", "oppose")),
])
def test_a_launched_weapon_or_a_kidnapping_from_a_body_is_an_attack_on_it(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), _cols(df)


def test_launching_anything_else_at_a_place_is_no_attack(nlp):
    assert _edges(nlp, "Labour launched its manifesto at Birmingham on Thursday.").empty


def test_a_kidnapping_from_a_town_is_no_attack_on_the_town(nlp):
    df = _edges(nlp, "Gunmen abducted forty pupils from Kaduna on Friday night.")
    assert not (df["kind"] == "oppose").any(), _cols(df)


def test_the_two_leaders_in_a_sentence_naming_no_one_are_the_pair_just_met(nlp):
    df = _edges(nlp, "William Ruto phoned Yoweri Museveni on Tuesday. The two leaders discussed the oil pipeline.")
    assert _has(df, "William Ruto", "Yoweri Museveni", "meet"), _cols(df)


@pytest.mark.parametrize("text", [
    "The African Union suspended Guinea after the coup.",
    "Guinea was suspended by ECOWAS in September.",
])
def test_a_member_suspended_by_a_body_is_opposed(nlp, text):
    df = _edges(nlp, text)
    assert len(df[(df["target"] == "Guinea") & (df["kind"] == "oppose")]) == 1, _cols(df)


def test_suspended_talks_name_no_one(nlp):
    assert _edges(nlp, "Kenya suspended the talks on Monday.").empty


def test_a_successor_not_the_predecessor_takes_the_post(nlp):
    df = _edges(nlp, "Ayman al-Zawahiri succeeded Osama bin Laden as head of al-Qaeda in 2011.")
    members = set(zip(df[df["kind"] == "member"]["source"], df[df["kind"] == "member"]["target"]))
    assert ("Ayman al-Zawahiri", "al-Qaeda") in members and ("Osama bin Laden", "al-Qaeda") not in members, _cols(df)


def test_he_after_a_persons_office_as_subject_is_that_person(nlp):
    text = ("Defence Secretary Ashton Carter spoke in Brussels. Prime Minister Haider al-Abadi's office said he had "
            "spoken by phone with Vice President Joe Biden.")
    df = _edges(nlp, text)
    assert _has(df, "Haider al-Abadi", "Joe Biden", "communicate", directed=False), _cols(df)
    assert not _has(df, "Ashton Carter", "Joe Biden", "communicate", directed=False), _cols(df)


@pytest.mark.parametrize("text, edge, cameo", [
    ("Michelle Obama campaigned for Kamala Harris in Michigan.", ("Michelle Obama", "Kamala Harris", "support"), "051"),
    ("Liz Cheney distanced herself from Kevin McCarthy.", ("Liz Cheney", "Kevin McCarthy", "oppose"), "160"),
    ("Nikki Haley lashed out at Vivek Ramaswamy during the debate.", ("Nikki Haley", "Vivek Ramaswamy", "oppose"), "111"),
])
def test_campaign_politics_verbs(nlp, text, edge, cameo):
    df = _edges(nlp, text)
    rows = df[(df["source"] == edge[0]) & (df["target"] == edge[1]) & (df["kind"] == edge[2])]
    assert list(rows["cameo"]) == [cameo], _cols(df)


@pytest.mark.parametrize("text, pair, kind", [
    ("Ron DeSantis traded insults with Chris Christie on stage.", ("Chris Christie", "Ron DeSantis"), "oppose"),
    ("Joe Biden debated Donald Trump in Atlanta.", ("Donald Trump", "Joe Biden"), "communicate"),
    ("Ted Cruz teamed up with Carly Fiorina before the primary.", ("Carly Fiorina", "Ted Cruz"), "agree"),
])
def test_mutual_acts_of_candidates(nlp, text, pair, kind):
    df = _edges(nlp, text)
    assert _has(df, *pair, kind, directed=False), _cols(df)


def test_a_distanced_third_party_is_no_opponent(nlp):
    # not reflexive: the aide does not oppose Biden
    df = _edges(nlp, "The aide tried to distance Joe Biden from the remarks.")
    assert not (df["kind"] == "oppose").any(), _cols(df)


def test_she_inside_the_speakers_quote_is_not_the_speaker(nlp):
    text = ("Governor Maggie Hassan spoke in Concord. Senator Kelly Ayotte met Donald Trump.\n"
            '"I think she is just trying to distance herself from Donald Trump," Hassan said.')
    df = _edges(nlp, text)
    assert _has(df, "Kelly Ayotte", "Donald Trump", "oppose"), _cols(df)
    assert not _has(df, "Maggie Hassan", "Donald Trump", "oppose"), _cols(df)


@pytest.mark.parametrize("text", [
    "Maria Lopez lashed out at her Chicago neighbours.",
    "Paul Stone lashed out at his Denver neighbours on Friday.",
])
def test_a_town_before_a_possessed_noun_is_where_not_whom(nlp, text):
    df = _edges(nlp, text)
    assert not (df["kind"] == "oppose").any(), _cols(df)

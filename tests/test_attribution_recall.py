"""Attribution constructions added for recall (issue 12), each on a sentence written for the test."""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.attribution import extract_attributions
from newslab.seeds import parse_seed_text


@pytest.fixture(scope="module")
def attr(nlp):
    def _attr(text: str, scope: str = "speech"):
        article = parse_seed_text("date 2025-01-01 " + text, "t")
        doc = nlp(article.body)
        return extract_attributions(doc, article, extract_actors(doc, article), scope=scope), article.body
    return _attr


def rows(df, cue):
    return df[df.cue == cue]


def one(df, cue):
    got = rows(df, cue)
    assert len(got) == 1, f"expected one '{cue}' row, got\n{df[['source', 'cue', 'content']]}"
    return got.iloc[0]


def test_inverted_said_with_double_apostrophe_quotes_joins_the_next_quote(attr):
    # NYT-style '' marks: the parser leaves the next quote's opening mark in the cue's sentence.
    df, body = attr("Budget fight\n\n''The budget is a disaster for farmers,'' said Maria Lopez, the head of a "
                    "growers' union. ''We will fight it in court.''")
    r = one(df, "said")
    assert r.content.startswith("''The budget") and r.content.endswith("court.''")
    assert len(r.fragments) == 2


def test_statement_saying_takes_the_subject_of_issue(attr):
    df, _ = attr("The mayor issued a statement saying the schools would reopen next week.")
    r = one(df, "saying")
    assert r.source == "The mayor" and r.content == "the schools would reopen next week"


def test_called_it_a_predicate(attr):
    df, _ = attr('Reopening the mine, he called it a "historic mistake" that would haunt the valley.')
    assert one(df, "called").content.startswith('it a "historic mistake"')


def test_accused_object_of_complement(attr):
    df, _ = attr("Senator Dan Ellis accused the governor of hiding the true cost of the bridge.")
    r = one(df, "accused")
    assert r.source == "Senator Dan Ellis" and r.content == "the governor of hiding the true cost of the bridge"


def test_accused_bare_pronoun_is_no_content(attr):
    df, _ = attr("The governor accused him.")
    assert rows(df, "accused").empty


def test_declined_to_comment_is_one_attribution(attr):
    df, _ = attr("A spokesman for the company declined to comment. Union leaders refused to confirm the figures. "
                 "She refused to resign.")
    assert one(df, "declined").content == "to comment"
    assert one(df[df.source == "Union leaders"], "refused").content == "to confirm the figures"
    assert rows(df, "confirm").empty  # the refused act is content, not a second cue
    # "refused to resign" refuses no speech act, but "refuse" is one of the default_cognition_verbs
    # (PolNeAR annotates refusals): a row of its own, cued by the refusal.
    assert one(df[df.source == "She"], "refused").content == "to resign"
    assert len(df) == 3


def test_trailing_which_clause_is_the_writers_aside(attr):
    df, _ = attr("Headline\n\nThe mayor said the bridge will close next week for repairs, which are expected to last "
                 "a year. She said the man who built it was a genius.")
    assert one(df[df.source == "The mayor"], "said").content == "the bridge will close next week for repairs"
    assert one(df[df.source == "She"], "said").content == "the man who built it was a genius"  # restrictive: kept


def test_next_quote_continues_after_a_long_source_description(attr):
    df, _ = attr("Headline\n\nAs for the new levy, ''I kind of write it off,'' said Mr. Pike, who sold a bakery to a "
                 "rival and is building another company. ''He is more careful than his words.''")
    r = one(df, "said")
    assert r.content.endswith("his words.''") and len(r.fragments) == 2


def test_according_to_drops_the_aside_after_it(attr):
    df, _ = attr("Headline\n\nThe governor trails her rival by six points, according to the Harbor Institute "
                 "average in Ohio - despite leading in June.")
    assert one(df, "according to").content == "The governor trails her rival by six points"
    df, _ = attr("Headline\n\nThe plan, according to two officials, is already late.")
    assert len(one(df, "according to").fragments) == 2  # the main clause is on both sides


def test_source_phrase_stops_at_the_paragraph_break(attr):
    df, _ = attr('Headline\n\nMayor Ruth Ortiz told her supporters, "We are not finished yet."')
    assert one(df, "told").source == "Mayor Ruth Ortiz"


def test_broad_hopes_despite_the_lemmatizer(attr):
    # spaCy lemmatizes "hopes" as "hop"; the lexicon's lemma_fixes repair it.
    df, _ = attr("Ms. Grant, meanwhile, hopes that winning the county will give her momentum. "
                 "Mr. Ruiz hoped to get one more interview before the vote.", scope="broad")
    assert one(df, "hopes").content == "that winning the county will give her momentum"
    assert one(df, "hoped").source == "Mr. Ruiz"


def test_broad_participle_holder(attr):
    df, _ = attr("Farmers supporting the levy gathered outside the hall.", scope="broad")
    r = one(df, "supporting")
    assert r.source == "Farmers" and r.content == "the levy"


def test_broad_leaves_out_try_need_and_mean(attr):
    # Measured on attribution_large: these gave far more false than true attributions.
    df, _ = attr("The council tried to fix the roads. The town needs a new bridge. That means higher taxes.",
                 scope="broad")
    assert df.empty


def test_headline_name_colon_when_the_article_names_them(attr):
    df, _ = attr("Grant: 'We will win this county.'\n\nMs. Lena Grant spoke to farmers in Ames on Monday.")
    r = one(df, ":")
    assert r.source == "Grant" and "win this county" in r.content
    df, _ = attr("Ames: A Town Waits\n\nMs. Lena Grant spoke to farmers in Ames on Monday.")
    assert rows(df, ":").empty  # a place, not a speaker named in the article


def test_conjoined_speech_act_is_the_speakers_not_the_contents(attr):
    df, _ = attr("Headline\n\nMs. Grant said the mayor was wrong about the levy and criticized him for hiding the cost.")
    assert one(df, "said").content == "the mayor was wrong about the levy"
    assert one(df, "criticized").source == "Ms. Grant"


@pytest.mark.parametrize("text, cue, content", [
    ("The senator echoed the governor's warning about the dam.", "echoed", "the governor's warning about the dam"),
    ("Ms. Grant talked about her years on the farm.", "talked", "her years on the farm"),
    ("The coach implied the referee had been paid.", "implied", "the referee had been paid"),
])
def test_new_speech_verbs(attr, text, cue, content):
    df, _ = attr(text)
    assert one(df, cue).content == content


def test_talk_needs_a_topic(attr):
    df, _ = attr("The two leaders talked for an hour.")
    assert df.empty


def test_as_x_noted_reports_the_main_clause(attr):
    df, _ = attr("Headline\n\nAs the newspaper noted, the levy has failed twice before. The bridge will close in May, "
                 "as the mayor said on Monday. As he said goodbye, she cried. As Ms. Grant continues to campaign, "
                 "the race tightens.")
    assert one(df, "noted").content == "the levy has failed twice before"
    r = one(df, "said")
    assert r.source == "the mayor" and r.content == "The bridge will close in May"
    assert rows(df, "continues").empty
    df, _ = attr("The vote is in June. As reported by the county paper, the mayor was warned about the bridge in May.")
    r = one(df, "reported")
    assert r.source == "the county paper" and r.content == "the mayor was warned about the bridge in May"


def test_asked_participle_has_an_implicit_source(attr):
    # The main clause's subject is the one asked, not the asker.
    df, _ = attr("The vote is in June. Asked whether he would run again, the mayor said he had not decided.")
    asked = one(df, "Asked")
    assert asked.source is None and asked.source_kind == "implicit" and asked.content == "whether he would run again"
    assert one(df, "said").source == "the mayor"
    # Paragraph-initial, the tagger reads "Asked" as a past tense verb.
    df, _ = attr("The vote is in June.\n\nAsked whether he would run again, the mayor said he had not decided.")
    assert one(df, "Asked").source is None


def test_broad_stance_nouns_and_promised_object(attr):
    df, _ = attr("The vote is in June. Mr. Ruiz promised a new school. Ms. Grant's support for the levy surprised "
                 "many. She expressed support for the plan. The support for the plan is weak.", scope="broad")
    assert one(df, "promised").content == "a new school"
    stance = df[df.cue == "support for"]
    # Without a named holder the stance is still PolNeAR's attribution, with no source (sixth pass).
    # A possessor's standing support ("Ms. Grant's support for") is no attribution (eleventh pass:
    # PolNeAR 2 of 12 on attribution_large).
    assert list(stance.source) == [None] and list(stance.content) == ["the plan"]
    # "expressed support for": the word of stance joins the verb's cue (tenth pass, stance_object_verbs).
    expressed = one(df, "expressed support for")
    assert expressed.source == "She" and expressed.content == "the plan"


def test_speech_scope_has_no_stance_nouns(attr):
    df, _ = attr("Ms. Grant's support for the levy surprised many.")
    assert df.empty


def test_broad_raising_verbs_have_no_source(attr):
    df, _ = attr("The vote is in June. Ms. Grant appeared to have the most to gain. The band appeared on stage.",
                 scope="broad")
    r = one(df, "appeared")
    assert r.source is None and r.content == "Ms. Grant appeared to have the most to gain"


def test_broad_does_not_nest_belief_inside_speech(attr):
    df, _ = attr("The vote is in June. Mr. Ruiz told reporters he thought the levy would pass.", scope="broad")
    assert rows(df, "thought").empty and one(df, "told").content == "he thought the levy would pass"


@pytest.mark.parametrize("text, cue, content", [
    ("The vote is in June. Reporters asked about the cost of the bridge.", "asked", "the cost of the bridge"),
    ("The vote is in June. The mayor asked for patience from commuters.", "asked", "patience from commuters"),
    ("The vote is in June. Ms. Grant pointed to the drought as the main cause.", "pointed", "the drought as the main cause"),
    ("The vote is in June. He referred to the farmers as heroes.", "referred", "the farmers as heroes"),
    ("The vote is in June. The senator questioned the cost of the bridge.", "questioned", "the cost of the bridge"),
    ("The vote is in June. The mayor never mentioned the levy.", "mentioned", "the levy"),
    ("The vote is in June. Ms. Grant expressed concern that the levy would fail.", "expressed concern",
     "that the levy would fail"),
])
def test_topic_and_object_of_more_speech_verbs(attr, text, cue, content):
    df, _ = attr(text)
    assert one(df, cue).content == content


def test_addressee_verb_object_is_still_not_content(attr):
    df, _ = attr("The vote is in June. The mayor told reporters. She asked him twice.")
    assert df.empty


def test_self_described(attr):
    df, _ = attr("The vote is in June. Ms. Grant, a self-described farm girl who loves tractors, said the levy would "
                 "pass. Her self-published book sold well.")
    r = one(df, "described")
    assert r.source == "self" and r.content == "farm girl"
    assert rows(df, "published").empty


def test_passive_with_by_agent(attr):
    df, _ = attr("The vote is in June. The mayor's move was first reported by the county paper. "
                 "The plan was criticized on social media. Three men were charged with fraud.")
    r = one(df, "reported")
    assert r.source == "the county paper" and r.content == "The mayor's move"
    # No agent: a judgement ('criticized') is the whole clause with an implicit source (fifth
    # issue-12 pass, passive_clause_verbs); so is a charge named by a 'with' phrase (session 21,
    # passive_charge_verbs: PolNeAR 3 of 3 on the development sets); other agentless passives are
    # too often not speech (see test_attribution_session21).
    charged = one(df, "charged")
    assert charged.source is None and charged.content == "Three men were charged with fraud"
    assert one(df, "criticized").content == "The plan was criticized on social media"


def test_tweeted_object_is_content(attr):
    df, _ = attr("The vote is in June. The mayor tweeted a photo of the flooded bridge.")
    assert one(df, "tweeted").content == "a photo of the flooded bridge"


def test_passive_asked_has_an_implicit_asker(attr):
    df, _ = attr("The vote is in June. He was asked whether he would run.")
    r = one(df, "asked")
    assert r.source is None and r.content == "whether he would run"


def test_digest_name_colon_quote(attr):
    df, _ = attr("The vote is in June.\n\nLEVY POLLS TOO EARLY - Maria Lopez and Dan Ellis: “The polls closed a week "
                 "before the vote. They missed the late shift.”\n\nSchedule: \"Mayor speaks at noon.\"")
    r = one(df, ":")
    assert "Ellis" in r.source and r.content.startswith("“The polls closed") and r.kind == "direct"


def test_content_starts_at_a_quotation_set_off_by_a_dash(attr):
    df, _ = attr('The vote is in June. She has also criticized plans to close the mill - "I love this town," she said, '
                 '"I will never leave it."')
    r = one(df, "said")
    assert r.content.startswith('"I love this town,"') and r.kind == "direct"


def test_that_said_is_a_discourse_marker(attr):
    df, _ = attr("The vote is in June. That said, the mayor still expects a close race.")
    assert df.empty

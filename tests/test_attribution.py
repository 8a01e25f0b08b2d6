"""Attribution extraction: each construction, the quote layer, source resolution and kinds."""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.tables import COLUMNS
from newslab.extract.attribution import KINDS, SOURCE_KINDS, extract_attributions
from newslab.paths import project_root
from newslab.seeds import parse_seed_text, read_seed

FIXTURES = project_root() / "tests" / "fixtures" / "attribution"


def run(nlp, article, scope="speech"):
    doc = nlp(article.body)
    return extract_attributions(doc, article, extract_actors(doc, article), scope=scope)


@pytest.fixture(scope="module")
def attr(nlp):
    def _attr(text: str, scope: str = "speech"):
        article = parse_seed_text("date 2025-01-01 " + text, "t")
        return run(nlp, article, scope), article.body
    return _attr


def one(df, **where):
    rows = df
    for k, v in where.items():
        rows = rows[rows[k] == v]
    assert len(rows) == 1, f"expected one row with {where}, got\n{df[['source', 'cue', 'content']]}"
    return rows.iloc[0]


def test_columns_and_spans_are_consistent(attr):
    df, body = attr('"We will win," Ana Silva said. The plan, officials said, is late.')
    assert list(df.columns[:len(COLUMNS["attributions"])]) == COLUMNS["attributions"]
    for _, r in df.iterrows():
        assert body[r.content_span[0]:r.content_span[1]] == r.content
        assert body[r.cue_span[0]:r.cue_span[1]] == r.cue
        if r.source is not None:
            assert body[r.source_span[0]:r.source_span[1]] == r.source
        assert r.kind in KINDS and r.source_kind in SOURCE_KINDS


def test_mission_seed(nlp, mission_article):
    df = run(nlp, mission_article)
    assert len(df) == 2
    gov = one(df, cue="according to")
    assert gov.kind == "according_to" and gov.source_kind == "government"
    assert "Libyan government" in gov.source and gov.source_actor == "Libyan government"
    assert "Gürak conveyed" in gov.content and "during" in gov.content.lower()
    msg = one(df, cue="message")
    assert "Erdoğan" in msg.source_actor and msg.source_kind == "named person"
    assert msg.content == "emphasizing the historical relations between the two countries"


def test_that_clause_after_speech_verb(attr):
    df, _ = attr("Mayor Ana Silva said on Monday that the city would rebuild the bridge.")
    r = one(df, cue="said")
    assert r.source == "Mayor Ana Silva" and r.content.startswith("that the city") and r.kind == "indirect"


def test_inverted_and_parenthetical_forms(attr):
    df, body = attr("The plan is expensive, said Tom Reyes, the budget director.\n\nThe repairs, Reyes said, will cost $40 million.")
    inv = one(df, content="The plan is expensive")
    assert inv.source.startswith("Tom Reyes") and inv.source_actor == "Tom Reyes"
    par = df[df.content.str.contains("repairs")].iloc[0]
    assert par.source == "Reyes" and len(par.fragments) == 2
    assert [body[s:e] for s, e in par.fragments] == ["The repairs", "will cost $40 million"]


def test_multi_part_quote_is_one_attribution_with_fragments(attr):
    df, body = attr("“I lose a third of my customers,” said Lina Park, “and nobody has told us when it ends.”")
    r = one(df, cue="said")
    assert r.kind == "direct" and len(r.fragments) == 2
    assert body[r.fragments[1][0]:r.fragments[1][1]].startswith("“and nobody")


def test_quote_only_paragraph_inherits_previous_speaker(attr):
    df, _ = attr("Lina Park, a baker, said the bridge was late.\n\n“We have waited long enough for this bridge.”")
    inh = df[df.inherited.astype(bool)]
    assert len(inh) == 1 and inh.iloc[0].source_actor == "Lina Park" and inh.iloc[0].kind == "direct"


def test_quote_only_paragraph_continues_a_quotation_before_its_cue(attr):
    # PolNeAR runs the content of '"A," said X.' over a next paragraph that is only a quotation.
    df, body = attr("“It is hard,” said Lina Park, a baker.\n\n“We have waited long enough for this bridge.”")
    assert not df.inherited.astype(bool).any()
    r = one(df, cue="said")
    assert len(r.fragments) == 2 and r.content.endswith("for this bridge.”")


def test_according_to_per_and_citing(attr):
    df, _ = attr("According to the engineering office, the bridge failed because of corroded cables.\n\n"
                 "The bridge carried 12,000 cars a day, per the regional transport authority.\n\n"
                 "The council delayed the vote, citing a report from the state auditor.")
    acc = one(df, cue="According to")
    assert acc.kind == "according_to" and acc.content.startswith("the bridge failed")
    per = one(df, cue="per")
    assert per.source == "the regional transport authority" and per.content == "The bridge carried 12,000 cars a day"
    cit = one(df, cue="citing")
    assert cit.source == "the state auditor" and cit.content == "The council delayed the vote"


def test_noun_cue_source_from_and_possessive(attr):
    df, _ = attr("A statement from the transport ministry said the money would arrive in April.")
    r = one(df, cue="said")
    assert r.source == "the transport ministry" and r.source_kind == "government"


def test_told_addressee_is_not_the_source(attr):
    df, _ = attr("Silva told reporters that the contract would go to a local firm.")
    r = one(df, cue="told")
    assert r.source == "Silva" and "reporters" not in r.content


def test_quoted_as_saying(attr):
    df, _ = attr('Tom Reyes was quoted as saying the budget "has no room left for surprises."')
    r = one(df, cue="saying")
    assert r.source == "Tom Reyes" and r.kind == "mixed"


def test_passive_implicit_source(attr):
    df, _ = attr("It is widely reported that the contractor has already ordered the steel.")
    r = one(df, cue="reported")
    assert r.source is None and r.source_actor is None and r.source_kind == "implicit"


def test_colon_cue_after_verb(attr):
    df, _ = attr('The governor wrote: "The state stands with the city and will pay its share."')
    r = one(df, cue="wrote")
    assert r.kind == "direct" and r.content.startswith('"The state')


def test_pronoun_and_apposition_resolve_to_named_actor(nlp):
    df = run(nlp, read_seed(FIXTURES / "sources_mix.txt"))
    he = one(df, source="He")
    assert he.source_actor == "Omar Haddad" and he.source_kind == "named person"
    app = df[df.source.str.startswith("Health Minister Omar Haddad", na=False)].iloc[0]
    assert app.source_actor == "Omar Haddad"


@pytest.mark.parametrize("source_start, kind", [
    ("Sources familiar", "anonymous"),
    ("Officials at the Health Ministry", "anonymous"),
    ("A World Health Organization spokeswoman", "role"),
    ("The army", "military"),
    ("Reuters", "media"),
    ("The ministry", "government"),
])
def test_source_kinds(nlp, source_start, kind):
    df = run(nlp, read_seed(FIXTURES / "sources_mix.txt"))
    rows = df[df.source.str.startswith(source_start, na=False)]
    assert len(rows) == 1 and rows.iloc[0].source_kind == kind


def test_document_source_kind(attr):
    df, _ = attr("A poll by the Harbor Tribune shows that 61 percent of residents back the plan.")
    assert one(df, cue="shows").source_kind == "document"


def test_transcript_colon_lines(nlp):
    df = run(nlp, read_seed(FIXTURES / "transcript.txt"))
    colon = df[df.cue == ":"]
    assert set(colon.source) == {"HOST", "HOLT"}
    assert (colon[colon.source == "HOLT"].source_actor == "Grace Holt").all()
    assert not df.content.str.contains("vote was moved").any()  # "UPDATE:" is a heading, not a speaker


def test_scope_broad_adds_belief_and_intention(attr):
    text = "The mayor believes the bridge can open by December and plans to hold a ribbon cutting."
    speech, _ = attr(text)
    broad, _ = attr(text, scope="broad")
    # "believe" is one of the default_cognition_verbs, counted in every scope; "plan" stays broad-only.
    assert set(speech.cue) == {"believes"}
    assert {"believes", "plans"} <= set(broad.cue)


def test_no_attribution_in_plain_report(attr):
    df, _ = attr("The two ministers held joint exercises on Sunday. The talks lasted three hours.")
    assert df.empty


def test_malformed_quote_fixture_never_raises(nlp):
    article = read_seed(FIXTURES / "malformed_quotes.txt")
    for scope in ("speech", "broad"):
        df = run(nlp, article, scope)
        body = article.body
        for _, r in df.iterrows():
            s, e = r.content_span
            assert 0 <= s < e <= len(body) and body[s:e] == r.content
            assert all(s <= fs < fe <= e for fs, fe in r.fragments)


@pytest.mark.parametrize("text", [
    '"', '“”', 'He said: "', '"A," he said, "', "She said ‘", "“One\n\n“two\n\n“three",
    "According to", "According to, .", "per", "citing", ": : :", "X: ", '"" said "".',
])
def test_degenerate_inputs_never_raise(attr, text):
    df, body = attr(text)
    assert all(body[r.content_span[0]:r.content_span[1]] == r.content for _, r in df.iterrows())


def test_quote_styles_fixture(nlp):
    df = run(nlp, read_seed(FIXTURES / "quote_styles.txt"))
    # Every direct attribution's content is a quotation; Silva's two quotes are joined.
    assert (df[df.kind == "direct"].content.str[0].isin(['"', "“"])).all()
    silva = df[(df.source_actor == "Ana Silva") & (df.kind == "direct")].iloc[0]
    assert len(silva.fragments) == 2
    assert "Residents" in set(df.source)
    anon = df[df.source.str.contains("asked not to be named", na=False)]
    assert len(anon) == 1 and anon.iloc[0].source_kind == "anonymous"

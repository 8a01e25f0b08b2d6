"""Names written again where the model found no entity, on sentences written for these tests."""

import pytest

from newslab.extract.actor_repeats import repeated_names
from newslab.extract.actor_titles import Mention
from tests.actorkit import one_sentence_doc


def _org(doc, words, first, n):
    i = words.index(first)
    return Mention(i, i + n, "ORG", ("ORG", " ".join(words[i:i + n]).lower()), " ".join(words[i:i + n]), kind="military",
                   span_start=i - 1 if words[i - 1].lower() == "the" else i)


def test_a_repeated_name_joins_its_actor(nlp):
    doc = one_sentence_doc(nlp, "The Vardan Border Guard shelled the ridge , and later officers of the Vardan Border Guard "
                                "left . The VBG denied it ; VBG spokesmen spoke .")
    words = [t.text for t in doc]
    guard = _org(doc, words, "Vardan", 3)
    vbg = Mention(words.index("VBG"), words.index("VBG") + 1, "ORG", ("ORG", "vbg"), "VBG", kind="military",
                  span_start=words.index("VBG"))
    new = repeated_names(doc, [guard, vbg])
    got = sorted((doc[m.span_start:m.end].text, m.key) for m in new)
    assert got == [("VBG", ("ORG", "vbg")), ("the Vardan Border Guard", ("ORG", "vardan border guard"))]


def test_one_word_names_and_two_capitals_stay(nlp):
    doc = one_sentence_doc(nlp, "Union men met at Harlow Street . Street said the Union would wait ; the TV crew left , TV too .")
    words = [t.text for t in doc]
    street = Mention(6, 7, "GPE", ("GPE", "street"), "Street", kind="place", span_start=6)  # a mistyped surname
    union = Mention(0, 1, "ORG", ("ORG", "union"), "Union", kind="organisation", span_start=0)
    tv = Mention(words.index("TV"), words.index("TV") + 1, "ORG", ("ORG", "tv"), "TV", kind="organisation",
                 span_start=words.index("TV"))
    assert repeated_names(doc, [street, union, tv]) == []


def test_a_persons_one_word_name_repeats(nlp):
    doc = one_sentence_doc(nlp, "Odalys waved . We waited , then Odalys left .")
    first = Mention(0, 1, "PERSON", ("PERSON", "odalys"), "Odalys", kind="person", span_start=0)
    new = repeated_names(doc, [first])
    assert [(doc[m.start].text, m.start, m.key) for m in new] == [("Odalys", 7, ("PERSON", "odalys"))]


@pytest.mark.parametrize("body", [
    "The SDF said. SDF-led forces and the SDF's allies met; pro-SDF and SDF.org did not, nor SDF_x, but SDF. did.",
    "New York and New York City: New Yorkers in New York, New York.\nYork!",
    "Carol thanks Carol; Carolina, Carol-Ann, (Carol) and Carol.",
    "Major League Baseball (MLB) and MLB.com and the MLB.",
    "Zürich's Zürich, Zürichsee, éZürich and Zürich.",
])
def test_occurrences_are_those_one_alternating_expression_finds(body):
    import re

    from newslab.extract.actor_repeats import _occurrences

    names = sorted(["SDF", "New York", "New York City", "York", "Carol", "MLB", "Major League Baseball", "Zürich"],
                   key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.\-])(?:%s)(?![\w\-]|\.\w)" % "|".join(re.escape(n) for n in names))
    expected = [(m.start(), m.group(0)) for m in pattern.finditer(body)]
    assert expected  # every text has free-standing names
    assert _occurrences(body, names) == expected


def test_a_name_with_an_invisible_mark_glued_to_it_is_found_again(nlp):
    from newslab.extract.actors import extract_actors

    text = "Troops entered Kirkuk on Monday. After the fall of Kirkuk\u200e, aid returned."  # a left-to-right mark

    class A:  # the stage only reads the Doc
        body = text

    spans = [text[s:e] for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions]
    assert spans.count("Kirkuk") == 2  # the second without its mark, which the model does not read as a name

"""Helpers shared by the actor rule tests."""

from __future__ import annotations


def one_sentence_doc(nlp, text: str):
    """``text`` tokenised only (no model), as one sentence: a rule test then sets the entities it needs."""
    doc = nlp.make_doc(text)
    for t in doc:
        t.is_sent_start = t.i == 0
    return doc


def span_of(doc, text: str, label: str):
    """The first run of tokens in ``doc`` that reads ``text`` (space-separated tokens), as a Span with ``label``."""
    from spacy.tokens import Span

    words = text.split()
    toks = [t.text for t in doc]
    i = next(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    return Span(doc, i, i + len(words), label=label)


def typed_mentions(nlp, text: str) -> set[tuple[str, str]]:
    """``(actor type, mention text)`` of every actor mention the actor stage finds in ``text`` (parsed with ``nlp``)."""
    from newslab.extract.actors import extract_actors

    class Article:  # the stage only reads the body
        body = text

    return {(a.type, text[s:e]) for a in extract_actors(nlp(text), Article()).actors for s, e in a.mentions}


def mention_texts(nlp, text: str) -> set[str]:
    """The text of every actor mention the actor stage finds in ``text``."""
    return {t for _, t in typed_mentions(nlp, text)}


def actor_mentions(nlp, text: str) -> dict[str, set[str]]:
    """Each actor's name -> the text of its mentions, as the actor stage merges them in ``text``."""
    from newslab.extract.actors import extract_actors

    class Article:  # the stage only reads the body
        body = text

    return {a.name: {text[s:e] for s, e in a.mentions} for a in extract_actors(nlp(text), Article()).actors}


def actors_by_name(nlp, text: str, date: str = "2024-05-14") -> dict:
    """Each actor of the one-paragraph article ``text`` (dated ``date``) by its name, as the actor stage gives it."""
    from newslab.extract.actors import extract_actors
    from newslab.seeds import parse_seed_text

    art = parse_seed_text(f"date {date} {text}\n", "t")
    return {a.name: a for a in extract_actors(nlp(art.body), art).actors}

"""One spaCy pass per article, then each stage adds its table: the ``Analysis`` seam.

Seed -> ``Article`` -> ``Doc`` (one pass) -> actors -> interactions -> timexes/events ->
attributions. Stages read the ``Doc`` and earlier tables; none re-parses text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import pandas as pd

from .. import __version__
from ..seeds import Article
from .tables import COLUMNS, RECORD_TABLES, _records, empty_table, make_table


@dataclass
class Analysis:
    """Everything newslab found in one article, as DataFrames with evidence spans."""

    article: Article
    model: str
    actors: pd.DataFrame = field(default_factory=lambda: empty_table("actors"))
    interactions: pd.DataFrame = field(default_factory=lambda: empty_table("interactions"))
    timexes: pd.DataFrame = field(default_factory=lambda: empty_table("timexes"))
    events: pd.DataFrame = field(default_factory=lambda: empty_table("events"))
    attributions: pd.DataFrame = field(default_factory=lambda: empty_table("attributions"))
    cooccurrences: pd.DataFrame = field(default_factory=lambda: empty_table("cooccurrences"))

    def table(self, name: str) -> pd.DataFrame:
        """A table by name, with an ``article_id`` column first."""
        df = getattr(self, name).copy()
        df.insert(0, "article_id", self.article.id)
        return df

    def to_record(self) -> dict[str, Any]:
        """The CONTRACT.md section 2 JSON object for this article."""
        rec: dict[str, Any] = {
            "id": self.article.id,
            "date": self.article.date_iso,
            "path": self.article.path,
            "sha256": self.article.sha256,
            "newslab_version": __version__,
            "model": self.model,
        }
        for name in RECORD_TABLES:
            rec[name] = _records(getattr(self, name))
        rec["cooccurrences"] = _records(self.cooccurrences)
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any], article: Article) -> "Analysis":
        """Rebuild an Analysis from its JSON record (the cache format)."""
        tables = {name: make_table(name, rec.get(name, [])) for name in COLUMNS}
        return cls(article=article, model=rec["model"], **tables)


def analyze_doc(doc, article: Article, model: str, scope: str = "speech") -> Analysis:
    """Run every stage on an already-parsed ``Doc`` of ``article.body``."""
    from . import actors as actors_mod
    from . import attribution, chronology, docindex, interactions
    from .interaction_mentions import with_reached_mentions

    docindex.remember_text(doc, article.body)  # the parse of this body: Doc.text is this string
    actor_set = actors_mod.extract_actors(doc, article)
    actors_table = actor_set.table()
    reached: list = []  # "he", "the group" at one end of an edge: mentions of that actor (interaction_mentions)
    inter = interactions.extract_interactions(doc, article, actor_set, reached=reached)
    actors_table = with_reached_mentions(actors_table, reached)
    cooc = interactions.extract_cooccurrences(doc, article, actor_set)
    timexes = chronology.extract_timexes(doc, article)
    events = chronology.extract_events(doc, article, timexes, actor_set)
    inter = chronology.date_interactions(inter, events, article)
    attributions = attribution.extract_attributions(doc, article, actor_set, scope=scope)
    # Built with every table at once: the dataclass defaults would build five empty frames first.
    return Analysis(article=article, model=model, actors=actors_table, interactions=inter, timexes=timexes,
                    events=events, attributions=attributions, cooccurrences=cooc)


def analyze(article: Article, nlp=None, scope: str = "speech") -> Analysis:
    """Analyse one article with the (cached) default pipeline."""
    return next(iter(analyze_many([article], nlp=nlp, scope=scope)))


def analyze_many(articles: Iterable[Article], nlp=None, scope: str = "speech", batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse articles in a stream: one batched ``nlp.pipe`` pass, then the rule stages."""
    from .blas import one_thread
    from .nlp import load_pipeline, pipeline_label

    nlp = nlp or load_pipeline()
    model = pipeline_label(nlp)
    stream = ((a.body, a) for a in articles)
    with one_thread():  # batch runs put a pipeline on every core themselves
        for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
            yield analyze_doc(doc, article, model, scope=scope)


#: A short text of our own that reaches every stage: people, states, an organisation, dates, a quote.
_WARM_UP_TEXT = ("President Maria Lopez told reporters in Geneva on Monday that Germany and the United Nations "
                 "would meet again next week. \"We will not wait,\" she said.\n\nTwo days later, on 4 March 2021, "
                 "the Kenyan army said its troops had attacked rebels near Nairobi, according to a spokesman.")


def warm_up(nlp=None) -> None:
    """Analyse a short text so every stage builds its lazily loaded lexicons and matchers now.

    Called where worker processes are forked from (``corpus.engine_preload``): each worker then
    starts with them instead of building its own (about half a second of CPU each). The caches
    only hold derived data, so what any later article gets does not change.
    """
    import datetime as dt

    from ..seeds import split_paragraphs

    article = Article(id="warm-up", date=dt.date(2021, 3, 1), body=_WARM_UP_TEXT, sha256="", path="<warm-up>",
                      paragraphs=split_paragraphs(_WARM_UP_TEXT))
    for analysis in analyze_many([article], nlp=nlp):
        dumps_record(analysis.to_record())


def dumps_record(rec: dict[str, Any]) -> str:
    """One JSON line, deterministic (sorted keys inside tables stay in column order)."""
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def corpus_table(analyses: Iterable[Analysis], name: str) -> pd.DataFrame:
    """One table across many analyses, with ``article_id``."""
    frames = [a.table(name) for a in analyses]
    if not frames:
        df = empty_table(name)
        df.insert(0, "article_id", pd.Series(dtype=object))
        return df
    return pd.concat(frames, ignore_index=True)

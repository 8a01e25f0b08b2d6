"""How much time the chronology stage adds on top of the spaCy pass, per 1,000-word article.

Baseline and newslab are measured in the same run on the same texts: the spaCy pass
(``nlp.pipe``) alone, then the chronology stage (``extract_timexes`` + ``extract_events`` +
``date_interactions``) on the parsed docs. Articles are built from the repository's own seeds and
chronology fixtures, repeated paragraph by paragraph up to about 1,000 words each.

    .venv/bin/python benchmarks/bench_chronology.py [--articles 20] [--repeat 3]

Target (issue 3): under 50 ms added per 1,000-word article.
"""

from __future__ import annotations

import argparse
import time

from newslab.extract import actors as actors_mod
from newslab.extract import chronology
from newslab.extract.tables import make_table
from newslab.extract.nlp import load_pipeline
from newslab.paths import project_root
from newslab.seeds import parse_seed_text, read_corpus

WORDS = 1000


def build_articles(n: int):
    """``n`` articles of about 1,000 words each, cycling through the available paragraphs."""
    root = project_root()
    corpus = read_corpus(root / "seeds", root / "tests" / "fixtures" / "chronology")
    paragraphs = [p.text for a in corpus.articles for p in a.paragraphs]
    dates = [a.date for a in corpus.articles]
    out = []
    k = 0
    for i in range(n):
        chunks, words = [], 0
        while words < WORDS:
            para = paragraphs[k % len(paragraphs)]
            k += 1
            chunks.append(para)
            words += len(para.split())
        date = dates[i % len(dates)]
        out.append(parse_seed_text(f"date {date.isoformat()} " + "\n\n".join(chunks), f"bench{i:03d}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    nlp = load_pipeline()
    articles = build_articles(args.articles)
    n_words = sum(len(a.body.split()) for a in articles)
    list(nlp.pipe([articles[0].body]))  # warm up
    spacy_times, chrono_times = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe([a.body for a in articles], batch_size=16))
        spacy_times.append(time.perf_counter() - t0)
        actor_sets = [actors_mod.extract_actors(d, a) for d, a in zip(docs, articles)]
        empty = make_table("interactions", [])
        t0 = time.perf_counter()
        for doc, art, aset in zip(docs, articles, actor_sets):
            tx = chronology.extract_timexes(doc, art)
            ev = chronology.extract_events(doc, art, tx, aset)
            chronology.date_interactions(empty, ev, art)
        chrono_times.append(time.perf_counter() - t0)
    # The fastest of the repeats: the machine is shared, and noise only ever adds time.
    spacy_s = min(spacy_times)
    chrono_s = min(chrono_times)
    per_k = 1000.0 / (n_words / len(articles))
    spacy_ms = 1000 * spacy_s / len(articles) * per_k
    chrono_ms = 1000 * chrono_s / len(articles) * per_k
    print(f"bench_chronology: {len(articles)} articles, {n_words / len(articles):.0f} words each, best of {args.repeat} runs")
    print(f"  spaCy pass (baseline):   {spacy_ms:8.1f} ms per 1,000-word article")
    print(f"  chronology stage added:  {chrono_ms:8.1f} ms per 1,000-word article  (target < 50 ms)")
    print(f"  ratio chronology/spaCy:  {chrono_s / spacy_s:8.3f}")
    print(f"  total with chronology:   {(spacy_s + chrono_s) / spacy_s:8.3f} x the spaCy pass")


if __name__ == "__main__":
    main()

"""Story-level sourcing measures built on the ``attributions`` table.

How much of a story is attributed, to whom, in what form: per article and per corpus, as
DataFrames. Works on cached :class:`~newslab.extract.analysis.Analysis` objects (no spaCy needed):
sentences come from a small rule splitter, :func:`sentence_spans`, that never splits inside a
paragraph at abbreviations such as "Gen.", "Lt.", "U.S." or initials.

A sentence counts as **attributed** when at least half of its characters lie inside an
attribution's content, source or cue. Shares of characters count content characters only.
"""

from __future__ import annotations

import html
import re
from typing import Iterable

import pandas as pd

from ..extract.analysis import Analysis

#: Words that end with a period without ending a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "adm", "cmdr", "gov", "sen", "rep", "rev", "pres", "amb", "hon", "no", "vs", "etc", "inc", "corp",
    "ltd", "co", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx",
    "dept", "univ", "mt", "ft", "ave", "blvd", "est", "e.g", "i.e", "a.m", "p.m",
}
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_PARA = re.compile(r"\n[ \t]*\n+")


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the body's sentences (rule based, paragraph aware)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    paras = []
    for m in _PARA.finditer(body):
        paras.append((pos, m.start()))
        pos = m.end()
    paras.append((pos, len(body)))
    for ps, pe in paras:
        start = ps
        for m in _SENT_END.finditer(body, ps, pe):
            word = re.search(r"([\w.]+)[.!?]*[\"”’')\]]*$", body[start:m.end()])
            token = word.group(1).lower().rstrip(".") if word else ""
            if body[m.start()] == "." and (token in ABBREVIATIONS or len(token) == 1 or ("." in token and len(token) <= 6)):
                continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, pe))
    out = []
    for s, e in spans:
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _covered(spans: Iterable[tuple[int, int]], n: int) -> bytearray:
    mask = bytearray(n)
    for s, e in spans:
        s, e = max(0, int(s)), min(n, int(e))
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def _attr_spans(df: pd.DataFrame, with_source: bool = True) -> list[tuple[int, int]]:
    spans = []
    for _, row in df.iterrows():
        frags = row.get("fragments") or ([row["content_span"]] if row.get("content_span") else [])
        spans += [tuple(f) for f in frags]
        if with_source:
            for col in ("source_span", "cue_span"):
                if row.get(col):
                    spans.append(tuple(row[col]))
    return spans


def sentence_table(analysis: Analysis) -> pd.DataFrame:
    """Every sentence of one article with whether (and how) it is attributed."""
    body = analysis.article.body
    df = analysis.attributions
    mask = _covered(_attr_spans(df), len(body))
    rows = []
    for i, (s, e) in enumerate(sentence_spans(body)):
        share = sum(mask[s:e]) / (e - s)
        kinds = sorted({r["kind"] for _, r in df.iterrows() if r["content_span"] and r["content_span"][0] < e and s < r["content_span"][1]})
        rows.append({"article_id": analysis.article.id, "sentence": i, "span": [s, e], "text": body[s:e],
                     "attributed": share >= 0.5, "covered_share": round(share, 3), "kinds": kinds})
    return pd.DataFrame(rows, columns=["article_id", "sentence", "span", "text", "attributed", "covered_share", "kinds"])


def unattributed_sentences(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """Sentences no attribution covers: the claims a story makes on its own authority."""
    frames = [sentence_table(a) for a in analyses]
    df = pd.concat(frames, ignore_index=True) if frames else sentence_table_empty()
    return df[~df["attributed"].astype(bool)].drop(columns=["attributed", "kinds"]).reset_index(drop=True)


def sentence_table_empty() -> pd.DataFrame:
    """An empty sentence table."""
    return pd.DataFrame(columns=["article_id", "sentence", "span", "text", "attributed", "covered_share", "kinds"])


def article_measures(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """One row per article: shares attributed, direct/indirect mix, anonymous share, sources."""
    rows = []
    for a in analyses:
        body = a.article.body
        df = a.attributions
        sents = sentence_table(a)
        n_chars = sum(1 for ch in body if not ch.isspace()) or 1
        content_mask = _covered(_attr_spans(df, with_source=False), len(body))
        content_chars = sum(1 for i, ch in enumerate(body) if content_mask[i] and not ch.isspace())
        n = len(df)
        kinds = df["kind"].value_counts() if n else pd.Series(dtype=int)
        src = df["source_actor"].where(df["source_actor"].notna(), df["source"]) if n else pd.Series(dtype=object)
        rows.append({
            "article_id": a.article.id,
            "sentences": len(sents),
            "attributed_sentences": int(sents["attributed"].sum()) if len(sents) else 0,
            "share_sentences_attributed": round(float(sents["attributed"].mean()), 3) if len(sents) else 0.0,
            "share_chars_attributed": round(content_chars / n_chars, 3),
            "attributions": n,
            "direct": int(kinds.get("direct", 0)),
            "indirect": int(kinds.get("indirect", 0)),
            "mixed": int(kinds.get("mixed", 0)),
            "according_to": int(kinds.get("according_to", 0)),
            "direct_share": round(int(kinds.get("direct", 0)) / n, 3) if n else 0.0,
            "anonymous_share": round(float((df["source_kind"] == "anonymous").mean()), 3) if n else 0.0,
            "sources": int(src.dropna().nunique()) if n else 0,
        })
    cols = ["article_id", "sentences", "attributed_sentences", "share_sentences_attributed", "share_chars_attributed",
            "attributions", "direct", "indirect", "mixed", "according_to", "direct_share", "anonymous_share", "sources"]
    return pd.DataFrame(rows, columns=cols)


def corpus_measures(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """The same measures over a whole corpus (one row, sums and pooled shares)."""
    per = article_measures(analyses)
    if per.empty:
        return per.assign(articles=pd.Series(dtype=int)).drop(columns=["article_id"])
    n = int(per["attributions"].sum())
    s = int(per["sentences"].sum())
    anon = float((per["anonymous_share"] * per["attributions"]).sum())
    weights = per["sentences"].clip(lower=1)
    return pd.DataFrame([{
        "articles": len(per),
        "sentences": s,
        "attributed_sentences": int(per["attributed_sentences"].sum()),
        "share_sentences_attributed": round(per["attributed_sentences"].sum() / s, 3) if s else 0.0,
        "share_chars_attributed": round(float((per["share_chars_attributed"] * weights).sum() / weights.sum()), 3),
        "attributions": n,
        "direct": int(per["direct"].sum()), "indirect": int(per["indirect"].sum()),
        "mixed": int(per["mixed"].sum()), "according_to": int(per["according_to"].sum()),
        "direct_share": round(per["direct"].sum() / n, 3) if n else 0.0,
        "anonymous_share": round(anon / n, 3) if n else 0.0,
    }])


def sources_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """Attributions per source (canonical actor, else the source words), with kind and form mix."""
    frames = [a.table("attributions") for a in analyses]
    cols = ["source", "source_kind", "attributions", "direct", "indirect", "mixed", "according_to", "articles", "content_chars"]
    if not frames or all(f.empty for f in frames):
        return pd.DataFrame(columns=cols)
    df = pd.concat(frames, ignore_index=True)
    df["who"] = df["source_actor"].where(df["source_actor"].notna(), df["source"]).fillna("(implicit)")
    df["chars"] = df["content"].fillna("").str.len()
    rows = []
    for who, g in df.groupby("who", sort=False):
        kinds = g["kind"].value_counts()
        rows.append({"source": who, "source_kind": g["source_kind"].mode().iloc[0], "attributions": len(g),
                     "direct": int(kinds.get("direct", 0)), "indirect": int(kinds.get("indirect", 0)),
                     "mixed": int(kinds.get("mixed", 0)), "according_to": int(kinds.get("according_to", 0)),
                     "articles": g["article_id"].nunique(), "content_chars": int(g["chars"].sum())})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["attributions", "content_chars", "source"], ascending=[False, False, True]).reset_index(drop=True)


def top_sources(analyses: Iterable[Analysis], n: int = 10) -> pd.DataFrame:
    """The ``n`` most cited sources."""
    return sources_table(analyses).head(n)


def source_kind_counts(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """Attributions per source kind (every documented kind listed, zeros included)."""
    from ..extract.attribution import SOURCE_KINDS

    frames = [a.attributions for a in analyses]
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["source_kind"])
    counts = df["source_kind"].value_counts() if len(df) else pd.Series(dtype=int)
    total = int(counts.sum())
    return pd.DataFrame([{"source_kind": k, "attributions": int(counts.get(k, 0)),
                          "share": round(int(counts.get(k, 0)) / total, 3) if total else 0.0} for k in SOURCE_KINDS])


def form_shares(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """Per article, the share of sentences whose attribution is direct, indirect/mixed/according to, or none."""
    rows = []
    for a in analyses:
        st = sentence_table(a)
        n = len(st) or 1
        def has(kind_set):
            return int(st.apply(lambda r: r["attributed"] and bool(set(r["kinds"]) & kind_set), axis=1).sum()) if len(st) else 0
        direct = has({"direct"})
        mixed = has({"mixed"}) - int(st.apply(lambda r: r["attributed"] and "direct" in r["kinds"] and "mixed" in r["kinds"], axis=1).sum()) if len(st) else 0
        attributed = int(st["attributed"].sum()) if len(st) else 0
        indirect = max(0, attributed - direct - mixed)
        rows.append({"article_id": a.article.id, "direct": round(direct / n, 3), "mixed": round(mixed / n, 3),
                     "indirect": round(indirect / n, 3), "unattributed": round((n - attributed) / n, 3)})
    return pd.DataFrame(rows, columns=["article_id", "direct", "mixed", "indirect", "unattributed"])


def highlight_html(analysis: Analysis) -> str:
    """The article as HTML with sources, cues and contents marked; every piece of text escaped."""
    body = analysis.article.body
    n = len(body)
    layer = [0] * n  # bit 1 content, 2 cue, 4 source
    for _, row in analysis.attributions.iterrows():
        for f in row.get("fragments") or ([row["content_span"]] if row.get("content_span") else []):
            for i in range(max(0, f[0]), min(n, f[1])):
                layer[i] |= 1
        for col, bit in (("cue_span", 2), ("source_span", 4)):
            sp = row.get(col)
            if sp:
                for i in range(max(0, sp[0]), min(n, sp[1])):
                    layer[i] |= bit
    css = {1: "nl-content", 2: "nl-cue", 3: "nl-cue", 4: "nl-source", 5: "nl-source", 6: "nl-source", 7: "nl-source"}
    out = ['<div class="newslab-attribution" style="line-height:1.6">',
           "<style>.nl-content{background:#fff3bf}.nl-cue{background:#ffc9c9;font-weight:bold}"
           ".nl-source{background:#a5d8ff;font-weight:bold}</style>"]
    i = 0
    pieces: list[str] = ["<p>"]
    while i < n:
        j = i
        while j < n and layer[j] == layer[i] and body[j] != "\n":
            j += 1
        if j == i:  # a newline
            k = i
            while k < n and body[k] in "\n \t":
                k += 1
            pieces.append("</p><p>" if body[i:k].count("\n") >= 2 else "<br>")
            i = k
            continue
        text = html.escape(body[i:j])
        cls = css.get(layer[i])
        pieces.append(f'<span class="{cls}">{text}</span>' if cls else text)
        i = j
    pieces.append("</p>")
    out.append("".join(pieces))
    out.append("</div>")
    return "\n".join(out)

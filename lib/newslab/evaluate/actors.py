"""Score actor mentions and actor-pair relations against gold (``entities``, ``relations``).

Mentions (gold ``entities``: named mentions only):

* **exact**: same ``[start, end)``; **overlap**: at least one shared character. Matching is
  one-to-one (greedy, best character Jaccard first).
* **typed**: the types must agree, with GPE, LOC and FAC scored together as ``place`` (the
  eval README says its GPE/LOC split is a heuristic); **untyped**: any type.
* Gold ``OTHER`` mentions (products, events, works) are not actors: they are left out of the
  gold, and a system mention that overlaps one, or that matches a gold nominal/pronominal
  mention (``entities_other_mentions``, e.g. "the Libyan government" in GUM) and no named one,
  is neither right nor wrong. Both systems are scored the same way.
* ``newslab``: every mention in the ``actors`` table with its mention label (a demonym of a
  state counts as NORP). ``spacy``: bare ``doc.ents`` of the same pipeline without newslab's
  gazetteer, restricted to the actor labels.
* A confusion table (gold type x newslab label, raw GPE/LOC/FAC) shows which types get mixed up,
  state vs organisation in particular.

Relations (gold ``relations``; ``co_located``, ``has_attribute_of``, ``apart``, ``is_same_as``
ignored): unordered pairs of gold entities. A system edge maps to the gold entities its two
actors' mentions overlap (named or not); a pair counts once per article. ``typed``: newslab's
interactions table; ``cooccurrence``: every pair of actors in one sentence. Label agreement
is reported for typed edges using this mapping: meet/communicate/visit/attend ->
communicated_with; support/agree -> likes or military_allies_of; oppose -> fighting_against or
dislikes; member -> belongs_to or in_charge_of.
"""

from __future__ import annotations

import pandas as pd

from .scoring import EvalSection, GoldDoc, char_jaccard, overlaps, prf

ACTOR_TYPES = ("PERSON", "ORG", "place", "NORP")
IGNORED_RELATIONS = {"co_located", "has_attribute_of", "apart", "is_same_as"}
KIND_TO_GOLD = {
    "meet": {"communicated_with"}, "communicate": {"communicated_with"}, "visit": {"communicated_with"},
    "attend": {"communicated_with"}, "support": {"likes", "military_allies_of"},
    "agree": {"likes", "military_allies_of"}, "oppose": {"fighting_against", "dislikes"}, "member": {"belongs_to", "in_charge_of"},
    "control": {"in_charge_of", "belongs_to"},
}


def score_type(label: str) -> str:
    """Map an entity label to the scored type (GPE/LOC/FAC -> place)."""
    return "place" if label in {"GPE", "LOC", "FAC"} else label


def _match(gold: list[tuple], sys: list[tuple], exact: bool, typed: bool) -> int:
    """One-to-one matches between (start, end, type) lists."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(sys):
            if typed and g[2] != s[2]:
                continue
            if exact:
                if (g[0], g[1]) == (s[0], s[1]):
                    pairs.append((1.0, gi, si))
            elif overlaps((g[0], g[1]), (s[0], s[1])):
                pairs.append((char_jaccard((g[0], g[1]), (s[0], s[1])), gi, si))
    pairs.sort(key=lambda x: -x[0])
    used_g, used_s, tp = set(), set(), 0
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        tp += 1
    return tp


def _filter_sys(sys: list[tuple], gold_named: list[tuple], ignore: list[tuple], other: list[tuple]) -> list[tuple]:
    """Drop system mentions that only hit out-of-scope gold (OTHER, nominal/pronominal mentions)."""
    out = []
    for s in sys:
        span = (s[0], s[1])
        if any(overlaps(span, (g[0], g[1])) for g in gold_named):
            out.append(s)
        elif any(overlaps(span, (g[0], g[1])) for g in ignore):
            continue
        elif any(char_jaccard(span, (g[0], g[1])) >= 0.5 for g in other):
            continue
        else:
            out.append(s)
    return out


def newslab_mentions(analysis, raw: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, scored type) of every actor mention newslab found; ``raw`` keeps the label (GPE, LOC, FAC apart)."""
    out = []
    for row in analysis.actors.to_dict(orient="records"):
        labels = row.get("mention_labels") or [row["type"]] * len(row["mentions"])
        for (s, e), lab in zip(row["mentions"], labels):
            out.append((s, e, lab if raw else score_type(lab)))
    return out


def spacy_mentions(doc) -> list[tuple[int, int, str]]:
    """Bare spaCy NER mentions with actor labels."""
    labels = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
    return [(e.start_char, e.end_char, score_type(e.label_)) for e in doc.ents if e.label_ in labels]


def score_mentions(docs: list[GoldDoc], systems: dict[str, list[list[tuple]]]) -> pd.DataFrame:
    """P/R/F1 per system, match mode and type."""
    rows = []
    for name, per_doc in systems.items():
        for mode in ("overlap", "exact"):
            for typ in ("ALL typed", "ALL untyped", *ACTOR_TYPES):
                tp = n_sys = n_gold = 0
                for d, sys in zip(docs, per_doc):
                    ents = d.gold.get("entities", [])
                    gold = [(e["span"][0], e["span"][1], score_type(e["type"])) for e in ents if e["type"] != "OTHER"]
                    ignore = [(e["span"][0], e["span"][1]) for e in ents if e["type"] == "OTHER"]
                    other = [(e["span"][0], e["span"][1]) for e in d.gold.get("entities_other_mentions", [])]
                    s_all = _filter_sys(sys, gold, ignore, other)
                    if typ in ACTOR_TYPES:
                        g = [x for x in gold if x[2] == typ]
                        s = [x for x in s_all if x[2] == typ]
                        typed = True
                    else:
                        g, s, typed = gold, s_all, typ == "ALL typed"
                    tp += _match(g, s, exact=mode == "exact", typed=typed)
                    n_sys += len(s)
                    n_gold += len(g)
                p, r, f = prf(tp, n_sys, n_gold)
                rows.append({"system": name, "match": mode, "type": typ, "gold": n_gold, "sys": n_sys, "tp": tp,
                             "P": p, "R": r, "F1": f})
    return pd.DataFrame(rows)


CONFUSION_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")


def type_confusion(docs: list[GoldDoc], per_doc: list[list[tuple]]) -> pd.DataFrame:
    """Gold type (rows) against system label (columns) of overlap-matched named mentions, with the raw labels.

    Matching is the untyped one-to-one overlap match of :func:`score_mentions` (same out-of-scope filter);
    ``missed`` counts unmatched gold, the ``(none)`` row unmatched system mentions. The ORG/GPE cells are the
    state-vs-organisation confusion, in both directions."""
    counts: dict[tuple[str, str], int] = {}
    for d, sys in zip(docs, per_doc):
        ents = d.gold.get("entities", [])
        gold = [(e["span"][0], e["span"][1], e["type"]) for e in ents if e["type"] != "OTHER"]
        ignore = [(e["span"][0], e["span"][1]) for e in ents if e["type"] == "OTHER"]
        other = [(e["span"][0], e["span"][1]) for e in d.gold.get("entities_other_mentions", [])]
        s_all = _filter_sys(sys, gold, ignore, other)
        pairs = sorted(((char_jaccard((g[0], g[1]), (s[0], s[1])), gi, si) for gi, g in enumerate(gold)
                        for si, s in enumerate(s_all) if overlaps((g[0], g[1]), (s[0], s[1]))), key=lambda x: -x[0])
        used_g: dict[int, int] = {}
        used_s: set[int] = set()
        for _, gi, si in pairs:
            if gi not in used_g and si not in used_s:
                used_g[gi] = si
                used_s.add(si)
        for gi, g in enumerate(gold):
            key = (g[2], s_all[used_g[gi]][2] if gi in used_g else "missed")
            counts[key] = counts.get(key, 0) + 1
        for si, s in enumerate(s_all):
            if si not in used_s:
                counts[("(none)", s[2])] = counts.get(("(none)", s[2]), 0) + 1
    rows = []
    for g in ("PERSON", "ORG", "GPE", "LOC", "NORP", "(none)"):
        rows.append({"gold": g, **{c: counts.get((g, c), 0) for c in (*CONFUSION_LABELS, "missed") if not (g == "(none)" and c == "missed")}})
    return pd.DataFrame(rows).fillna(0).astype({c: "Int64" for c in (*CONFUSION_LABELS, "missed")})


def _entity_ids(actor_spans: list[tuple[int, int]], gold_mentions: list[dict]) -> set[str]:
    ids = set()
    for s, e in actor_spans:
        for g in gold_mentions:
            if overlaps((s, e), tuple(g["span"])) and char_jaccard((s, e), tuple(g["span"])) >= 0.3:
                ids.add(g["entity_id"])
    return ids


def score_relations(docs: list[GoldDoc], analyses) -> pd.DataFrame:
    """Actor-pair precision/recall of typed interactions and of sentence co-occurrence."""
    rows = []
    for layer in ("typed", "cooccurrence"):
        tp_sys = n_sys = tp_gold = n_gold = label_ok = 0
        n_docs = n_reach = tp_reach = 0
        for d, a in zip(docs, analyses):
            rels = [r for r in d.gold.get("relations", []) if r["label"] not in IGNORED_RELATIONS]
            if "relations" not in d.gold or not d.gold.get("relations"):
                continue
            n_docs += 1
            gold_mentions = d.gold.get("entities", []) + d.gold.get("entities_other_mentions", [])
            gold_pairs: dict[frozenset, set[str]] = {}
            for r in rels:
                if r["source_entity_id"] != r["target_entity_id"]:
                    gold_pairs.setdefault(frozenset((r["source_entity_id"], r["target_entity_id"])), set()).add(r["label"])
            spans = {row["name"]: [tuple(m) for m in row["mentions"]] for row in a.actors.to_dict(orient="records")}
            ids = {name: _entity_ids(sp, gold_mentions) for name, sp in spans.items()}
            table = a.interactions if layer == "typed" else a.cooccurrences
            sys_pairs: dict[frozenset, set[str]] = {}
            for row in table.to_dict(orient="records"):
                if row["source"] == row["target"]:
                    continue
                pair = frozenset((row["source"], row["target"]))
                sys_pairs.setdefault(pair, set()).add(row.get("kind") or "cooccur")
            matched_gold: set[frozenset] = set()
            for pair, kinds in sys_pairs.items():
                x, y = tuple(pair)
                hit = [gp for gp in gold_pairs if len(gp) == 2 and any(
                    (g1 in ids.get(x, ()) and g2 in ids.get(y, ())) for g1, g2 in (tuple(gp), tuple(gp)[::-1]))]
                if hit:
                    tp_sys += 1
                    matched_gold.update(hit)
                    if layer == "typed" and any(KIND_TO_GOLD.get(k, set()) & gold_pairs[h] for k in kinds for h in hit):
                        label_ok += 1
                n_sys += 1
            tp_gold += len(matched_gold)
            n_gold += len(gold_pairs)
            # Diagnostic only: gold pairs whose two entities both have a system actor (any mention overlapping one
            # of theirs); the rest ("the two leaders", a pronoun, a weapon) no interaction rule can reach.
            covered = set().union(*ids.values()) if ids else set()
            reach = {gp for gp in gold_pairs if len(gp) == 2 and gp <= covered}
            n_reach += len(reach)
            tp_reach += len(reach & matched_gold)
        p = tp_sys / n_sys if n_sys else 0.0
        r = tp_gold / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append({"layer": layer, "articles": n_docs, "gold_pairs": n_gold, "sys_pairs": n_sys,
                     "sys_pairs_correct": tp_sys, "gold_pairs_found": tp_gold, "P": p, "R": r, "F1": f,
                     "label_agrees": label_ok if layer == "typed" else None,
                     "gold_pairs_reachable": n_reach, "R_reachable": tp_reach / n_reach if n_reach else 0.0})
    df = pd.DataFrame(rows)
    df["label_agrees"] = df["label_agrees"].astype("Int64")
    return df


def bare_spacy_docs(docs: list[GoldDoc], nlp) -> list:
    """The same texts through spaCy's own NER alone (the baseline).

    en_core_web_sm's ``ner`` has its own tok2vec, so the tagger, parser and lemmatizer, which the
    baseline never reads, are skipped; so are newslab's components."""
    keep = [p for p in nlp.pipe_names if p == "ner"] or [p for p in nlp.pipe_names if not p.startswith("newslab")]
    with nlp.select_pipes(enable=keep):
        return list(nlp.pipe(d.article.body for d in docs))


def score_actors(docs: list[GoldDoc], analyses, nlp, baseline: bool = True) -> list:
    """Evaluation sections for actor mentions and actor-pair relations."""
    docs_ents = [d for d in docs]
    systems = {"newslab": [newslab_mentions(a) for a in analyses]}
    if baseline:
        systems["spacy"] = [spacy_mentions(doc) for doc in bare_spacy_docs(docs_ents, nlp)]
    mentions = score_mentions(docs_ents, systems)
    notes = [
        "named gold mentions only; GPE/LOC/FAC scored together as 'place' (the gold's GPE/LOC split is heuristic)",
        "gold OTHER left out; system mentions that only hit OTHER or nominal/pronoun gold are not counted",
        "overlap: one-to-one, any shared character; exact: identical [start, end)",
    ]
    sections = [EvalSection("Actor mentions (named)", mentions, notes)]
    if any(d.gold.get("relations") for d in docs):
        rel = score_relations(docs, analyses)
        sections.append(EvalSection(
            "Actor-pair relations (typed interactions vs sentence co-occurrence)", rel,
            ["gold relation labels co_located, has_attribute_of, apart, is_same_as ignored; unordered pairs per article",
             "a system actor maps to every gold entity its mentions overlap (named, nominal or pronoun mentions)",
             "label_agrees: typed pairs whose kind maps to a gold label of that pair (meet/communicate/visit/attend -> "
             "communicated_with; support/agree -> likes/military_allies_of; oppose -> fighting_against/dislikes; "
             "member -> belongs_to/in_charge_of)",
             "diagnostic: gold_pairs_reachable counts gold pairs whose two entities both have a system actor; R_reachable is "
             "recall on those (what the interaction rules miss, apart from actor finding)",
             "co-occurrence recall is close to the ceiling for any actor-pair method here: most unfound gold pairs involve "
             "common-noun entities (weapons, 'students', 'the two leaders') that are not actors"]))
    confusion = type_confusion(docs_ents, [newslab_mentions(a, raw=True) for a in analyses])
    sections.append(EvalSection(
        "Actor mention types (newslab): gold type x system label", confusion,
        ["the typed rows above already score state (GPE) and organisation (ORG) apart, as the eval README does; "
         "only GPE/LOC/FAC are lenient ('place')",
         "untyped one-to-one overlap matches; 'missed': gold with no system mention; '(none)': system mentions "
         "with no gold",
         "state vs organisation: row ORG, column GPE (a country standing for its government) and row GPE/LOC, "
         "column ORG (a place called an organisation)"]))
    return sections

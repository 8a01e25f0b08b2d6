"""One actor across the corpus: give every per-article actor a ``corpus_actor_id``.

Pure pandas (no spaCy), so ``corpus`` (the corpus actors table) and ``evaluate`` (the
cross-document score) share it. Input is the corpus actors table, one row per actor per
article (``newslab.extract.analysis.corpus_table(analyses, "actors")``). Every decision
reads sets and counts over the whole table, so the result does not depend on row order.

Rules, in order (see ``docs/contract_corpus_actors.md``):

* states: by ISO3 (the extractor already joins short forms and demonyms to the state), also a name of two or
  more words written as a state's name or alias has it elsewhere in the corpus ("HONG-KONG"); a state's
  full name of two or more words left without ISO3 ("the Democratic People’s Republic of Korea"), a state
  name after a determiner ("these United States") or a former name the lexicons lack ("Persia",
  ``data/corpus_state_aliases.csv``) is the state, and a capitalised home-country word standing
  alone ("the Nation", ``data/corpus_home_country.csv``; "the Republic" where the article names no
  other republic; also after "great": "the Great Republic") is its article's most salient state, or stays
  local to its article, as it does where the article names a namesake ("the Navajo Nation"); "the States"
  alone is the USA where that is its article's most salient state and the article does not use UN style
  ("Member States") (``identity_states``);
* persons: the full name without titles, its first given name in full ("Joe" = "Joseph",
  ``data/corpus_nicknames.csv``); a middle-less name ("George Bush") joins the one full name with
  the same first name and surname if exactly one exists; a one-word name joins the one full name of
  its own article with that surname, else the one full name of its article that starts with it
  ("Saddam", "Hu" of "Hu Shih"): one sense per article; otherwise a surname-only or title+surname
  mention joins the one full name with that surname if exactly one exists, stays a corpus-wide
  surname actor if none does (but a given name alone, "Jenna", stays local, unless it is held with an
  office: "Secretary Kerry" is a surname; held with an office, it joins no full name that is neither
  in its article nor ever seen with an office: "Senator Baker" is not a biography's "Charlie Baker");
  if several do, it joins the one of them seen with its office ("President Clinton"), else, where its
  article names none of them, the one the corpus names in more than twice as many articles as all the
  others together (at least 3: "Obama" alone), else it stays local to its article; a relative's form
  of address ("Mom", ``data/corpus_kin_words.csv``) stays local to its article; role-only persons
  ("the President") join the one named person of their article holding that role (a role "of" a
  state, "President of the United States", as the bare role), else the one person their article
  names who holds that role elsewhere in the corpus ("the President" beside a plain "Biden"), else
  stay local to their article;
* a state's body named with the state ("U.S. Senate", "Senate of the United States", "the
  Chilean Parliament"; heads in ``data/corpus_state_bodies.csv``) is one actor per state and head;
  "Congress" and "Senate" alone are the US ones, also after a US party word ("the Democratic
  Congress") (``identity_states``); a bare national court or chamber ("the Supreme Court",
  "Parliament") is its article's most salient state's where the corpus names that state's one
  with the state ("the U.S. Supreme Court"), else local;
* a US state's formal style ("the State of Ohio", "Commonwealth of Kentucky") or AP abbreviation
  ("Fla.") is the state's name, except where the bare name is a city's ("State of New York" =
  "N.Y." = "New York State"), and "the State" alone is the one state its article so names
  (``identity_states``);
* everything else (organisations, places, groups): a bare institution word ("the Court",
  ``data/corpus_generic_names.csv``) or a group actor named by group words alone ("the rebels",
  "coalition forces"; ``group_actors``) stays local to its article; other names by the folded name
  without "the" and the possessive (an abbreviated first word written out: "St." -> "Saint"; a department or
  ministry with its head last: "Department of Justice" = "Justice Department"; a university
  system's campus after "at" or a comma alike: "University of Texas at Austin" = "University of Texas, Austin"),
  through the curated alias tables (``data/corpus_org_aliases.csv``,
  ``data/corpus_place_aliases.csv``), acronym <-> expansion where the expansion is unique in
  the corpus, and a sports club's nickname alone ("the Red Sox") <-> the one club the corpus names
  in full with it ("the Boston Red Sox", ``actor_teams.nickname_of``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

import pandas as pd

from ..paths import DATA_DIR, data_rows
from .actor_lexicons import ascii_folded
from .actor_teams import nickname_of
from .identity_states import (body_heads, determiner_state, home_states, home_word, is_bare_state_word,
                              is_us_short_form, named_state, namesakes, other_name_state, party_body, role_of_state,
                              sovereign_states_articles, state_body, us_state_name, us_state_style)

#: Columns ``resolve`` adds to the actors table.
RESOLVED_COLUMNS = ["corpus_actor_id", "corpus_key"]

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "prof", "professor", "rev",
              "reverend", "madam", "madame", "mister", "the"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "junior", "senior"}
PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "del", "van", "von", "der", "da", "di", "le", "la", "du", "bint",
             "ad", "as", "ash", "an", "ar", "at", "az", "ul", "dos", "das", "do", "ten", "ter"}
#: Words left out of an organisation's initials ("World Health Organization" -> WHO).
ACRONYM_SKIP = {"of", "the", "for", "and", "on", "in", "to", "at", "&"}
POSSESSIVE = re.compile(r"(['’]s|['’])$")
#: Abbreviated first words of place and organisation names ("St. Petersburg" = "Saint Petersburg").
FIRST_WORD_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, dots and apostrophes dropped, other punctuation as spaces."""
    text = ascii_folded(text).casefold()
    text = POSSESSIVE.sub("", text.strip())
    text = re.sub(r"[.'’‘`ʻ]", "", text)  # ʻ: the Hawaiian okina ("Hawaiʻi" = "Hawaii")
    text = re.sub(r"[^\w&]+", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """``fold`` without a leading "the" ("The New York Times" -> "new york times")."""
    words = fold(text).split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _campus_form(folded: str) -> str:
    """A university system's campus written one way: "university of california at berkeley" = "university of
    california berkeley" (as "the University of California, Berkeley" folds); both styles are in use."""
    words = folded.split()
    if len(words) < 5 or words[:2] != ["university", "of"] or "at" not in words[3:-1]:
        return folded
    return " ".join(words[:3] + [w for w in words[3:] if w != "at"])


def _expand_first_word(folded: str) -> str:
    """A folded name with an abbreviated first word written out ("st petersburg" -> "saint petersburg")."""
    first, _, rest = folded.partition(" ")
    return f"{FIRST_WORD_ABBREVIATIONS[first]} {rest}" if rest and first in FIRST_WORD_ABBREVIATIONS else folded


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Folded title, office and rank words that may precede a person's name (from the actor lexicons)."""
    words = set(HONORIFICS)
    for name, column in (("actors_titles.csv", "word"), ("actors_ranks.csv", "rank")):
        if (DATA_DIR / name).exists():
            words.update(fold(r[column]) for r in data_rows(name) if r.get(column))
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def org_aliases() -> dict[str, str]:
    """Folded alias -> folded canonical name, from ``data/corpus_org_aliases.csv`` (international
    organisations) and ``data/corpus_place_aliases.csv`` (a few places' short forms)."""
    out: dict[str, str] = {}
    for row in data_rows("corpus_org_aliases.csv") + data_rows("corpus_place_aliases.csv"):
        canon = fold_name(row["canonical"])
        out[fold_name(row["alias"])] = canon
        out.setdefault(canon, canon)
    return out


@lru_cache(maxsize=1)
def folded_given_names() -> frozenset[str]:
    """Folded given names of the actor lexicons (``actor_lexicons.given_names``)."""
    from .actor_lexicons import given_names

    return frozenset(fold(n) for n in given_names())


@lru_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    """Folded forms of address for a relative ("Mom", "Dad"; ``data/corpus_kin_words.csv``)."""
    return frozenset(fold(r["word"]) for r in data_rows("corpus_kin_words.csv"))


@lru_cache(maxsize=1)
def generic_names() -> frozenset[str]:
    """Folded bare institution words that are not merged across articles (``data/corpus_generic_names.csv``)."""
    return frozenset(fold_name(r["word"]) for r in data_rows("corpus_generic_names.csv"))


def alias_list(value) -> list:
    """An actor's aliases as a list: a list in records, an array from Parquet, nothing when missing."""
    return list(value) if hasattr(value, "__iter__") and not isinstance(value, str) else []


def person_tokens(name: str) -> list[str]:
    """A person's name as folded tokens, without leading titles and trailing suffixes."""
    return list(_person_tokens(str(name)))


@lru_cache(maxsize=65536)
def _person_tokens(name: str) -> tuple[str, ...]:
    tokens = fold(name).split()
    titles = title_words()
    while tokens and tokens[0] in titles:
        tokens = tokens[1:]
    while tokens and tokens[-1] in SUFFIXES:
        tokens = tokens[:-1]
    return tuple(tokens)


@lru_cache(maxsize=1)
def nicknames() -> dict[str, str]:
    """Folded short form of a given name -> its one full form ("joe" -> "joseph"; ``data/corpus_nicknames.csv``)."""
    return {fold(r["nickname"]): fold(r["name"]) for r in data_rows("corpus_nicknames.csv")}


def _given_and_surname(tokens: list[str]) -> tuple[list[str], str]:
    """Given names (particles dropped; the first one in full: "joe" -> "joseph") and the surname (the last token)."""
    given = [t for t in tokens[:-1] if t not in PARTICLES]
    if given:
        given[0] = nicknames().get(given[0], given[0])
    return given, tokens[-1]


def initials(folded: str) -> str:
    """Initial letters of an organisation's words, skipping "of", "the", "and" ..."""
    return "".join(w[0] for w in folded.split() if w not in ACRONYM_SKIP)


def looks_like_acronym(name: str) -> bool:
    """ "WHO", "U.N.", "NATO": two to eight capitals, dots allowed, maybe a leading "the"."""
    core = re.sub(r"^the\s+", "", str(name).strip(), flags=re.IGNORECASE)
    core = POSSESSIVE.sub("", core).replace(".", "")
    return 2 <= len(core) <= 8 and core.isalpha() and core.isupper()


def short_id(key: str) -> str:
    """A short, stable id for a canonical key (same key, same id, on every run)."""
    return "ca_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _is_person(row) -> bool:
    return row["type"] == "PERSON"


def _role_only(row, tokens: list[str]) -> bool:
    """A person named only by a role ("the President", "the author"): no name left without titles."""
    if not tokens or row.get("kind") == "speaker":
        return True
    role = row.get("role")
    return isinstance(role, str) and fold(role) == fold(str(row["name"]))


def _person_keys(rows: list[dict]) -> dict[int, str]:
    """Row index -> person key, for every PERSON row (see the module docstring for the rules)."""
    parsed: dict[int, tuple[list[str], str] | None] = {}
    kin = kin_words()
    for r in rows:
        tokens = person_tokens(str(r["name"]))
        # a role ("the President") or a relative ("Mom", "Dad") names no one across articles
        local = _role_only(r, tokens) or " ".join(tokens) in kin
        parsed[r["_i"]] = None if local else _given_and_surname(tokens)
    full = {(tuple(g), s) for g, s in (p for p in parsed.values() if p) if g}
    # a full name without middle names joins the only fuller variant with the same first name and surname
    fuller: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for g, s in full:
        if len(g) > 1:
            fuller[(g[0], s)].add(g)
    full_key: dict[tuple[tuple[str, ...], str], str] = {}
    for g, s in full:
        target = next(iter(fuller[(g[0], s)])) if len(g) == 1 and len(fuller[(g[0], s)]) == 1 else g
        full_key[(g, s)] = "person:" + " ".join(target) + "|" + s
    by_surname: dict[str, set[str]] = defaultdict(set)
    for (g, s), key in full_key.items():
        by_surname[s].add(key)
    given = folded_given_names()
    # (article, first given name as written) -> full-name keys; the short form's full form where none is written
    first_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        p = parsed[r["_i"]]
        if p is not None and p[0]:
            key = full_key[(tuple(p[0]), p[1])]
            first_names[(r["article_id"], p[0][0])].add(key)
            first_names[(r["article_id"], person_tokens(str(r["name"]))[0])].add(key)
    # full-name key -> the articles it is named in, and the head words of the roles it holds with their articles
    full_roles: dict[str, tuple[set, dict]] = defaultdict(lambda: (set(), defaultdict(set)))
    for r in rows:
        p = parsed[r["_i"]]
        if p is not None and p[0]:
            arts, offices = full_roles[full_key[(tuple(p[0]), p[1])]]
            arts.add(r["article_id"])
            if _office_word(r.get("role")):
                offices[_office_word(r.get("role"))].add(r["article_id"])
    keys: dict[int, str] = {}
    for r in rows:
        p = parsed[r["_i"]]
        if p is None:
            keys[r["_i"]] = f"local:{r['article_id']}|{fold(str(r['name']))}"
        elif p[0]:
            keys[r["_i"]] = full_key[(tuple(p[0]), p[1])]
        else:
            candidates = by_surname.get(p[1], set())
            # one sense per article: the one full name its own article gives that surname, else the one full
            # name of its article that starts with the word ("Saddam" for "Saddam Hussein", "Hu" for "Hu Shih")
            here = {k for k in candidates if r["article_id"] in full_roles[k][0]}
            first = set() if _office_name(r) else (first_names.get((r["article_id"], p[1]))
                                                    or first_names.get((r["article_id"], nicknames().get(p[1])), set()))
            if len(here) == 1:
                keys[r["_i"]] = next(iter(here))
            elif not here and len(first) == 1:
                keys[r["_i"]] = next(iter(first))
            elif len(candidates) == 1 and not _office_clash(r, next(iter(candidates)), full_roles):
                keys[r["_i"]] = next(iter(candidates))
            elif len(candidates) == 1:
                keys[r["_i"]] = "person:|" + p[1]
            elif len(candidates) > 1 and (bearer := _salient_bearer(r, here or candidates, full_roles, not here)):
                keys[r["_i"]] = bearer
            elif not candidates and p[1] in given and not _office_name(r):
                # a given name alone ("Jenna") that is no one's surname and no first name of one person of its
                # article stays in its article
                keys[r["_i"]] = f"local:{r['article_id']}|person:{p[1]}"
            elif not candidates:
                keys[r["_i"]] = "person:|" + p[1]
            else:  # two people share the surname: the bare surname cannot be told apart
                keys[r["_i"]] = f"local:{r['article_id']}|person:{p[1]}"
    return _role_holders(rows, parsed, keys)


@lru_cache(maxsize=1)
def given_name_titles() -> frozenset[str]:
    """Folded titles that go with a given name ("King Charles", "Pope Francis", "Sir Elton"): royal and
    religious titles of ``data/actors_titles.csv`` and the British honorifics of the nobility and of
    knighthood, with "Miss" and "Madam" (which take either name)."""
    words = {fold(r["word"]) for r in data_rows("actors_titles.csv") if r.get("kind") in ("royal", "religious")}
    return frozenset(words | {"sir", "dame", "lord", "lady", "miss", "madam", "madame"})


def _office_name(row) -> bool:
    """A one-word person name held with an office ("Secretary Kerry", "Congresswoman Dean": the row's role):
    news names an office holder by surname, so the word is a surname even where it is also a given name."""
    role = row.get("role")
    if not isinstance(role, str) or fold(role) == fold(str(row["name"])):
        return False
    words = fold(role).split()
    return bool(words) and words[0] not in given_name_titles() and words[0] in title_words()


#: AP Stylebook abbreviations of titles before a name ("Sen. Sanders" = "Senator Sanders"), written out.
TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "lt": "lieutenant",
                       "gen": "general", "col": "colonel", "adm": "admiral", "sgt": "sergeant", "atty": "attorney",
                       "supt": "superintendent", "pres": "president", "sec": "secretary", "cmdr": "commander"}
#: Words before an office that do not change which office it is ("former Secretary", "then-Governor").
OFFICE_TIME_WORDS = {"former", "then", "ex", "late", "outgoing", "incoming", "the"}
#: An ambiguous surname alone names its most salient bearer when that bearer is named in at least this many
#: articles and in more than this many times as many articles as all other bearers together.
SALIENT_MIN_ARTICLES, SALIENT_RATIO = 3, 2


@lru_cache(maxsize=65536)
def _office_word_of(role: str) -> str | None:
    words = [w for w in fold(role).split() if w not in OFFICE_TIME_WORDS]
    return TITLE_ABBREVIATIONS.get(words[0], words[0]) if words else None


def _office_word(role) -> str | None:
    """The head word of a role, written out and without time words ("former Sen." -> "senator"), else None."""
    return _office_word_of(role) if isinstance(role, str) else None


def _salient_bearer(row, candidates: set[str], full_roles, prior: bool) -> str | None:
    """The full name a surname alone most likely names where several people share it: the one bearer seen with
    the row's office ("President Clinton" when only one Clinton is ever a president), else, with ``prior`` (its
    article names none of them), the bearer named far more often than the others (see :data:`SALIENT_RATIO`),
    counting the articles that name each with that office where the row holds one ("Obama" alone in a corpus that
    names Barack Obama in 21 articles and Michelle Obama in one). Entity linkers call this the commonness prior."""
    office = _office_word(row.get("role"))
    holding = {k for k in candidates if office and office in full_roles[k][1]}
    if len(holding) == 1:
        return next(iter(holding))
    if not prior:
        return None

    def seen(key: str) -> int:
        return len(full_roles[key][1].get(office, ())) if holding else len(full_roles[key][0])

    ranked = sorted(holding or candidates, key=lambda k: (-seen(k), k))
    top, rest = seen(ranked[0]), sum(seen(k) for k in ranked[1:])
    return ranked[0] if top >= SALIENT_MIN_ARTICLES and top > SALIENT_RATIO * rest else None


def _office_clash(row, target: str, full_roles) -> bool:
    """Whether a surname held with an office ("Senator Baker", "Justice Thomas") must not join the one full name
    with that surname elsewhere in the corpus ("Charlie Baker" in a biography): that full name is not named in its
    article and is never seen holding any office (an office holder's full name comes with a title somewhere; a
    different office is allowed: "Senator Lee" may be the later "President Ana Lee")."""
    if not _office_name(row):
        return False
    arts, offices = full_roles[target]
    return row["article_id"] not in arts and not offices


def _role_holders(rows: list[dict], parsed: dict, keys: dict[int, str]) -> dict[int, str]:
    """A role-only person ("the Speaker") takes the key of the one named person of its article who
    holds that role ("Speaker Ana Ruiz"), else of the one person its article names (any form) who holds
    that role in another article; with none or several it stays local."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    corpus_holders: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)  # article -> the person keys it names
    for r in rows:
        role = r.get("role")
        if parsed[r["_i"]] is not None and not keys[r["_i"]].startswith("local:"):
            named[r["article_id"]].add(keys[r["_i"]])
            if isinstance(role, str):
                holders[(r["article_id"], fold(role))].add(keys[r["_i"]])
                corpus_holders[fold(role)].add(keys[r["_i"]])
    for r in rows:
        role = r.get("role")
        if parsed[r["_i"]] is None and isinstance(role, str) and r.get("kind") != "speaker":
            head = role_of_state(role)  # "President of the United States": the article's "President"
            found = holders.get((r["article_id"], fold(role)), set()) or (
                holders.get((r["article_id"], fold(head)), set()) if head else set())
            if not found:
                # no holder named with the role here: the one person the article names who holds it elsewhere
                found = (corpus_holders.get(fold(role), set()) or corpus_holders.get(fold(head or ""), set()))
                found = found & named[r["article_id"]]
            if len(found) == 1:
                keys[r["_i"]] = next(iter(found))
    return keys


def bare_group(folded: str, role) -> bool:
    """Whether a group actor (``extract.group_actors``: its ``role`` a CAMEO code) is named by group words alone
    ("rebels", "coalition forces", "police"): a different group in each article, unlike "Iraqi soldiers"."""
    from .group_actors import group_words

    codes, words = group_words()
    return role in codes and all(w in words for w in folded.split())


#: Bodies a state has one of, named bare ("the Supreme Court", "Parliament"): the article's own state's, where the
#: corpus names that state's body with the state somewhere ("the U.S. Supreme Court"; no "U.S. Parliament").
NATIONAL_HEADS = {"supreme court", "parliament", "house of representatives", "house of commons", "house of lords",
                  "national assembly", "chamber of deputies"}


def _name_keys(rows: list[dict], all_rows: list[dict]) -> dict[int, str]:
    """Row index -> key for states (ISO3) and other named actors (folded name, aliases, acronyms)."""
    from .actor_city_spellings import town_spellings

    aliases, generic, bare_bodies, spellings = org_aliases(), generic_names(), body_heads(), town_spellings()
    heads = frozenset(bare_bodies)
    folded: dict[int, str] = {}
    formal: dict[str, set[str]] = defaultdict(set)  # article -> US states named "State of X" there
    for r in rows:
        name = _campus_form(_expand_first_word(fold_name(str(r["name"]))))
        if name not in aliases:  # "the State of Ohio" is "Ohio" (but "State of New York" is an alias)
            name = fold_name(us_state_name(str(r["name"])) or name)
        if r["type"] == "GPE" and (town := spellings.get(str(r["name"]))):
            name = fold_name(town)  # "Kiev" is "Kyiv", "Raqqa" is "Ar Raqqah" (actor_city_spellings)
        folded[r["_i"]] = aliases.get(name, name)
        if us_state_style(str(r["name"])):
            formal[r["article_id"]].add(folded[r["_i"]])
    # acronym -> expansions whose initials spell it: organisation names anywhere in the corpus, and
    # (stronger evidence) an organisation's own aliases in one article ("the World Health Organization (WHO)")
    expansions: dict[str, set[str]] = defaultdict(set)
    declared: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        n = folded[r["_i"]]
        if r["type"] != "ORG" or len(n.split()) < 2:
            continue
        expansions[initials(n)].add(n)
        for alias in alias_list(r.get("aliases")):
            if looks_like_acronym(str(alias)) and fold_name(str(alias)).replace(" ", "") == initials(n):
                declared[initials(n)].add(n)
    # a sports club's nickname -> the full club names that end in it ("red sox" -> "boston red sox"); not a
    # newspaper's, which reads the same ("the New York Times"): "the Times" of a London article is another paper
    clubs: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["type"] == "ORG" and (nick := nickname_of(str(r["name"]).split())) is not None and nick[-1] not in MASTHEADS:
            clubs[fold(" ".join(nick))].add(folded[r["_i"]])
    keys: dict[int, str] = {}
    bare_national = {r["article_id"] for r in rows if folded[r["_i"]] in NATIONAL_HEADS}
    home = home_states(all_rows, bare_national) if bare_national else {}
    named_bodies = {state_body(str(r["name"]), heads) for r in rows} if bare_national else set()
    for r in rows:
        iso3 = r.get("iso3")
        if isinstance(iso3, str) and iso3:
            keys[r["_i"]] = "state:" + iso3
            continue
        n = folded[r["_i"]]
        body = state_body(str(r["name"]), heads) or party_body(n, bare_bodies)
        if body or bare_bodies.get(n):  # "U.S. Senate" = "Senate of the United States" = "Senate"
            keys[r["_i"]] = "body:" + (body or f"{bare_bodies[n]}|{n}")
            continue
        if n in NATIONAL_HEADS and f"{home.get(r['article_id'])}|{n}" in named_bodies:  # "the Supreme Court"
            keys[r["_i"]] = f"body:{home[r['article_id']]}|{n}"
            continue
        found = formal.get(r["article_id"], set())
        if len(found) == 1 and is_bare_state_word(str(r["name"])):  # "the State of Ohio ... the State"
            keys[r["_i"]] = "name:" + next(iter(found))
            continue
        if n in generic or (r["type"] == "ORG" and bare_group(n, r.get("role"))):
            # "the Court" or "the rebels" of one article is not the Court or the rebels of another
            keys[r["_i"]] = f"local:{r['article_id']}|{n}"
            continue
        if looks_like_acronym(r["name"]) and n not in aliases.values():
            acronym = n.replace(" ", "")
            # two-letter acronyms ("IM", "KS") spell too many names: only a declared expansion counts
            found = declared.get(acronym) or (expansions.get(acronym, set()) if len(acronym) >= 3 else set())
            found = found - {n}
            if len(found) == 1:
                n = next(iter(found))
        if r["type"] == "ORG" and len(clubs.get(n, ())) == 1:
            n = next(iter(clubs[n]))  # "the Red Sox" of one article, "the Boston Red Sox" of another
        keys[r["_i"]] = "name:" + _head_last(n)
    return keys


#: Last words of newspaper names shaped like a club's ("the Los Angeles Times", "the New York Daily News").
MASTHEADS = {"Times", "News"}


#: Heads of government bodies that news names either way round ("the Justice Department", "the Department of
#: Justice"; AP Stylebook, "department": both forms are correct).
INVERTIBLE_HEADS = {"department", "ministry"}


def _head_last(folded: str) -> str:
    """A body's name with its head last ("department of justice" -> "justice department"), else unchanged."""
    words = folded.split()
    if 3 <= len(words) <= 5 and words[0] in INVERTIBLE_HEADS and words[1] == "of" and "of" not in words[2:]:
        return " ".join(words[2:] + words[:1])
    return folded


def _unnamed_state_keys(rows: list[dict]) -> dict[int, str]:
    """Row index -> key for actors that stand for a state without the extractor's ISO3: a state
    name after a determiner ("these United States") and a home-country word ("the Nation"), which
    takes its article's most salient state or stays local (``identity_states``)."""
    keys: dict[int, str] = {}
    home_rows, us_rows = [], []
    for r in rows:
        iso3 = r.get("iso3")
        if isinstance(iso3, str) and iso3:
            continue
        name = str(r["name"])
        found = determiner_state(name) or other_name_state(name) or (named_state(name) if r["type"] != "PERSON" else None)
        if found:
            keys[r["_i"]] = "state:" + found
        elif home_word(name):
            home_rows.append(r)
        elif r["type"] != "PERSON" and is_us_short_form(name):
            us_rows.append(r)
    if home_rows or us_rows:
        home = home_states(rows, {r["article_id"] for r in home_rows + us_rows})
    if us_rows:
        # "the States" of a travel guide to Arizona is the USA; the "States" of a UN speech are its members
        sovereign = sovereign_states_articles(rows)
        for r in us_rows:
            if home[r["article_id"]] == "USA" and r["article_id"] not in sovereign:
                keys[r["_i"]] = "state:USA"
    if home_rows:
        # "the Republic" in an article that names the Roman Republic is that one, not the article's state
        other = namesakes(rows)
        for r in home_rows:
            iso3 = home[r["article_id"]] if (r["article_id"], home_word(str(r["name"]))) not in other else None
            keys[r["_i"]] = "state:" + iso3 if iso3 else f"local:{r['article_id']}|{fold_name(str(r['name']))}"
    return keys


def _state_by_written_name(rows: list[dict], keys: dict[int, str]) -> None:
    """A name of two or more words keyed by name that, folded, is a state's name or alias where the extractor gave
    that state its ISO3 elsewhere in the corpus ("HONG-KONG" in capitals beside "Hong Kong") is that state. One
    word is not enough: "Georgia" is a US state as often as the country."""
    states: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if keys[r["_i"]].startswith("state:"):
            for form in [r["name"], *alias_list(r.get("aliases"))]:
                folded = fold_name(str(form))
                if len(folded.split()) >= 2:
                    states[folded].add(keys[r["_i"]])
    for r in rows:
        found = states.get(fold_name(str(r["name"])), set())
        # a demonym group ("South African" people) stays a group, though the state's aliases hold the adjective
        if keys[r["_i"]].startswith("name:") and len(found) == 1 and r["type"] != "NORP" and r.get("kind") != "group":
            keys[r["_i"]] = next(iter(found))


def _mistyped_persons(rows: list[dict], state_keys: dict[int, str]) -> set[int]:
    """Rows of another type whose name of two or more words is, without titles, exactly the given names and
    surname of a PERSON row ("Nora Vallin" typed GPE beside a person "Nora Vallin" elsewhere). They are resolved
    with the persons, so that their article's one-word names ("Nora", "Vallin") find them (one sense per article)."""
    full = set()
    for r in rows:
        if _is_person(r) and r["_i"] not in state_keys:
            tokens = person_tokens(str(r["name"]))
            if len(tokens) >= 2 and not _role_only(r, tokens):
                full.add(tuple(tokens))
    return {r["_i"] for r in rows if not _is_person(r) and r["_i"] not in state_keys
            and not (isinstance(r.get("iso3"), str) and r["iso3"])
            and len(fold_name(str(r["name"])).split()) >= 2 and tuple(person_tokens(str(r["name"]))) in full}


def resolve(actors: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The actors table with ``corpus_actor_id`` (and the readable ``corpus_key`` it hashes).

    ``actors`` needs ``article_id``, ``name``, ``type``, ``kind``, ``role`` and ``iso3``; other
    columns pass through. ``articles`` is accepted for symmetry with ``corpus_actors`` and unused.
    """
    out = actors.copy()
    if out.empty:
        for c in RESOLVED_COLUMNS:
            out[c] = pd.Series(dtype=object)
        return out
    cols = ["article_id", "name", "type", "kind", "role", "iso3", "aliases"]
    rows = [dict(zip(cols, vals), _i=i) for i, vals in enumerate(out.reindex(columns=cols).itertuples(index=False))]
    state_keys = _unnamed_state_keys(rows)
    mistyped = _mistyped_persons(rows, state_keys)
    persons = [r for r in rows if (_is_person(r) or r["_i"] in mistyped) and r["_i"] not in state_keys]
    others = [r for r in rows if not (_is_person(r) or r["_i"] in mistyped) and r["_i"] not in state_keys]
    person_keys = _person_keys(persons)
    keys = {**person_keys, **_name_keys(others, rows), **state_keys}
    # the small model often types a person as ORG or GPE: a two-or-more-word name that is exactly a
    # person's full name elsewhere in the corpus joins that person
    full_names = {fold(" ".join(k[len("person:"):].split("|"))): k for k in person_keys.values()
                  if k.startswith("person:") and not k.startswith("person:|")}
    for r in others:
        name = fold_name(str(r["name"]))
        if keys[r["_i"]].startswith("name:") and len(name.split()) >= 2 and name in full_names:
            keys[r["_i"]] = full_names[name]
    _state_by_written_name(rows, keys)
    out["corpus_key"] = [keys[i] for i in range(len(rows))]
    out["corpus_actor_id"] = [short_id(k) for k in out["corpus_key"]]
    return out


def id_map(resolved: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(article_id, actor_id) -> corpus_actor_id, to write the id into each article's record or store rows."""
    return {(str(a), str(i)): c for a, i, c in zip(resolved["article_id"], resolved["actor_id"], resolved["corpus_actor_id"])}


def _display_rank(name: str, count: int, person: bool) -> tuple:
    """Sort key of a name form for display: a full name without title (persons) or the expansion
    rather than the acronym (others), then the most used, then the longer."""
    if person:
        tokens = person_tokens(name)
        plain = len(tokens) >= 2 and fold(name).split() == tokens
    else:
        plain = not looks_like_acronym(name)
    return (not plain, -count, -len(name), name)


def canonical_names(resolved: pd.DataFrame) -> dict[str, str]:
    """corpus_actor_id -> display name (see ``_display_rank``)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    persons: dict[str, int] = Counter()
    for cid, name, typ in zip(resolved["corpus_actor_id"], resolved["name"], resolved["type"]):
        counts[cid][str(name)] += 1
        persons[cid] += typ == "PERSON"
    return {cid: sorted(c.items(), key=lambda kv: _display_rank(kv[0], kv[1], persons[cid] * 2 >= sum(c.values())))[0][0]
            for cid, c in counts.items()}


def merge_key_by_name(actors: pd.DataFrame) -> Iterable[str]:
    """Today's cross-article merge (``corpus.overview.merged_actors``): canonical name and type."""
    return (f"{n}|{t}" for n, t in zip(actors["name"].astype(str), actors["type"].astype(str)))

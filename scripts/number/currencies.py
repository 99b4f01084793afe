#!/usr/bin/env python3
"""Regenerate core/data/number_currencies.txt, the currencies NUMBER reads around a figure.

The list is derived from the ISO 4217 table that PyPI pycountry ships (Debian iso-codes data,
LGPL-2.1), pinned and checked by scripts/gazetteer/build.py, whose download code this script
reuses. The output is deterministic: a second run reproduces it byte for byte.

    python3 scripts/number/currencies.py           # rewrite the file
    python3 scripts/number/currencies.py --check   # exit 1 if the file is out of date

What is written:
  * [currency_codes]: the ISO codes of current currencies ("SEK 20 billion", "20 billion SEK"),
    matched with their case. Left out: funds, precious metals and test codes (no one prices a
    news figure in them), and codes that are capitalised English words or common acronyms, so
    an all-caps headline or a petrol grade is no amount (CODES_THAT_ARE_WORDS).
  * [currency_names]: the names written after a number, singular and plural, bare
    ("16.9 billion naira", "250 pesos") and with the country's adjective ("Iraqi dinars").
    A bare noun several currencies share ("dinars") has the noun as its unit, else the code.
    Bare nouns that are as often ordinary English words ("real", "mark", "sol") are written
    only with their adjective (AMBIGUOUS_NOUNS). The English plurals and the names the press
    uses besides ISO's ("Swedish crowns", "shekels") are the tables below, written from
    general knowledge of news usage.
  * Forms core/data/number_words.txt already lists under [money_after] are skipped: the
    hand-written entries win.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts" / "gazetteer"))
from build import PACKAGES, Archive, fetch  # noqa: E402  (the one pin of pycountry)

OUT = REPO / "core" / "data" / "number_currencies.txt"
HAND = REPO / "core" / "data" / "number_words.txt"

# Codes that are not currencies one prices news in: funds, units of account, metals, tests.
NOT_CURRENCIES = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "VED", "ZWG"}
KEPT_X_CODES = {"XAF", "XOF", "XCD", "XPF"}
# Capitalised words and acronyms a figure follows in news: "ALL 5 CREW", "TOP 10", "PHP 8",
# "RON 95" petrol, "CVE" vulnerability numbers.
CODES_THAT_ARE_WORDS = {"ALL", "BAM", "BOB", "CUP", "CVE", "GEL", "MAD", "MOP", "PEN", "PHP",
                        "RON", "SOS", "TOP", "TRY"}

# ISO names whose noun is not their last word, or which the press writes otherwise:
# name -> (qualifier, noun).
NAME_FORMS = {
    "Yuan Renminbi": ("", "yuan"),
    "Rial Omani": ("Omani", "rial"),
    "Peso Uruguayo": ("Uruguayan", "peso"),
    "New Israeli Sheqel": ("Israeli", "shekel"),
    "Cordoba Oro": ("Nicaraguan", "cordoba"),
    "Bolívar Soberano": ("Venezuelan", "bolívar"),
    "Turkmenistan New Manat": ("Turkmen", "manat"),
    "CFA Franc BEAC": ("CFA", "franc"),
    "CFA Franc BCEAO": ("CFA", "franc"),
    "Pound Sterling": ("", "sterling"),  # number_words.txt has "pounds sterling"
    "New Taiwan Dollar": ("Taiwan", "dollar"),
    "Uzbekistan Sum": ("Uzbek", "sum"),
}
# Nouns that are English words as often as currencies after a number ("two real options",
# "5 pounds of flour", "10 sum"): written only after their adjective.
AMBIGUOUS_NOUNS = {"real", "mark", "sol", "sum", "som", "kip", "dram", "pound", "colon", "cordoba",
                   "balboa", "quetzal", "guarani", "leone", "sterling"}
# English plurals that are not the noun + "s"; a noun mapped to itself is invariable.
PLURALS = {
    "yen": "yen", "yuan": "yuan", "won": "won", "baht": "baht", "naira": "naira", "rand": "rand",
    "ringgit": "ringgit", "rupiah": "rupiah", "taka": "taka", "kwacha": "kwacha", "kyat": "kyats",
    "riel": "riels", "tenge": "tenge", "vatu": "vatu", "tala": "tala", "pula": "pula",
    "lari": "lari", "loti": "maloti", "lilangeni": "emalangeni", "leu": "lei", "krona": "kronor",
    "krone": "kroner", "koruna": "korunas", "zloty": "zlotys", "real": "reais", "sol": "soles",
    "colon": "colones", "bolívar": "bolívares", "quetzal": "quetzales", "metical": "meticais",
    "somoni": "somoni", "rufiyaa": "rufiyaa", "ariary": "ariary", "nakfa": "nakfa", "birr": "birr",
    "kina": "kina", "ngultrum": "ngultrum", "lira": "lira", "dong": "dong", "afghani": "afghanis",
    "denar": "denars", "pa’anga": "pa’anga", "guarani": "guaranis",
}
# Names the press writes besides ISO's, as (written, code).
PRESS_NAMES = [
    ("Swedish crowns", "SEK"), ("Norwegian crowns", "NOK"), ("Danish crowns", "DKK"),
    ("Czech crowns", "CZK"), ("Icelandic crowns", "ISK"), ("Icelandic kronur", "ISK"),
    ("crowns", "crown"), ("crown", "crown"),
    ("shekels", "ILS"), ("shekel", "ILS"), ("Pakistani rupees", "PKR"),
    ("Sri Lankan rupees", "LKR"), ("Nepali rupees", "NPR"), ("Mauritian rupees", "MUR"),
    ("Taiwan dollars", "TWD"), ("Azerbaijani manat", "AZN"), ("Kazakh tenge", "KZT"),
    ("Ghanaian cedis", "GHS"), ("Ugandan shillings", "UGX"), ("Malawian kwacha", "MWK"),
    ("Nigerian naira", "NGN"), ("South African rand", "ZAR"), ("Emirati dirhams", "AED"),
    ("Chinese yuan", "CNY"), ("Japanese yen", "JPY"), ("South Korean won", "KRW"),
    ("Vietnamese dong", "VND"), ("Thai baht", "THB"), ("Indonesian rupiah", "IDR"),
    ("Bangladeshi taka", "BDT"), ("Polish zlotys", "PLN"), ("Hungarian forints", "HUF"),
    ("Romanian lei", "RON"), ("Ukrainian hryvnias", "UAH"), ("Russian roubles", "RUB"),
    ("Peruvian soles", "PEN"), ("Afghan afghanis", "AFN"), ("Georgian lari", "GEL"),
    ("Kyrgyz som", "KGS"), ("soums", "UZS"), ("Uzbek soums", "UZS"), ("Tajik somoni", "TJS"),
    ("Mongolian tugriks", "MNT"), ("Cambodian riels", "KHR"), ("Myanmar kyats", "MMK"),
    ("CFA francs", "CFA franc"), ("West African CFA francs", "XOF"),
    ("Central African CFA francs", "XAF"), ("Venezuelan bolivars", "VES"), ("bolivars", "VES"),
]


def hand_written() -> set[str]:
    """The forms number_words.txt lists under [money_after], lower-cased."""
    section, forms = "", set()
    for line in HAND.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "money_after":
            forms.add(line.split("=")[0].strip().lower())
    return forms


def plural(noun: str) -> str:
    return PLURALS.get(noun, noun + "s")


def build(iso4217: list[dict]) -> str:
    currencies = [c for c in iso4217 if c["alpha_3"] not in NOT_CURRENCIES
                  and (not c["alpha_3"].startswith("X") or c["alpha_3"] in KEPT_X_CODES)]
    codes = sorted(c["alpha_3"] for c in currencies if c["alpha_3"] not in CODES_THAT_ARE_WORDS)
    names: list[tuple[str, str, str]] = []  # (qualifier, noun, code)
    for c in currencies:
        qualifier, noun = NAME_FORMS.get(c["name"], (None, None))
        if noun is None:
            words = re.sub(r"\s*\(.*\)$", "", c["name"]).split()
            qualifier, noun = " ".join(words[:-1]), words[-1].lower()
        names.append((qualifier, noun, c["alpha_3"]))
    shared = {noun for noun in {n for _, n, _ in names}
              if len({code for _, n, code in names if n == noun}) > 1}
    entries: dict[str, str] = {}
    for qualifier, noun, code in names:
        if qualifier:
            for form in (noun, plural(noun)):
                entries.setdefault(f"{qualifier} {form}", code)
        if noun not in AMBIGUOUS_NOUNS:
            for form in (noun, plural(noun)):
                entries.setdefault(form, noun if noun in shared else code)
    for written, code in PRESS_NAMES:
        entries.setdefault(written, code)
    hand = hand_written()
    kept = sorted((w, u) for w, u in entries.items() if w.lower() not in hand)
    lines = [
        "# Currencies NUMBER reads around a figure. GENERATED by scripts/number/currencies.py: edit",
        "# that script, not this file.",
        "# Source: the ISO 4217 table of PyPI pycountry "
        f"{PACKAGES['pycountry'].version} (data from Debian iso-codes), LGPL-2.1.",
        "# Trimmed as the script's docstring says: no funds, metals or test codes, no codes that",
        "# are capitalised English words, bare nouns that are English words only after their",
        "# adjective; English plurals and press names added by hand; number_words.txt wins.",
        "",
        "# ISO codes written before or after the number, with their case: \"SEK 20 billion\".",
        "[currency_codes]",
        *(f"{code} = {code}" for code in codes),
        "",
        "# Names written after the number, as 'written form = unit': \"1.3 trillion dinars\".",
        "[currency_names]",
        *(f"{w} = {u}" for w, u in kept),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = Archive(fetch(PACKAGES["pycountry"], Path(tmp)))
        text = build(wheel.json("pycountry/databases/iso4217.json")["4217"])
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

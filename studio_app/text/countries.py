"""Which law a document follows: the studio's country decides the tax notes, the contract's governing law and
which party details are printed (EU VAT rules only for studios in the EU)."""

from __future__ import annotations

EU = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())
#: Countries with their own party fields, clauses and notes; others get the neutral (EU or general) version.
LOCAL = ("TR", "GR", "MY")

_NAMES = {"türkiye": "TR", "turkey": "TR", "türkei": "TR", "turkiye": "TR", "greece": "GR", "ελλάδα": "GR",
          "ellada": "GR", "hellas": "GR", "malaysia": "MY", "el": "GR"}


def code(country: object) -> str:
    """'TR' for 'TR', 'tr', 'Türkiye' or 'Turkey'; other two-letter codes upper-cased; '' when unknown."""
    text = str(country or "").strip()
    if len(text) == 2 and text.isalpha():
        return "GR" if text.upper() == "EL" else text.upper()
    return _NAMES.get(text.casefold(), "")


def law_groups(country: object) -> list[str]:
    """The label sets that apply, most general first: 'EU' or 'non_EU', then the country's own."""
    iso = code(country)
    groups = ["EU" if iso in EU else "non_EU"]
    if iso in LOCAL:
        groups.append(iso)
    return groups

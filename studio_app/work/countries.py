"""What a studio's country suggests for its defaults: currency, standard VAT rate, paper size, document language.

Only suggestions for the first-run assistant; the studio can change each in Settings.

Sources (checked 2026-12-01):
- currency: the CLDR territory data shipped with Babel (``babel.numbers.get_territory_currencies``), the
  currency legal tender in the territory today;
- EU standard VAT rates: European Commission, "VAT rates applied in the Member States of the European Union"
  (taxation-customs.ec.europa.eu, situation at 1 January 2026), with the changes of 2024–2025 it lists:
  Finland 25.5 % (since 1 Sept 2024), Slovakia 23 % (since 1 Jan 2025), Estonia 24 % (since 1 July 2025),
  Romania 21 % (since 1 Aug 2025);
- Türkiye 20 % KDV (Presidential Decision 7346, since 10 July 2023); Greece 24 % ΦΠΑ (Law 2859/2000,
  art. 21); Malaysia: no VAT, a Service Tax of 8 % on taxable services (Service Tax (Rate of Tax)
  (Amendment) Order 2024, since 1 March 2024) — a design studio registered for SST charges 8 %;
- United Kingdom 20 %, Switzerland 8.1 % (since 1 Jan 2024), Norway 25 %; the United States and Canada have
  no national VAT (state and provincial sales taxes vary), so 0 is suggested there;
- Letter paper: the United States, Canada, Mexico and the Philippines; A4 everywhere else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale
from babel.numbers import get_territory_currencies

from studio_app.text.i18n import LANGUAGES, locale_for

VAT_STANDARD: dict[str, str] = {
    "AT": "20", "BE": "21", "BG": "20", "HR": "25", "CY": "19", "CZ": "21", "DK": "25", "EE": "24", "FI": "25.5",
    "FR": "20", "DE": "19", "GR": "24", "HU": "27", "IE": "23", "IT": "22", "LV": "21", "LT": "21", "LU": "17",
    "MT": "18", "NL": "21", "PL": "23", "PT": "23", "RO": "21", "SK": "23", "SI": "22", "ES": "21", "SE": "25",
    "TR": "20", "MY": "8", "GB": "20", "CH": "8.1", "NO": "25", "US": "0", "CA": "0",
}
EU = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")
LETTER = ("US", "CA", "MX", "PH")
_LANGUAGE = {"TR": "tr", "GR": "el", "CY": "el", "MY": "ms", "BN": "ms"}


@dataclass(frozen=True)
class Defaults:
    """What ``country`` suggests; ``tax_rate`` is None where the table has no rate (the studio types it)."""

    country: str
    currency: str
    tax_rate: Decimal | None
    paper_size: str
    language: str


def codes() -> tuple[str, ...]:
    """The countries the assistant offers: those with a known VAT rate first-class, in code order."""
    return tuple(sorted(VAT_STANDARD))


def name(code: str, language: str = "en") -> str:
    """The country's name in ``language`` (CLDR)."""
    return Locale.parse(locale_for(language)).territories.get(code, code)


def defaults(code: str, today: dt.date | None = None) -> Defaults:
    """The suggested currency, VAT rate, paper size and document language for a studio in ``code``."""
    code = (code or "").strip().upper()
    currencies = get_territory_currencies(code, today or dt.date.today(), tender=True) if code else []
    rate = VAT_STANDARD.get(code)
    language = _LANGUAGE.get(code, "en")
    return Defaults(country=code, currency=currencies[0] if currencies else "EUR",
                    tax_rate=Decimal(rate) if rate is not None else None,
                    paper_size="Letter" if code in LETTER else "A4",
                    language=language if language in LANGUAGES else "en")

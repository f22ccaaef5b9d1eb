"""How the interface shows dates, money and statuses: in the interface language, through Babel."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal

from babel import Locale
from babel.dates import get_date_format
from babel.numbers import format_compact_currency, format_decimal, get_territory_currencies
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QColor

from studio_app.text import collation, i18n
from studio_app import money
from ui import theme, tokens

_language = "en"


def set_language(language: str) -> None:
    global _language
    _language = language if language in i18n.LANGUAGES else "en"


def language() -> str:
    return _language


def interface_language() -> str:
    """The saved choice, else the system locale's language when we have it, else English."""
    saved = str(QSettings().value("language", "") or "")
    if saved in i18n.LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in i18n.LANGUAGES else "en"


def date(value: dt.date | None) -> str:
    """The one date format of the interface: CLDR's medium date of the language, readable and unambiguous
    in every country ("30 Nov 2026", "30 Kas 2026", "30 Νοε 2026", "30 Nov 2026")."""
    return i18n.format_date(value, _language) if value else ""


def date_input_format() -> str:
    """The same date as a Qt display format for a date editor ("d MMM yyyy"), whose month names come from the
    editor's QLocale (``qt_locale()``, as ``ui.widgets.fields.DateField`` sets it)."""
    pattern = get_date_format("medium", locale=i18n.locale_for(_language)).pattern
    pattern = re.sub(r"y+", "yyyy", pattern.replace("L", "M"))
    return pattern if re.fullmatch(r"[dMy.,/\- ]+", pattern) else "d MMM yyyy"


def qt_locale() -> QLocale:
    """The interface language as a QLocale (month names in date editors and calendars)."""
    return QLocale(i18n.locale_for(_language))


def search_key(text: str) -> str:
    """For "contains" search as a person types it: no case, no accents (“turkiye” finds “Türkiye”)."""
    return _strip_marks(text.casefold().replace("ı", "i"))


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


_NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}  # as studio_app.work.identifiers refuses them


def countries() -> list[tuple[str, str]]:
    """Every country as (ISO code, name in the interface language), in that language's order."""
    return _named_list("territories", _language)


def currencies() -> list[tuple[str, str]]:
    """The currencies in use today as (ISO code, name in the interface language), in that language's order."""
    return _named_list("currencies", _language)


def country_name(code: str) -> str:
    """The country's name in the interface language ("Türkiye" for TR), or the code as given."""
    return Locale.parse(i18n.locale_for(_language)).territories.get((code or "").upper(), code or "")


def currency_name(code: str) -> str:
    return Locale.parse(i18n.locale_for(_language)).currencies.get((code or "").upper(), code or "")


@functools.cache
def _named_list(kind: str, language: str) -> list[tuple[str, str]]:
    names = getattr(Locale.parse(i18n.locale_for(language)), kind)
    if kind == "territories":
        codes = {c for c in names if len(c) == 2 and c.isalpha()} - _NOT_COUNTRIES
    else:
        today = dt.date.today()
        codes = {cur for territory in Locale("en").territories
                 for cur in get_territory_currencies(territory, today, tender=True)}
    return sorted(((code, names.get(code, code)) for code in codes),
                  key=lambda pair: collation.sort_key(pair[1], language))


def amount(minor: int | None, currency: str) -> str:
    return "" if minor is None else money.format_money(int(minor), currency, i18n.locale_for(_language))


def plain_amount(minor: int, currency: str) -> str:
    """An amount without its currency sign (a column headed with the currency): 1,500.00 or 1.500,00."""
    return money.format_plain(int(minor), currency, i18n.locale_for(_language))


def price(minor: Decimal | int, currency: str) -> str:
    """A unit price without its sign, finer than the minor unit where it is (0.125)."""
    return money.format_price(minor, currency, i18n.locale_for(_language))


def number(value: Decimal) -> str:
    """A quantity or a percentage as typed, in the interface's digits: 2.5 or 2,5; every decimal kept."""
    return format_decimal(value, format="#,##0.######", locale=i18n.locale_for(_language))


def hours(value: Decimal | int) -> str:
    """Hours with the interface's decimal sign: '1.50' in English, '1,50' in Turkish and Greek."""
    return i18n.format_hours(value, _language)


def compact_amount(minor: int, currency: str) -> str:
    """A short amount for a chart's bar or a card: "€12K", "TRY 1.2M" (Babel's compact form, a code spaced)."""
    major = money.to_major(int(minor), currency)
    return money.spaced_code(
        format_compact_currency(major, currency, locale=i18n.locale_for(_language), fraction_digits=1), currency)


_STATUS_LABELS = {  # marked for lupdate here, translated when shown
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"), "issued": QT_TRANSLATE_NOOP("Status", "Issued"),
    "partly paid": QT_TRANSLATE_NOOP("Status", "Partly paid"), "paid": QT_TRANSLATE_NOOP("Status", "Paid"),
    "overdue": QT_TRANSLATE_NOOP("Status", "Overdue"), "credit note": QT_TRANSLATE_NOOP("Status", "Credit note"),
    "accepted": QT_TRANSLATE_NOOP("Status", "Accepted"), "declined": QT_TRANSLATE_NOOP("Status", "Declined"),
    "signed": QT_TRANSLATE_NOOP("Status", "Signed"), "lead": QT_TRANSLATE_NOOP("Status", "Lead"),
    "quoted": QT_TRANSLATE_NOOP("Status", "Quoted"), "active": QT_TRANSLATE_NOOP("Status", "Active"),
    "delivered": QT_TRANSLATE_NOOP("Status", "Delivered"), "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
    "lost": QT_TRANSLATE_NOOP("Status", "Lost"), "archived": QT_TRANSLATE_NOOP("Status", "Archived"),
    "refund owed": QT_TRANSLATE_NOOP("Status", "Refund owed"), "sent": QT_TRANSLATE_NOOP("Status", "Sent"),
    "waiting": QT_TRANSLATE_NOOP("Status", "Waiting"),
}

STATUSES = tuple(_STATUS_LABELS)


def status_label(status: str) -> str:
    label = _STATUS_LABELS.get(status)
    return QCoreApplication.translate("Status", label) if label else status


def is_dark() -> bool:
    return theme.current().name == "dark"


def status_colour(status: str) -> QColor | None:
    """The text colour of ``status``'s tone in the theme in force (the pill's text colour), for a status shown
    as coloured words; None for a status without a tone."""
    if status not in tokens.STATUS_TONES:
        return None
    return QColor(tokens.tone_colours(theme.current(), tokens.STATUS_TONES[status])[1])


def vat_category(code: str) -> str:
    """The name of a VAT category (UNTDID 5305 code) in the interface language."""
    names = {"S": QT_TRANSLATE_NOOP("VatCategory", "Standard rate"),
             "Z": QT_TRANSLATE_NOOP("VatCategory", "Zero-rated"), "E": QT_TRANSLATE_NOOP("VatCategory", "Exempt"),
             "AE": QT_TRANSLATE_NOOP("VatCategory", "Reverse charge"),
             "K": QT_TRANSLATE_NOOP("VatCategory", "Intra-community supply"),
             "G": QT_TRANSLATE_NOOP("VatCategory", "Export outside the EU"),
             "O": QT_TRANSLATE_NOOP("VatCategory", "Not subject to VAT")}
    return QCoreApplication.translate("VatCategory", names.get(code, code))

"""The party details a country's invoices and contracts need, checked as they are typed.

Türkiye: vergi dairesi, VKN (10 digits) or TCKN (11 digits) with their check digits, MERSİS no (16 digits),
ticaret sicil no. Greece: ΔΟΥ, επάγγελμα, ΑΦΜ (check digit), Αρ. ΓΕΜΗ; a Greek VAT id is written EL…, not GR….
Malaysia: TIN, SSM company number (the 12-digit format since 2019), SST registration number. The studio and the
client share these columns; which ones a form shows, and a document prints, follows the party's country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from studio_app.text import cleaning, countries
from studio_app.text.errors import StudioError

PARTY_FIELDS = ("tax_office", "profession", "national_tax_id", "mersis_no", "trade_register", "sst_number")
STUDIO_FIELDS = ("bank_account_number", "duitnow_id")
#: What each country's documents carry, in the order they are printed.
BY_COUNTRY = {
    "TR": ("tax_office", "national_tax_id", "mersis_no", "trade_register"),
    "GR": ("profession", "tax_office", "national_tax_id", "trade_register"),
    "MY": ("national_tax_id", "trade_register", "sst_number"),
}
_SST = re.compile(r"^[A-Z][0-9]{2}-[0-9]{4}-[0-9]{8}$")  # W10-1808-31000001
_MY_TIN = re.compile(r"^(IG|C|CS|D|E|F|FA|PT|TA|TC|TN|TR|TP|J|LE)[0-9]{8,12}$")
_SSM_OLD = re.compile(r"^[0-9]{1,7}-?[A-Z]$")  # 1234567-X, before 2019
_MYDATA_MARK = re.compile(r"^[0-9]{1,20}$")


def fields_for(country: object) -> tuple[str, ...]:
    return BY_COUNTRY.get(countries.code(country), ())


def _digits(value: str) -> str:
    return "".join(value.split()).replace("-", "").replace(".", "")


def check_national_tax_id(value: object, country: object) -> str:
    text = cleaning.clean(value, "Tax number", field="national_tax_id", max_len=40)
    if not text:
        return ""
    code = countries.code(country)
    if code == "TR":
        from stdnum.tr import tckimlik, vkn  # python-stdnum (~15 ms, with pydoc) loads when a number is checked
        digits = _digits(text)
        module = vkn if len(digits) == 10 else tckimlik if len(digits) == 11 else None
        if module is None or not digits.isdigit():
            raise StudioError("A Turkish tax number is a VKN of 10 digits or a TCKN of 11 digits, not “{value}”.",
                              field="national_tax_id", value=text)
        if not module.is_valid(digits):
            raise StudioError("The tax number “{value}” has a typo: its check digits do not match.",
                              field="national_tax_id", value=text)
        return digits
    if code == "GR":
        from stdnum.gr import vat as gr_vat
        return gr_vat.compact(check_vat_id(text, "GR", field="national_tax_id"))
    if code == "MY":
        compact = _digits(text).upper()
        if not _MY_TIN.match(compact):
            raise StudioError("A Malaysian TIN starts with its type (IG, C, D, …) followed by digits, not “{value}”.",
                              field="national_tax_id", value=text)
        return compact
    return text


def check_vat_id(value: object, country: object, *, field: str = "tax_id") -> str:
    """A VAT id as typed; a Greek one is written with Greece's prefix EL and its ΑΦΜ check digit is verified."""
    text = str(value or "").strip()
    if countries.code(country) != "GR" or not text:
        return text
    from stdnum.exceptions import ValidationError
    from stdnum.gr import vat as gr_vat
    try:
        digits = gr_vat.validate(text)
    except ValidationError:
        raise StudioError("The Greek tax number (ΑΦΜ) “{value}” is not valid: it has 9 digits and a check digit.",
                          field=field, value=text[:40]) from None
    return digits if field == "national_tax_id" else f"EL{digits}"


def check_mersis(value: object) -> str:
    text = cleaning.clean(value, "MERSİS number", field="mersis_no", max_len=40)
    digits = _digits(text)
    if text and (len(digits) != 16 or not digits.isdigit()):
        raise StudioError("A MERSİS number has 16 digits, not “{value}”.", field="mersis_no", value=text)
    return digits


def check_trade_register(value: object, country: object) -> str:
    text = cleaning.clean(value, "Trade register number", field="trade_register", max_len=60)
    code = countries.code(country)
    if not text or code not in ("GR", "MY"):
        return text
    digits = _digits(text)
    if code == "GR":
        if not digits.isdigit() or not 6 <= len(digits) <= 12:
            raise StudioError("A ΓΕΜΗ number has up to 12 digits, not “{value}”.", field="trade_register",
                              value=text)
        return digits
    if _SSM_OLD.match(text.upper().replace(" ", "")):
        return text.upper().replace(" ", "")
    if len(digits) != 12 or not digits.isdigit() or not 1800 <= int(digits[:4]) <= 2100 \
            or digits[4:6] not in ("01", "02", "03", "04", "05", "06"):
        raise StudioError("An SSM registration number has 12 digits: the year, the entity type and a running "
                          "number, like 201901000005 — not “{value}”.", field="trade_register", value=text)
    return digits


def check_sst(value: object) -> str:
    text = cleaning.clean(value, "SST registration number", field="sst_number", max_len=40).upper()
    if text and not _SST.match(text):
        raise StudioError("An SST registration number looks like W10-1808-31000001, not “{value}”.",
                          field="sst_number", value=text)
    return text


def validate(data: Mapping[str, object], country: object, *, studio: bool = False) -> dict[str, str]:
    """The cleaned local details among ``data``, checked for ``country`` (the party's own)."""
    values: dict[str, str] = {}
    checks = {
        "tax_office": lambda v: cleaning.clean(v, "Tax office", field="tax_office", max_len=80),
        "profession": lambda v: cleaning.clean(v, "Profession", field="profession", max_len=120),
        "national_tax_id": lambda v: check_national_tax_id(v, country),
        "mersis_no": check_mersis,
        "trade_register": lambda v: check_trade_register(v, country),
        "sst_number": check_sst,
    }
    if studio:
        checks["bank_account_number"] = check_account_number
        checks["duitnow_id"] = lambda v: cleaning.clean(v, "DuitNow ID", field="duitnow_id", max_len=40)
    for name, check in checks.items():
        if name in data:
            values[name] = check(data[name])
    return values


def check_account_number(value: object) -> str:
    text = cleaning.clean(value, "Account number", field="bank_account_number", max_len=40)
    digits = _digits(text)
    if text and (not digits.isdigit() or not 6 <= len(digits) <= 20):
        raise StudioError("A bank account number has 6 to 20 digits, not “{value}”.", field="bank_account_number",
                          value=text)
    return digits


def check_mydata(mark: object, url: object) -> tuple[str, str]:
    """The ΜΑΡΚ (digits) and the link to the invoice in myDATA that the studio's provider returned."""
    mark_text = cleaning.clean(mark, "myDATA MARK", field="mydata_mark", max_len=40).replace(" ", "")
    if mark_text and not _MYDATA_MARK.match(mark_text):
        raise StudioError("A myDATA ΜΑΡΚ is a number of up to 20 digits, not “{value}”.", field="mydata_mark",
                          value=mark_text)
    url_text = cleaning.clean(url, "myDATA link", field="mydata_url", max_len=250)
    if url_text and not url_text.startswith("https://"):
        raise StudioError("The myDATA link must start with https://.", field="mydata_url")
    return mark_text, url_text

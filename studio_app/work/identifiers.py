"""The identifiers an e-invoice carries, checked as they are typed: VAT ids (python-stdnum, ``stdnum.eu.vat``;
Greek ids start with EL), the Leitweg-ID (format and mod-97 check digits, ``stdnum.de.leitweg``), Peppol
endpoints (a scheme of the official EAS code list, and the id checked where its scheme has a known rule),
countries as ISO 3166 alpha-2 codes. Each check returns the value as it is stored, or raises a
:class:`StudioError` naming the field.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable

from studio_app.text import cleaning, countries
from studio_app.text.errors import StudioError
from studio_app.text.messages import field_label

# The Electronic Address Scheme code list (CEF EAS, as the EN 16931 and Peppol BIS 3.0 rules list it).
EAS = tuple("""0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0154 0158 0170 0177 0183
0184 0188 0190 0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 0205 0208 0209 0210 0211 0212
0213 0215 0216 0217 0218 0219 0220 0221 0225 0230 0235 0240 0242 0244 0245 0246 0248 9910 9913 9914 9915 9918
9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941
9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959 AN AQ AS AU EM""".split())
_NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}
# stdnum.eu.vat.MEMBER_STATES, with Greece's EL (and Northern Ireland's XI)
_VAT_PREFIXES = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT",
                 "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI"}
_DUNS = re.compile(r"^[0-9]{9}$")


@functools.cache
def _countries() -> frozenset[str]:
    """ISO 3166 alpha-2 codes (CLDR's territories; read when first asked, not at start-up)."""
    from babel import Locale
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha()) - _NOT_COUNTRIES


@functools.cache
def _country_names() -> dict[str, str]:
    """Every country's name in the four languages (CLDR's, with and without accents), to its code."""
    from babel import Locale
    names: dict[str, str] = {}
    for language in ("en", "tr", "el", "ms"):
        for code, name in Locale(language).territories.items():
            if code in _countries():
                names.setdefault(cleaning.fold(name), code)
    return names


def country(value: object, label: str = "Country", *, field: str = "country") -> str:
    """An ISO 3166 alpha-2 code ("DE"), upper-cased, or a country's name in en, tr, el or ms ("Germany",
    "Yunanistan", "Ελλάδα") as its code, as a spreadsheet or another tool writes it; empty stays empty."""
    text = cleaning.clean(value, label, field=field, max_len=60)
    if len(text) > 2:
        text = countries.code(text) or _country_names().get(cleaning.fold(text), text)
    if text and text.upper() not in _countries():
        raise StudioError("{label} must be a two-letter ISO 3166 country code, such as DE, FR or TR, not “{value}”.",
                          field=field, label=label, value=text[:40])
    return text.upper()


def vat_id(value: object, label: str = "VAT id", *, field: str = "tax_id") -> str:
    """A VAT id: one of an EU member state (its prefix, then digits that pass its check) is checked and kept
    compact ("DE136695976"); any other tax id (Türkiye's, Malaysia's, the UK's) is kept as typed."""
    text = cleaning.clean(value, label, field=field, max_len=40)
    compact = "".join(text.split()).replace(".", "").replace("-", "").upper()
    if compact[:2] == "GR" and compact[2:].isdigit():
        raise StudioError("Greek VAT ids start with EL, not GR: “{value}”.", field=field, value=text[:40])
    if compact[:2] not in _VAT_PREFIXES:
        return text
    from stdnum import exceptions as stdnum_errors  # python-stdnum loads when an id is checked, not at start-up
    from stdnum.eu import vat as eu_vat
    try:
        return eu_vat.validate(compact)
    except stdnum_errors.InvalidChecksum:
        raise StudioError("The {label} “{value}” has a typo: its check digits do not match.", field=field,
                          label=label, value=text[:40]) from None
    except stdnum_errors.ValidationError:
        raise StudioError("The {label} “{value}” does not have the form of a VAT id of {country}.", field=field,
                          label=label, value=text[:40], country=compact[:2]) from None


def leitweg_id(value: object, *, field: str = "buyer_reference") -> str:
    """The Leitweg-ID of a German public buyer: coarse-fine-check digits ("991-03730-19"), mod 97."""
    text = cleaning.clean(value, "Leitweg-ID", field=field, max_len=46).upper()
    from stdnum import exceptions as stdnum_errors
    from stdnum.de import leitweg
    try:
        return leitweg.validate(text)
    except stdnum_errors.InvalidChecksum:
        raise StudioError("The Leitweg-ID “{value}” has a typo: its check digits (the last two) do not match.",
                          field=field, value=text[:46]) from None
    except stdnum_errors.ValidationError:
        raise StudioError("“{value}” is not a Leitweg-ID; it looks like 991-03730-19 (coarse address, fine address, "
                          "two check digits).", field=field, value=text[:46]) from None


def _prefixed(module: str, prefix: str) -> Callable[[str], str]:
    """A national VAT id as Peppol writes it: the country prefix, then the number (checked by ``module``)."""
    def check(text: str) -> str:
        number = _module(module).validate(text)
        return number if number.startswith(prefix) else prefix + number
    return check


def _module(name: str):
    return importlib.import_module(f"stdnum.{name}")  # python-stdnum loads when an id is checked


def _plain(module: str) -> Callable[[str], str]:
    return lambda text: _module(module).validate(text)


def _gln(text: str) -> str:
    number = _module("ean").validate(text)
    if len(number) != 13:
        raise _module("exceptions").InvalidLength()
    return number


def _duns(text: str) -> str:
    number = text.replace("-", "")
    if not _DUNS.match(number):
        raise _module("exceptions").InvalidFormat()
    return number


def _belgian_enterprise(text: str) -> str:
    number = _module("be.vat").validate(text)
    return number[2:] if number.startswith("BE") else number


# Scheme -> (what its ids are, the check); schemes without one accept any id the code list allows.
SCHEMES: dict[str, tuple[str, Callable[[str], str]]] = {
    "EM": (field_label("email address"), str),  # checked by cleaning.email below, naming the field
    "0002": (field_label("SIREN number"), _plain("fr.siren")),
    "0007": (field_label("Swedish organisation number"), _plain("se.orgnr")),
    "0009": (field_label("SIRET number"), _plain("fr.siret")),
    "0060": (field_label("DUNS number"), _duns),
    "0088": (field_label("GLN (global location number)"), _gln),
    "0151": (field_label("Australian business number"), _plain("au.abn")),
    "0184": (field_label("Danish CVR number"), _plain("dk.cvr")),
    "0192": (field_label("Norwegian organisation number"), _plain("no.orgnr")),
    "0204": (field_label("Leitweg-ID"), lambda text: _module("de.leitweg").validate(text.upper())),
    "0208": (field_label("Belgian enterprise number"), _belgian_enterprise),
    "0211": (field_label("Italian VAT number"), _prefixed("it.iva", "IT")),
    "9914": (field_label("Austrian VAT id"), _prefixed("at.uid", "AT")),
    "9925": (field_label("Belgian VAT id"), _prefixed("be.vat", "BE")),
    "9930": (field_label("German VAT id"), _prefixed("de.vat", "DE")),
    "9944": (field_label("Dutch VAT id"), _prefixed("nl.btw", "NL")),
    "9957": (field_label("French VAT id"), _prefixed("fr.tva", "FR")),
}


def endpoint(scheme: object, value: object, *, scheme_field: str = "endpoint_scheme",
             id_field: str = "endpoint_id", label: str = "Endpoint id") -> tuple[str, str]:
    """An electronic address (Peppol endpoint, BT-34 / BT-49): its EAS scheme and its id, checked where the
    scheme has a rule ("0208" a Belgian enterprise number, "9930" a German VAT id, "0088" a GLN, "EM" an
    email address…). Both empty is no address; one without the other is refused."""
    code = cleaning.clean(scheme, "Endpoint scheme", field=scheme_field, max_len=10).upper()
    text = cleaning.clean(value, label, field=id_field, max_len=100)
    if code and code not in EAS:
        raise StudioError("“{value}” is not an electronic address scheme of the EAS code list (such as 0208, 9930, "
                          "0088 or EM).", field=scheme_field, value=code[:10])
    if not code and not text:
        return "", ""
    if not code:
        raise StudioError("Choose the scheme of the electronic address “{value}” (such as 0208, 9930 or EM).",
                          field=scheme_field, value=text[:40])
    if not text:
        raise StudioError("{label} is required.", field=id_field, label=label)
    if code not in SCHEMES:
        return code, text
    name, check = SCHEMES[code]
    if code == "EM":
        return code, cleaning.email(text, field=id_field)
    try:
        return code, check("".join(text.split()))
    except _module("exceptions").ValidationError:
        raise StudioError("“{value}” is not a valid {label} (scheme {scheme}).", field=id_field, value=text[:40],
                          label=name, scheme=code) from None

"""The studio's profile and defaults (the one Studio row)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from studio_app.store import db
from studio_app.text.errors import StudioError
from studio_app.store.models import Studio

PAPER_SIZES = ("A4", "Letter")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$")
_BIC = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")


_READ: dict[type, tuple[str, list]] = {}  # per engine: the row's SELECT as peewee writes it


def get() -> Studio:
    """The studio's row, read from the database on every call (another desk may have changed it).

    The SELECT is written once per engine: peewee compiling a query of the row's 65 columns took ten times as
    long as SQLite running it, and a start, an issued invoice and the Today view each read the row several times.
    """
    database = db.current()
    compiled = _READ.get(type(database))
    if compiled is None:
        compiled = _READ[type(database)] = Studio.select().where(Studio.id == 1).sql()
    row = database.execute_sql(*compiled).fetchone()
    if row is None:
        raise Studio.DoesNotExist("The studio's settings row is missing.")
    studio = Studio(__no_default__=1, **{field.name: field.python_value(value)
                                         for field, value in zip(Studio._meta.sorted_fields, row)})
    studio._dirty.clear()  # as peewee leaves a row it read: nothing changed yet
    return studio


def payment_methods(studio: Studio) -> list[str]:
    return [line.strip() for line in studio.payment_methods.splitlines() if line.strip()]


def check_iban(value: object) -> str:
    iban = "".join(str(value or "").split()).upper()
    if not iban:
        return ""
    if not _IBAN.match(iban):
        raise StudioError("“{value}” is not a valid IBAN.", field="iban", value=str(value)[:40])
    digits = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    if int(digits) % 97 != 1:
        raise StudioError("The IBAN “{value}” has a typo: its check digits do not match.", field="iban",
                          value=iban)
    return iban


def check_bic(value: object) -> str:
    bic = "".join(str(value or "").split()).upper()
    if bic and not _BIC.match(bic):
        raise StudioError("“{value}” is not a valid BIC (8 or 11 letters and digits).", field="bic",
                          value=str(value)[:20])
    return bic


def update(data: Mapping[str, object]) -> Studio:
    """Validate every given field first, then save them together; nothing is saved if one is wrong."""
    values = validate(data)
    with db.transaction():
        Studio.update(values).where(Studio.id == 1).execute()
    return get()


def validate(data: Mapping[str, object]) -> dict[str, object]:
    """The cleaned values of ``data``, or the first :class:`StudioError`; nothing is written (forms call it as you type)."""
    # What checks the fields loads with the first check, not with the row every start reads (~10 ms)
    from studio_app import money
    from studio_app.mail import settings as mail_settings
    from studio_app.money import numbering
    from studio_app.text import cleaning
    from studio_app.text.i18n import LANGUAGES
    from studio_app.text.messages import field_label
    from . import identifiers, local_fields
    studio = get()
    values: dict[str, object] = {}
    for name, label in (("name", field_label("Studio name")), ("email", ""), ("phone", field_label("Phone")),
                        ("website", field_label("Website")), ("account_holder", field_label("Account holder")),
                        ("bank_name", field_label("Bank name")), ("street", field_label("Street")),
                        ("postcode", field_label("Postcode")), ("city", field_label("City")),
                        ("tax_number", field_label("Tax number")), ("contact_name", field_label("Contact name"))):
        if name in data:
            values[name] = (cleaning.email(data[name]) if name == "email"
                            else cleaning.clean(data[name], label, field=name, required=name == "name"))
    for name, label in (("address", field_label("Address")),
                        ("payment_methods", field_label("Payment methods"))):
        if name in data:
            values[name] = cleaning.clean(data[name], label, multiline=True, max_len=2000, field=name)
    if "country" in data:
        values["country"] = identifiers.country(data["country"], field_label("Country"))
    country = values.get("country", studio.country)
    values.update(local_fields.validate(data, country, studio=True))
    if "tax_id" in data:
        values["tax_id"] = identifiers.vat_id(local_fields.check_vat_id(data["tax_id"], country), field_label("Tax id"))
    if "electronic_address_scheme" in data or "electronic_address" in data:
        values["electronic_address_scheme"], values["electronic_address"] = identifiers.endpoint(
            data.get("electronic_address_scheme", studio.electronic_address_scheme),
            data.get("electronic_address", studio.electronic_address), scheme_field="electronic_address_scheme",
            id_field="electronic_address", label=field_label("Electronic address"))
    if "iban" in data:
        values["iban"] = check_iban(data["iban"])
    if "bic" in data:
        values["bic"] = check_bic(data["bic"])
    if "accent_color" in data:
        color = str(data["accent_color"]).strip()
        if not _COLOR.match(color):
            raise StudioError("The accent colour must look like #2F5D8A.", field="accent_color")
        values["accent_color"] = color
    currency = money.check_currency(data["currency"]) if "currency" in data else studio.currency
    if "currency" in data:
        values["currency"] = currency
    if "tax_rate" in data:
        values["tax_rate"] = cleaning.decimal(data["tax_rate"], "Tax rate", field="tax_rate", maximum=100, places=2)
    if "deposit_percent" in data:
        values["deposit_percent"] = cleaning.decimal(data["deposit_percent"], "Deposit", field="deposit_percent",
                                                 maximum=100, places=2)
    for name, label, maximum in (
            ("payment_terms_days", field_label("Payment terms"), 365),
            ("included_rounds", field_label("Included revision rounds"), 50),
            ("weekly_capacity_hours", field_label("Weekly capacity"), 168),
            ("quote_valid_days", field_label("Quote validity"), 365),
            ("warning_window_days", field_label("Deadline warning window"), 90),
            ("update_interval_days", field_label("Update interval"), 90),
            ("follow_up_months", field_label("Follow-up after delivery"), 36),
            ("backup_keep_daily", field_label("Daily backups kept"), 365),
            ("backup_keep_migration", field_label("Pre-migration backups kept"), 50)):
        if name in data:
            values[name] = cleaning.integer(data[name], label, field=name, maximum=maximum)
    for name, label in (("extra_round_fee", field_label("Extra round fee")),
                        ("hourly_rate", field_label("Hourly rate"))):
        if name in data:
            values[name] = money.parse_amount(data[name], currency, label, field=name)
    for name in numbering.SERIES_FORMAT.values():
        if name in data:
            values[name] = numbering.check_format(str(data[name]), field=name)
    for name in ("credit_notes_own_series", "deposits_own_series"):
        if name in data:
            values[name] = bool(data[name])
    if "paper_size" in data:
        if data["paper_size"] not in PAPER_SIZES:
            raise StudioError("Paper size must be A4 or Letter.", field="paper_size")
        values["paper_size"] = data["paper_size"]
    if "language" in data:
        values["language"] = cleaning.choice(data["language"], LANGUAGES, "Document language", field="language")
    if "logo" in data:
        values["logo"] = check_logo(data["logo"])
    values.update(mail_settings.validate(data))
    merged = {name: values.get(name, getattr(studio, name)) for name in numbering.SERIES_FORMAT.values()}
    _check_series_distinct(merged, values.get("credit_notes_own_series", studio.credit_notes_own_series),
                           values.get("deposits_own_series", studio.deposits_own_series))
    return values


LOGO_MAX_BYTES = 2_000_000


def read_logo(path: str | os.PathLike[str]) -> bytes:
    """The image file a designer picked as the logo, checked like a logo; a file that cannot be read, or is too
    large to be one, is refused before it is read whole."""
    try:
        with open(path, "rb") as file:
            if os.fstat(file.fileno()).st_size > LOGO_MAX_BYTES:
                raise StudioError("The logo is larger than 2 MB; please use a smaller image.", field="logo")
            data = file.read(LOGO_MAX_BYTES + 1)
    except OSError as exc:
        raise StudioError("The file {name} cannot be opened; choose another image for the logo.", field="logo",
                          name=os.path.basename(os.fspath(path))[:80]) from exc
    return check_logo(data) or b""


def check_logo(data: object) -> bytes | None:
    if not data:
        return None
    raw = bytes(data)  # type: ignore[arg-type]
    if len(raw) > LOGO_MAX_BYTES:
        raise StudioError("The logo is larger than 2 MB; please use a smaller image.", field="logo")
    if not (raw.startswith(b"\x89PNG") or raw.startswith(b"\xff\xd8")):
        raise StudioError("The logo must be a PNG or JPEG image.", field="logo")
    return raw


def _check_series_distinct(formats: dict[str, str], credit_own: bool, deposit_own: bool) -> None:
    from studio_app.money import numbering
    from studio_app.text import cleaning
    active = {"quote_number_format", "contract_number_format", "invoice_number_format"}
    if credit_own:
        active.add("credit_note_number_format")
    if deposit_own:
        active.add("deposit_number_format")
    seen: dict[str, str] = {}
    for name in sorted(active):
        prefix = numbering.render(formats[name], 2026, 1)
        alike = cleaning.number_key(prefix)  # "ＩＮＶ-" reads as "INV-"
        if alike in seen:
            raise StudioError("Two document series would get the same numbers ({number}); give each its own prefix.",
                              field=name, number=prefix)
        seen[alike] = name

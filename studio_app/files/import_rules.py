"""What a JSON export may hold: every column's rule, the same limits as the forms (text.clean and friends).

An export written by Studio Desk passes unchanged. A file that fails any rule is refused as a whole, naming
the table, the row (its position and id), the column and the reason; nothing is imported. The values are
never cleaned on the way in: a value the forms would have stored differently (an invisible character, a
float, "false" for a yes/no) means the file was not written by Studio Desk, or was changed since.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from studio_app import money
from studio_app.mail import settings as mail_settings, templates as mail_templates
from studio_app.money import numbering
from studio_app.einvoice.formats import FORMATS as EINVOICE_FORMATS
from studio_app.store.models import ALL_MODELS, BaseModel, SchemaVersion
from studio_app.store.sort_keys import key_columns
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.i18n import LANGUAGES
from studio_app.work.clients import CHANNELS
from studio_app.work.identifiers import EAS
from studio_app.work.interactions import KINDS as INTERACTION_KINDS
from studio_app.work.invoices import KINDS as INVOICE_KINDS
from studio_app.work.projects import PRICING, ROUND_BILLING, STATUSES
from studio_app.work.local_fields import PARTY_FIELDS as LOCAL_PARTY
from studio_app.work.settings import PAPER_SIZES, check_bic, check_iban, check_logo
from studio_app.work import studio_texts

from .cell_rules import (
    MAX_MINOR, Rule, as_string, blob, boolean, choice, clean_text, color, day, exact, identity, json_text, key, minor,
    moment, number, ref, same_as, sha256, shown, whole,
)

# Every table an export holds; rules() has a rule for each of their columns.
TABLES: tuple[type[BaseModel], ...] = tuple(m for m in ALL_MODELS if m is not SchemaVersion)
MAX_FILE_BYTES = 2 * 1024 ** 3  # an export beyond this is not read into memory at all


def _logo(data: bytes) -> None:
    check_logo(data)


def _image(value: object) -> object:
    """A stored image's bytes: what the settings accept as a logo, never empty."""
    data = blob("data", 2_000_000, _logo)(value)
    if not data:
        raise StudioError("The logo must be a PNG or JPEG image.")
    return data


def _stored_image(row: Mapping[str, object]) -> tuple[str, StudioError] | None:
    """A stored image is named by its bytes: its sha256, size and media type are theirs. The column and the
    reason for the first that is not (the row itself is named by the caller)."""
    from studio_app.store import images
    data = row.get("data")
    if not isinstance(data, bytes):
        return "data", StudioError("The logo must be a PNG or JPEG image.")
    if images.digest(data) != row.get("sha256"):
        return "data", StudioError("{label} does not match the row's sha256 (the bytes, or their name, were changed "
                                   "after the export was written).", label="data")
    if row.get("size") != len(data):
        return "size", StudioError("{label} must be the number of bytes of the data ({count}).", label="size",
                                   count=len(data))
    if row.get("media_type") != images.media_type(data):
        return "media_type", StudioError("{label} must be {kind} for these bytes.", label="media_type",
                                         kind=images.media_type(data) or "-")
    return None


def _studio_text(row: Mapping[str, object]) -> tuple[str, StudioError] | None:
    """A studio's text names only the placeholders its key accepts (as Settings → Documents checks)."""
    try:
        studio_texts.check(str(row.get("key")), row.get("text"))
    except StudioError as exc:
        return "text", exc
    return None


def _text_key(value: object) -> object:
    if not studio_texts.known_key(value):
        raise StudioError("There is no document text “{key}”.", field="key", key=shown(value)[:60])
    return value


# Rules over a whole row, after each column passed its own: table -> the column and reason of what is wrong.
ROW_RULES: dict[str, Callable[[Mapping[str, object]], tuple[str, StudioError] | None]] = {
    "stored_image": _stored_image,
    "studio_text": _studio_text,
}


def _text(label: str, max_len: int) -> Rule:  # a message as it was written and sent (its bytes are in raw)
    def rule(value: object) -> object:
        if len(as_string(value, label)) > max_len:
            raise StudioError("{label} is too long ({length} characters; at most {max} allowed).", label=label,
                              length=len(value), max=max_len)
        return value
    return rule


def _rules() -> dict[str, dict[str, Rule]]:
    currency = same_as(money.check_currency, "currency")
    language = choice(LANGUAGES, "language")
    percent = exact  # tax rates, deposits and discounts: 0-100 with two decimals

    fine_price = exact("unit_price", 0, MAX_MINOR, money.PRICE_EXTRA_DIGITS)
    whole_price = minor("unit_price")

    def price(value: object) -> object:  # minor units: an integer before migration 4, exact text since
        return fine_price(value) if isinstance(value, str) else whole_price(value)

    def lines(parent: str) -> dict[str, Rule]:
        rules = {"id": ref("id"), parent: ref(parent), "position": whole("position", 0, 100_000),
                 "kind": choice(money.LINE_KINDS, "kind"),
                 "description": clean_text("description", max_len=cleaning.MAX_LONG, multiline=True, required=True),
                 "quantity": exact("quantity", -1_000_000, 1_000_000, 4),
                 "unit": clean_text("unit", max_len=20), "unit_price": price,
                 "base_quantity": exact("base_quantity", Decimal("0.0001"), 1_000_000, 4),
                 "tax_rate": percent("tax_rate", 0, 100, 2), "vat_category": choice(("",) + money.CATEGORIES,
                                                                                    "vat_category"),
                 "exemption_reason": clean_text("exemption_reason", max_len=300),
                 "discount_percent": percent("discount_percent", 0, 100, 2),
                 "discount_amount": minor("discount_amount"),
                 "fixed_tax": lambda v: None if v is None else minor("fixed_tax", signed=True)(v)}
        if parent == "invoice_id":
            rules["deposit_invoice_id"] = ref("deposit_invoice_id", nullable=True)
        return rules

    studio = {"id": whole("id", 1, 1), "name": clean_text("name", required=True),
              "address": clean_text("address", max_len=2000, multiline=True),
              "email": same_as(lambda v: cleaning.email(v), "email"), "logo": blob("logo", 2_000_000, _logo),
              "accent_color": color("accent_color"), "iban": same_as(check_iban, "iban"),
              "bic": same_as(check_bic, "bic"),
              "payment_methods": clean_text("payment_methods", max_len=2000, multiline=True),
              "currency": currency, "tax_rate": percent("tax_rate", 0, 100, 2),
              "deposit_percent": percent("deposit_percent", 0, 100, 2),
              "extra_round_fee": minor("extra_round_fee"), "hourly_rate": minor("hourly_rate"),
              "credit_notes_own_series": boolean("credit_notes_own_series"),
              "deposits_own_series": boolean("deposits_own_series"),
              "paper_size": choice(PAPER_SIZES, "paper_size"), "language": language}
    for name in ("country", "phone", "website", "tax_id", "account_holder", "bank_name", *LOCAL_PARTY,
                 "bank_account_number", "duitnow_id", "street", "postcode", "city", "tax_number", "contact_name"):
        studio[name] = clean_text(name)
    studio["electronic_address_scheme"] = choice(("",) + EAS, "electronic_address_scheme")
    studio["electronic_address"] = clean_text("electronic_address", max_len=100)
    for name, maximum in (("payment_terms_days", 365), ("included_rounds", 50), ("weekly_capacity_hours", 168),
                          ("quote_valid_days", 365), ("warning_window_days", 90), ("update_interval_days", 90),
                          ("follow_up_months", 36), ("backup_keep_daily", 365), ("backup_keep_migration", 50)):
        studio[name] = whole(name, 0, maximum)
    for name in numbering.SERIES_FORMAT.values():
        studio[name] = same_as(lambda v: numbering.check_format(v), name)
    for name in ("sender_name", "sender_email", "smtp_host", "smtp_security", "smtp_user", "mail_mode",
                 "reminder_days"):  # migration 8: the e-mail settings, as the settings form checks them
        studio[name] = same_as(lambda v, n=name: str(mail_settings.validate({n: v})[n]), name)
    studio.update({"smtp_port": whole("smtp_port", 1, 65535), "late_fee_enabled": boolean("late_fee_enabled"),
                   "signature": clean_text("signature", max_len=2000, multiline=True),
                   "late_interest_enabled": boolean("late_interest_enabled"),
                   "late_interest_rate": percent("late_interest_rate", 0, 100, 4)})

    return {
        "studio": studio,
        "client": {
            "id": ref("id"), "name": clean_text("name", required=True), "company": clean_text("company"),
            "email": same_as(lambda v: cleaning.emails(v), "email"), "phone": clean_text("phone", max_len=60),
            "address": clean_text("address", max_len=1000, multiline=True),
            "country": clean_text("country", max_len=60), "tax_id": clean_text("tax_id", max_len=40),
            "language": language, "currency": currency, "preferred_channel": choice(CHANNELS, "preferred_channel"),
            "birthday": day("birthday"), "anniversary": day("anniversary"),
            "notes": clean_text("notes", max_len=cleaning.MAX_LONG, multiline=True), "archived": boolean("archived"),
            "created_at": moment("created_at"), "search_key": key("search_key"),
            **{name: clean_text(name) for name in LOCAL_PARTY},
            "einvoice_format": choice(EINVOICE_FORMATS, "einvoice_format"),
            "buyer_reference": clean_text("buyer_reference", max_len=100),
            "endpoint_scheme": choice(("",) + EAS, "endpoint_scheme"),
            "endpoint_id": clean_text("endpoint_id", max_len=100), "street": clean_text("street", max_len=200),
            "postcode": clean_text("postcode", max_len=20), "city": clean_text("city", max_len=100),
            **_sort_keys("client")},
        "project": {
            "id": ref("id"), "client_id": ref("client_id"), "title": clean_text("title", required=True),
            "goals": clean_text("goals", max_len=4000, multiline=True), "status": choice(STATUSES, "status"),
            "start_date": day("start_date"), "deadline": day("deadline"), "delivered_on": day("delivered_on"),
            "pricing": choice(PRICING, "pricing"), "currency": currency, "price": minor("price"),
            "hourly_rate": minor("hourly_rate"), "tax_rate": percent("tax_rate", 0, 100, 2),
            "estimated_hours": exact("estimated_hours", 0, 100_000, 2),
            "included_rounds": whole("included_rounds", 0, 50),
            "extra_round_billing": choice(ROUND_BILLING, "extra_round_billing"),
            "extra_round_fee": minor("extra_round_fee"), "deposit_percent": percent("deposit_percent", 0, 100, 2),
            "archived": boolean("archived"), "created_at": moment("created_at"), "search_key": key("search_key"),
            "accepted_quote_id": ref("accepted_quote_id", nullable=True), **_sort_keys("project")},
        "deliverable": {
            "id": ref("id"), "project_id": ref("project_id"), "position": whole("position", 0, 100_000),
            "name": clean_text("name", required=True), "format": clean_text("format"),
            "quantity": whole("quantity", 1, 10_000), "due_date": day("due_date"), "done": boolean("done")},
        "exclusion": {"id": ref("id"), "project_id": ref("project_id"), "position": whole("position", 0, 100_000),
                      "text": clean_text("text", required=True)},
        "milestone": {"id": ref("id"), "project_id": ref("project_id"), "position": whole("position", 0, 100_000),
                      "title": clean_text("title", required=True), "due_date": day("due_date"),
                      "done_on": day("done_on")},
        "interaction": {
            "id": ref("id"), "client_id": ref("client_id"), "project_id": ref("project_id", nullable=True),
            "kind": choice(INTERACTION_KINDS, "kind"), "occurred_at": moment("occurred_at"),
            "summary": clean_text("summary", max_len=10_000, multiline=True),
            "waiting_for_reply": boolean("waiting_for_reply"), "follow_up_on": day("follow_up_on"),
            "follow_up_done": boolean("follow_up_done")},
        "quote": {
            "id": ref("id"), "project_id": ref("project_id"), "client_id": ref("client_id"), "number": number("number"),
            "status": choice(("draft", "issued", "accepted", "declined"), "status"), "issue_date": day("issue_date"),
            "valid_until": day("valid_until"), "currency": currency, "language": language,
            "prices_include_tax": boolean("prices_include_tax"),
            "notes": clean_text("notes", max_len=4000, multiline=True), "total_net": minor("total_net", signed=True),
            "total_gross": minor("total_gross", signed=True), "created_at": moment("created_at"),
            "search_key": key("search_key")},
        "quote_line": lines("quote_id"),
        "contract": {
            "id": ref("id"), "quote_id": ref("quote_id"), "project_id": ref("project_id"),
            "client_id": ref("client_id"), "number": number("number"),
            "status": choice(("draft", "issued", "signed"), "status"), "language": language,
            "clauses": json_text("clauses", 1_000_000), "created_at": moment("created_at"),
            "issue_date": day("issue_date"), "signed_on": day("signed_on"), "search_key": key("search_key")},
        "invoice": {
            "id": ref("id"), "client_id": ref("client_id"), "project_id": ref("project_id", nullable=True),
            "kind": choice(INVOICE_KINDS, "kind"), "number": number("number"),
            "status": choice(("draft", "issued"), "status"), "issue_date": day("issue_date"),
            "supply_date": day("supply_date"), "due_date": day("due_date"), "currency": currency,
            "language": language, "prices_include_tax": boolean("prices_include_tax"),
            "corrects_id": ref("corrects_id", nullable=True),
            "notes": clean_text("notes", max_len=4000, multiline=True),
            **{name: minor(name, signed=True) for name in ("total_net", "total_gross", "deducted", "paid", "credited")},
            "paid_on": day("paid_on"), "created_at": moment("created_at"), "search_key": key("search_key"),
            "imported_from": clean_text("imported_from"),
            "mydata_mark": clean_text("mydata_mark", max_len=40), "mydata_url": clean_text("mydata_url", max_len=250),
            "order_reference": clean_text("order_reference", max_len=100)},
        "invoice_line": lines("invoice_id"),
        "revision_round": {
            "id": ref("id"), "project_id": ref("project_id"), "number": whole("number", 1, 10_000),
            "requested_on": day("requested_on", nullable=False),
            "request": clean_text("request", max_len=4000, multiline=True), "hours": exact("hours", 0, 1000, 2),
            "billable": boolean("billable"), "invoice_line_id": ref("invoice_line_id", nullable=True)},
        "time_entry": {
            "id": ref("id"), "project_id": ref("project_id"), "date": day("date", nullable=False),
            "minutes": whole("minutes", 1, 24 * 60), "note": clean_text("note", max_len=2000, multiline=True),
            "billable": boolean("billable"), "invoice_line_id": ref("invoice_line_id", nullable=True)},
        "payment": {
            "id": ref("id"), "invoice_id": ref("invoice_id"), "date": day("date", nullable=False),
            "amount": minor("amount", signed=True),
            "currency": lambda v: v if v == "" else currency(v),  # exports before schema 3 have none
            "method": clean_text("method", max_len=60), "reference": clean_text("reference", max_len=120),
            "created_at": moment("created_at")},
        "issued_document": {
            "id": ref("id"), "kind": choice(("quote", "contract", "invoice"), "kind"),
            "document_id": ref("document_id"), "number": number("number", nullable=False),
            "issued_at": moment("issued_at"), "snapshot": json_text("snapshot", 20_000_000),
            "pdf": blob("pdf", 50_000_000), "pdf_sha256": sha256("pdf_sha256"),
            "link": sha256("link"), "link_has_pdf": boolean("link_has_pdf"), "seal": sha256("seal"),
            "xml": blob("xml", 50_000_000), "xml_sha256": sha256("xml_sha256"),
            "xml_format": lambda v: None if v is None else choice(EINVOICE_FORMATS[1:], "xml_format")(v)},
        "stored_image": {
            "sha256": sha256("sha256", nullable=False), "media_type": choice(("image/jpeg", "image/png"), "media_type"),
            "data": _image, "size": whole("size", 1, 2_000_000)},
        "database_identity": {"uid": identity("uid"), "created_at": moment("created_at")},
        "outbox_message": {
            "id": ref("id"), "message_id": clean_text("message_id", required=True), "language": language,
            **{name: clean_text(name) for name in ("kind", "habit", "sender")},
            "document_kind": choice(("", "quote", "contract", "invoice"), "document_kind"),
            **{name: ref(name, nullable=True) for name in ("document_id", "client_id", "project_id")},
            **{name: json_text(name, 1_000_000) for name in ("document_numbers", "to_addresses", "cc_addresses",
                                                              "attachments")},
            "subject": _text("subject", 1000), "raw": blob("raw", 50_000_000), "body": _text("body", 100_000),
            "status": choice(("queued", "sending", "sent", "failed"), "status"),
            "last_error": _text("last_error", 2000), "attempts": whole("attempts", 0, 10 ** 6),
            "created_at": moment("created_at"),
            **{name: moment(name, nullable=True) for name in ("claimed_at", "accepted_at", "sent_at")},
            **{name: ref(name, nullable=True) for name in ("follow_up_interaction", "interaction")}},
        "mail_template": {
            "id": ref("id"), "language": language, "name": choice(mail_templates.NAMES, "name"),
            "subject": clean_text("subject", max_len=300, required=True),
            "body": clean_text("body", max_len=20_000, multiline=True, required=True)},
        "studio_text": {"language": language, "key": _text_key,
                        "text": clean_text("text", max_len=studio_texts.MAX_TEXT, multiline=True)},
        "transmission": {
            "id": ref("id"), "invoice_id": ref("invoice_id"), "number": number("number", nullable=False),
            "mark": clean_text("mark", max_len=40, required=True), "uid": clean_text("uid", max_len=64),
            "qr_url": clean_text("qr_url", max_len=250), "auth_code": clean_text("auth_code", max_len=100),
            "recorded_at": moment("recorded_at"), "record": json_text("record", 100_000),
            "pdf": blob("pdf", 50_000_000), "pdf_sha256": sha256("pdf_sha256", nullable=False),
            "link": sha256("link", nullable=False), "seal": sha256("seal")},
        "number_counter": {
            "series": choice(tuple(numbering.SERIES_FORMAT), "series"), "year": whole("year", 0, 2200),
            "last": whole("last", 0, 10 ** 12)},
    }


_cache: dict[str, dict[str, Rule]] = {}


def _sort_keys(table: str) -> dict[str, Rule]:
    """Collation keys (migration 12) are read but never trusted: every row's keys are made again from its text
    as it goes in (store.sort_keys)."""
    return {column: blob(column, 8192) for column in key_columns(table)}


def rules() -> dict[str, dict[str, Rule]]:
    """Table -> column -> rule (built once; a test checks every column of every exported table has one)."""
    if not _cache:
        _cache.update(_rules())
    return _cache


NUMBERED = ("quote", "contract", "invoice")

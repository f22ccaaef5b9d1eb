"""Each row of a file checked as if typed into the form: the same validators as the window
(:func:`studio_app.work.clients.validate`, :func:`studio_app.work.projects.validate`), and duplicates.

A row is *created*, *skipped* as a duplicate (a client with the same VAT id or e-mail, in the database or
in an earlier row of the file; a project with the same client and title), or *refused* with the reason,
naming the column it came from. Everything the checks need from the database is read once, up front.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from studio_app import money
from studio_app.store.models import Client, Project
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.work import clients as client_service
from studio_app.work import projects as project_service

from . import cells
from .detect import Table
from .headers import fields

CREATE, DUPLICATE, REFUSED = "create", "duplicate", "refused"
_TAX_ID_SEPARATORS = re.compile(r"[\s.\-/]")
_TAX_ID = re.compile(r"^[A-Z0-9]{4,20}$")
LANGUAGE_NAMES = {
    "en": "en|english|ingilizce|αγγλικά|inggeris|bahasa inggeris|en_gb|en_us",
    "tr": "tr|turkish|türkçe|τουρκικά|turki|bahasa turki|tr_tr",
    "el": "el|gr|greek|yunanca|ελληνικά|yunani|bahasa yunani|el_gr",
    "ms": "ms|malay|malayca|μαλαισιανά|melayu|bahasa melayu|bahasa malaysia|ms_my",
}
_LANGUAGES = {cleaning.fold(name): code for code, names in LANGUAGE_NAMES.items() for name in names.split("|")}


@dataclass
class Outcome:
    """What one row (or, for invoices with lines, one group of rows) becomes."""

    row: int
    action: str
    summary: str = ""
    reason: str = ""
    column: str = ""
    error: StudioError | None = None
    values: dict = field(default_factory=dict)


class RowError(Exception):
    """A refusal of one row, naming the column."""

    def __init__(self, column: str, error: StudioError) -> None:
        super().__init__(error.message)
        self.column, self.error = column, error


class Cells:
    """One row's cells by field, with the column each comes from (for messages)."""

    def __init__(self, table: Table, mapping: Mapping[str, int], values: list[str]) -> None:
        self.table, self.mapping, self.values = table, mapping, values

    def column(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.table.headers[index] if index is not None else name

    def __call__(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.values[index].strip() if index is not None and index < len(self.values) else ""

    def check(self, name: str, rule: Callable[[str], object]) -> object:
        try:
            return rule(self(name))
        except StudioError as exc:
            raise RowError(self.column(name), exc) from None


def column_values(table: Table, mapping: Mapping[str, int], name: str) -> list[str]:
    index = mapping.get(name)
    if index is None:
        return []
    return [cells_[index].strip() for _, cells_ in table.records if index < len(cells_) and cells_[index].strip()]


def readers(table: Table, mapping: Mapping[str, int], dates: tuple[str, ...], amounts: tuple[str, ...]):
    """Per column decisions, taken once for the whole file: date order and decimal mark."""
    date_of = {name: cells.date_reader(column_values(table, mapping, name), table.headers[mapping[name]])
               for name in dates if name in mapping}
    mark_of = {name: cells.decimal_mark(column_values(table, mapping, name)) for name in amounts if name in mapping}
    return date_of, mark_of


def check_tax_id(value: str) -> str:
    """A VAT or tax id as it is written (EL123456789, 1234567890, W10-1808-32000123): letters and digits, at least
    four digits; a Greek ΑΦΜ with the EL prefix must pass its check digit."""
    if not value:
        return ""
    bare = _TAX_ID_SEPARATORS.sub("", value).upper()
    if not _TAX_ID.match(bare) or sum(c.isdigit() for c in bare) < 4:
        raise StudioError("“{value}” is not a VAT or tax id (letters and digits, at least four digits).",
                          field="tax_id", value=value[:40])
    if bare.startswith(("EL", "GR")) and bare[2:].isdigit() and not _afm_ok(bare[2:]):
        raise StudioError("The VAT id “{value}” has a typo: its check digit does not match.", field="tax_id",
                          value=value[:40])
    return value


def _afm_ok(digits: str) -> bool:
    if len(digits) != 9:
        return False
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(digits[:8]))
    return total % 11 % 10 == int(digits[8])


def tax_key(value: str) -> str:
    return _TAX_ID_SEPARATORS.sub("", value).upper()


def language_code(value: str, default: str) -> str:
    if not value:
        return default
    code = _LANGUAGES.get(cleaning.fold(value).replace("-", "_"))
    if code is None:
        raise StudioError("“{value}” is not a language Studio Desk writes documents in (English, Turkish, Greek, "
                          "Malay).", field="language", value=value[:40])
    return code


_SYMBOLS = {"€": "EUR", "₺": "TRY", "tl": "TRY", "rm": "MYR", "$": "USD", "us$": "USD", "£": "GBP"}


def currency_code(value: str, default: str) -> str:
    if not value:
        return default
    return money.check_currency(_SYMBOLS.get(value.strip().lower(), value))


@dataclass
class Known:
    """What the database already holds that rows are checked against (read once)."""

    emails: set[str] = field(default_factory=set)
    tax_ids: set[str] = field(default_factory=set)
    clients_by_email: dict[str, tuple] = field(default_factory=dict)
    clients_by_name: dict[str, list[tuple]] = field(default_factory=dict)
    projects: set[tuple[int, str]] = field(default_factory=set)


def known_clients() -> Known:
    known = Known()
    for client_id, name, email, tax_id, currency, language in (
            Client.select(Client.id, Client.name, Client.email, Client.tax_id, Client.currency, Client.language)
            .tuples().iterator()):
        entry = (client_id, name, currency, language)
        if email:
            known.emails.add(email.casefold())
            known.clients_by_email[email.casefold()] = entry
        if tax_id:
            known.tax_ids.add(tax_key(tax_id))
        known.clients_by_name.setdefault(cleaning.fold(name), []).append(entry)
    return known


def find_client(row: Cells, known: Known) -> tuple:
    """(id, name, currency, language) of the client a project or invoice row names, by e-mail or by name."""
    email = row("client_email").casefold()
    if email:
        if email in known.clients_by_email:
            return known.clients_by_email[email]
        raise RowError(row.column("client_email"), StudioError(
            "There is no client with the e-mail {email}; import or add the client first.", email=email[:80]))
    name = row("client")
    found = known.clients_by_name.get(cleaning.fold(name), []) if name else []
    if not name:
        raise RowError(row.column("client"), StudioError("The client is missing."))
    if not found:
        raise RowError(row.column("client"), StudioError(
            "There is no client named “{name}”; import or add the client first.", name=name[:80]))
    if len(found) > 1:
        raise RowError(row.column("client"), StudioError(
            "{count} clients are named “{name}”; add a column with the client's e-mail to say which.",
            count=len(found), name=name[:80]))
    return found[0]


def refused(row: int, column: str, error: StudioError) -> Outcome:
    return Outcome(row, REFUSED, reason=error.message, column=column, error=error)


# -- clients ---------------------------------------------------------------------------------------------------

_CLIENT_FIELD_COLUMNS = {"name": "name", "company": "company", "email": "email", "phone": "phone",
                         "address": "address", "country": "country", "tax_id": "tax_id", "language": "language",
                         "currency": "currency", "notes": "notes", "birthday": "birthday"}


def plan_clients(table: Table, mapping: Mapping[str, int], defaults: Mapping[str, str]) -> list[Outcome]:
    fields("clients")
    date_of, _ = readers(table, mapping, ("birthday",), ())
    known = known_clients()
    outcomes = []
    for number, values in table.records:
        row = Cells(table, mapping, values)
        try:
            data = _client_data(row, date_of, defaults)
            checked = client_service.validate(data)
        except RowError as exc:
            outcomes.append(refused(number, exc.column, exc.error))
            continue
        except StudioError as exc:
            outcomes.append(refused(number, row.column(_CLIENT_FIELD_COLUMNS.get(exc.field or "", "name")), exc))
            continue
        outcomes.append(_client_outcome(number, checked, known))
    return outcomes


def _client_data(row: Cells, date_of, defaults: Mapping[str, str]) -> dict:
    name = row("name") or " ".join(part for part in (row("first_name"), row("last_name")) if part)
    place = " ".join(part for part in (row("postal_code"), row("city")) if part)
    address = "\n".join(part for part in (row("address"), row("address2"), place, row("state")) if part)
    birthday = row.check("birthday", lambda v: date_of["birthday"](v) if v else None)
    return {
        "name": name, "company": row("company"), "email": row("email"), "phone": row("phone"), "address": address,
        "country": row("country"), "tax_id": row.check("tax_id", check_tax_id),
        "language": row.check("language", lambda v: language_code(v, defaults["language"])),
        "currency": row.check("currency", lambda v: currency_code(v, defaults["currency"])),
        "notes": row("notes"), "birthday": birthday,
    }


def _client_outcome(number: int, values: dict, known: Known) -> Outcome:
    email, tax = values["email"].casefold(), tax_key(values["tax_id"])
    summary = values["name"] + (f" ({values['company']})" if values["company"] else "") + (
        f" <{values['email']}>" if values["email"] else "")
    if tax and tax in known.tax_ids:
        return Outcome(number, DUPLICATE, summary, reason=f"same VAT id {values['tax_id']}", column="tax_id")
    if email and email in known.emails:
        return Outcome(number, DUPLICATE, summary, reason=f"same e-mail {values['email']}", column="email")
    if tax:
        known.tax_ids.add(tax)
    if email:
        known.emails.add(email)
    return Outcome(number, CREATE, summary, values=values)


# -- projects --------------------------------------------------------------------------------------------------

STATUS_WORDS = {
    "lead": "lead|enquiry|inquiry|new|potential|aday|yeni|υποψήφιο|νέο|bakal|baharu",
    "quoted": "quoted|proposal sent|estimate|teklif verildi|προσφορά|sebut harga",
    "active": "active|in progress|ongoing|started|booked|aktif|devam ediyor|sürüyor|ενεργό|σε εξέλιξη|sedang berjalan",
    "delivered": "delivered|completed|complete|done|finished|teslim edildi|tamamlandı|παραδόθηκε|ολοκληρώθηκε|"
                 "dihantar|selesai|siap",
    "closed": "closed|archived|kapandı|kapalı|κλειστό|ditutup",
    "lost": "lost|cancelled|canceled|declined|iptal|kaybedildi|ακυρώθηκε|χάθηκε|dibatalkan|hilang",
}
_STATUSES = {cleaning.fold(word): status for status, words in STATUS_WORDS.items() for word in words.split("|")}


def project_status(value: str) -> str:
    if not value:
        return "lead"
    status = _STATUSES.get(cleaning.fold(value))
    if status is None:
        raise StudioError("“{value}” is not a project status; use one of: {allowed}.", field="status",
                          value=value[:40], allowed=", ".join(project_service.STATUSES))
    return status


def plan_projects(table: Table, mapping: Mapping[str, int], defaults: Mapping[str, str]) -> list[Outcome]:
    date_of, mark_of = readers(table, mapping, ("deadline",), ("price",))
    known = known_clients()
    known.projects = {(client_id, cleaning.fold(title)) for client_id, title in
                      Project.select(Project.client, Project.title).tuples().iterator()}
    outcomes = []
    for number, values in table.records:
        row = Cells(table, mapping, values)
        try:
            client_id, client_name, client_currency, _ = find_client(row, known)
            currency = row.check("currency", lambda v: currency_code(v, client_currency))
            data = {"title": row("title"), "status": row.check("status", project_status),
                    "deadline": row.check("deadline", lambda v: date_of["deadline"](v) if v else None),
                    "currency": currency, "price": cells.amount_text(row("price"), mark_of.get("price")) or "0"}
            checked = project_service.validate(data, client_id=client_id)
        except RowError as exc:
            outcomes.append(refused(number, exc.column, exc.error))
            continue
        except StudioError as exc:
            outcomes.append(refused(number, row.column(exc.field if exc.field in mapping else "title"), exc))
            continue
        key = (client_id, cleaning.fold(checked["title"]))
        summary = f"{checked['title']} — {client_name}"
        if key in known.projects:
            outcomes.append(Outcome(number, DUPLICATE, summary, reason="same client and title", column="title"))
            continue
        known.projects.add(key)
        outcomes.append(Outcome(number, CREATE, summary, values={**checked, "client_id": client_id,
                                                                 "client_name": client_name}))
    return outcomes

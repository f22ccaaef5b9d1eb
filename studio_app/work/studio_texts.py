"""The studio's own wording on its documents: contract clauses, quote and invoice notes, the payment sentences.

The shipped texts are in ``resources/texts/<lang>.json``; a text the studio edits in Settings → Documents is a
``studio_text`` row (language, key, text), so every desk of a shared database prints the same words. Drafts
read the edited texts when they are drawn; issuing freezes them: a contract's clauses are in its row, the
labels of a quote or invoice in its snapshot's ``texts`` (:mod:`studio_app.work.snapshots`), so a later edit
never changes an issued document.

Keys: ``clause.<id>`` for a contract clause's body, ``clause.<id>@<law>`` for the wording of a clause written
for one law (``@TR``, ``@GR``, ``@MY``, ``@other``: the "countries" of the shipped clause; each law's wording is
edited and reset on its own, and the contract of a studio in that country uses it), or one of :data:`LABELS` for
a sentence of a quote or invoice. Each key accepts the placeholders :func:`placeholders` lists; any other is refused by name.
"""

from __future__ import annotations

import string

from studio_app.store import db
from studio_app.store.models import StudioText
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.i18n import LANGUAGES, document_texts
from studio_app.text.messages import field_label

CLAUSE_PREFIX = "clause."
VARIANT = "@"
# What a clause may refer to (contracts.clause_values_for fills them; a test keeps the two in step).
CLAUSE_PLACEHOLDERS = ("studio", "client", "project", "quote_number", "included_rounds", "extra_round_fee",
                       "hourly_rate", "deposit_percent", "deposit_amount", "payment_terms_days", "deadline",
                       "revisions_included", "tax", "studio_notice", "client_notice")
# Label key -> (document it is printed on, the placeholders the document fills for it).
LABELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "validity_sentence": ("quote", ("date",)),
    "change_requests_sentence": ("quote", ()),
    "payment_on_delivery": ("quote", ("days",)),
    "quote_note": ("quote", ("client", "studio")),
    "pay_by": ("invoice", ("amount", "date", "reference")),
    "nothing_due": ("invoice", ()),
    "payment_terms_value": ("invoice", ("days",)),
    "invoice_note": ("invoice", ("client", "studio")),
}
MAX_TEXT = 4000


def shipped_clauses(language: str) -> list[dict]:
    """The clauses shipped for ``language``, in their order (each ``id``, ``title``, ``body``, ``optional``)."""
    return list(document_texts(language).get("clauses", []))


def clause_key(clause: dict) -> str:
    """``clause.<id>``, or ``clause.<id>@<law>`` for a clause worded for one law (its "countries")."""
    laws = clause.get("countries")
    return CLAUSE_PREFIX + clause["id"] + (VARIANT + "+".join(laws) if laws else "")


def law_of(key: str) -> str:
    """The law a clause key is worded for ("TR", "GR", "MY", "other"), or "" for a clause of every law."""
    return key.partition(VARIANT)[2] if key.startswith(CLAUSE_PREFIX) else ""


def keys(language: str | None = None) -> list[str]:
    """Every editable key: the clauses first, in the contract's order (one per law a clause is worded for), then
    the quote and invoice texts. With ``language``, only the clauses that language words."""
    # a clause written for one country's law is shipped only in the languages that word it
    languages = [language] if language in LANGUAGES else LANGUAGES
    ids = dict.fromkeys(clause_key(c) for one in languages for c in shipped_clauses(one))
    return list(ids) + list(LABELS)


def known_key(key: object) -> bool:
    """Whether ``key`` names a document text (a law's clause by its old shared key included)."""
    return isinstance(key, str) and (key in keys() or key in _legacy_keys())


def _legacy_keys() -> set[str]:
    """``clause.<id>`` of a clause worded per law: the one key all its laws shared before migration 13 (an export
    made before may hold it; it is read as every law's wording until one of them is saved)."""
    return {CLAUSE_PREFIX + c["id"] for language in LANGUAGES for c in shipped_clauses(language) if c.get("countries")}


def document_of(key: str) -> str:
    """"contract", "quote" or "invoice": the document ``key`` is printed on."""
    return "contract" if key.startswith(CLAUSE_PREFIX) else _label(key)[0]


def shipped(language: str, key: str) -> str:
    """The text Studio Desk ships for ``key`` in ``language`` (what "Reset to the shipped text" brings back)."""
    if key.startswith(CLAUSE_PREFIX):
        return _clause(language, key[len(CLAUSE_PREFIX):])["body"]
    _label(key)
    return str(document_texts(language).get("labels", {}).get(key, ""))


def title(language: str, key: str) -> str:
    """A clause's heading in ``language``; for a label, its key."""
    return _clause(language, key[len(CLAUSE_PREFIX):])["title"] if key.startswith(CLAUSE_PREFIX) else key


def placeholders(key: str) -> tuple[str, ...]:
    """The placeholders ``key`` accepts: those its document fills, and any its shipped text uses."""
    declared = CLAUSE_PLACEHOLDERS if key.startswith(CLAUSE_PREFIX) else _label(key)[1]
    used = {name for language in LANGUAGES for name in _names(shipped(language, key))}
    return tuple(declared) + tuple(sorted(used - set(declared)))


def edited(language: str) -> dict[str, str]:
    """Key -> text of every text the studio changed in ``language``."""
    return {key: text for key, text in StudioText.select(StudioText.key, StudioText.text)
            .where(StudioText.language == language).tuples()}


def text(language: str, key: str) -> str:
    """The text in use for ``key``: the studio's own, else the shipped one."""
    row = StudioText.get_or_none((StudioText.language == language) & (StudioText.key == key))
    return row.text if row is not None else shipped(language, key)


def is_edited(language: str, key: str) -> bool:
    return StudioText.select().where((StudioText.language == language) & (StudioText.key == key)).exists()


def check(key: str, value: object) -> str:
    """``value`` cleaned, refused when it names a placeholder ``key`` does not fill (named in the message), has
    a brace without its pair, or is empty where a clause needs words."""
    cleaned = cleaning.clean(value, field_label("Text"), multiline=True, max_len=MAX_TEXT, field="text",
                             required=key.startswith(CLAUSE_PREFIX))
    allowed = placeholders(key)
    for name in _names(cleaned):
        if name not in allowed:
            raise StudioError("The placeholder {{{name}}} is not known here; you can use: {known}.", field="text",
                              name=name[:40], known=", ".join("{" + a + "}" for a in allowed) or "-")
    return cleaned


def save(language: str, key: str, value: object) -> str:
    """Keep the studio's text for ``key`` in ``language`` (the shipped text again removes the row)."""
    language = cleaning.choice(language, LANGUAGES, "Document language", field="language")
    cleaned = check(key, value)
    with db.transaction():
        StudioText.delete().where((StudioText.language == language) & (StudioText.key == key)).execute()
        if cleaned != shipped(language, key):
            StudioText.create(language=language, key=key, text=cleaned)
    return cleaned


def reset(language: str, key: str) -> str:
    """Back to the shipped text; returns it."""
    with db.transaction():
        StudioText.delete().where((StudioText.language == language) & (StudioText.key == key)).execute()
    return shipped(language, key)


def labels(language: str) -> dict[str, str]:
    """The studio's edited quote and invoice texts in ``language``: what a snapshot freezes as ``texts``."""
    return {key: value for key, value in edited(language).items() if key in LABELS}


def clauses(language: str) -> list[dict]:
    """The contract's clauses in ``language`` with the studio's edited bodies."""
    own = edited(language)
    return [{**c, "body": own.get(clause_key(c), own.get(CLAUSE_PREFIX + c["id"], c["body"]))}
            for c in shipped_clauses(language)]


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders filled; one it does not know stays as written (never an error)."""
    try:
        return string.Formatter().vformat(template, (), _Known(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def check_row(language: object, key: object, value: object) -> None:
    """A ``studio_text`` row from an import: a known language and key, a text its key accepts."""
    cleaning.choice(language, LANGUAGES, "Document language", field="language")
    if not known_key(key):
        raise StudioError("There is no document text “{key}”.", field="key", key=str(key)[:60])
    check(str(key), value)


def problems() -> list[str]:
    """For `check`: kept texts a document could not print as written (an unknown key or placeholder, put there
    around the app)."""
    found = []
    for language, key, value in StudioText.select(StudioText.language, StudioText.key, StudioText.text).tuples():
        try:
            check_row(language, key, value)
        except StudioError as exc:
            found.append(f"studio_text ({language}, {key}): {exc.message}")
    return found


class _Known(dict):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def _names(template: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError:
        raise StudioError("A “{open}” or “{close}” has no pair; write a placeholder as {example}.", field="text",
                         open="{", close="}", example="{client}") from None


def _label(key: str) -> tuple[str, tuple[str, ...]]:
    if key not in LABELS:
        raise StudioError("There is no document text “{key}”.", field="key", key=str(key)[:60])
    return LABELS[key]


def _clause(language: str, name: str) -> dict:
    """The shipped clause ``name`` (``<id>`` or ``<id>@<law>``) in ``language``."""
    key = CLAUSE_PREFIX + name
    legacy = VARIANT not in name
    for clause in shipped_clauses(language):
        if clause_key(clause) == key or (legacy and clause["id"] == name):
            return clause
    for other in LANGUAGES:
        for clause in shipped_clauses(other):
            if clause_key(clause) == key or (legacy and clause["id"] == name):
                # a clause of a law this language does not word: its title in the language, no body
                titled = next((c for c in shipped_clauses(language) if c["id"] == clause["id"]), clause)
                return {"id": clause["id"], "title": titled["title"], "body": ""}
    raise StudioError("There is no document text “{key}”.", field="key", key=key[:60])

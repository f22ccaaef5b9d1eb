"""Tamper evidence for issued documents beyond their own SHA-256: a chain, and a seal made with a key
that is not in the data.

- ``link``: SHA-256 over the previous link of the same kind (quote, contract, invoice), the kind, the
  number, the snapshot and the PDF's SHA-256 (when the PDF existed as the document was chained; imported
  history gets its PDF later). Anyone can recompute it; it shows a change, a removal or an insertion
  made by someone who did not, and where.
- ``seal``: HMAC-SHA256 with the database's key over the link and the PDF's SHA-256 as stored now. It is
  made when the document is issued and made again once, when a PDF rendered later is first stored.

The key is 32 random bytes in a private file ``keys/<database id>.key`` in the user's data folder (the
folder of the default database); the database and its JSON exports hold only the id. Whoever changes
the data, even recomputing every hash and link, cannot make a seal. A desk without the key checks the
chain only, says so, and cannot issue: the studio gives each of its desks the key once
(``seal-key show`` on one, ``seal-key add`` on the other).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import peewee

from . import db
from studio_app.files import private
from studio_app.text.errors import StudioError
from studio_app.work import clock
from .models import IssuedDocument

_UID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_EXPORTED = re.compile(r"studio-desk-seal:([a-z0-9][a-z0-9-]{0,63}):([A-Za-z0-9_-]{43}=?)")
_LOCK = 0x5EA1_D0C5  # the PostgreSQL advisory lock that orders appends to the chains


@dataclass(frozen=True)
class Keys:
    """This database's id and, when this desk holds it, its seal key."""

    uid: str | None
    key: bytes | None


def link(prev: str | None, kind: str, number: str, snapshot: str | bytes, pdf_sha256: str | None,
         xml_sha256: str | None = None) -> str:
    """One link of a chain; ``pdf_sha256`` is None when the PDF did not exist as it was chained. A document
    issued with an e-invoice XML (migration 7) links its hash too; one without keeps the first form, so the
    links made before stay valid. ``snapshot`` may be given as its UTF-8 already (the demo builds it so)."""
    data = snapshot if isinstance(snapshot, bytes) else snapshot.encode("utf-8")
    parts = ["studio-desk-link-1", prev or "", kind, number, hashlib.sha256(data).hexdigest(), pdf_sha256 or ""]
    if xml_sha256:
        parts = ["studio-desk-link-2", *parts[1:], xml_sha256]
    return hashlib.sha256(_json_strings(parts)).hexdigest()


def seal(key: bytes, link_hash: str, pdf_sha256: str | None) -> str:
    return hmac.digest(key, _json_strings(["studio-desk-seal-1", link_hash, pdf_sha256 or ""]), "sha256").hex()


_PLAIN = re.compile(r'[ !#-\[\]-~]*')  # printable ASCII but " and \: JSON writes it as it is


def _json_strings(parts: list[str]) -> bytes:
    """``json.dumps(parts).encode()``, joined directly when every part is plain ASCII (hashes, kinds, numbers):
    json.dumps was a third of chaining and sealing the demo's 120,000 documents."""
    if _PLAIN.fullmatch("".join(parts)):
        return ('["' + '", "'.join(parts) + '"]').encode("ascii")
    return json.dumps(parts).encode("utf-8")


# --- the key ----------------------------------------------------------------------------------------

def keys_folder() -> Path:
    return db.default_location().parent / "keys"


def _key_path(uid: str) -> Path:
    if not _UID.fullmatch(uid):  # the id comes from the database: never let it name another file
        raise ValueError("not a database id")
    return keys_folder() / f"{uid}.key"


def read_key(uid: str | None) -> bytes | None:
    if not uid or not _UID.fullmatch(uid):
        return None
    try:
        key = bytes.fromhex(_key_path(uid).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    return key if len(key) == 32 else None


def _write_key(uid: str, key: bytes) -> None:
    """Keep ``key`` for ``uid`` unless one is kept already (then that one stays)."""
    path = _key_path(uid)
    db.private_folder(path.parent)
    part = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
    private.create_new(part)  # 0600 from the first byte, never through a planted link
    with part.open("w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())
    try:
        os.link(part, path)  # never replaces: a key in use is not overwritten by a second desk or process
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        if not path.exists():
            part.replace(path)
    finally:
        part.unlink(missing_ok=True)


def database_uid() -> str | None:
    row = db.current().execute_sql('SELECT "uid" FROM "database_identity" ORDER BY "uid" LIMIT 1').fetchone()
    return row[0] if row else None


def current() -> Keys:
    uid = database_uid()
    return Keys(uid, read_key(uid))


def no_key_error(uid: str) -> StudioError:
    return StudioError("This desk does not hold the seal key of this database ({uid}), so it cannot issue "
                       "documents. On a desk that has it, run “studio-desk seal-key show”, and enter what it "
                       "prints here with “studio-desk seal-key add”.", uid=uid)


def lock() -> None:
    """Inside the writing transaction: one desk at a time appends to the chains (SQLite's write
    transaction already serialises; PostgreSQL takes an advisory lock held until commit)."""
    if not db.is_sqlite():
        db.current().execute_sql("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))


def writing_keys(new_uid: str | None = None) -> Keys:
    """The id and key to seal with, inside the writing transaction after :func:`lock`. The first
    document ever sealed gives the database its id (``new_uid``, or a random one) and this desk its key."""
    uid = database_uid()
    if uid is None and db.current().execute_sql(
            'SELECT 1 FROM "issued_document" WHERE "seal" IS NOT NULL LIMIT 1').fetchone():
        raise StudioError("The issued documents of this database are sealed, but the id that names their key was "
                          "removed, so nothing more can be issued. Run check.")
    if uid is None:
        uid = new_uid or secrets.token_hex(16)
        _write_key(uid, secrets.token_bytes(32))
        record_identity(uid)
    key = read_key(uid)
    if key is None:
        raise no_key_error(uid)
    return Keys(uid, key)


def _now() -> dt.datetime:
    return clock.now()


def demo_keys(uid: str) -> Keys:
    """The key for a demo dataset's fixed id (made on this desk the first time), for rows built in memory."""
    if read_key(uid) is None:
        _write_key(uid, secrets.token_bytes(32))
    return Keys(uid, read_key(uid))


def record_identity(uid: str, created_at: dt.datetime | None = None) -> None:
    db.current().execute_sql('INSERT INTO "database_identity" ("uid", "created_at") VALUES (%s, %s)'
                             .replace("%s", db.current().param), (uid, created_at or _now()))


# --- sealing -----------------------------------------------------------------------------------------

def last_link(kind: str) -> str | None:
    database = db.current()
    row = database.execute_sql('SELECT "link" FROM "issued_document" WHERE "kind" = %s ORDER BY "id" DESC LIMIT 1'
                               .replace("%s", database.param), (kind,)).fetchone()
    return row[0] if row else None


def new_document(kind: str, number: str, snapshot: str, pdf_sha256: str,
                 xml_sha256: str | None = None) -> dict[str, object]:
    """The chain and seal columns of a document being issued now (inside the issuing transaction)."""
    lock()
    keys = writing_keys()
    chained = link(last_link(kind), kind, number, snapshot, pdf_sha256, xml_sha256)
    return {"link": chained, "link_has_pdf": True, "seal": seal(keys.key, chained, pdf_sha256)}


def chain_unchained(database: peewee.Database | None = None, new_uid: str | None = None) -> int:
    """Chain and seal, in id order, every issued document that has no link yet (the migration that
    brought chains, an import of an export made before them). Returns how many."""
    database = database or db.current()
    mark = database.param
    # migration 5 chains a table that has no XML column yet (migration 7 adds it)
    xml = '"xml_sha256"' if any(c.name == "xml_sha256" for c in database.get_columns("issued_document")) else "NULL"
    rows = database.execute_sql(f'SELECT "id", "kind", "number", "snapshot", "pdf_sha256", {xml} '
                                'FROM "issued_document" WHERE "link" IS NULL ORDER BY "kind", "id"').fetchall()
    if not rows:
        return 0
    lock()
    keys = writing_keys(new_uid)
    previous: dict[str, str | None] = {}
    updates = []
    for row_id, kind, number, snapshot, pdf_sha256, xml_sha256 in rows:
        if kind not in previous:
            before = database.execute_sql(
                f'SELECT "link" FROM "issued_document" WHERE "kind" = {mark} AND "id" < {mark} '
                'ORDER BY "id" DESC LIMIT 1', (kind, row_id)).fetchone()
            previous[kind] = before[0] if before else None
        chained = link(previous[kind], kind, number, snapshot, pdf_sha256, xml_sha256)
        previous[kind] = chained
        updates.append((chained, pdf_sha256 is not None, seal(keys.key, chained, pdf_sha256), row_id))
    statement = (f'UPDATE "issued_document" SET "link" = {mark}, "link_has_pdf" = {mark}, "seal" = {mark} '
                 f'WHERE "id" = {mark}')
    cursor = database.cursor()
    cursor.executemany(statement, updates)
    return len(updates)


# --- checking ----------------------------------------------------------------------------------------

def failure(record: IssuedDocument, prev_link: str | None, key: bytes | None, *,
            check_hash: bool = True) -> str | None:
    """What is wrong with one issued document's record, given the stored link before it: "unchained",
    "missing" (the PDF was removed), "hash", "xml_missing", "xml_hash" (its e-invoice XML), "chain", "seal",
    or None. The seal is checked only with a key."""
    pdf = None if record.pdf is None else bytes(record.pdf)
    xml = getattr(record, "xml", None)
    xml_sha256 = getattr(record, "xml_sha256", None)
    if not record.link:
        return "unchained"
    if pdf is None and record.pdf_sha256:
        return "missing"
    if check_hash and pdf is not None and hashlib.sha256(pdf).hexdigest() != record.pdf_sha256:
        return "hash"
    if xml is None and xml_sha256:
        return "xml_missing"
    if check_hash and xml is not None and hashlib.sha256(bytes(xml)).hexdigest() != xml_sha256:
        return "xml_hash"
    covered = record.pdf_sha256 if record.link_has_pdf else None
    if link(prev_link, record.kind, record.number, record.snapshot, covered, xml_sha256) != record.link:
        return "chain"
    if key is not None and not hmac.compare_digest(seal(key, record.link, record.pdf_sha256), record.seal or ""):
        return "seal"
    return None


def refusal(code: str, number: str) -> StudioError:
    """The one line `pdf` (and the preview) says instead of handing out a document that fails its check."""
    if code == "hash":
        return StudioError("The stored PDF of {number} does not match its SHA-256: it was changed after issuing. "
                           "Run check.", number=number)
    if code == "seal":
        return StudioError("The stored PDF of {number} does not match its seal: it was changed after issuing. "
                           "Run check.", number=number)
    if code == "chain":
        return StudioError("The issued copy of {number} does not fit the chain of issued documents: it or the one "
                           "before it was changed after issuing. Run check.", number=number)
    if code == "xml_hash":
        return StudioError("The stored e-invoice XML of {number} does not match its SHA-256: it was changed after "
                           "issuing. Run check.", number=number)
    if code == "xml_missing":
        return StudioError("The stored e-invoice XML of {number} is missing: it was removed after issuing. "
                           "Run check.", number=number)
    if code == "missing":
        return StudioError("The stored PDF of {number} is missing: it was removed after issuing. Run check.",
                           number=number)
    return StudioError("The issued copy of {number} is neither chained nor sealed: it was not stored by Studio "
                       "Desk. Run check.", number=number)


# --- handing the key to another desk --------------------------------------------------------------------

def exported_key() -> str:
    keys = current()
    if keys.uid is None:
        raise StudioError("This database has no seal key yet: it is made when the first document is issued.")
    if keys.key is None:
        raise no_key_error(keys.uid)
    return f"studio-desk-seal:{keys.uid}:{base64.urlsafe_b64encode(keys.key).decode('ascii')}"


def add_key(text: str) -> str:
    """Keep a key printed by ``seal-key show`` on another desk, once it proves to be this database's."""
    found = _EXPORTED.fullmatch((text or "").strip())
    if not found:
        raise StudioError("That is not a seal key; it looks like studio-desk-seal:<id>:<key>, as printed by "
                          "“studio-desk seal-key show”.", field="key")
    uid, encoded = found.groups()
    try:
        key = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise StudioError("That is not a seal key; it looks like studio-desk-seal:<id>:<key>, as printed by "
                          "“studio-desk seal-key show”.", field="key")
    if uid != database_uid():
        raise StudioError("That key belongs to another database ({uid}), not to this one.", field="key", uid=uid)
    if not _opens_a_seal(key):
        raise StudioError("That key does not open the seals of this database; it was not kept.", field="key")
    held = read_key(uid)
    if held is not None and held != key:
        raise StudioError("This desk already holds a different key for this database; it was kept as it is.",
                          field="key")
    _write_key(uid, key)
    return uid


def _opens_a_seal(key: bytes) -> bool:
    row = db.current().execute_sql('SELECT "link", "pdf_sha256", "seal" FROM "issued_document" '
                                   'WHERE "seal" IS NOT NULL ORDER BY "id" LIMIT 1').fetchone()
    return row is None or hmac.compare_digest(seal(key, row[0], row[1]), row[2])


def renew_key() -> str:
    """When no desk holds the key any more (a lost laptop, a restore on a new machine): after proving
    every hash and link, seal everything again with a new key under a new database id. The new seals
    vouch for the documents as they are now, no further back; desks holding the old key lose it."""
    with db.transaction():
        lock()
        if current().key is not None:
            raise StudioError("This desk holds the seal key of this database; there is nothing to renew.")
        previous: dict[str, str | None] = {}
        for record in IssuedDocument.select().order_by(IssuedDocument.kind, IssuedDocument.id).iterator():
            if failure(record, previous.get(record.kind), None):
                raise StudioError("{number} fails its check, so the seals were not renewed. Run check.",
                                  number=record.number)
            previous[record.kind] = record.link
        uid, key = secrets.token_hex(16), secrets.token_bytes(32)
        _write_key(uid, key)
        db.current().execute_sql('DELETE FROM "database_identity"')
        record_identity(uid)
        mark = db.current().param
        rows = db.current().execute_sql('SELECT "link", "pdf_sha256", "id" FROM "issued_document"').fetchall()
        db.current().cursor().executemany(f'UPDATE "issued_document" SET "seal" = {mark} WHERE "id" = {mark}',
                                          [(seal(key, chained, digest), row_id) for chained, digest, row_id in rows])
    return uid

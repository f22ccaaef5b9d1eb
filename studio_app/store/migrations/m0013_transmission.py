"""Schema version 13: what a Greek studio's myDATA provider returned for an issued invoice (``transmission``),
and each law's wording of a contract clause kept on its own.

``transmission``: one row per invoice at most (the ΜΑΡΚ, UID, QR link and authentication code, when recorded),
with the copy of the invoice printed with them (PDF and SHA-256), chained to the row before it and sealed like an
issued document (:mod:`studio_app.store.transmissions`). The invoice's own issued PDF is never touched.

``studio_text``: a clause worded per law ("countries" in resources/texts) was one key for every law
(``clause.rights``); it is now one key per law (``clause.rights@TR``, ``@GR``, ``@MY``, ``@other``). A row the
studio kept under the old key becomes one row per law its language words, with the same text. Frozen DDL.
"""

from __future__ import annotations

import json

import peewee

from studio_app.files.resources import resource_path

VERSION = 13

_COLUMNS = ('"invoice_id" INTEGER NOT NULL REFERENCES "invoice" ("id"), "number" VARCHAR(255) NOT NULL, '
            '"mark" VARCHAR(255) NOT NULL, "uid" VARCHAR(255) NOT NULL, "qr_url" VARCHAR(255) NOT NULL, '
            '"auth_code" VARCHAR(255) NOT NULL, "recorded_at" {time} NOT NULL, "record" TEXT NOT NULL, '
            '"pdf" {blob} NOT NULL, "pdf_sha256" VARCHAR(255) NOT NULL, "link" VARCHAR(255) NOT NULL, '
            '"seal" VARCHAR(255)')
_INDEX = 'CREATE UNIQUE INDEX "transmission_invoice_id" ON "transmission" ("invoice_id")'
SQLITE = ['CREATE TABLE "transmission" ("id" INTEGER NOT NULL PRIMARY KEY, '
          + _COLUMNS.format(time="DATETIME", blob="BLOB") + ")", _INDEX]
POSTGRES = ['CREATE TABLE "transmission" ("id" SERIAL NOT NULL PRIMARY KEY, '
            + _COLUMNS.format(time="TIMESTAMP", blob="BYTEA") + ")", _INDEX]


def _variants() -> dict[tuple[str, str], list[str]]:
    """(language, clause id) -> the laws that language words the clause for, as the texts ship them today."""
    found: dict[tuple[str, str], list[str]] = {}
    for language in ("en", "tr", "el", "ms"):
        path = resource_path("texts", f"{language}.json")
        for clause in json.loads(path.read_text(encoding="utf-8")).get("clauses", []):
            for law in clause.get("countries") or ():
                found.setdefault((language, clause["id"]), []).append(law)
    return found


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in SQLITE if sqlite else POSTGRES:
        db.execute_sql(statement)
    mark = db.param
    variants = _variants()
    rows = db.execute_sql('SELECT "language", "key", "text" FROM "studio_text"').fetchall()
    for language, key, text in rows:
        laws = variants.get((language, key[len("clause."):])) if key.startswith("clause.") else None
        if not laws:
            continue
        for law in laws:
            db.execute_sql(f'INSERT INTO "studio_text" ("language", "key", "text") VALUES ({mark}, {mark}, {mark})',
                           (language, f"{key}@{law}", text))
        db.execute_sql(f'DELETE FROM "studio_text" WHERE "language" = {mark} AND "key" = {mark}', (language, key))

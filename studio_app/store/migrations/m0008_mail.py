"""Schema version 8: e-mail (``studio_app.mail``): the studio's sender and SMTP settings, the reminder ladder
and late-payment options on ``studio``; ``outbox_message`` (every message, stored before it is sent) and
``mail_template`` (the templates the studio edited). Frozen DDL, as in m0001.
"""

from __future__ import annotations

import peewee

VERSION = 8

_STUDIO = [
    ('"sender_name"', "VARCHAR(255) NOT NULL DEFAULT ''"),
    ('"sender_email"', "VARCHAR(255) NOT NULL DEFAULT ''"),
    ('"smtp_host"', "VARCHAR(255) NOT NULL DEFAULT ''"),
    ('"smtp_port"', "INTEGER NOT NULL DEFAULT 587"),
    ('"smtp_security"', "VARCHAR(255) NOT NULL DEFAULT 'starttls'"),
    ('"smtp_user"', "VARCHAR(255) NOT NULL DEFAULT ''"),
    ('"signature"', "TEXT NOT NULL DEFAULT ''"),
    ('"mail_mode"', "VARCHAR(255) NOT NULL DEFAULT 'smtp'"),
    ('"reminder_days"', "VARCHAR(255) NOT NULL DEFAULT '7,21,45'"),
    ('"late_interest_enabled"', "{bool} NOT NULL DEFAULT {false}"),
    ('"late_interest_rate"', "TEXT NOT NULL DEFAULT '0'"),
    ('"late_fee_enabled"', "{bool} NOT NULL DEFAULT {false}"),
]

_OUTBOX = (
    'CREATE TABLE "outbox_message" ("id" {serial} NOT NULL PRIMARY KEY, "message_id" VARCHAR(255) NOT NULL, '
    '"kind" VARCHAR(255) NOT NULL, "habit" VARCHAR(255) NOT NULL, "document_kind" VARCHAR(255) NOT NULL, '
    '"document_id" INTEGER, "document_numbers" TEXT NOT NULL, "client_id" INTEGER, "project_id" INTEGER, '
    '"language" VARCHAR(255) NOT NULL, "sender" VARCHAR(255) NOT NULL, "to_addresses" TEXT NOT NULL, '
    '"cc_addresses" TEXT NOT NULL, "subject" TEXT NOT NULL, "body" TEXT NOT NULL, "attachments" TEXT NOT NULL, '
    '"raw" {blob} NOT NULL, "status" VARCHAR(255) NOT NULL, "last_error" TEXT NOT NULL, "attempts" INTEGER NOT NULL, '
    '"created_at" {datetime} NOT NULL, "claimed_at" {datetime}, "accepted_at" {datetime}, "sent_at" {datetime}, '
    '"follow_up_interaction" INTEGER, "interaction" INTEGER, '
    'FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE SET NULL)'
)
_COMMON = [
    'CREATE UNIQUE INDEX "outbox_message_message_id" ON "outbox_message" ("message_id")',
    'CREATE INDEX "outbox_message_client_id" ON "outbox_message" ("client_id")',
    'CREATE INDEX "outbox_message_project_id" ON "outbox_message" ("project_id")',
    'CREATE INDEX "outbox_message_status_created_at" ON "outbox_message" ("status", "created_at")',
    'CREATE INDEX "outbox_message_document_kind_document_id" ON "outbox_message" ("document_kind", "document_id")',
    'CREATE TABLE "mail_template" ("id" {serial} NOT NULL PRIMARY KEY, "language" VARCHAR(255) NOT NULL, '
    '"name" VARCHAR(255) NOT NULL, "subject" TEXT NOT NULL, "body" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "mail_template_language_name" ON "mail_template" ("language", "name")',
]
_TYPES = {True: {"serial": "INTEGER", "blob": "BLOB", "datetime": "DATETIME", "bool": "INTEGER", "false": "0"},
          False: {"serial": "SERIAL", "blob": "BYTEA", "datetime": "TIMESTAMP", "bool": "BOOLEAN", "false": "false"}}


def statements(sqlite: bool) -> list[str]:
    types = _TYPES[sqlite]
    found = [f'ALTER TABLE "studio" ADD COLUMN {name} {kind.format(**types)}' for name, kind in _STUDIO]
    return found + [statement.format(**types) for statement in (_OUTBOX, *_COMMON)]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in statements(sqlite):
        db.execute_sql(statement)

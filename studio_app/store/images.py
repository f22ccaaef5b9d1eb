"""Images kept once, named by the SHA-256 of their bytes: the ``stored_image`` table.

Issuing keeps the studio's logo here and the document's snapshot names it by that hash
(:mod:`studio_app.work.frozen_logo`), so a logo shared by 100,000 invoices is stored once. Bytes are trusted only
while they still hash to their name: a row changed behind the app's back is never handed out, and `check`
reports it.
"""

from __future__ import annotations

import hashlib
import re

import peewee as pw

from .models import StoredImage

_NAME = re.compile(r"[0-9a-f]{64}")
_SIGNATURES = ((b"\x89PNG", "image/png"), (b"\xff\xd8", "image/jpeg"))  # what the settings accept as a logo


def digest(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex: the name it is stored under."""
    return hashlib.sha256(data).hexdigest()


def media_type(data: bytes) -> str | None:
    """image/png or image/jpeg, read from the first bytes; None for anything else."""
    return next((kind for signature, kind in _SIGNATURES if data.startswith(signature)), None)


def intact(name: str, data: bytes, size: int, kind: str) -> bool:
    """Whether a row's bytes are still the ones its name, size and media type say."""
    return digest(data) == name and size == len(data) and kind == media_type(data)


def keep(data: bytes) -> str | None:
    """Store ``data`` unless it is there already, inside the caller's transaction; its name. None, and nothing
    stored, when ``data`` is not a PNG or JPEG (only a logo written around the settings can be).

    It is one statement (insert, or on conflict put right), not a read and a write, so it needs no lock: two
    desks keeping the same image at once both succeed and leave one row (on PostgreSQL the second waits for the
    first's key, then finds it). A row whose bytes were changed behind the app's back is written again with
    these, the only bytes its name allows."""
    data = bytes(data)
    kind = media_type(data)
    if kind is None:
        return None
    name = digest(data)
    changed = ((StoredImage.data != pw.EXCLUDED.data) | (StoredImage.size != pw.EXCLUDED.size)
               | (StoredImage.media_type != pw.EXCLUDED.media_type))
    (StoredImage.insert(sha256=name, media_type=kind, data=data, size=len(data))
     .on_conflict(conflict_target=[StoredImage.sha256],
                  preserve=[StoredImage.data, StoredImage.size, StoredImage.media_type], where=changed)
     .execute())
    return name


def load(name: object) -> bytes | None:
    """The bytes stored as ``name``; None when there are none, or when they no longer hash to it."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        return None
    row = (StoredImage.select(StoredImage.data, StoredImage.size, StoredImage.media_type)
           .where(StoredImage.sha256 == name).tuples().first())
    if row is None:
        return None
    data = bytes(row[0])
    return data if intact(name, data, row[1], row[2]) else None


def survey() -> tuple[set[str], set[str]]:
    """The names of every stored image, and of those whose bytes no longer match their name."""
    names, changed = set(), set()
    query = StoredImage.select(StoredImage.sha256, StoredImage.data, StoredImage.size, StoredImage.media_type)
    for name, data, size, kind in query.tuples().iterator():
        names.add(name)
        if not intact(name, bytes(data), size, kind):
            changed.add(name)
    return names, changed

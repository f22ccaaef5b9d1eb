"""The studio's logo of an issued document: frozen with it, so drawing it again after the logo in the settings
changed (or in another database, after an export and import) gives the same document.

The snapshot names it in the studio's part, ``parties.seller.logo``: the SHA-256 (64 hex digits) of the image
bytes as the settings held them, or null for a document issued without a logo. The bytes are kept once per
distinct logo in the ``stored_image`` table (:mod:`studio_app.store.images`), written by issuing in the same
transaction, so every document does not carry its own copy. The snapshot is what the chain and the seal cover
(:mod:`studio_app.store.sealing`), so the hash binds the bytes to the document: bytes that are missing, or no
longer hash to the name, are not drawn (the document is drawn without a logo) and `check` reports them.

A snapshot without the key — a draft's (built fresh each time), or one issued before logos were frozen (the
demo's history, older exports) — is drawn with the logo of today, as it always was. Nothing here reads the
database or loads reportlab: the caller says how to load the bytes.
"""

from __future__ import annotations

from collections.abc import Callable

KEY = "logo"


def freeze(snapshot: dict, name: str | None) -> dict:
    """``snapshot`` naming the logo stored as ``name`` (None: issued without a logo) in its studio part
    (changed in place, and returned)."""
    snapshot["parties"]["seller"][KEY] = name or None
    return snapshot


def frozen(snapshot: dict) -> tuple[bool, object]:
    """Whether ``snapshot`` froze a logo at all, and what it names there (a SHA-256; None: issued without one)."""
    parties = snapshot.get("parties")
    seller = parties.get("seller") if isinstance(parties, dict) else None
    if not isinstance(seller, dict) or KEY not in seller:
        return False, None
    return True, seller[KEY]


def for_snapshot(snapshot: dict, today: bytes | None, load: Callable[[str], bytes | None]) -> bytes | None:
    """The logo to draw ``snapshot`` with: the one it names, as ``load`` finds it (None when it names none, or
    when ``load`` finds no bytes with that name), else ``today``'s."""
    has_key, name = frozen(snapshot)
    if not has_key:
        return today
    return load(name) if isinstance(name, str) and name else None

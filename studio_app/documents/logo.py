"""The studio's logo inside a snapshot: frozen with the document when it is issued, so drawing it again after the
logo in the settings changed (or in another database, after an export and import) gives the same document.

It sits in the studio's part, ``parties.seller.logo``: the image bytes as the settings held them, in base64, or
null for a document issued without a logo. A snapshot without the key — a draft's (built fresh each time), or
one issued before logos were frozen (the demo's history, older exports) — is drawn with the logo of today, as
it always was. Nothing here loads reportlab.
"""

from __future__ import annotations

import base64
import binascii

KEY = "logo"
_MAX_BYTES = 2_000_000  # what the settings accept (work.settings.check_logo); an imported snapshot may claim more


def freeze(snapshot: dict, logo: bytes | None) -> dict:
    """``snapshot`` with ``logo`` frozen into its studio part (changed in place, and returned)."""
    snapshot["parties"]["seller"][KEY] = base64.b64encode(bytes(logo)).decode("ascii") if logo else None
    return snapshot


def for_snapshot(snapshot: dict, today: bytes | None) -> bytes | None:
    """The logo to draw ``snapshot`` with: its own when it has one frozen (None for "issued without a logo", and
    for a frozen value that is not a PNG or JPEG in base64), else ``today``'s."""
    seller = (snapshot.get("parties") or {}).get("seller") or {}
    if not isinstance(seller, dict) or KEY not in seller:
        return today
    frozen = seller[KEY]
    if not frozen or not isinstance(frozen, str):
        return None
    try:
        data = base64.b64decode(frozen, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(data) > _MAX_BYTES or not data.startswith((b"\x89PNG", b"\xff\xd8")):
        return None
    return data

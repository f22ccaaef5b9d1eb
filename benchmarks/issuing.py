"""Issuing a Factur-X invoice in a warm process: number, snapshot, PDF/A-3 with the CII XML attached, hashes, chain
and seal, in one transaction. Measured on a scratch database of its own (issuing writes; the demo database the
other figures read stays as it was)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .common import CACHE, Figure, Settings, repeat

LINES = [{"description": f"Design work, part {n}", "quantity": "2", "unit_price": "240", "tax_rate": "0",
          "vat_category": "AE"} for n in range(1, 6)]


def facturx(_db_path: Path, settings: Settings) -> list[Figure]:
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="issuing-", dir=CACHE))
    desk = os.environ.get("STUDIO_DESK_DATA")
    os.environ["STUDIO_DESK_DATA"] = str(scratch / "desk")  # the scratch database's seal key stays with it
    from studio_app.demo import einvoicing
    from studio_app.store import db, startup
    from studio_app.work import clients, invoices, settings as studio_settings
    startup.open_database(scratch / "issuing.sqlite3")
    try:
        studio_settings.update({**einvoicing.SELLER, "name": "Deniz Arslan Design", "country": "TR",
                                "tax_id": "TR4830291756", "iban": "DE89 3704 0044 0532 0130 00",
                                "email": "studio@denizarslan.design", "phone": "+90 216 555 01 23"})
        client = clients.create(**einvoicing.CLIENTS[3])  # the French agency: Factur-X
        drafts: list[int] = []
        samples = repeat(lambda: invoices.issue(drafts.pop()), max(settings.reps, 5) * 2, warmup=2,
                         before=lambda: drafts.append(invoices.create_draft(client.id, lines=LINES).id))
    finally:
        db.close()
        if desk is None:
            os.environ.pop("STUDIO_DESK_DATA", None)
        else:
            os.environ["STUDIO_DESK_DATA"] = desk
    return [Figure("issuing a Factur-X invoice (PDF/A-3 + XML, stored, sealed), warm", "ms", samples, 40.0,
                   note=f"{len(LINES)} lines; the PDF's rendering is most of it")]

"""A studio's first day: is this a new, empty studio; the sample database to explore; the sample quote.

The first-run assistant (ui/dialogs/first_run.py) asks these; nothing here writes without being asked.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from studio_app import money
from studio_app.store import db, startup
from studio_app.store.models import Client, Studio
from studio_app.text.errors import StudioError
from studio_app.text.i18n import document_texts
from studio_app.work import settings

SAMPLE_FILE = "sample-data.sqlite3"
DEFAULT_NAME = Studio.name.default


def is_new_studio() -> bool:
    """No clients yet and the studio still has its default name: the assistant's moment."""
    studio = Studio.get_or_none(Studio.id == 1)
    return not Client.select().exists() and (studio is None or studio.name == DEFAULT_NAME)


def sample_target() -> Path:
    """The separate database "Explore with sample data" opens, beside the default one (never the studio's own)."""
    return db.default_location().parent / SAMPLE_FILE


def is_sample(target: str | os.PathLike | None) -> bool:
    return target is not None and not db.is_postgres(target) and Path(target).name == SAMPLE_FILE


def open_sample() -> Path:
    """Close the open database and open the sample one, filling it with the demo studio the first time."""
    from studio_app import demo  # the generator loads only when the sample is asked for
    path = sample_target()
    db.close()
    startup.open_database(path)
    if not Client.select().exists():
        demo.fill("small", seed=7)
    return path


def unreadable_logo(path: Path) -> StudioError:
    return StudioError("The file {name} cannot be opened; choose another image for the logo.", field="logo",
                       name=Path(path).name[:80])


def read_svg(path: str | os.PathLike[str]) -> bytes:
    """An SVG logo's bytes, refused (naming the file) when too large or not well-formed SVG; the window draws it
    to the PNG that is kept (documents embed PNG or JPEG)."""
    from xml.etree import ElementTree  # loaded with a logo, not with the window at every start
    path = Path(path)
    try:
        if path.stat().st_size > settings.LOGO_MAX_BYTES:
            raise StudioError("The logo is larger than 2 MB; please use a smaller image.", field="logo")
        raw = path.read_bytes()
        if ElementTree.fromstring(raw).tag.rpartition("}")[2] != "svg":
            raise unreadable_logo(path)
    except (OSError, ElementTree.ParseError):
        raise unreadable_logo(path) from None
    return raw


def sample_quote(values: dict, logo: bytes | None, today: dt.date) -> dict:
    """A quote snapshot with the studio's details as the assistant has them, for a client of the studio's
    country, in its document language: what the last page of the assistant draws."""
    language = str(values.get("language") or "en")
    labels = document_texts(language).get("labels", {})
    currency = str(values.get("currency") or "EUR")
    rate = format(Decimal(str(values.get("tax_rate") or 0)).normalize(), "f")
    seller = {key: values.get(key, "") for key in ("name", "address", "country", "email", "phone", "website",
                                                    "tax_id", "iban", "bic", "account_holder", "bank_name")}
    seller["payment_methods"] = [m.strip() for m in str(values.get("payment_methods") or "").splitlines() if m.strip()]
    seller["account_holder"] = seller["account_holder"] or seller["name"]
    fee = int(values.get("extra_round_fee") or 0)
    price = money.parse_amount("1200", currency, "Unit price")
    project = {
        "title": "Brand identity", "goals": "", "deadline": (today + dt.timedelta(days=42))
        .isoformat(), "start_date": today.isoformat(), "pricing": "fixed",
        "deliverables": [{"name": "Logo", "format": "SVG + PNG", "quantity": 1, "due_date": None},
                         {"name": "Brand guide", "format": "PDF", "quantity": 1, "due_date": None}],
        "exclusions": [], "milestones": [],
        "revision_policy": {"included_rounds": int(values.get("included_rounds") or 0), "billing": "fixed",
                            "fee": fee, "hourly_rate": fee},
        "deposit_percent": format(Decimal(str(values.get("deposit_percent") or 0)).normalize(), "f"),
        "deposit_net": money.percent_of(price, Decimal(str(values.get("deposit_percent") or 0))),  # as billed
        "tax_rate": rate,
    }
    line = {"description": labels.get("sample_line", "Brand identity: logo and brand guide"), "quantity": "1",
            "unit": "", "unit_price": price, "tax_rate": rate, "discount_percent": "0"}
    snapshot = {
        "kind": "quote",
        "document": {"number": None, "currency": currency, "language": language, "issue_date": today.isoformat(),
                     "valid_until": (today + dt.timedelta(days=30)).isoformat(), "prices_include_tax": False,
                     "notes": "", "lines": [line]},
        "parties": {"seller": seller, "buyer": {"name": "Ayşe Yılmaz", "company": "Şişli Kahve Evi",
                                                "address": "", "country": seller["country"], "tax_id": "",
                                                "email": ""}},
        "project": project,
        "payment_terms_days": int(values.get("payment_terms_days") or 14),
        "style": {"accent_color": values.get("accent_color") or "#2F5D8A",
                  "paper_size": values.get("paper_size") or "A4"},
    }
    return snapshot


def render_sample_quote(values: dict, logo: bytes | None, today: dt.date) -> bytes:
    """The sample quote's PDF, with ``logo`` (PNG or JPEG bytes) when given."""
    from studio_app.documents import render  # reportlab loads only when a document is drawn
    return render(sample_quote(values, logo, today), logo)


"""The logo is frozen with the document: drawn again after the settings' logo changed, or in another database after
an export and import, an issued document still carries the logo it was issued with. The snapshot names it by the
SHA-256 of its bytes, which are stored once (test_stored_logo.py)."""

from __future__ import annotations

import base64
import hashlib
import json
from io import BytesIO

from PIL import Image
from pypdf import PdfReader

from studio_app.files import export
from studio_app.store import check, db, startup
from studio_app.store.models import IssuedDocument, StoredImage
from studio_app.work import contracts, invoices, issuing, quotes, settings
from tests import factories


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    out = BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


LOGO_A = png(40, 10, (200, 30, 30))
LOGO_B = png(12, 30, (20, 40, 220))


def images(pdf: bytes) -> list[tuple[tuple[int, int], bytes]]:
    """Size and RGB pixels of every image embedded in the PDF."""
    found = []
    for page in PdfReader(BytesIO(pdf)).pages:
        for image in page.images:
            picture = image.image.convert("RGB")
            found.append((picture.size, picture.tobytes()))
    return found


def pixels(data: bytes) -> tuple[tuple[int, int], bytes]:
    picture = Image.open(BytesIO(data)).convert("RGB")
    return picture.size, picture.tobytes()


def stored_snapshot(kind: str, document_id: int) -> dict:
    return json.loads(issuing.issued(kind, document_id).snapshot)


def test_an_issued_document_is_drawn_again_with_the_logo_it_was_issued_with(sqlite_db, today):
    factories.studio(logo=LOGO_A)
    client = factories.client()
    invoice = factories.issued_invoice(client.id)
    quote = quotes.issue(quotes.create_from_project(factories.project(client.id).id).id)
    assert pixels(LOGO_A) in images(issuing.pdf_bytes("invoice", invoice.id))
    for kind, document_id in (("invoice", invoice.id), ("quote", quote.id)):  # named by its hash, not copied
        assert stored_snapshot(kind, document_id)["parties"]["seller"]["logo"] == hashlib.sha256(LOGO_A).hexdigest()
        assert base64.b64encode(LOGO_A).decode() not in issuing.issued(kind, document_id).snapshot
    settings.update({"logo": LOGO_B})
    for kind, document_id in (("invoice", invoice.id), ("quote", quote.id)):
        again = issuing.render(stored_snapshot(kind, document_id))
        assert pixels(LOGO_A) in images(again) and pixels(LOGO_B) not in images(again), kind
        assert again == issuing.pdf_bytes(kind, document_id)  # the same bytes as issued
    draft = invoices.create_draft(client.id, lines=[{"description": "Poster", "unit_price": "100", "tax_rate": "20"}])
    assert pixels(LOGO_B) in images(issuing.pdf_bytes("invoice", draft.id))  # a draft shows today's logo
    assert check.run() == []


def test_a_document_issued_without_a_logo_stays_without_one(sqlite_db, today):
    factories.studio()
    project = factories.project(factories.client().id)
    _, contract, _ = factories.accepted_quote(project.id)
    contract = contracts.issue(contract.id)
    assert stored_snapshot("contract", contract.id)["parties"]["seller"]["logo"] is None
    assert StoredImage.select().count() == 0
    settings.update({"logo": LOGO_B})
    assert images(issuing.render(stored_snapshot("contract", contract.id))) == []


def test_a_snapshot_from_before_logos_were_frozen_is_drawn_with_the_logo_of_today(sqlite_db, today):
    factories.studio(logo=LOGO_A)
    invoice = factories.issued_invoice(factories.client().id)
    older = stored_snapshot("invoice", invoice.id)
    del older["parties"]["seller"]["logo"]
    settings.update({"logo": LOGO_B})
    assert pixels(LOGO_B) in images(issuing.render(older))
    unstored = hashlib.sha256(png(5, 5, (0, 0, 0))).hexdigest()
    for unreadable in ("not a hash at all!", base64.b64encode(LOGO_A).decode(), unstored, unstored.upper(), 12345,
                       ["a", "list"]):  # it names a logo, but none that is stored: drawn without one
        older["parties"]["seller"]["logo"] = unreadable
        assert images(issuing.render(older)) == [], unreadable


def test_export_and_import_keep_the_frozen_logo(tmp_path, today):
    startup.open_database(tmp_path / "first.sqlite3")
    factories.studio(logo=LOGO_A)
    invoice = factories.issued_invoice(factories.client().id)
    issued_pdf = issuing.pdf_bytes("invoice", invoice.id)
    exported = tmp_path / "everything.json"
    export.export_json(exported)
    assert [row["sha256"] for row in json.loads(exported.read_text(encoding="utf-8"))["tables"]["stored_image"]] \
        == [hashlib.sha256(LOGO_A).hexdigest()]
    # the same export as history without its PDFs (as from before chains): drawn from the snapshot on import
    history = json.loads(exported.read_text(encoding="utf-8"))
    history["schema_version"] = 4
    del history["tables"]["database_identity"]
    for row in history["tables"]["issued_document"]:
        for column in ("link", "link_has_pdf", "seal"):
            del row[column]
        row["pdf"] = row["pdf_sha256"] = None
    (tmp_path / "history.json").write_text(json.dumps(history), encoding="utf-8")
    db.close()

    startup.open_database(tmp_path / "second.sqlite3")
    export.import_json(exported)
    settings.update({"logo": LOGO_B})
    assert issuing.pdf_bytes("invoice", invoice.id) == issued_pdf
    assert pixels(LOGO_A) in images(issuing.render(stored_snapshot("invoice", invoice.id)))
    assert check.run() == []
    again = tmp_path / "again.json"
    export.export_json(again)
    db.close()

    startup.open_database(tmp_path / "third.sqlite3")
    export.import_json(tmp_path / "history.json")
    settings.update({"logo": LOGO_B})
    assert IssuedDocument.get().pdf is None
    drawn = issuing.pdf_bytes("invoice", invoice.id)
    assert pixels(LOGO_A) in images(drawn) and pixels(LOGO_B) not in images(drawn)
    assert drawn == issued_pdf and bytes(IssuedDocument.get().pdf) == drawn  # kept from then on, sealed
    assert check.run() == []
    assert json.loads(again.read_text(encoding="utf-8"))["tables"]["issued_document"][0]["snapshot"] == \
        json.loads(exported.read_text(encoding="utf-8"))["tables"]["issued_document"][0]["snapshot"]

"""The logo an issued document names is stored once, by the SHA-256 of its bytes: shared by every document issued
with it, bound to them by that hash (bytes changed behind the app's back are reported by check and not drawn),
and carried by an export, whose import refuses an image that is not what its name says."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from studio_app.files import export
from studio_app.store import check, db, images as stored_images, startup
from studio_app.store.models import IssuedDocument, StoredImage
from studio_app.text import messages
from studio_app.text.errors import StudioError
from studio_app.work import invoices, issuing, quotes, settings
from tests import factories
from tests.studio_app.documents.test_frozen_logo import LOGO_A, LOGO_B, images, pixels, stored_snapshot

NAME_A = hashlib.sha256(LOGO_A).hexdigest()


def doctor(name: str, data: bytes | None) -> None:
    """Change (or, with None, remove) a stored image the way a tool working around the app would."""
    database = db.current()
    if data is None:
        database.execute_sql(f'DELETE FROM "stored_image" WHERE "sha256" = {database.param}', (name,))
    else:
        database.execute_sql(f'UPDATE "stored_image" SET "data" = {database.param} WHERE "sha256" = {database.param}',
                             (data, name))


def test_documents_issued_with_the_same_logo_store_it_once(any_db, today):
    factories.studio(logo=LOGO_A)
    client = factories.client()
    first = factories.issued_invoice(client.id)
    second = factories.issued_invoice(client.id)
    quote = quotes.issue(quotes.create_from_project(factories.project(client.id).id).id)
    assert [(row.sha256, bytes(row.data), row.size, row.media_type) for row in StoredImage.select()] \
        == [(NAME_A, LOGO_A, len(LOGO_A), "image/png")]
    assert {stored_snapshot(kind, i)["parties"]["seller"]["logo"]
            for kind, i in (("invoice", first.id), ("invoice", second.id), ("quote", quote.id))} == {NAME_A}
    settings.update({"logo": LOGO_B})
    factories.issued_invoice(client.id)
    assert {row.sha256 for row in StoredImage.select()} == {NAME_A, hashlib.sha256(LOGO_B).hexdigest()}
    assert check.run() == []


def test_a_logo_changed_or_removed_behind_the_apps_back_is_reported_and_not_drawn(any_db, today):
    factories.studio(logo=LOGO_A)
    client = factories.client()
    invoice = factories.issued_invoice(client.id)
    quote = quotes.issue(quotes.create_from_project(factories.project(client.id).id).id)
    issued_pdf = issuing.pdf_bytes("invoice", invoice.id)
    assert pixels(LOGO_A) in images(issued_pdf)  # drawn on issuing from the bytes just stored
    settings.update({"logo": LOGO_B})
    doctor(NAME_A, LOGO_B)
    assert check.run() == [(
        f"{invoice.number}, {quote.number}: the logo they were issued with (stored image {NAME_A[:12]}…) no longer "
        f"matches its SHA-256 (its bytes were changed after it was stored), so they are drawn again without it")]
    assert images(issuing.render(stored_snapshot("invoice", invoice.id))) == []  # neither the changed bytes nor B
    assert issuing.pdf_bytes("invoice", invoice.id) == issued_pdf  # the PDF stored on issuing is as sent

    doctor(NAME_A, None)
    assert check.run() == [(
        f"{invoice.number}, {quote.number}: the logo they were issued with (stored image {NAME_A[:12]}…) is missing "
        f"from the database, so they are drawn again without it")]
    assert images(issuing.render(stored_snapshot("quote", quote.id))) == []

    settings.update({"logo": LOGO_A})  # issuing with the same logo again stores its bytes again
    invoices.issue(invoices.create_draft(client.id, lines=[{"description": "Poster", "unit_price": "100",
                                                            "tax_rate": "20"}]).id)
    assert check.run() == []
    assert pixels(LOGO_A) in images(issuing.render(stored_snapshot("invoice", invoice.id)))


def test_issuing_puts_right_an_image_whose_bytes_were_changed(any_db, today):
    factories.studio(logo=LOGO_A)
    client = factories.client()
    first = factories.issued_invoice(client.id)
    doctor(NAME_A, b"\x89PNG but not the logo")
    assert len(check.run()) == 1
    factories.issued_invoice(client.id)
    assert [bytes(row.data) for row in StoredImage.select()] == [LOGO_A]
    assert check.run() == []
    assert pixels(LOGO_A) in images(issuing.render(stored_snapshot("invoice", first.id)))


def test_an_image_no_document_names_is_still_reported_when_changed(sqlite_db, today):
    with db.transaction():
        name = stored_images.keep(LOGO_B)
    doctor(name, LOGO_A)
    assert check.run() == [(f"the stored image {name[:12]}… no longer matches its SHA-256 (its bytes were changed "
                            f"after it was stored); no issued document uses it")]
    assert stored_images.load(name) is None


def test_history_drawn_without_its_logo_is_not_kept_until_the_logo_is_back(tmp_path, today):
    startup.open_database(tmp_path / "first.sqlite3")
    factories.studio(logo=LOGO_A)
    invoice = factories.issued_invoice(factories.client().id)
    issued_pdf = issuing.pdf_bytes("invoice", invoice.id)
    history = json.loads(exported(tmp_path).read_text(encoding="utf-8"))
    history["schema_version"] = 4  # as from before chains: no PDFs, drawn from the snapshot when first viewed
    del history["tables"]["database_identity"]
    for row in history["tables"]["issued_document"]:
        for column in ("link", "link_has_pdf", "seal"):
            del row[column]
        row["pdf"] = row["pdf_sha256"] = None
    (tmp_path / "history.json").write_text(json.dumps(history), encoding="utf-8")
    db.close()

    startup.open_database(tmp_path / "second.sqlite3")
    export.import_json(tmp_path / "history.json")
    doctor(NAME_A, LOGO_B)
    assert images(issuing.pdf_bytes("invoice", invoice.id)) == []
    assert IssuedDocument.get().pdf is None  # not kept: once the logo is back, it is drawn as issued
    doctor(NAME_A, LOGO_A)
    assert issuing.pdf_bytes("invoice", invoice.id) == issued_pdf == bytes(IssuedDocument.get().pdf)
    assert check.run() == []


def exported(tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    export.export_json(path)
    return path


@pytest.fixture
def logo_export(tmp_path, today) -> dict:
    startup.open_database(tmp_path / "source.sqlite3")
    factories.studio(logo=LOGO_A)
    factories.issued_invoice(factories.client().id)
    data = json.loads(exported(tmp_path).read_text(encoding="utf-8"))
    db.close()
    return data


def refused(data: dict, tmp_path) -> StudioError:
    path = tmp_path / "doctored.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    startup.open_database(tmp_path / "target.sqlite3")
    try:
        with pytest.raises(StudioError) as caught:
            export.import_json(path)
        assert IssuedDocument.select().count() == 0 and StoredImage.select().count() == 0
    finally:
        db.close()
    assert messages.translate(caught.value, "tr") != caught.value.message
    return caught.value


@pytest.mark.parametrize("column, value, named, reason", [
    ("data", base64.b64encode(LOGO_B).decode(), "data", "data does not match the row's sha256"),
    ("sha256", hashlib.sha256(LOGO_B).hexdigest(), "data", "data does not match the row's sha256"),
    ("size", len(LOGO_A) + 1, "size", f"size must be the number of bytes of the data ({len(LOGO_A)})"),
    ("media_type", "image/jpeg", "media_type", "media_type must be image/png for these bytes"),
    ("data", base64.b64encode(b"GIF89a...").decode(), "data", "The logo must be a PNG or JPEG image"),
    ("data", None, "data", "The logo must be a PNG or JPEG image"),
    ("sha256", None, "sha256", "sha256 must be 64 hexadecimal digits"),
])
def test_an_import_refuses_a_stored_image_that_is_not_what_its_name_says(logo_export, tmp_path, column, value,
                                                                        named, reason):
    data = json.loads(json.dumps(logo_export))
    (row,) = data["tables"]["stored_image"]
    row[column] = value
    message = refused(data, tmp_path).message
    row_id = row["sha256"][:40] if isinstance(row["sha256"], str) else "-"  # the row is named by its sha256
    assert f"row 1 of the stored_image table (id {row_id}), {named}: " in message and reason in message, message


def test_an_import_refuses_a_document_whose_logo_is_not_in_the_file(logo_export, tmp_path):
    data = json.loads(json.dumps(logo_export))
    data["tables"]["stored_image"] = []
    number = data["tables"]["issued_document"][0]["number"]
    message = refused(data, tmp_path).message
    assert f"row 1 of the issued_document table ({number}) names a logo that is not in the file's stored_image " \
           f"table" in message, message

"""The studio's own wording: kept per language in the database, checked, frozen into what is issued."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from studio_app.files import export
from studio_app.store import db, startup
from studio_app.store.models import StudioText
from studio_app.text.errors import StudioError
from studio_app.work import contracts, invoices, issuing, quotes, snapshots, studio_texts
from tests import factories


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def contract(sqlite_db, today):
    factories.studio()
    client = factories.client(language="en")
    project = factories.project(client.id)
    _quote, drafted, _deposit = factories.accepted_quote(project.id)
    return drafted


def test_edited_clause_is_frozen_into_the_issued_contract_and_later_edits_leave_it(contract):
    studio_texts.save("en", "clause.portfolio", "The Studio may show {project} in its portfolio, says {studio}.")
    issued = contracts.issue(contract.id)
    text = pdf_text(issuing.pdf_bytes("contract", issued.id))
    assert "The Studio may show Brand identity in its portfolio, says Deniz Design Studio." in text
    studio_texts.save("en", "clause.portfolio", "Completely different words.")
    again = pdf_text(issuing.pdf_bytes("contract", issued.id))
    assert "says Deniz Design Studio" in again and "Completely different words" not in again
    assert "says Deniz Design Studio" in json.dumps(snapshots.build("contract", issued.id), ensure_ascii=False)


def test_optional_clauses_are_left_out_until_chosen(contract):
    assert contracts.chosen_optional(contract) == []
    assert [c["id"] for c in contracts.optional_clauses()] == ["liability", "late_interest", "confidentiality"]
    contracts.set_optional_clauses(contract.id, ["liability", "confidentiality"])
    text = pdf_text(issuing.pdf_bytes("contract", contracts.issue(contract.id).id))
    assert "Limitation of liability" in text and "Confidentiality" in text and "Late payment" not in text
    with pytest.raises(StudioError, match="issued"):
        contracts.set_optional_clauses(contract.id, [])
    with pytest.raises(StudioError, match="no optional clause “nonsense”"):
        contracts.set_optional_clauses(contract.id, ["nonsense"])


def test_every_language_ships_the_optional_clauses_with_the_placeholders_it_fills(sqlite_db):
    for language in ("en", "tr", "el", "ms"):
        titles = {c["id"]: c["title"] for c in studio_texts.shipped_clauses(language) if c.get("optional")}
        assert set(titles) == {"liability", "late_interest", "confidentiality"}
        for key in studio_texts.keys():
            studio_texts.check(key, studio_texts.shipped(language, key) or "x")  # shipped texts pass the check
    sample = factories.client(language="en")
    values = contracts.clause_values_for("S", sample, factories.project(sample.id), "Q-1", "en", "EUR", 14)
    assert set(values) == set(studio_texts.CLAUSE_PLACEHOLDERS)


def test_unknown_placeholder_is_refused_by_name_and_nothing_is_saved(sqlite_db):
    with pytest.raises(StudioError) as refused:
        studio_texts.save("tr", "clause.payment", "Avans %{deposit_percent}, ödeme {due_amount} içinde.")
    assert "{due_amount}" in refused.value.message and "{deposit_percent}" in refused.value.message
    with pytest.raises(StudioError, match="has no pair"):
        studio_texts.save("en", "pay_by", "Please pay {amount by {date}.")
    with pytest.raises(StudioError, match="not known"):
        studio_texts.save("en", "pay_by", "Pay {amount.__class__}.")
    assert StudioText.select().count() == 0


def test_reset_brings_back_the_shipped_text_and_saving_it_keeps_no_row(sqlite_db):
    shipped = studio_texts.shipped("el", "clause.general")
    studio_texts.save("el", "clause.general", "Δικό μας κείμενο.")
    assert studio_texts.text("el", "clause.general") == "Δικό μας κείμενο."
    assert studio_texts.text("en", "clause.general") == studio_texts.shipped("en", "clause.general")
    assert studio_texts.reset("el", "clause.general") == shipped == studio_texts.text("el", "clause.general")
    studio_texts.save("el", "clause.general", shipped)
    assert StudioText.select().count() == 0


def test_quote_and_invoice_texts_show_on_drafts_and_freeze_on_issue(sqlite_db, today):
    factories.studio()
    client = factories.client(language="en")
    studio_texts.save("en", "invoice_note", "Thank you, {client}!")
    studio_texts.save("en", "pay_by", "Kindly transfer {amount} before {date} (ref. {reference}).")
    draft = invoices.create_draft(client.id, lines=[{"description": "Poster", "quantity": "1", "unit_price": "100",
                                                      "tax_rate": "20"}])
    assert "Thank you, Şişli Kahve Evi!" in pdf_text(issuing.render(snapshots.build("invoice", draft.id)))
    issued = invoices.issue(draft.id)
    studio_texts.reset("en", "invoice_note")
    studio_texts.reset("en", "pay_by")
    text = pdf_text(issuing.pdf_bytes("invoice", issued.id))
    assert "Thank you, Şişli Kahve Evi!" in text and "Kindly transfer €120.00" in text
    assert snapshots.build("invoice", issued.id)["texts"] == {}  # today's texts: back to the shipped ones
    project = factories.project(client.id)
    studio_texts.save("en", "validity_sentence", "Good until {date}.")
    quote = quotes.create_from_project(project.id)
    assert "Good until" in pdf_text(issuing.render(snapshots.build("quote", quote.id)))


def test_check_reports_a_kept_text_with_an_unknown_placeholder(sqlite_db):
    from studio_app.store import check
    StudioText.create(language="en", key="pay_by", text="Pay {amount} to {nobody}.")  # written around the app
    assert [p for p in check.run() if p.startswith("studio_text")] == [
        "studio_text (en, pay_by): The placeholder {nobody} is not known here; you can use: {amount}, {date}, "
        "{reference}."]


def test_texts_travel_in_the_json_export_and_a_bad_row_is_refused(sqlite_db, tmp_path):
    studio_texts.save("ms", "clause.general", "Teks kami sendiri untuk {client}.")
    path = tmp_path / "all.json"
    export.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["tables"]["studio_text"] == [{"key": "clause.general", "language": "ms",
                                              "text": "Teks kami sendiri untuk {client}."}]
    db.close()
    startup.open_database(tmp_path / "other.sqlite3")
    export.import_json(path)
    assert studio_texts.text("ms", "clause.general") == "Teks kami sendiri untuk {client}."
    db.close()
    data["tables"]["studio_text"][0]["text"] = "For {nobody}."
    path.write_text(json.dumps(data), encoding="utf-8")
    startup.open_database(tmp_path / "third.sqlite3")
    with pytest.raises(StudioError) as refused:
        export.import_json(path)
    assert "studio_text" in refused.value.message and "{nobody}" in refused.value.message


def test_each_law_of_a_clause_is_edited_and_reset_on_its_own(sqlite_db, today):
    assert {"clause.governing_law@TR", "clause.governing_law@other"} <= set(studio_texts.keys("tr"))
    assert "clause.governing_law@GR" not in studio_texts.keys("tr")
    assert "clause.governing_law" not in studio_texts.keys()
    turkish = studio_texts.shipped("en", "clause.governing_law@TR")
    assert "Türkiye" in turkish and turkish != studio_texts.shipped("en", "clause.governing_law@GR")
    studio_texts.save("en", "clause.governing_law@GR", "Greek law governs; the courts of Athens decide.")
    assert studio_texts.text("en", "clause.governing_law@TR") == turkish  # the other laws keep theirs
    by_law = {tuple(c.get("countries") or ()): c["body"] for c in studio_texts.clauses("en")
              if c["id"] == "governing_law"}
    assert by_law[("GR",)] == "Greek law governs; the courts of Athens decide." and by_law[("TR",)] == turkish
    values = {name: name for name in studio_texts.CLAUSE_PLACEHOLDERS}
    for country, expected in (("GR", "courts of Athens"), ("TR", "Türkiye"), ("DE", "country where the Studio")):
        chosen = [c["body"] for c in contracts.fill_clauses("en", "per_round", values, country)
                  if c["id"] == "governing_law"]
        assert len(chosen) == 1 and expected in chosen[0], country
    assert studio_texts.reset("en", "clause.governing_law@GR") == studio_texts.shipped("en", "clause.governing_law@GR")
    assert not studio_texts.is_edited("en", "clause.governing_law@GR")


def test_migration_13_gives_each_law_the_text_kept_under_the_shared_key(tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path
    from studio_app.store import migrations
    from studio_app.store.migrations import m0013_transmission
    path = tmp_path / "old.sqlite3"  # a studio at schema 11, before migration 13 split the texts per law
    shutil.copy(Path(__file__).resolve().parents[2] / "fixtures" / "schemas" / "v11.sqlite3", path)
    connection = sqlite3.connect(path)
    connection.execute("INSERT OR REPLACE INTO studio_text VALUES ('tr', 'clause.rights', 'Kendi metnimiz.')")
    connection.commit()
    connection.close()
    startup.open_database(path)
    try:
        assert migrations.current_version(db.current()) == migrations.LATEST > m0013_transmission.VERSION
        assert studio_texts.edited("tr") == {"clause.rights@TR": "Kendi metnimiz.",
                                             "clause.rights@other": "Kendi metnimiz."}
    finally:
        db.close()

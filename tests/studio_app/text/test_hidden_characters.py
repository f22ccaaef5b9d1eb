"""Hostile text: what the list shows is what is stored, and numbers cannot be forged with invisible characters."""

from __future__ import annotations

import sys

import pytest

from studio_app.store import check, db, lists
from studio_app.text import cleaning
from studio_app.text.cleaning import strip_hidden
from studio_app.work import clients, invoices, settings
from studio_app.money import numbering
from studio_app.text.errors import StudioError
from studio_app.store.models import Client, Invoice, Studio
from tests import factories
from tests.hostile import BIDI, C0_C1, ZERO_WIDTH
from tests.processes import studio as cli


# ------------------------------------------------------------------------------------------------- cleaning

@pytest.mark.parametrize("char", BIDI + ZERO_WIDTH + C0_C1, ids=lambda c: f"U+{ord(c):04X}")
def test_hidden_characters_are_removed_from_names_and_notes(sqlite_db, char):
    client = clients.create(name=f"Ay{char}şe", company=f"Acme{char} Ltd", notes=f"one{char}\ntwo\tthree")
    assert (client.name, client.company, client.notes) == ("Ayşe", "Acme Ltd", "one\ntwo\tthree")


def test_the_list_shows_what_is_stored_not_a_reversed_number(sqlite_db, tmp_path):
    client = clients.create(name="Acme \u202e0001-6202-VNI\u202c Ltd")
    assert client.name == "Acme 0001-6202-VNI Ltd"
    assert lists.page("clients", lists.Filter())[1][0]["name"] == client.name
    db.close()
    shown = cli("--db", sqlite_db, "list", "clients")
    assert shown.returncode == 0 and "Acme 0001-6202-VNI Ltd" in shown.stdout and "\u202e" not in shown.stdout


@pytest.mark.parametrize("kept", ["می\u200cخواهم", "क्\u200dष", "👩🏽\u200d🎨", "👨\u200d👩\u200d👧"])
def test_joiners_that_shape_words_and_emoji_are_kept(sqlite_db, kept):
    assert clients.create(name=f"Studio {kept}").name == f"Studio {kept}"


@pytest.mark.parametrize("value, stored", [("\u200dAyşe", "Ayşe"), ("Ayşe \u200c", "Ayşe"), ("INV\u200d-1", "INV-1"),
                                           ("a\u200c\u200cb", "ab"), ("Cafe\u0301", "Café"), ("Ａ\u0308", "Ａ\u0308")])
def test_stray_joiners_go_and_text_is_nfc(sqlite_db, value, stored):
    assert clients.create(name=value).name == stored


# ------------------------------------------------------------------------------------------------- number formats

@pytest.mark.parametrize("pattern", ["{seq:999999999}", "{seq.__class__.__mro__}", "{seq:013}", "{seq:4}",
                                     "{seq!r}", "{year:>10}-{seq}", "{client}-{seq}", "{{seq}}", "INV-{seq", "{}",
                                     "{seq:00}", "{seq:0}", "{yy:02}-{seq}"])
def test_number_formats_outside_the_pattern_are_refused(sqlite_db, pattern):
    before = Studio.get_by_id(1).invoice_number_format
    with pytest.raises(StudioError, match="number format") as caught:
        settings.update({"invoice_number_format": pattern})
    assert "\n" not in caught.value.message and "\x1b" not in caught.value.message
    assert Studio.get_by_id(1).invoice_number_format == before


def test_allowed_number_formats(sqlite_db, today):
    for pattern, number in (("{yy}/{seq:012}", "26/000000000001"), ("Fatura №{year}.{seq}", "Fatura №2026.1"),
                            ("F {seq:01}", "F 1")):
        assert numbering.render(numbering.check_format(pattern), 2026, 1) == number
    settings.update({"invoice_number_format": "{yy}/{seq:012}"})
    client = factories.client()
    assert factories.issued_invoice(client.id).number == "26/000000000001"


def test_a_zero_width_space_cannot_make_two_series_read_alike(sqlite_db, today):
    settings.update({"credit_notes_own_series": True, "invoice_number_format": "INV-{year}-{seq:04}"})
    with pytest.raises(StudioError, match="same numbers"):
        settings.update({"credit_note_number_format": "INV-{year}-\u200b{seq:04}"})
    with pytest.raises(StudioError, match="same numbers"):
        settings.update({"credit_note_number_format": "ＩＮＶ-{year}-{seq:04}"})  # full-width letters
    settings.update({"invoice_number_format": "INV-{year}-\u200b{seq:04}"})
    assert Studio.get_by_id(1).invoice_number_format == "INV-{year}-{seq:04}"


def test_a_bad_format_left_in_an_old_database_is_refused_when_issuing_and_reported(sqlite_db, today):
    client = factories.client()
    draft = invoices.create_draft(client.id, lines=[{"description": "Logo", "unit_price": "10"}])
    Studio.update(invoice_number_format="{seq:999999999}").execute()  # as an older version may have stored it
    with pytest.raises(StudioError, match="number format"):
        invoices.issue(draft.id)
    assert Invoice.get_by_id(draft.id).status == "draft"
    assert any("invoice number format “{seq:999999999}” is not valid" in p for p in check.run())


def test_check_reports_hidden_characters_and_look_alike_numbers(sqlite_db, today):
    client = factories.client()
    first = factories.issued_invoice(client.id)
    second = factories.issued_invoice(client.id)
    assert check.run() == []
    # what an older version let through: a number format with a zero-width space, a reversed name
    Invoice.update(number=first.number[:-4] + "\u200b" + first.number[-4:]).where(Invoice.id == second.id).execute()
    Client.update(name="Acme \u202e0001-6202-VNI Ltd").where(Client.id == client.id).execute()
    problems = check.run()
    assert any("have the same number once invisible characters are set aside" in p and "⟨U+200B⟩" in p
               for p in problems), problems
    assert any(p.startswith(f"client #{client.id}: the name") and "⟨U+202E⟩" in p for p in problems), problems
    db.close()
    reported = cli("--db", sqlite_db, "check")
    assert reported.returncode == 1 and "⟨U+202E⟩" in reported.stderr and "Traceback" not in reported.stderr
    assert not any(c in reported.stderr for c in BIDI + ZERO_WIDTH), reported.stderr


def test_every_character_removed_is_one_python_calls_unprintable():
    """strip_hidden skips its regular expressions for a printable string: that is only right while every
    character they remove is unprintable to str.isprintable, for every code point."""
    patterns = (cleaning._CONTROL, cleaning._INVISIBLE, cleaning._JOINER, cleaning._LINE_SEPARATORS)
    removed = [chr(c) for c in range(sys.maxunicode + 1) if any(p.match(chr(c)) for p in patterns)]
    assert len(removed) > 60 and not [f"U+{ord(c):04X}" for c in removed if c.isprintable()]
    assert strip_hidden("Deniz\u200b Arslan\u202e") == "Deniz Arslan"

"""Templates in every language: each renders with no placeholder left, money and dates as the language writes
them; the studio's edits replace the shipped text per language, and an unknown placeholder is refused."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from studio_app.mail import compose, templates
from studio_app.mail.addresses import check_addresses
from studio_app.text.errors import StudioError
from studio_app.text.i18n import LANGUAGES
from studio_app.work import clock
from tests import factories

VALUES = {"client": "Ayşe Yılmaz", "project": "Brand identity", "number": "INV-2026-0007", "amount": "€1.190,00",
          "due_date": "15 Aralık 2026", "new_deadline": "1 Şubat 2027", "milestones_done": "– Logo (1 Ara 2026)",
          "next_milestone": "Brand guide", "studio": "Deniz Design", "signature": "Deniz", "occasion": "your birthday"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_template_renders_with_no_placeholder_left(sqlite_db, language):
    for name in templates.NAMES:
        subject, body = templates.render(name, language, VALUES)
        assert subject and body.strip(), (language, name)
        assert not re.search(r"\{[a-z_]*\}", subject + body), (language, name)
        for placeholder in re.findall(r"\{([^{}]*)\}", "".join(templates.get(name, language))):
            assert placeholder in templates.PLACEHOLDERS, (language, name, placeholder)
        assert "INV-2026-0007" in subject + body or name in ("quote", "contract", "progress_update", "delay_notice",
                                                            "follow_up", "greeting")
    words = templates.shipped(language)["words"]
    assert set(words) == set(templates.shipped("en")["words"])


@pytest.mark.parametrize("language, amount, due", [("en", "€600.00", "15 December 2026"),
                                                   ("tr", "€600,00", "15 Aralık 2026"),
                                                   ("el", "600,00\xa0€", "15 Δεκεμβρίου 2026"),
                                                   ("ms", "€600.00", "15 Disember 2026")])
def test_an_invoice_message_writes_money_and_dates_as_the_language_does(sqlite_db, language, amount, due):
    factories.studio(sender_email="deniz@deniz.design")
    client = factories.client(language=language)
    with clock.frozen(dt.date(2026, 12, 1)):  # issued on 1 December, due 14 days later
        invoice = factories.issued_invoice(client.id, language=language)
    draft = compose.draft_for_document("invoice", invoice.id)
    assert amount in draft.body and due in draft.body and invoice.number in draft.subject
    assert draft.language == language and [a.name for a in draft.attachments] == [f"{invoice.number}.pdf"]


def test_the_studio_edits_a_template_per_language(sqlite_db):
    templates.set("invoice", "tr", "Faturanız {number}", "Merhaba {client},\n\nFatura ekte.\n\n{signature}")
    assert templates.render("invoice", "tr", VALUES)[0] == "Faturanız INV-2026-0007"
    assert templates.render("invoice", "en", VALUES)[0] == "Invoice INV-2026-0007 from Deniz Design"
    templates.reset("invoice", "tr")
    assert templates.render("invoice", "tr", VALUES)[0] == "Deniz Design – Fatura INV-2026-0007"


def test_an_unknown_placeholder_is_refused_and_nothing_is_saved(sqlite_db):
    with pytest.raises(StudioError, match=r"uses \{amount_due\}, which Studio Desk does not fill in") as refused:
        templates.set("invoice", "en", "Invoice {number}", "Please pay {amount_due}.")
    assert refused.value.field == "body"
    assert not templates.is_edited("invoice", "en")
    with pytest.raises(StudioError, match="no message template"):
        templates.set("invoices", "en", "x", "y")


def test_a_progress_update_lists_the_milestones_done_and_the_next(sqlite_db, today):
    factories.studio()
    client = factories.client(language="en")
    project = factories.project(client.id, milestones=[
        {"title": "Moodboard", "due_date": "2026-11-10"}, {"title": "First concepts", "due_date": "2026-12-10"}])
    from studio_app.store.models import Milestone
    Milestone.update(done_on=dt.date(2026, 11, 9)).where(Milestone.title == "Moodboard").execute()
    draft = compose.draft_progress_update(project.id)
    assert "– Moodboard (9 November 2026)" in draft.body
    assert "Next: First concepts (10 December 2026)" in draft.body
    assert draft.subject == "Progress update: Brand identity"


def test_addresses_several_and_refused(sqlite_db):
    assert check_addresses("a@example.com; Çağla Yılmaz <cagla@example.com.tr>, a@example.com") == [
        "a@example.com", "Çağla Yılmaz <cagla@example.com.tr>"]
    assert check_addresses("Jürgen <j@müller.de>") == ["Jürgen <j@xn--mller-kva.de>"]
    for bad in ("ayse@", "ayse.example.com", "a@b", "x@exa mple.com", "a@@b.com"):
        with pytest.raises(StudioError, match="is not an e-mail address"):
            check_addresses(bad)
    with pytest.raises(StudioError, match="at least one"):
        check_addresses(" ; ")

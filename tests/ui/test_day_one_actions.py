"""Every action where a designer looks for it: empty lists say what fills them, mark done, snooze, delete a
draft, the accountant's CSV and the JSON export from the File menu."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from studio_app.store.models import Contract, Deliverable, Interaction, Milestone, Quote
from studio_app.text.errors import StudioError
from studio_app.work import contracts, interactions, projects, quotes
from tests import factories
from ui import imports

from .conftest import settle


def test_every_empty_list_offers_the_action_that_fills_it(window):
    expected = {"clients": "Add a client", "projects": "Add a project", "quotes": "Go to projects",
                "contracts": "Go to quotes", "invoices": "Create an invoice"}
    for kind, action in expected.items():
        window.show_view(kind)
        empty = window.sections[kind].list.empty
        assert empty.isVisible() and action in empty.action_texts()
        assert imports.import_available() == ("Import from a file" in empty.action_texts()) or kind not in \
            imports.IMPORT_KINDS
    window.show_view("quotes")
    window.sections["quotes"].list.empty.click("Go to projects")
    assert window.current_page() == "projects"
    window.sections["projects"].list.empty.click("Add a project")
    assert window.sections["projects"].editing()
    window.show_view("clients")
    window.sections["clients"].list.empty.click("Add a client")
    assert window.sections["clients"].editing()


def test_a_filtered_empty_list_offers_to_clear_the_filters(window):
    factories.client()
    window.show_view("clients")
    view = window.sections["clients"].list
    view.search_box.setText("nobody by this name")
    assert view.empty.text() == "Nothing matches these filters."
    view.empty.click("Clear the filters")
    assert view.search_box.text() == "" and view.model.rowCount() == 1


def test_mark_deliverable_and_milestone_done(window):
    project = factories.project(factories.client().id)
    window.open_record("project", project.id)
    editor = window.sections["projects"].editor
    editor.deliverables.setCurrentCell(1, 0)
    editor.deliverables.actions()[0].trigger()  # the context-menu entry
    editor.milestones.setCurrentCell(0, 0)
    [button for button in editor.findChildren(type(editor.save_button))
     if button.text() == "Mark milestone done"][0].click()
    done = {d.name: d.done for d in Deliverable.select().where(Deliverable.project == project.id)}
    assert done == {"Logo": False, "Brand guide": True}
    assert Milestone.get(Milestone.project == project.id).done_on == dt.date(2026, 11, 23)
    assert editor.milestones.item(0, 2).text() == "23 Nov 2026"


def test_snooze_a_follow_up_from_the_dashboard(window):
    client = factories.client()
    entry = interactions.log(client.id, "call", "Asked about a packaging job", follow_up_on="2026-11-23",
                             occurred_at=dt.datetime(2026, 11, 20, 10))
    window.show_view("dashboard")
    window.dashboard.refresh()
    follow = window.dashboard.follow_ups
    follow.setCurrentRow(0)
    assert window.dashboard.snooze_button.isEnabled()
    window.dashboard.snooze_button.click()
    assert Interaction.get_by_id(entry.id).follow_up_on == dt.date(2026, 11, 30)
    assert "Asked about" not in " ".join(follow.item(i).text() for i in range(follow.count()))
    with pytest.raises(StudioError, match="days"):
        interactions.snooze_follow_up(entry.id, 0)


def test_delete_a_draft_asks_first_then_deletes(window, asked):
    project = factories.project(factories.client().id)
    draft = quotes.create_from_project(project.id)
    window.show_view("quotes")
    view = window.sections["quotes"].list
    view.select_id(draft.id)
    asked.answer("No")
    view.delete_action.trigger()
    assert Quote.get_or_none(Quote.id == draft.id) is not None
    asked.answer("Yes")
    view.delete_action.trigger()
    assert "Delete this draft" in asked.last.text and Quote.get_or_none(Quote.id == draft.id) is None
    _quote, contract, _deposit = factories.accepted_quote(projects.get(project.id).id)
    window.open_record("contract", contract.id)
    editor = window.sections["contracts"].editor
    editor.optional["confidentiality"].setChecked(True)
    assert "Gizlilik" in editor.clauses.toPlainText()  # the client's language
    asked.answer("Yes")
    editor.delete_action.trigger()
    assert Contract.get_or_none(Contract.id == contract.id) is None


def test_issued_document_cannot_be_deleted_from_the_list(window, asked):
    project = factories.project(factories.client().id)
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    window.show_view("quotes")
    view = window.sections["quotes"].list
    view.select_id(quote.id)
    asked.answer("Yes")
    view.delete_action.trigger()
    assert Quote.get_or_none(Quote.id == quote.id) is not None and asked.last.kind == "warning"
    with pytest.raises(StudioError):
        contracts.delete_draft(999)


def test_accountant_csv_and_json_export_from_the_file_menu(window, asked, qtbot, tmp_path):
    factories.studio()
    factories.issued_invoice(factories.client().id)
    target = tmp_path / "for the accountant.csv"
    asked.answer(str(target))
    window.export_csv_action.trigger()
    qtbot.waitUntil(lambda: window.last_export is None, timeout=10_000)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "number" or "number" in rows[0]
    assert any("INV-2026-0001" in row for row in rows[1:])
    assert window.statusBar().currentMessage() == \
        f"The invoices for the accountant are saved in {target} (invoices: 1)."
    everything = tmp_path / "all.json"
    asked.answer(str(everything))
    window.export_json_action.trigger()
    qtbot.waitUntil(lambda: window.last_export is None, timeout=10_000)
    assert json.loads(everything.read_text(encoding="utf-8"))["tables"]["invoice"]
    settle()

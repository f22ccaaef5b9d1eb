"""Every control is reachable with Tab and has a name a screen reader can say: its accessible name, its own
text, or the label that is its buddy (Qt's accessibility layer gives the name it would announce)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from tests import factories

from .conftest import settle


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab reaches from ``top``, in order (visible, enabled, taking Tab focus)."""
    chain, current, seen = [], top.nextInFocusChain(), set()
    while current is not top and id(current) not in seen:
        seen.add(id(current))
        if current.isVisible() and current.isEnabled() and current.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and not isinstance(current.parentWidget(), (QAbstractSpinBox, QComboBox)):  # their inner editor
            chain.append(current)
        current = current.nextInFocusChain()
    return chain


def unnamed(top: QWidget) -> list[str]:
    out = []
    for widget in focus_chain(top):
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            out.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return out


def test_every_control_of_the_main_window_and_the_editors_is_named(window):
    factories.studio()
    client = factories.client()
    project = factories.project(client.id)
    invoice = factories.issued_invoice(client.id)
    missing = {}
    for view in ("dashboard", "clients", "projects", "quotes", "contracts", "invoices", "settings"):
        window.show_view(view)
        settle()
        missing[view] = unnamed(window)
        assert len(focus_chain(window)) > 3
    window.settings_tabs.setCurrentIndex(1)
    settle()
    missing["documents settings"] = unnamed(window)
    for kind, record_id in (("client", client.id), ("project", project.id), ("invoice", invoice.id)):
        window.open_record(kind, record_id)
        settle()
        missing[kind] = unnamed(window)
    assert {view: names for view, names in missing.items() if names} == {}


def test_every_page_of_the_first_run_assistant_is_named(window, qtbot):
    from ui.dialogs.first_run import FirstRunAssistant
    assistant = FirstRunAssistant(window)
    qtbot.addWidget(assistant)
    assistant.show()
    missing = []
    for _ in range(assistant.stack.count()):
        settle()
        missing += unnamed(assistant)
        assistant.next()
    assert missing == []
    assistant.close()

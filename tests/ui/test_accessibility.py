"""Every control is reachable with Tab and has a name a screen reader can say: its accessible name, its own
text (a button, a check box), or the label that is its buddy (a form row's label) — what Qt's accessibility
layer announces. (Asked of the widgets, not of QAccessible: a QAccessibleInterface wrapper freed by Python
deletes Qt's cached interface and crashes the process later.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QFormLayout, QLabel, QTabBar, QWidget

from tests import factories

from .conftest import settle


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab reaches in ``top``: every child is in Qt's focus chain, so those visible, enabled and
    taking Tab focus. (Asked with findChildren: walking nextInFocusChain() made PySide 6.12 wrappers that
    crashed the process once the dialog was deleted.)"""
    return [widget for widget in top.findChildren(QWidget)
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))]  # their inner editor


def spoken_name(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return widget.text()
    if isinstance(widget, QTabBar):  # each tab is announced by its text
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    form = widget.parentWidget().layout() if widget.parentWidget() is not None else None
    if isinstance(form, QFormLayout):  # Qt names a form's field by the label of its row
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and label.text().strip():
            return label.text()
    return buddies.get(id(widget), "")


def unnamed(top: QWidget) -> list[str]:
    buddies = {id(label.buddy()): label.text() for label in top.findChildren(QLabel)
               if label.buddy() is not None and label.text().strip()}
    return [f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}" for widget in focus_chain(top)
            if not spoken_name(widget, buddies).strip()]


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
    window.settings_view.show_tab("documents")
    settle()
    missing["documents settings"] = unnamed(window)
    for kind, record_id in (("client", client.id), ("project", project.id), ("invoice", invoice.id)):
        window.open_record(kind, record_id)
        settle()
        missing[kind] = unnamed(window)
    gaps = {view: names for view, names in missing.items() if names}
    assert not gaps, "\n".join(f"{view}: {names}" for view, names in gaps.items())


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

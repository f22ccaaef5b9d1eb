"""The message-box factory: the real boxes Qt shows, and the recorder every GUI test answers them with."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QPushButton, QVBoxLayout

from ui import ask

pytestmark = pytest.mark.gui


def click_in_the_box(text: str, seen: list[str]) -> None:
    """Click ``text`` in the modal box once it is up, as a person would."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text).click()
    QTimer.singleShot(0, click)


@pytest.mark.parametrize("button, answer", [("Yes", True), ("No", False)])
def test_without_the_recorder_a_real_modal_box_asks(qtbot, monkeypatch, button, answer):
    monkeypatch.setattr(ask, "_recorder", None)
    seen: list[str] = []
    click_in_the_box(button, seen)
    assert ask.question(None, "Delete this draft?") is answer
    assert seen == ["Delete this draft?"]


def test_without_the_recorder_choose_gives_the_button_clicked(qtbot, monkeypatch):
    monkeypatch.setattr(ask, "_recorder", None)
    click_in_the_box("Quit", [])
    buttons = [("Restore the latest backup", ask.Role.AcceptRole), ("Quit", ask.Role.RejectRole)]
    assert ask.choose(None, "The file is damaged.", buttons, icon=ask.Icon.Critical) == 1


def test_the_recorder_writes_down_what_was_shown_and_clicks_the_answer(asked):
    asked.answer("No", "Yes")
    assert ask.question(None, "Undo revision round 3?") is False
    assert ask.question(None, "Undo revision round 2?", title="Project") is True
    ask.warning(None, "Round 3 is already on an invoice.")  # one button: answered with it
    assert asked.asked == [ask.Asked("question", "Studio Desk", "Undo revision round 3?", ("Yes", "No")),
                           ask.Asked("question", "Project", "Undo revision round 2?", ("Yes", "No")),
                           ask.Asked("warning", "Studio Desk", "Round 3 is already on an invoice.", ("OK",))]
    assert asked.texts("question") == ["Undo revision round 3?", "Undo revision round 2?"]


def test_the_recorder_refuses_what_nobody_answered(asked):
    with pytest.raises(AssertionError, match="nobody answered"):
        ask.question(None, "Delete this draft?")
    asked.answer("Maybe")
    with pytest.raises(AssertionError, match="'Maybe' is not a button"):
        ask.question(None, "Delete this draft?")
    with pytest.raises(AssertionError, match="nobody answered"):
        ask.open_file(None, "Choose a logo")
    with pytest.raises(AssertionError, match="nobody fills in"):
        ask.run(QDialog())


def test_the_recorder_answers_file_pickers_and_fills_dialogs(qtbot, asked, tmp_path):
    asked.answer(str(tmp_path / "logo.png"), "")
    assert ask.open_file(None, "Choose a logo", "", "Images (*.png)") == str(tmp_path / "logo.png")
    assert ask.save_file(None, "Save as PDF", "INV-1.pdf", "PDF documents (*.pdf)") == ""  # cancelled
    assert asked.asked[0] == ask.Asked("open_file", "Choose a logo", "", (), "Images (*.png)")

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Record time")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(box)
    asked.fill(QDialog, lambda d: d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click())
    assert ask.run(dialog) is True
    assert asked.last == ask.Asked("dialog", "Record time", "QDialog", ("Save", "Cancel"))
    asked.fill(QDialog, lambda d: None)  # left open: closed without saving
    assert ask.run(QDialog()) is False

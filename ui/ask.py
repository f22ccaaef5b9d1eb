"""The one message-box factory: every question, warning and notice the interface shows, every file picker and
every dialog run modally goes through here.

A modal window stops the program until someone clicks, which a test cannot do. ``recording()`` switches this
module to a :class:`Recorder` that writes down what would have been shown (title, text, buttons) and answers
with the button a test chose, so every confirmation, including the modal ones, is driven in tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

# The message box, file dialog and button box classes (and their enums) are made by PySide6 when first used:
# ``QtWidgets.QMessageBox`` is read in the functions, not imported, so none of it is built before the first paint.
# ``ask.Icon``, ``ask.Role``, ``ask.Standard`` and ``ask.KINDS`` are the message box's enums, read the same way.


_ENUMS = {"Icon": "Icon", "Role": "ButtonRole", "Standard": "StandardButton"}


def __getattr__(name: str) -> object:
    if name in _ENUMS:  # (any other name asked, as hasattr does, builds nothing)
        return getattr(QtWidgets.QMessageBox, _ENUMS[name])
    if name == "KINDS":
        return _kinds()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _kinds() -> dict:
    icon = QtWidgets.QMessageBox.Icon
    return {icon.Question: "question", icon.Warning: "warning", icon.Information: "information",
            icon.Critical: "critical", icon.NoIcon: "message"}


def question(parent: QWidget | None, text: str, *, title: str = "") -> bool:
    """Yes or No; True when the answer is Yes."""
    box = QtWidgets.QMessageBox
    return _ask(parent, box.Icon.Question, title, text, [box.StandardButton.Yes, box.StandardButton.No]) == 0


def warning(parent: QWidget | None, text: str, *, title: str = "") -> None:
    box = QtWidgets.QMessageBox
    _ask(parent, box.Icon.Warning, title, text, [box.StandardButton.Ok])


def information(parent: QWidget | None, text: str, *, title: str = "") -> None:
    box = QtWidgets.QMessageBox
    _ask(parent, box.Icon.Information, title, text, [box.StandardButton.Ok])


def critical(parent: QWidget | None, text: str, *, title: str = "") -> None:
    box = QtWidgets.QMessageBox
    _ask(parent, box.Icon.Critical, title, text, [box.StandardButton.Ok])


def choose(parent: QWidget | None, text: str, buttons: Sequence[tuple[str, QMessageBox.ButtonRole]], *,
           icon: QMessageBox.Icon | None = None, title: str = "", informative: str = "") -> int | None:
    """A box with buttons of our own (``icon``: a question's when not given): the index of the one clicked, None
    when closed without one."""
    icon = QtWidgets.QMessageBox.Icon.Question if icon is None else icon
    return _ask(parent, icon, title, text, list(buttons), informative)


def open_file(parent: QWidget | None, caption: str, directory: str = "", file_filter: str = "") -> str:
    """The file picked to open; "" when cancelled."""
    if _recorder is not None:
        return _recorder.file("open_file", caption, directory, file_filter)
    return QtWidgets.QFileDialog.getOpenFileName(parent, caption, directory, file_filter)[0]


def save_file(parent: QWidget | None, caption: str, directory: str = "", file_filter: str = "") -> str:
    """The file to save to; "" when cancelled."""
    if _recorder is not None:
        return _recorder.file("save_file", caption, directory, file_filter)
    return QtWidgets.QFileDialog.getSaveFileName(parent, caption, directory, file_filter)[0]


def run(dialog: QDialog) -> bool:
    """Run a dialog modally; True when it was accepted."""
    if _recorder is not None:
        return _recorder.dialog(dialog)
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted


def _ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: list[QMessageBox.StandardButton | tuple[str, QMessageBox.ButtonRole]],
         informative: str = "") -> int | None:
    standard = QtWidgets.QMessageBox.StandardButton
    box = QtWidgets.QMessageBox(icon, title or QApplication.applicationDisplayName() or "Studio Desk", text,
                                standard.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    added = [box.addButton(b) if isinstance(b, standard) else box.addButton(*b) for b in buttons]
    try:
        if _recorder is not None:
            _recorder.click(box)
        else:
            box.exec()
        clicked = box.clickedButton()
        return added.index(clicked) if clicked in added else None
    finally:
        box.deleteLater()


# -- the recorder tests switch to --------------------------------------------------------------------------

@dataclass(frozen=True)
class Asked:
    """What the person would have seen. ``kind`` is question, warning, information, critical, message,
    open_file, save_file or dialog; ``buttons`` are the button texts without their & accelerator; ``detail``
    is the informative text of a box or the filter of a file picker."""

    kind: str
    title: str
    text: str
    buttons: tuple[str, ...] = ()
    detail: str = ""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Recorder:
    """Records every box, file picker and dialog, and answers them the way the test said.

    ``answer("No")`` queues the button to click (by its text as shown) or the path a file picker returns
    ("" for Cancel); a box with a single button (a warning's OK) needs no answer. ``fill(PaymentDialog, f)``
    lets ``f(dialog)`` type into each such dialog and accept or reject it. Anything asked without an answer
    fails the test instead of waiting for a click that never comes.
    """

    def __init__(self) -> None:
        self.asked: list[Asked] = []
        self._answers: list[str] = []
        self._fillers: dict[type, Callable[[QDialog], object]] = {}

    def answer(self, *answers: str) -> None:
        self._answers.extend(answers)

    def fill(self, dialog_class: type[QDialog], filler: Callable[[QDialog], object]) -> None:
        self._fillers[dialog_class] = filler

    def unused(self) -> list[str]:
        """Answers given for questions that were never asked."""
        return list(self._answers)

    @property
    def last(self) -> Asked:
        assert self.asked, "nothing was asked"
        return self.asked[-1]

    def texts(self, kind: str | None = None) -> list[str]:
        return [a.text for a in self.asked if kind is None or a.kind == kind]

    def click(self, box: QMessageBox) -> None:
        buttons = [b for b in box.buttons() if isinstance(b, QPushButton)]
        asked = Asked(_kinds().get(box.icon(), "message"), box.windowTitle(), box.text(),
                      tuple(_plain(b.text()) for b in buttons), box.informativeText())
        self.asked.append(asked)
        if not self._answers and len(buttons) == 1:
            buttons[0].click()
            return
        assert self._answers, f"nobody answered {asked}"
        wanted = self._answers.pop(0)
        chosen = [b for b in buttons if _plain(b.text()) == wanted]
        assert chosen, f"{wanted!r} is not a button of {asked}"
        chosen[0].click()

    def file(self, kind: str, caption: str, directory: str, file_filter: str) -> str:
        asked = Asked(kind, caption, directory, (), file_filter)
        self.asked.append(asked)
        assert self._answers, f"nobody answered {asked}"
        return self._answers.pop(0)

    def dialog(self, dialog: QDialog) -> bool:
        boxes = dialog.findChildren(QtWidgets.QDialogButtonBox)
        shown = tuple(_plain(b.text()) for box in boxes for b in box.buttons())
        asked = Asked("dialog", dialog.windowTitle(), type(dialog).__name__, shown)
        self.asked.append(asked)
        filler = next((self._fillers[cls] for cls in type(dialog).__mro__ if cls in self._fillers), None)
        assert filler is not None, f"nobody fills in {asked}"
        dialog.show()
        filler(dialog)
        if dialog.isVisible():  # left open: the person closed it
            dialog.reject()
        return dialog.result() == QtWidgets.QDialog.DialogCode.Accepted


_recorder: Recorder | None = None


@contextmanager
def recording() -> Iterator[Recorder]:
    """Within this block nothing modal is shown: a :class:`Recorder` answers instead."""
    global _recorder
    previous, _recorder = _recorder, Recorder()
    try:
        yield _recorder
    finally:
        _recorder = previous

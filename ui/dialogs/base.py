"""The one dialog base: the dialog's own fields, a message line, and its buttons; accepting saves."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from studio_app.text.errors import StudioError
from ui.i18n import error_text

SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


class Dialog(QDialog):
    """Subclasses lay their fields out in ``self.content`` and do their work in :meth:`save`.

    Accepting (Save, OK, Enter) calls :meth:`save`; a refusal it raises (:class:`StudioError`) is shown on
    the message line in the designer's language and the dialog stays open, so nothing typed is lost.
    """

    def __init__(self, parent: QWidget | None = None, *,
                 buttons: QDialogButtonBox.StandardButton = SAVE_CANCEL) -> None:
        super().__init__(parent)
        self.content = QVBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setVisible(bool(self.buttons.buttons()))
        self._buttons_last = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.content, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Made before the fields, the buttons would come first in the focus chain and take the first focus.
        # Added again (setTabOrder does not move a button box's buttons) they come after the fields.
        if not self._buttons_last and self.buttons.buttons():
            self._buttons_last = True
            layout, hidden = self.layout(), self.buttons.isHidden()
            at = layout.indexOf(self.buttons)
            self.buttons.setParent(None)
            layout.insertWidget(at, self.buttons)
            self.buttons.setHidden(hidden)
        super().showEvent(event)

    def save(self) -> None:
        """Do what the dialog is for through a service; raise :class:`StudioError` to refuse."""

    def accept(self) -> None:
        validation = getattr(self, "validation", None)  # a dialog that checks as you type (ui.widgets.fields)
        if validation is not None and not validation.reveal():
            return
        try:
            self.save()
        except StudioError as exc:
            self.show_error(exc)
            return
        super().accept()

    def show_error(self, exc: StudioError) -> None:
        self._say(error_text(exc), error=True)

    def say(self, text: str) -> None:
        """A message that is not a refusal (a result, a step under way), in the normal text colour."""
        self._say(text, error=False)

    def _say(self, text: str, *, error: bool) -> None:
        name = "formError" if error else ""
        if self.message.objectName() != name:
            self.message.setObjectName(name)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()

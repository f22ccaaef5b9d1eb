"""What every record editor shares: a header with Back, title and badge; a footer with the message and Save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from studio_app.text.errors import StudioError
from ui import ask, formatting
from ui.i18n import error_text
from ui.tokens import STATUS_TONES, space
from ui.widgets.fields import Validation
from ui.widgets.status_pill import StatusPill


class Editor(QWidget):
    saved = Signal(int)  # the record's id
    closed = Signal()
    open_record = Signal(str, int)  # kind, id: jump to another record (a project's client, a quote's invoice)
    mail_sent = Signal(int)  # a message about the record was sent or queued: the outbox changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id: int | None = None
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.closed)
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.badge = StatusPill()
        self.badge.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumWidth(110)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.validation = Validation(self.check, self.message, self)
        self.validation.validity_changed.connect(self.save_button.setEnabled)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.heading)
        header.addSpacing(space(1))
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        self.actions = QHBoxLayout()
        header.addLayout(self.actions)
        self.body = QVBoxLayout()
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addStretch(0)  # keeps Save at the right while there is no message
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.body, 1)
        layout.addLayout(footer)

    def add_action(self, text: str, slot, tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if tooltip:
            button.setToolTip(tooltip)
        self.actions.addWidget(button)
        return button

    def set_badge(self, status: str, text: str | None = None) -> None:
        """Show the record's status as a pill: ``status`` is a status key ("paid", "archived"; label from
        ui.formatting.status_label unless ``text`` is given) or, as before, a label already translated
        ("Paid · imported from …"), whose tone is looked up by its leading status name. "" hides the pill."""
        if not status:
            self.badge.hide()
            return
        key = status if status in STATUS_TONES else status_of_label(status)
        self.badge.set_status(key, text if text is not None else (None if key == status else status))
        self.badge.show()

    # -- to override ------------------------------------------------------------------------
    def check(self) -> None:
        """Raise :class:`StudioError` when the form cannot be saved as it is."""

    def write(self) -> int:
        """Save through the service; returns the record id."""
        raise NotImplementedError

    # -- shared behaviour ---------------------------------------------------------------------
    def save(self) -> bool:
        if not self.save_button.isEnabled() or not self.save_button.isVisible():
            return False
        if not self.validation.reveal():  # Save shows what is still missing, at its field
            return False
        try:
            self.record_id = self.write()
        except StudioError as exc:
            self.validation.show(exc)
            return False
        self.saved.emit(self.record_id)
        self.window().statusBar().showMessage(self.tr("Saved."), 4000) if hasattr(self.window(), "statusBar") else None
        return True

    def run_action(self, action, *args) -> object | None:
        """Run a service call for a button; a refusal is shown in place, never as a traceback."""
        try:
            return action(*args)
        except StudioError as exc:
            ask.warning(self, error_text(exc))
            return None

    def confirm(self, question: str) -> bool:
        return ask.question(self, question)


def status_of_label(label: str) -> str:
    """The status key whose translated name ``label`` is or starts with ("Partly paid · imported…"), else ""."""
    for key in STATUS_TONES:
        name = formatting.status_label(key)
        if label == name or label.startswith(name + " · "):
            return key
    return ""

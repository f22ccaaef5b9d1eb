"""Recording time by hand: hours and minutes, the day, a note, billable or not."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from studio_app.work import clock, timelog
from studio_app.text.errors import StudioError
from ui.dialogs.base import Dialog
from ui.widgets.fields import DateField


def parse_duration(text: str) -> int | None:
    """Minutes from “1:30”, “1.5” or “90m”; None when it cannot be read."""
    text = text.strip().lower().replace(",", ".")
    try:
        if ":" in text:
            hours, minutes = text.split(":", 1)
            return int(hours or 0) * 60 + int(minutes or 0)
        if text.endswith("m"):
            return int(text[:-1])
        return round(float(text.rstrip("h")) * 60) if text else None
    except ValueError:
        return None


class TimeDialog(Dialog):
    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.setWindowTitle(self.tr("Record time"))
        self.setMinimumWidth(360)
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("e.g. 1:30 or 1.5"))
        self.day = DateField()
        self.day.set_value(clock.today())
        self.note = QLineEdit()
        self.billable = QCheckBox(self.tr("Billable"))
        self.billable.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Time spent"), self.duration)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.billable)
        self.content.addLayout(form)

    def save(self) -> None:
        minutes = parse_duration(self.duration.text())
        if minutes is None:
            raise StudioError(self.tr("Enter the time as hours and minutes, like 1:30, or as hours, like 1.5."))
        timelog.record(self.project_id, minutes, day=self.day.value(), note=self.note.text(),
                       billable=self.billable.isChecked())

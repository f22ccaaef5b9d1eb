"""The toolbar's start/stop timer for the project that is open; the entry is recorded on stop.

A running timer is kept in QSettings, so closing the app (or a crash) does not lose the start time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from studio_app.work import clock
from studio_app.text.errors import StudioError
from ui import formatting
from ui.i18n import error_text


class TimerWidget(QWidget):
    recorded = Signal(str)  # a message for the status bar
    refused = Signal(str)

    def __init__(self, current_project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_project = current_project  # callable → project id or None
        self.button = QPushButton(self.tr("▶ Start timer"))
        self.button.clicked.connect(self.toggle)
        self.label = QLabel()
        self.label.setObjectName("hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.ticker = QTimer(self)
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self._show)
        prefs = QSettings()
        self.project_id: int | None = prefs.value("timer/project", None, int) or None
        started = prefs.value("timer/started", "")
        self.started: dt.datetime | None = dt.datetime.fromisoformat(started) if started else None
        if self.running():
            self.ticker.start()
        self._show()

    def running(self) -> bool:
        return self.project_id is not None and self.started is not None

    def toggle(self) -> None:
        self.stop() if self.running() else self.start()

    def start(self) -> None:
        project_id = self.current_project()
        if project_id is None:
            self.refused.emit(self.tr("Open a project first: the timer records time on the project you are in."))
            return
        self.project_id, self.started = project_id, clock.now()
        prefs = QSettings()
        prefs.setValue("timer/project", project_id)
        prefs.setValue("timer/started", self.started.isoformat())
        self.ticker.start()
        self._show()

    def stop(self) -> None:
        project_id, started = self.project_id, self.started
        self.project_id = self.started = None
        prefs = QSettings()
        prefs.remove("timer/project")
        prefs.remove("timer/started")
        self.ticker.stop()
        self._show()
        if project_id is None or started is None:
            return
        from studio_app.work import projects, timelog  # loaded with the first timer, not before the first paint
        try:
            entry = timelog.record_span(project_id, started, clock.now())
        except StudioError as exc:
            self.refused.emit(error_text(exc))
            return
        if entry is None:
            self.recorded.emit(self.tr("Less than a minute: nothing recorded."))
        else:
            self.recorded.emit(self.tr("Recorded %1 h on %2.").replace("%1", formatting.hours(timelog.hours(entry.minutes)))
                               .replace("%2", projects.get(project_id).title))

    def _show(self) -> None:
        if not self.running():
            self.button.setText(self.tr("▶ Start timer"))
            self.label.clear()
            return
        from studio_app.work import projects
        minutes = int((clock.now() - self.started).total_seconds() // 60)
        try:
            title = projects.get(self.project_id).title
        except StudioError:
            title = "?"
        self.button.setText(self.tr("■ Stop timer"))
        self.label.setText(self.tr("%1 — %2:%3").replace("%1", title).replace("%2", str(minutes // 60))
                           .replace("%3", f"{minutes % 60:02d}"))

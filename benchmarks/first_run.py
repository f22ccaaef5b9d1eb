"""The first-run assistant: process start (an empty database, a new studio) to the assistant painted.

``python -m benchmarks.first_run DB`` starts the app as a user does on first start (no ``--smoke``), and prints
the seconds from process start until the assistant is shown and painted; :func:`figure` runs that in fresh
processes (goal ≤ 0.3 s, issue 18).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()


def probe(target: str) -> int:
    import ui.app as gui  # first, as main.py imports it: ui/__init__.py imports PySide6 its own way
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui.dialogs import first_run

    opening = gui.open_or_recover
    gui.open_or_recover = lambda where, **_: opening(where, daily_backup=False, interactive=False)
    gui.start_daily_backup = lambda window: None  # a copy of the whole file once a day, in a thread: left out
    shown = first_run.FirstRunAssistant.showEvent

    def painted(dialog, event) -> None:
        shown(dialog, event)
        dialog.repaint()
        print(f"{time.perf_counter() - STARTED:.3f}", flush=True)
        QApplication.instance().exit(0)
        dialog.reject()

    first_run.FirstRunAssistant.showEvent = painted
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QTimer.singleShot(60_000, lambda: app.exit(1))
    import main  # the way a user starts it, through main.py
    return main.main(["--db", target])


def figure(settings):
    """Fresh process per run on a new, empty database; the app's own clock (process start → painted)."""
    from .common import Figure
    from .gui import _app_process
    samples = []
    for n in range(1 + settings.reps):
        with tempfile.TemporaryDirectory(prefix="studio-first-") as folder:
            _, lines = _app_process(["-m", "benchmarks.first_run", str(Path(folder) / "new.sqlite3")])
        if n:
            samples.append(float(lines[0]))
    return Figure("start to first-run assistant painted, new studio", "s", samples, 0.3,
                  note="app's own clock from process start; empty database, no clients")


if __name__ == "__main__":
    raise SystemExit(probe(sys.argv[1]) if len(sys.argv) == 2 else 2)

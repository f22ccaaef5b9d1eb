"""The floor of start-up on this machine: ``python -m benchmarks.floor --db LARGE [--reps N]``.

Fresh processes, alternating, each printing the seconds from its own start until its window has painted:
- ``bare``: a QMainWindow of the app's size (PySide6 imported, QApplication, shown, painted): what any PySide6
  app pays;
- ``bare+``: the same after what every window of ours needs before it can draw anything: the ``Qt`` namespace
  (PySide6 builds its ~100 enums as Python enums when it is first touched), the widget classes the main window
  uses, peewee with sqlite3, and the database file opened with one query;
- ``app``: ``main.py --db DB --smoke``, the figure itself.
The difference between ``bare+`` and ``app`` is our own work (the theme, the settings, the window's widgets).

``--first-run`` measures the first-run assistant's floor instead, each on a new, empty database:
- ``new+``: ``bare+`` on a new SQLite file given the schema in one ``executescript`` (the frozen statements of
  ``studio_app/store/schema_frozen.py``, one transaction), then a plain QDialog over the window with the
  assistant's first page (eight labelled line edits, its four buttons), painted;
- ``first-run``: ``python -m benchmarks.first_run NEW``, the figure itself.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import ROOT, child_env

BARE = """
import time; T = time.perf_counter()
import gc, sys; gc.disable()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
if sys.argv[1] == "plus":
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence, QShortcut, QFont, QPalette, QColor
    from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton,
                                   QScrollArea, QSizePolicy, QStackedWidget, QToolBar, QVBoxLayout, QWidget)
    import sqlite3, peewee
    db = peewee.SqliteDatabase(sys.argv[2]); db.execute_sql("SELECT 1 FROM studio WHERE id = 1").fetchone()
w = QMainWindow(); w.resize(1280, 800); w.show()
def done():
    w.repaint(); print(f"{time.perf_counter() - T:.3f}", flush=True); app.exit(0)
QTimer.singleShot(0, done); app.exec()
"""

NEW = """
import time; T = time.perf_counter()
import gc, sys; gc.disable()
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QFont, QPalette, QColor
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout, QFrame, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QMainWindow, QPushButton, QScrollArea, QSizePolicy,
                               QStackedWidget, QToolBar, QVBoxLayout, QWidget)
import sqlite3, peewee
from studio_app.store import schema_frozen
app = QApplication(sys.argv[:1])
db = sqlite3.connect(sys.argv[2], isolation_level=None)
db.execute("PRAGMA journal_mode = wal")
db.executescript("BEGIN;" + ";".join(schema_frozen.STATEMENTS) + ";COMMIT;")
w = QMainWindow(); w.resize(1280, 800); w.show()
d = QDialog(w); form = QFormLayout(); box = QVBoxLayout(d); box.addWidget(QLabel("Your studio")); box.addLayout(form)
for n in range(8):
    form.addRow(QLabel(f"Field {n}"), QLineEdit())
row = QHBoxLayout(); box.addLayout(row)
for text in ("Skip", "< Back", "Next >", "Start"):
    row.addWidget(QPushButton(text))
d.resize(760, 680); d.show()
def done():
    d.repaint(); print(f"{time.perf_counter() - T:.3f}", flush=True); app.exit(0)
QTimer.singleShot(0, done); app.exec()
"""


def one(kind: str, db: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="studio-floor-") as config:
        if kind == "app":
            command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--smoke"]
        elif kind == "first-run":
            command = [sys.executable, "-m", "benchmarks.first_run", str(Path(config) / "new.sqlite3")]
        elif kind == "new+":
            command = [sys.executable, "-c", NEW, "new", str(Path(config) / "new.sqlite3")]
        else:
            command = [sys.executable, "-c", BARE, "plus" if kind == "bare+" else "bare", str(db)]
        done = subprocess.run(command, cwd=ROOT, env=child_env(Path(config)), capture_output=True, text=True,
                              timeout=120, check=True)
    return float(done.stdout.split()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--first-run", action="store_true", help="the first-run assistant's floor")
    args = parser.parse_args(argv)
    if args.db is None and not args.first_run:
        parser.error("--db is needed for the window's floor")
    kinds = ("bare", "new+", "first-run") if args.first_run else ("bare", "bare+", "app")
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    for kind in kinds:
        one(kind, args.db)  # the bytecode cache and the file cache
    for _ in range(args.reps):
        for kind in kinds:
            samples[kind].append(one(kind, args.db))
    for kind in kinds:
        print(f"{kind:9s} start to window painted {statistics.median(samples[kind]):.3f} s "
              f"(median of {args.reps}; min {min(samples[kind]):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

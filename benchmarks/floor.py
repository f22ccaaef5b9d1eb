"""The floor of start-up on this machine: ``python -m benchmarks.floor --db LARGE [--reps N]``.

Fresh processes, alternating, each printing the seconds from its own start until its window has painted:
- ``bare``: a QMainWindow of the app's size (PySide6 imported, QApplication, shown, painted): what any PySide6
  app pays;
- ``bare+``: the same after what every window of ours needs before it can draw anything: the ``Qt`` namespace
  (PySide6 builds its ~100 enums as Python enums when it is first touched), the widget classes the main window
  uses, peewee with sqlite3, and the database file opened with one query;
- ``app``: ``main.py --db DB --smoke``, the figure itself.
The difference between ``bare+`` and ``app`` is our own work (the theme, the settings, the window's widgets).
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


def one(kind: str, db: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="studio-floor-") as config:
        if kind == "app":
            command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--smoke"]
        else:
            command = [sys.executable, "-c", BARE, "plus" if kind == "bare+" else "bare", str(db)]
        done = subprocess.run(command, cwd=ROOT, env=child_env(Path(config)), capture_output=True, text=True,
                              timeout=120, check=True)
    return float(done.stdout.split()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args(argv)
    kinds = ("bare", "bare+", "app")
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    for kind in kinds:
        one(kind, args.db)  # the bytecode cache and the file cache
    for _ in range(args.reps):
        for kind in kinds:
            samples[kind].append(one(kind, args.db))
    for kind in kinds:
        print(f"{kind:6s} start to window painted {statistics.median(samples[kind]):.3f} s "
              f"(median of {args.reps}; min {min(samples[kind]):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

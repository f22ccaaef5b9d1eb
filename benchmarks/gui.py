"""The window: start-up and peak memory (each in a fresh process), and the lists (in this process)."""

from __future__ import annotations

import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import ROOT, Figure, Settings, child_env, log, repeat

LISTS = ("clients", "projects", "quotes", "contracts", "invoices")
SORT_BY = {"clients": "email", "projects": "client", "quotes": "client", "contracts": "client", "invoices": "client"}
WORD = "kaya"  # a surname in the demo data (Turkish clients), so every list has matches
SCROLL_ROW = 50_000


def _app_process(args: list[str], timeout: float = 120, *, executable: bool = False) -> tuple[float, list[str]]:
    """Start the app with ``args`` (after this Python, or ``executable``: args[0] is the program) in a fresh
    process with its own settings; seconds until its first line of output (the painted window), and all its
    output lines."""
    command = list(args) if executable else [sys.executable, *args]
    with tempfile.TemporaryDirectory(prefix="studio-bench-") as config:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=child_env(Path(config)),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = process.stdout.readline()
        elapsed = time.perf_counter() - started
        rest, errors = process.communicate(timeout=timeout)
    if process.returncode != 0 or not first.strip():
        raise RuntimeError(f"{' '.join(args)} failed ({process.returncode}): {errors.strip()[-800:]}")
    return elapsed, [first.strip(), *rest.split()]


def startup(db_path: Path, settings: Settings) -> Figure:
    """Process start to the main window shown and painted (``main.py --smoke``), timed from the outside."""
    outside, inside = [], []
    for n in range(1 + settings.reps):  # the first run compiles the bytecode cache and warms the file cache
        elapsed, lines = _app_process([str(ROOT / "main.py"), "--db", str(db_path), "--smoke"])
        if n:
            outside.append(elapsed)
            inside.append(float(lines[0]))
    inside.sort()
    return Figure("start to main window painted", "s", outside, 0.25,
                  note=f"spawn→painted; the app's own --smoke clock says {inside[len(inside) // 2]:.3f} s",
                  extra={"smoke_seconds": inside})


def dashboard_filled(db_path: Path, settings: Settings) -> Figure:
    """Process start to the Today view's figures painted (the window paints first, the figures right after)."""
    samples = []
    for n in range(1 + settings.reps):
        elapsed, _ = _app_process(["-m", "benchmarks.probe", "filled", str(db_path)])
        if n:
            samples.append(elapsed)
    return Figure("start to Today view filled and painted", "s", samples, 0.35,
                  note="the window paints first, the dashboard's figures right after")


def peak_memory(db_path: Path, settings: Settings) -> Figure:
    samples = []
    for _ in range(1 if settings.quick else 3):
        _, lines = _app_process(["-m", "benchmarks.probe", "rss", str(db_path)])
        kb = int(next(line for line in reversed(lines) if line.isdigit()))
        samples.append(kb / 1024)
    return Figure("peak memory, invoices list shown", "MB", samples, 150.0, note="VmHWM of a fresh GUI process")


def lists(db_path: Path | str, settings: Settings) -> list[Figure]:
    """Each list in a real ListView (offscreen): the action, the events it posted (layout), then one paint of
    the table with QWidget.grab() — the rows a user would see, formatted and drawn."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    app = QApplication.instance()
    if app is None:  # the scale run measures two databases in one process: the application is set up once
        app = QApplication(sys.argv[:1])
        from ui.app import setup_application
        setup_application(app)
    from .core import open_database
    open_database(db_path)
    from ui.views.list_view import ListView

    figures: list[Figure] = []
    reps = settings.reps
    for kind in LISTS:
        view = ListView(kind)
        view.resize(1200, 760)  # not shown: grab() below is then the one paint (shown, processEvents would paint too)
        view.refresh()
        app.processEvents()

        def painted() -> None:
            app.processEvents()
            view.table.grab()

        def reload() -> None:
            view.model.reload()
            painted()

        figures.append(Figure(f"{kind}: open, first rows painted", "ms", repeat(reload, reps), 50.0,
                              note=f"{view.model.total():,} rows"))
        if kind == "invoices":  # what every keystroke and sort pays on top of its queries: the floor of those
            figures.append(Figure(f"{kind}: one paint of the same rows, nothing read", "ms",
                                  repeat(view.table.grab, reps), None,
                                  note="the rows formatted and laid out already: Qt drawing the table once"))

        def type_last(text: str = WORD) -> None:
            view.search_box.setText(text)
            painted()

        samples = repeat(type_last, reps, before=lambda: (view.search_box.setText(WORD[:-1]), app.processEvents()))
        figures.append(Figure(f"{kind}: filter keystroke “{WORD[:-1]}”→“{WORD}”", "ms", samples, 30.0,
                              note=f"{view.model.total():,} rows match"))
        if kind == "invoices":  # the keystroke's reading alone: with the paint above, what the figure is made of
            from studio_app.store import lists as store_lists
            flt = store_lists.Filter(text=WORD)
            figures.append(Figure(f"{kind}: “{WORD}” read, nothing painted", "ms",
                                  repeat(lambda: store_lists.first(kind, flt, limit=1000), reps), None,
                                  note="lists.first: the ids in order and the count, as the keystroke reads them"))
            samples = repeat(lambda: type_last(WORD[0]), reps,
                             before=lambda: (view.search_box.setText(""), app.processEvents()))
            figures.append(Figure(f"{kind}: filter first keystroke “{WORD[0]}”", "ms", samples, 30.0,
                                  note=f"{view.model.total():,} rows match; under 3 letters search scans"))
        view.search_box.setText("")
        app.processEvents()

        columns = [c.key for c in view.model.spec.columns]
        sorts = [SORT_BY[kind]] + {"invoices": ["total"], "projects": ["deadline", "price"]}.get(kind, [])
        for key in sorts:
            orders = itertools.cycle((Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder))
            column = columns.index(key)

            def sort() -> None:
                view.table.sortByColumn(column, next(orders))
                painted()

            figures.append(Figure(f"{kind}: sort by {key}", "ms", repeat(sort, reps), 50.0))
        default = columns.index(view.model.spec.default_sort) if view.model.spec.default_sort in columns else -1
        if default >= 0:
            view.table.sortByColumn(default, Qt.SortOrder.DescendingOrder if view.model.spec.default_descending
                                    else Qt.SortOrder.AscendingOrder)
        else:
            view.model.sort_key = view.model.descending = None
            view.model.reload()

        if kind == "invoices":
            row = min(SCROLL_ROW, view.model.total() - 1)

            def back_to_top() -> None:
                view.model.reload()  # forget the pages read, so the far page is fetched again
                view.table.scrollToTop()
                painted()

            def scroll() -> None:
                view.table.scrollTo(view.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
                painted()

            figures.append(Figure(f"invoices: scroll to row {row:,}", "ms", repeat(scroll, reps, before=back_to_top),
                                  50.0))
        view.close()
        view.deleteLater()
        app.processEvents()
        log(f"  {kind} done")
    return figures

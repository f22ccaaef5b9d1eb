#!/usr/bin/env python3
"""Stress the window's restyling in one process: many rounds of a window built (sometimes inside
``theme.styled_after``, as start-up builds it), views visited and records opened with the theme and accent
changed between them, the window closed and deleted. It exits 0 after the last round; a segfault kills it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/stress_restyle.py --seed 1 --rounds 20
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/stress_restyle.py --seed 1 --without-keeper

This is how the intermittent crash in ``QApplication::setStyleSheet`` was found: without the style sheet keeper
(``ui.theme._keep_sheet_caches``) seeds 1–3 crashed at rounds 17, 19 and 11 (3 runs of 3); with it, 0 of 6.
The crash is not deterministic, so one clean run proves little: run several seeds. tests/ui/test_theme_safety.py
runs a few such rounds in every ``make test``.
"""

from __future__ import annotations

import argparse
import faulthandler
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

VIEWS = ["dashboard", "clients", "projects", "quotes", "contracts", "invoices", "settings"]
ACCENTS = ["#2F5D8A", "#8A2F5D", "#E91E63", None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--styled", type=float, default=0.3,
                        help="the share of windows built inside theme.styled_after (default 0.3)")
    parser.add_argument("--without-keeper", action="store_true", help="leave the style sheet keeper out")
    args = parser.parse_args(argv)
    faulthandler.enable()

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication(["studio-desk"])
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder) / "qt"))
        from studio_app import demo
        from studio_app.store import db, lists, startup
        database = str(Path(folder) / "stress.sqlite3")
        startup.open_database(database)
        demo.fill("small", seed=7)
        from ui import theme
        from ui.app import setup_application
        from ui.main_window import MainWindow
        if args.without_keeper:
            theme._keep_sheet_caches = lambda: None
        rng = random.Random(args.seed)
        shade = lambda: rng.choice(["light", "dark"])  # noqa: E731
        for number in range(args.rounds):
            setup_application(app)
            theme.apply(app, shade(), rng.choice(ACCENTS))
            if rng.random() < args.styled:
                with theme.styled_after(app):
                    window = MainWindow(database)
            else:
                window = MainWindow(database)
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            for page in rng.sample(VIEWS, 4):
                window.show_view(page)
                app.processEvents()
                if rng.random() < 0.5:
                    theme.apply(app, shade(), rng.choice(ACCENTS))
            for kind in rng.sample(["clients", "projects", "quotes", "invoices"], 2):
                window.open_record(kind[:-1], lists.ids(kind)[0])
                app.processEvents()
            theme.apply(app, shade(), rng.choice(ACCENTS))
            window.close()
            window.deleteLater()
            if rng.random() < 0.3:
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            theme.apply(app, "light")
            print(f"round {number + 1} of {args.rounds}", flush=True)
        db.close()
    print("done: no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run inside a fresh app process by the benchmarks: ``python -m benchmarks.probe rss|filled DB``.

``rss`` opens the main window on DB with the invoices list as the remembered view (the way
a user who left it there starts the app), lets it paint, and prints the process's peak
resident memory (VmHWM) in kB on the last line.

``filled`` starts the app as a user does (no ``--smoke``, but without the daily backup, which
copies the whole file once a day) and prints the seconds until the Today view has its figures
and has painted them: the window itself paints first, the figures follow.
"""

from __future__ import annotations

import gc
import sys
import time

STARTED = time.perf_counter()
gc.disable()  # as main.py does before its first import (the app turns it back on once its window is painted)


def peak_rss_kb() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def rss(target: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import setup_application
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    QSettings().setValue("window/view", "invoices")
    QSettings().sync()
    import main  # the way a user starts it (main.py holds the garbage collector off until the window is painted)
    code = main.main(["--db", target, "--smoke"])
    print(f"VmHWM {peak_rss_kb()}", flush=True)
    return code


def filled(target: str) -> int:
    import ui.app as gui  # first, as main.py imports it: ui/__init__.py imports PySide6 its own way
    from PySide6.QtWidgets import QApplication
    from ui.views import dashboard_view
    opening = gui.open_or_recover
    gui.open_or_recover = lambda where, **_: opening(where, daily_backup=False, interactive=False)
    gui.start_daily_backup = lambda window: None  # a copy of the whole file once a day, in a thread: left out
    refresh = dashboard_view.DashboardView.refresh

    def refreshed(view) -> None:
        refresh(view)
        view.window().repaint()
        print(f"{time.perf_counter() - STARTED:.3f}", flush=True)
        QApplication.instance().exit(0)

    dashboard_view.DashboardView.refresh = refreshed
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from PySide6.QtCore import QTimer
    QTimer.singleShot(60_000, lambda: app.exit(1))
    import main  # the way a user starts it, through main.py
    return main.main(["--db", target])


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "rss":
        return rss(argv[1])
    if len(argv) == 2 and argv[0] == "filled":
        return filled(argv[1])
    print("usage: python -m benchmarks.probe rss|filled DB", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""`make bench` (= `python -m benchmarks`): the performance budget of DESIGN.md, measured.

Builds (or reuses) the large demo database, measures every figure (median of repeated runs),
prints one table — median, min, max, goal, measured ÷ goal — and writes
``benchmarks/results/latest.json``. Nothing here is a test: a figure over its goal is
reported, not failed; the exit status is non-zero only when a measurement could not run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from .common import HERE, RESULTS, ROOT, Figure, Settings, log, repeat


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large"), default="large", help="demo database size")
    parser.add_argument("--db", type=Path, help="measure this existing demo database instead of building one")
    parser.add_argument("--data", type=Path, help="folder for the built demo databases (default benchmarks/data)")
    parser.add_argument("--rebuild", action="store_true", help="build the demo database even if one exists")
    parser.add_argument("--reps", type=int, default=7, help="timed runs per figure (after a warm-up run)")
    parser.add_argument("--quick", action="store_true", help="few runs and small batches (the smoke test)")
    parser.add_argument("--only", default="", help="comma-separated groups: startup,memory,lists,dashboard,"
                        "documents,batch,weasy,mail,demo")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    parser.add_argument("--weasy-python", type=Path, default=HERE / ".venv-weasy" / "bin" / "python")
    return parser.parse_args(argv)


def calibration() -> list[float]:
    """The same pure-Python work every run (ms): a yardstick for the machine's speed at the time."""
    return repeat(lambda: sum(i * i for i in range(300_000)), 5)


def fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}" if value < 1 else f"{value:.2f}"


def table(figures: list[Figure]) -> str:
    header = ("figure", "unit", "median", "min", "max", "goal", "median÷goal", "")
    rows = []
    for f in figures:
        goal = "—" if f.goal is None else ("≥ " if f.higher_is_better else "≤ ") + fmt(f.goal)
        verdict = {True: "ok", False: "MISS", None: ""}[f.met]
        rows.append((f.name, f.unit, fmt(f.median), fmt(f.low), fmt(f.high), goal,
                     "—" if f.ratio is None else f"{f.ratio:.2f}", verdict))
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    aligned = ["<", "<", ">", ">", ">", ">", ">", "<"]

    def line(row) -> str:
        return "  ".join(f"{str(cell):{a}{w}}" for cell, a, w in zip(row, aligned, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def notes(figures: list[Figure]) -> str:
    return "\n".join(f"  {f.name}: {f.note}" for f in figures if f.note)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    only = {g for g in args.only.split(",") if g}

    def wanted(group: str) -> bool:
        return not only or group in only

    settings = Settings(reps=max(1, args.reps), quick=args.quick, weasy_python=args.weasy_python)
    if args.quick:
        settings.reps, settings.batch, settings.long_lines = min(settings.reps, 2), 20, 300

    from . import core, database, gui
    started = time.perf_counter()
    load_before = os.getloadavg()[0]  # other work on the machine shows here (a busy second core halves the batch)
    speed_before = calibration()
    figures: list[Figure] = []
    if args.db:
        db_path, meta = args.db.resolve(), None
    else:
        db_path, meta = database.ensure(args.size, args.data or database.DATA, rebuild=args.rebuild)
    steps = [
        ("startup", "start-up (fresh process per run)", lambda: [gui.startup(db_path, settings),
                                                                  gui.dashboard_filled(db_path, settings)]),
        ("memory", "peak memory (fresh process)", lambda: [gui.peak_memory(db_path, settings)]),
        ("lists", "lists", lambda: gui.lists(db_path, settings)),
        ("dashboard", "dashboard", lambda: core.dashboard(db_path, settings)
         + [f for f in [core.dashboard_vs_naive(db_path, settings)] if f]),
    ]
    for group, title, step in steps:
        if wanted(group):
            log(f"measuring {title} …")
            figures += step()
    if wanted("documents") or wanted("weasy"):
        log("measuring documents …")
        document_figures, two_page = core.documents(db_path, settings)
        figures += document_figures
        if wanted("weasy"):
            log("measuring the same invoice through WeasyPrint …")
            compared = core.weasyprint(two_page, document_figures[0], settings)
            if compared:
                figures.append(compared)
    if wanted("batch"):
        log(f"measuring a batch of {settings.batch} invoices …")
        figures += core.batch(db_path, settings)
    if wanted("mail"):
        from . import mail
        log("measuring e-mail: a reminder composed, queued messages sent …")
        figures += [mail.reminder(settings), mail.sending(settings)]
    if wanted("demo") and meta is not None:
        figures.append(database.figure(args.size, meta))

    speed_after = calibration()
    figures.append(Figure("machine speed check: fixed Python work", "ms", speed_before + speed_after, None,
                          note=f"median {statistics.median(speed_before):.1f} ms before the run, "
                               f"{statistics.median(speed_after):.1f} ms after; this machine drifts by ±40 %, "
                               "so compare figures of runs with a similar check"))
    title = (f"Studio Desk benchmarks — {args.size if not args.db else args.db.name} demo database, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}, "
             f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    print(title)
    print(table(figures))
    if any(f.note for f in figures):
        print("notes:")
        print(notes(figures))
    missed = [f for f in figures if f.met is False]
    print(f"{sum(f.met is True for f in figures)} of {sum(f.met is not None for f in figures)} goals met"
          f"{'; missed: ' + ', '.join(f.name for f in missed) if missed else ''}"
          f" ({time.perf_counter() - started:.0f} s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps([f.as_json() for f in figures], indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

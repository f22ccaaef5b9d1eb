"""`make bench` (= `python -m benchmarks`): the performance budget of DESIGN.md, measured.

Builds (or reuses) the large demo database, measures every figure (median of repeated runs),
prints one table — median, min, max, goal, measured ÷ goal — and writes
``benchmarks/results/latest.json``. Nothing here is a test: a figure over its goal is
reported, not failed; the exit status is non-zero only when a measurement could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from . import package
from .common import HERE, RESULTS, ROOT, Figure, Settings, log, repeat


GROUPS = ("startup,memory,lists,search,dashboard,documents,einvoice,batch,weasy,mail,import,demo,package")
DATA_GROUPS = {"lists", "search", "dashboard"}  # what `bench-pg` and `bench-scale` measure
SCALE_FACTOR = 1.5  # each 1,000,000-invoice figure's goal: this times the same figure at 100,000


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large", "scale"), default="large",
                        help="demo database size; scale: the large one and its 10× copy (1,000,000 invoices)")
    parser.add_argument("--engine", choices=("sqlite", "postgres"), default="sqlite",
                        help="postgres: a PostgreSQL server started for the run, the demo loaded into it")
    parser.add_argument("--db", help="measure this existing demo database (a file, or a postgresql:// URL of a "
                        "server already running) instead of building one")
    parser.add_argument("--data", type=Path, help="folder for the built demo databases (default benchmarks/data)")
    parser.add_argument("--rebuild", action="store_true", help="build the demo database even if one exists")
    parser.add_argument("--reps", type=int, default=7, help="timed runs per figure (after a warm-up run)")
    parser.add_argument("--quick", action="store_true", help="few runs and small batches (the smoke test)")
    parser.add_argument("--only", default="", help=f"comma-separated groups: {GROUPS}")
    parser.add_argument("--out", type=Path, help="the results file (default benchmarks/results/latest.json; "
                        "latest-postgres.json and latest-scale.json for those runs)")
    parser.add_argument("--weasy-python", type=Path, default=HERE / ".venv-weasy" / "bin" / "python")
    args = parser.parse_args(argv)
    if args.out is None:
        suffix = "-scale" if args.size == "scale" else "-postgres" if args.engine == "postgres" else ""
        args.out = RESULTS / f"latest{suffix}.json"
    return args


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


def measure(target: Path | str, settings: Settings, wanted, *, naive: bool = True) -> list[Figure]:
    """Every wanted group's figures on one database (a SQLite file or a postgresql:// URL)."""
    from . import core, einvoice, first_run, gui, importing, issuing
    figures: list[Figure] = []
    steps = [
        ("startup", "start-up (fresh process per run)", lambda: [gui.startup(target, settings),
                                                                  gui.dashboard_filled(target, settings),
                                                                  first_run.figure(settings)]),
        ("memory", "peak memory (fresh process)", lambda: [gui.peak_memory(target, settings)]),
        ("package", "the packaged app (fresh process per run)", lambda: package.figures(target, settings)),
        ("lists", "lists", lambda: gui.lists(target, settings)),
        ("search", "the global search", lambda: core.search(target, settings)),
        ("dashboard", "dashboard", lambda: core.dashboard(target, settings)
         + [f for f in [core.dashboard_vs_naive(target, settings) if naive else None] if f]),
    ]
    for group, title, step in steps:
        if wanted(group):
            log(f"measuring {title} …")
            figures += step()
    if wanted("documents") or wanted("weasy"):
        log("measuring documents …")
        document_figures, two_page = core.documents(target, settings)
        figures += document_figures
        if wanted("weasy"):
            log("measuring the same invoice through WeasyPrint …")
            compared = core.weasyprint(two_page, document_figures[0], settings)
            if compared:
                figures.append(compared)
    if wanted("einvoice"):
        log("measuring e-invoice validation …")
        figures += einvoice.validation(target, settings)
        figures += issuing.facturx(target, settings)
    if wanted("batch"):
        log(f"measuring a batch of {settings.batch} invoices …")
        figures += core.batch(target, settings)
    if wanted("mail"):
        from . import mail
        log("measuring e-mail: a reminder composed, queued messages sent …")
        figures += [mail.reminder(settings), mail.sending(settings)]
    if wanted("import"):
        log("measuring CSV imports (clients, past invoices) …")
        figures += importing.figures(settings)
    return figures


def against_large(large: list[Figure], scaled: list[Figure]) -> list[Figure]:
    """The 1,000,000-invoice figures, each with the goal ``SCALE_FACTOR`` × its 100,000-invoice median."""
    from .scale import COPIES
    base = {f.name: f for f in large}
    for figure in scaled:
        reference = base.get(figure.name)
        figure.name = f"{COPIES}× data: {figure.name}"
        if reference is not None and reference.unit == figure.unit and not figure.higher_is_better:
            figure.goal = SCALE_FACTOR * reference.median
            figure.note = "; ".join(filter(None, [f"{SCALE_FACTOR} × {fmt(reference.median)} {reference.unit} on "
                                                  f"1/{COPIES} of the data", figure.note]))
    return scaled


def run_all(args: argparse.Namespace, settings: Settings, wanted, stack: contextlib.ExitStack,
            info: dict) -> list[Figure]:
    """Make or find the database(s) the run needs, then measure them."""
    from . import database
    folder = args.data or database.DATA
    if args.engine == "postgres":
        from . import postgres
        if args.size == "scale":
            raise SystemExit("bench: the 1,000,000-invoice database is measured on SQLite only")
        running = stack.enter_context(postgres.server())
        info["engine"] = postgres.version(running)
        target, loaded = postgres.load(running, args.size)
        info["database"] = f"{args.size} demo in PostgreSQL"
        return [loaded, *measure(target, settings, wanted)]
    if args.db and args.db.startswith("postgresql://"):
        info["engine"], info["database"] = "PostgreSQL (already running)", args.db
        return measure(args.db, settings, wanted)
    info["engine"] = f"SQLite {sqlite3.sqlite_version}"
    if args.db:
        info["database"] = args.db
        return measure(Path(args.db).resolve(), settings, wanted)
    size = args.size if args.size != "scale" else "small" if args.quick else "large"  # quick: the smoke test
    db_path, meta = database.ensure(size, folder, rebuild=args.rebuild)
    if args.size != "scale":
        info["database"] = db_path.name
        return measure(db_path, settings, wanted) + ([database.figure(size, meta)] if wanted("demo") else [])
    from . import scale
    from .scale import COPIES
    scaled_path, scaled_meta = scale.ensure(db_path, folder, rebuild=args.rebuild)
    info["database"] = f"{db_path.name} and {scaled_path.name}"
    large = measure(db_path, settings, wanted, naive=False)
    log(f"… and the same on {scaled_path.name} ({scaled_meta['counts']['invoice']:,} invoices)")
    scaled = against_large(large, measure(scaled_path, settings, wanted, naive=False))
    if wanted("dashboard"):
        scaled += scale.dashboard_side_by_side(db_path, scaled_path, settings)
    built = Figure(f"building the {COPIES}× database from the {size} demo", "s", [scaled_meta["seconds"]],
                   None, note=f"built once, {scaled_meta['built_at']}; {scaled_meta['bytes'] / 1e9:.1f} GB; "
                              + ", ".join(f"{n:,} {t}" for t, n in scaled_meta["counts"].items()))
    return large + scaled + [built]


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    only = {g for g in args.only.split(",") if g}
    if not only and (args.engine == "postgres" or args.size == "scale"):
        only = DATA_GROUPS | {"demo"}

    def wanted(group: str) -> bool:
        return not only or group in only

    settings = Settings(reps=max(1, args.reps), quick=args.quick, weasy_python=args.weasy_python)
    if args.quick:
        settings.reps, settings.batch, settings.long_lines = min(settings.reps, 2), 20, 300

    started = time.perf_counter()
    load_before = os.getloadavg()[0]  # other work on the machine shows here (a busy second core halves the batch)
    speed_before = calibration()
    info: dict = {}
    with contextlib.ExitStack() as stack:
        figures = run_all(args, settings, wanted, stack, info)
    speed_after = calibration()
    figures.append(Figure("machine speed check: fixed Python work", "ms", speed_before + speed_after, None,
                          note=f"median {statistics.median(speed_before):.1f} ms before the run, "
                               f"{statistics.median(speed_after):.1f} ms after; this machine drifts by ±40 %, "
                               "so compare figures of runs with a similar check"))
    load_after = os.getloadavg()[0]
    title = (f"Studio Desk benchmarks — {info['database']}, {info['engine']}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}, "
             f"load average {load_before:.1f} at the start, {load_after:.1f} at the end")
    print(title)
    print(table(figures))
    if any(f.note for f in figures):
        print("notes:")
        print(notes(figures))
    missed = [f for f in figures if f.met is False]
    met, goals = sum(f.met is True for f in figures), sum(f.met is not None for f in figures)
    print(f"{met} of {goals} goals met{'; missed: ' + ', '.join(f.name for f in missed) if missed else ''}"
          f" ({time.perf_counter() - started:.0f} s)")
    result = {"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "revision": package.build_info().git_revision(ROOT),
              "engine": info["engine"], "database": info["database"], "size": args.size, "cores": os.cpu_count(),
              "python": platform.python_version(), "load_average": {"start": load_before, "end": load_after},
              "speed_check_ms": {"before": round(statistics.median(speed_before), 2),
                                 "after": round(statistics.median(speed_after), 2)},
              "goals_met": met, "goals": goals, "seconds": round(time.perf_counter() - started, 1),
              "figures": [f.as_json() for f in figures]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

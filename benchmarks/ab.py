"""Two checkouts' start-up, compared on a busy machine: ``python -m benchmarks.ab TREE_A TREE_B --db DB``.

Runs ``main.py --db DB --smoke`` from each tree in turn (A, B, A, B …, so the machine's drift hits both), each in a
fresh process with its own settings and bytecode cache, and prints per tree the median of the wall time to the
painted window and of the process's CPU time. ``--figure filled`` times the Today view filled and painted
(``benchmarks.probe filled``), ``--figure first-run`` the first-run assistant on a new, empty database (``--db`` is
then not needed). CPU time is what a change of import work moves; wall time on a
loaded machine mostly measures the others' load, which is why both are shown.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import CACHE


FIGURES = ("window", "filled", "first-run")


def _command(tree: Path, db: Path | None, figure: str, config: str) -> list[str]:
    if figure == "first-run":
        return [sys.executable, "-m", "benchmarks.first_run", str(Path(config) / "new.sqlite3")]
    if figure == "filled":
        return [sys.executable, "-m", "benchmarks.probe", "filled", str(db)]
    return [sys.executable, str(tree / "main.py"), "--db", str(db), "--smoke"]


def one_start(tree: Path, db: Path | None, figure: str = "window") -> tuple[float, float]:
    """Wall seconds to the first line (the painted window) and CPU seconds of the whole process."""
    with tempfile.TemporaryDirectory(prefix="studio-ab-") as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config, PYTHONPATH=str(tree),
                   STUDIO_DESK_DATA=str(Path(config) / "data"),
                   PYTHONPYCACHEPREFIX=str(CACHE / "pycache-ab" / tree.name))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        process = subprocess.Popen(_command(tree, db, figure, config), cwd=tree,
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        process.stdout.readline()
        wall = time.perf_counter() - started
        process.communicate(timeout=120)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab", description=__doc__.splitlines()[0])
    parser.add_argument("trees", type=Path, nargs=2)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--figure", choices=FIGURES, default="window")
    args = parser.parse_args(argv)
    if args.db is None and args.figure != "first-run":
        parser.error("--db is needed for the window and Today figures")
    db = args.db.resolve() if args.db else None
    results: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in args.trees}
    for tree in args.trees:
        one_start(tree.resolve(), db, args.figure)  # compiles the bytecode cache
    for _ in range(args.reps):
        for tree in args.trees:
            results[tree].append(one_start(tree.resolve(), db, args.figure))
    load = os.getloadavg()[0]
    for tree, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(f"{tree}: start to {args.figure} {wall * 1000:.0f} ms (median of {len(runs)}), CPU {cpu * 1000:.0f} ms; "
              f"load average {load:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

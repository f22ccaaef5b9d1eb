"""Two checkouts' start-up, compared on a busy machine: ``python -m benchmarks.ab TREE_A TREE_B --db DB``.

Runs ``main.py --db DB --smoke`` from each tree in turn (A, B, A, B …, so the machine's drift hits both), each in a
fresh process with its own settings and bytecode cache, and prints per tree the median of the wall time to the
painted window and of the process's CPU time. CPU time is what a change of import work moves; wall time on a
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


def one_start(tree: Path, db: Path) -> tuple[float, float]:
    """Wall seconds to the first line (the painted window) and CPU seconds of the whole process."""
    with tempfile.TemporaryDirectory(prefix="studio-ab-") as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config, PYTHONPATH=str(tree),
                   STUDIO_DESK_DATA=str(Path(config) / "data"),
                   PYTHONPYCACHEPREFIX=str(CACHE / "pycache-ab" / tree.name))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, str(tree / "main.py"), "--db", str(db), "--smoke"], cwd=tree,
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        process.stdout.readline()
        wall = time.perf_counter() - started
        process.communicate(timeout=120)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab", description=__doc__.splitlines()[0])
    parser.add_argument("trees", type=Path, nargs=2)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=15)
    args = parser.parse_args(argv)
    results: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in args.trees}
    for tree in args.trees:
        one_start(tree.resolve(), args.db.resolve())  # compiles the bytecode cache
    for _ in range(args.reps):
        for tree in args.trees:
            results[tree].append(one_start(tree.resolve(), args.db.resolve()))
    load = os.getloadavg()[0]
    for tree, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(f"{tree}: start to window {wall * 1000:.0f} ms (median of {len(runs)}), CPU {cpu * 1000:.0f} ms; "
              f"load average {load:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

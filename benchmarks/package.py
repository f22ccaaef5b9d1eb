"""The packaged app (``make package`` builds ``dist/StudioDesk``): its size on disk and its start to the main
window painted, in a fresh process per run as a user starts it. Skipped, with a note, when nothing is built:
building the bundle takes minutes, and ``make bench`` measures what is there.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from .common import ROOT, Figure, Settings, log

DIST = ROOT / "dist" / "StudioDesk"
SIZE_GOAL_MB = 220.0
START_GOAL_S = 0.25


def bundle_bytes(folder: Path) -> int:
    """What ``du`` counts: the blocks of every file, links not followed."""
    total = 0
    for path in folder.rglob("*"):
        stat = path.lstat()
        if not path.is_symlink():
            total += stat.st_blocks * 512
    return total


def build_info():
    """packaging/build_info.py, loaded from its file (``packaging`` is also the name of a PyPI package)."""
    spec = importlib.util.spec_from_file_location("studio_build_info", ROOT / "packaging" / "build_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stale_reason(dist: Path) -> str | None:
    """Why the bundle in ``dist`` is not this tree's build (an old one may refuse the current database), or None."""
    from studio_app import __version__
    from studio_app.store.migrations import LATEST
    info = build_info()
    return info.stale(info.read(dist), info.describe(ROOT, __version__, LATEST))


def figures(db_path: Path, settings: Settings, dist: Path = DIST) -> list[Figure]:
    executable = dist / "StudioDesk"
    if not executable.exists():
        log(f"  no packaged app in {dist} (make package builds it): packaged figures skipped")
        return []
    reason = stale_reason(dist)
    if reason is not None:
        log(f"  stale bundle in {dist} ({reason}), run make package: packaged figures skipped")
        return []
    from .gui import _app_process
    size = bundle_bytes(dist) / 2**20
    outside, inside = [], []
    for n in range(1 + settings.reps):
        elapsed, lines = _app_process([str(executable), "--db", str(db_path), "--smoke"], executable=True)
        if n:
            outside.append(elapsed)
            inside.append(float(lines[0]))
    inside.sort()
    built = os.path.getmtime(executable)
    import time
    return [Figure("packaged bundle on disk (dist/StudioDesk)", "MB", [size], SIZE_GOAL_MB,
                   note=f"built {time.strftime('%Y-%m-%d %H:%M', time.localtime(built))}"),
            Figure("packaged start to main window painted", "s", outside, START_GOAL_S,
                   note=f"spawn→painted; its own --smoke clock says {inside[len(inside) // 2]:.3f} s")]

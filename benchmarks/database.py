"""The demo database the benchmarks read: built once per demo generator version, then reused.

``benchmarks/data/demo-<size>-v<DEMO_VERSION>.sqlite3`` is made with the app's own command
(``python main.py --db FILE demo --size SIZE``) in a separate process, timed from the outside;
the time is kept beside it (``.json``) so a later run that reuses the file still reports it.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import DATA, ROOT, Figure, child_env, log

DEMO_GOAL_S = {"large": 30.0}


def demo_version() -> int:
    from studio_app import demo
    return demo.DEMO_VERSION


def reusable(path: Path, key: str, version: object, stale: str, rebuild: bool) -> dict | None:
    """The build record of ``path`` when it was built for ``version`` (under ``key``) and no rebuild is asked;
    else None, with the builds of other versions (``stale``, a glob in its folder) removed."""
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists() and not rebuild:
        meta = json.loads(meta_path.read_text())
        if meta.get(key) == version:
            log(f"reusing {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
                f"(built in {meta['seconds']:.1f} s)")
            return meta
    for old in path.parent.glob(stale):
        old.unlink()
    return None


def ensure(size: str, folder: Path = DATA, *, rebuild: bool = False) -> tuple[Path, dict]:
    """The demo database of ``size`` for the current generator, built if missing; and how long the build took."""
    folder.mkdir(parents=True, exist_ok=True)
    version = demo_version()
    path = folder / f"demo-{size}-v{version}.sqlite3"
    meta_path = path.with_suffix(".json")
    kept = reusable(path, "demo_version", version, f"demo-{size}-v*.sqlite3*", rebuild)
    if kept is not None:
        return path, kept
    building = folder / f".building-{size}.sqlite3"
    for leftover in folder.glob(building.name + "*"):
        leftover.unlink()
    log(f"building the {size} demo database (python main.py demo --size {size}) …")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as config:
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(building), "demo", "--size", size],
                              cwd=ROOT, env=child_env(Path(config)), capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"demo --size {size} failed:\n{done.stderr}")
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    os.replace(building, path)
    meta = {"demo_version": version, "size": size, "seconds": seconds,
            "cpu_seconds": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "output": done.stdout.strip(), "built_at": time.strftime("%Y-%m-%d %H:%M:%S")}
    meta_path.write_text(json.dumps(meta, indent=2))
    log(f"built in {seconds:.1f} s: {meta['output']}")
    return path, meta


def figure(size: str, meta: dict) -> Figure:
    cpu = meta.get("cpu_seconds")
    note = f"built once, {meta.get('built_at', '?')}" + (f"; CPU {cpu:.1f} s" if cpu else "")
    return Figure(f"demo --size {size}", "s", [meta["seconds"]], DEMO_GOAL_S.get(size), note=note)

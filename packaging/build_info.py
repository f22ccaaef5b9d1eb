"""What a bundle was built from: build.spec writes ``build-info.json`` into the bundle (the git revision, the
app's version and the newest database schema it knows), so ``benchmarks/package.py`` tells a bundle of this tree
from a stale one (which may refuse the current database) before measuring it. Free of PyInstaller imports."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

NAME = "build-info.json"


def git_revision(root: Path) -> str | None:
    """HEAD, with ``+changes`` when tracked files differ from it; None outside a git checkout."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True)
    except OSError:
        return None
    if head.returncode != 0:
        return None
    return head.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def describe(root: Path, version: str, schema: int) -> dict:
    return {"revision": git_revision(root), "version": version, "schema": schema}


def write(info: dict, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / NAME
    path.write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return path


def read(dist: Path) -> dict | None:
    """The build info of the one-folder bundle ``dist`` (PyInstaller ≥ 6 puts data under ``_internal``), or None
    for a bundle built before it was written."""
    for path in (dist / "_internal" / NAME, dist / NAME):
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return None


def stale(bundle: dict | None, tree: dict) -> str | None:
    """Why the bundle is not this tree's (None when it is): no build info, an older schema, another revision."""
    if bundle is None:
        return "it carries no build info (built before build-info.json)"
    if int(bundle.get("schema") or 0) < tree["schema"]:
        return f"it knows database schema {bundle.get('schema')}, this tree {tree['schema']}"
    if tree["revision"] and bundle.get("revision") != tree["revision"]:
        return f"built from {bundle.get('revision')}, this tree is {tree['revision']}"
    return None

"""Running Studio Desk as a person does: `python main.py …` in a process of its own."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def studio(*args: object, env: dict[str, str] | None = None, text: bool = True, timeout: float = 180,
           **kwargs) -> subprocess.CompletedProcess:
    """`python main.py *args` from the checkout; its output captured (as text unless text=False)."""
    argv = [a if isinstance(a, bytes) else str(a) for a in args]
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], cwd=ROOT, capture_output=True, text=text,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, **kwargs)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

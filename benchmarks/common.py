"""What every benchmark shares: where things live, repeated timing, and the result row."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
DATA = HERE / "data"  # the demo databases (gitignored)
CACHE = HERE / ".cache"  # bytecode and scratch files of the runs (gitignored)
RESULTS = HERE / "results"  # latest.json (gitignored)


@dataclass
class Settings:
    """How hard to look: ``quick`` is the smoke test's setting (small counts, one or two runs)."""

    reps: int = 7
    quick: bool = False
    batch: int = 1000
    long_lines: int = 5000
    weasy_python: Path | None = None


@dataclass
class Figure:
    name: str
    unit: str
    samples: list[float]
    goal: float | None = None
    higher_is_better: bool = False
    note: str = ""
    spread: tuple[float, float] | None = None  # (min, max) when they are not simply those of the samples
    extra: dict = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return self.spread[0] if self.spread else min(self.samples)

    @property
    def high(self) -> float:
        return self.spread[1] if self.spread else max(self.samples)

    @property
    def ratio(self) -> float | None:
        return self.median / self.goal if self.goal else None

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        return self.median >= self.goal if self.higher_is_better else self.median <= self.goal

    def as_json(self) -> dict:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 4)
        return {"name": self.name, "unit": self.unit, "median": r(self.median), "min": r(self.low),
                "max": r(self.high), "goal": self.goal, "ratio": r(self.ratio)}


def repeat(action: Callable[[], object], reps: int, *, warmup: int = 1, before: Callable[[], object] | None = None,
           scale: float = 1000.0) -> list[float]:
    """Run ``action`` ``warmup`` + ``reps`` times; the seconds (times ``scale``: ms by default) of the timed runs.

    ``before`` runs untimed ahead of every run (to undo the previous run's effect)."""
    samples = []
    for n in range(warmup + reps):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        elapsed = time.perf_counter() - started
        if n >= warmup:
            samples.append(elapsed * scale)
    return samples


def child_env(config_home: Path) -> dict[str, str]:
    """The environment of a measured app process: offscreen Qt, its own settings folder, and Python's
    bytecode cache switched on (a user's install has compiled .pyc files; this machine's shell
    disables writing them, which would add the compilation of every module to each start)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
                "XDG_CONFIG_HOME": str(config_home), "PYTHONUNBUFFERED": "1",
                "STUDIO_DESK_DATA": str(config_home / "data")})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)

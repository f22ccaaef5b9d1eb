"""The benchmark suite runs end to end on the small demo database, so it cannot rot between `make bench` runs.

Nothing here is timed: the figures of a loaded test machine mean nothing. It checks that every
measurement still runs and that latest.json has the agreed shape.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from studio_app import demo

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmarks_run_on_the_small_demo_database(tmp_path):
    out = tmp_path / "latest.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--size", "small", "--quick", "--data", str(tmp_path),
                           "--out", str(out), "--weasy-python", str(tmp_path / "no-weasyprint")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert all(set(f) == {"name", "unit", "median", "min", "max", "goal", "ratio"} for f in figures)
    names = {f["name"] for f in figures}
    for expected in ("start to main window painted", "start to Today view filled and painted",
                     "peak memory, invoices list shown",
                     "invoices: open, first rows painted", "invoices: filter keystroke “kay”→“kaya”",
                     "invoices: sort by client", "dashboard: outstanding", "invoice PDF, 2 pages (warm)",
                     "contract PDF (warm)", "demo --size small", "reminder with its letter PDF, composed",
                     "10 queued messages sent to a loopback server"):
        assert expected in names, expected
    assert any(name.startswith("invoices: scroll to row") for name in names)
    assert any(name.endswith("worker processes") for name in names)
    for figure in figures:
        assert figure["min"] <= figure["median"] <= figure["max"], figure
        if figure["goal"] is not None:
            assert abs(figure["ratio"] - figure["median"] / figure["goal"]) < 1e-3
    table = done.stdout
    assert "median÷goal" in table and "start to main window painted" in table
    assert (tmp_path / f"demo-small-v{demo.DEMO_VERSION}.sqlite3").exists()

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

import pytest

from studio_app import demo
from tests import pg_server

ROOT = Path(__file__).resolve().parent.parent
HEADER = {"date", "revision", "engine", "database", "size", "cores", "python", "load_average", "speed_check_ms",
          "goals_met", "goals", "seconds", "figures"}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """The demo databases, built once for the module's runs."""
    return tmp_path_factory.mktemp("bench-data")


def _run(tmp_path: Path, data: Path, *args: str) -> tuple[dict, str]:
    out = tmp_path / "latest.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--data", str(data), "--out", str(out),
                           "--weasy-python", str(tmp_path / "no-weasyprint"), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)  # a hang, not a speed
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(result) == HEADER
    assert all(set(f) == {"name", "unit", "median", "min", "max", "goal", "ratio"} for f in result["figures"])
    assert result["speed_check_ms"]["before"] > 0 and result["speed_check_ms"]["after"] > 0
    return result, done.stdout


def test_the_benchmarks_run_on_the_small_demo_database(tmp_path, data):
    result, table = _run(tmp_path, data, "--size", "small")
    figures = result["figures"]
    assert result["engine"].startswith("SQLite ") and result["goals"] > 20
    names = {f["name"] for f in figures}
    for expected in ("start to main window painted", "start to Today view filled and painted",
                     "peak memory, invoices list shown",
                     "invoices: open, first rows painted", "invoices: filter keystroke “kay”→“kaya”",
                     "invoices: sort by client", "dashboard: outstanding",
                     "dashboard: everything the Today view shows (today.cockpit)",
                     "global search “kaya”", "global search “ka”", "invoice PDF, 2 pages (warm)",
                     "contract PDF (warm)", "demo --size small", "reminder with its letter PDF, composed",
                     "10 queued messages sent to a loopback server",
                     "e-invoice: validating one file against the EN 16931 Schematron, warm",
                     "invoice PDF: Chinese, Tamil, Arabic client names ÷ Latin",
                     "Factur-X: attach the XML to the 2-page invoice (warm)",
                     "issuing a Factur-X invoice (PDF/A-3 + XML, stored, sealed), warm"):
        assert expected in names, expected
    assert any(name.startswith("invoices: scroll to row") for name in names)
    assert any(name.endswith("worker processes") for name in names)
    for figure in figures:
        assert figure["min"] <= figure["median"] <= figure["max"], figure
        if figure["goal"] is not None:
            assert abs(figure["ratio"] - figure["median"] / figure["goal"]) < 1e-3
    assert "median÷goal" in table and "start to main window painted" in table
    assert (data / f"demo-small-v{demo.DEMO_VERSION}.sqlite3").exists()


def test_the_ten_times_database_is_measured_against_the_figures_of_its_original(tmp_path, data):
    result, _ = _run(tmp_path, data, "--size", "scale", "--only", "search,dashboard")  # quick: 10× the small demo
    by_name = {f["name"]: f for f in result["figures"]}
    original, scaled = by_name["global search “kaya”"], by_name["10× data: global search “kaya”"]
    assert scaled["goal"] == pytest.approx(1.5 * original["median"], rel=1e-3)
    built = next(f for f in result["figures"] if f["name"].startswith("building the 10× database"))
    assert built["median"] > 0
    side = by_name["10× ÷ 1×, side by side: everything the Today view shows"]  # both open, alternated
    assert side["unit"] == "×" and side["goal"] == 1.5 and 0.2 < side["median"] < 20


@pytest.mark.postgres
@pytest.mark.skipif(pg_server.find_bin() is None, reason="PostgreSQL is not installed")
def test_the_postgresql_run_loads_the_demo_into_its_own_server(tmp_path, data):
    result, _ = _run(tmp_path, data, "--engine", "postgres", "--size", "small", "--only", "search,dashboard")
    assert result["engine"].startswith("PostgreSQL ")
    names = {f["name"] for f in result["figures"]}
    assert {"demo --size small into PostgreSQL", "dashboard: everything the Today view shows (today.cockpit)",
            "global search “kaya”"} <= names

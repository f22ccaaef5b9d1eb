"""``make bench-pg``: a throwaway PostgreSQL server started the way the tests start theirs (tests/pg_server.py),
the large demo loaded into it with the app's own command, and the list, search and dashboard figures measured
against it over TCP on 127.0.0.1 (a studio's server is on its network; loopback is the floor of that).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .common import ROOT, Figure, child_env, log


@contextmanager
def server() -> Iterator[object]:
    """A started PostgreSQL server (fsync off, as in the tests), stopped and removed afterwards."""
    sys.path.insert(0, str(ROOT))
    from tests.pg_server import PostgresServer
    started = time.perf_counter()
    running = PostgresServer().start()
    log(f"  PostgreSQL started in {time.perf_counter() - started:.1f} s on port {running.port}")
    try:
        yield running
    finally:
        running.stop()


def load(running, size: str) -> tuple[str, Figure]:
    """A new database on ``running`` filled by ``main.py --db URL demo --size SIZE`` (the demo's bulk path:
    its rows by COPY in one transaction, indexes, foreign keys and triggers set aside); its URL and how long
    that took."""
    url = running.create_database("studio_bench")
    log(f"  loading the {size} demo into PostgreSQL (python main.py --db URL demo --size {size}) …")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as config:
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "demo", "--size", size],
                              cwd=ROOT, env=child_env(Path(config)), capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"demo --size {size} into PostgreSQL failed:\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    log(f"  loaded in {seconds:.1f} s: {done.stdout.strip()}")
    analyse(url)
    return url, Figure(f"demo --size {size} into PostgreSQL", "s", [seconds], 30.0 if size == "large" else None,
                       note=f"the app's process CPU {cpu:.1f} s; the server's own work is the rest")


def analyse(url: str) -> None:
    """VACUUM ANALYZE after the bulk load, as autovacuum would do a minute later: the planner's row counts."""
    import psycopg2
    connection = psycopg2.connect(url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    connection.close()


def version(running) -> str:
    done = subprocess.run([str(running.bin / "postgres"), "--version"], capture_output=True, text=True)
    return done.stdout.strip().replace("postgres (PostgreSQL)", "PostgreSQL") or "PostgreSQL"

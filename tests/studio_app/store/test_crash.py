"""Killing a desk at random moments (SIGKILL: no clean-up, no finally) never leaves half an invoice.

A worker process issues invoices, records payments and credit notes in a loop and prints a line
after each commit; the test kills it 20 times at random moments, reusing the same database file.
After every kill: ``check`` is clean, everything the worker reported as committed is there, and
what was not committed left no trace (numbers stay gapless, every invoice has its lines, every
issued one its PDF).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path
import time
from collections import defaultdict

import pytest

from studio_app.store import check, db, startup
from studio_app.work import clients
from studio_app.store.models import Invoice, InvoiceLine, IssuedDocument, NumberCounter, Payment
from tests.conftest import ROOT

KILLS = 20
WORKER = Path(__file__).resolve().parent / "crash_worker.py"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def _run_and_kill(path, client_id: int, seed: int, delay: float) -> tuple[list[str], str]:
    worker = subprocess.Popen([sys.executable, str(WORKER), str(path), str(client_id), str(seed)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    first = worker.stdout.readline()
    if first.strip() != "ready":
        worker.kill()
        raise AssertionError(f"the worker did not start: {first}{worker.communicate()[1]}")
    time.sleep(delay)
    os.kill(worker.pid, signal.SIGKILL)
    out, err = worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL, err  # it was still working when killed
    return out.splitlines(), err


def _gapless(numbers: list[str], prefix: str) -> None:
    by_year: dict[str, list[int]] = defaultdict(list)
    for number in numbers:
        match = re.fullmatch(rf"{prefix}-(\d{{4}})-(\d{{4}})", number)
        assert match, number
        by_year[match[1]].append(int(match[2]))
    for year, seqs in by_year.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), (prefix, year, sorted(seqs))
        series = "invoice" if prefix == "INV" else "credit_note"
        counter = NumberCounter.get((NumberCounter.series == series) & (NumberCounter.year == int(year)))
        assert counter.last == len(seqs)  # no number was taken by a transaction that did not finish


def test_killing_a_desk_at_random_moments_never_leaves_half_written_data(tmp_path):
    seed = int(os.environ.get("STUDIO_CRASH_SEED", random.randrange(1_000_000)))
    rng = random.Random(seed)
    path = tmp_path / "crash.sqlite3"
    startup.open_database(path)
    client_id = clients.create(name="Crash Test Client").id
    db.close()
    issued: dict[str, int] = {}
    paid: dict[str, tuple[str, int]] = {}
    credited: dict[str, str] = {}
    for kill in range(KILLS):
        lines, err = _run_and_kill(path, client_id, seed * 100 + kill, rng.uniform(0.05, 1.5))
        assert "Traceback" not in err, err
        for line in lines:
            kind, *rest = line.split()
            if kind == "issued":
                issued[rest[0]] = int(rest[1])
            elif kind == "paid":
                paid[rest[1]] = (rest[0], int(rest[2]))
            elif kind == "credited":
                credited[rest[0]] = rest[1]
        context = f"seed {seed}, kill {kill + 1}"
        startup.open_database(path)
        try:
            assert check.run() == [], context
            numbers = dict(Invoice.select(Invoice.number, Invoice.id).where(Invoice.status == "issued").tuples())
            for number, invoice_id in issued.items():  # everything reported as committed is there
                assert numbers.get(number) == invoice_id, (context, number)
            for reference, (number, amount) in paid.items():
                payment = Payment.get_or_none(Payment.reference == reference)
                assert payment is not None and payment.amount == amount and payment.invoice.number == number, \
                    (context, reference)
            for note, original in credited.items():
                assert Invoice.get(Invoice.number == note).corrects.number == original, (context, note)
            # nothing half-written: no invoice without lines, no issued one without its frozen copy and PDF
            assert not Invoice.select().where(~Invoice.id.in_(InvoiceLine.select(InvoiceLine.invoice))).exists(), \
                context
            frozen = {d.document_id: d for d in IssuedDocument.select().where(IssuedDocument.kind == "invoice")}
            assert set(frozen) == set(numbers.values()), context
            for record in frozen.values():
                assert record.pdf is not None and bytes(record.pdf).startswith(b"%PDF") and \
                    hashlib.sha256(bytes(record.pdf)).hexdigest() == record.pdf_sha256, context
            _gapless([n for n in numbers if n.startswith("INV-")], "INV")
            _gapless([n for n in numbers if n.startswith("CN-")], "CN")
        finally:
            db.close()
    # a busy CI machine may render slowly; a handful of committed invoices still proves the worker ran
    assert len(issued) >= 3, f"seed {seed}: the worker hardly got to work ({len(issued)} invoices)"
    startup.open_database(path)
    # a draft left behind means a kill landed inside an issuing transaction (which also renders the PDF),
    # and that transaction was rolled back as a whole
    assert Invoice.select().where(Invoice.status == "draft").count() >= 1, f"seed {seed}: no kill hit an issue"

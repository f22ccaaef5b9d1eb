"""A second (and third) desk: waits for the start signal, then does one check-then-write on a shared database.

    race_worker.py TARGET ACTION ID START_FILE
prints "ok" when the write went through and "refused: <message>" when the service said no.
"""

import sys
import time
from pathlib import Path

from studio_app.work import billing, contracts, invoices, payments, quotes
from studio_app.store import startup
from studio_app.text.errors import StudioError

target, action, row_id, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
startup.open_database(target)
ACTIONS = {
    "pay_all": lambda: payments.record(row_id, invoices.totals(invoices.get(row_id)).due),
    "issue_credit": lambda: invoices.issue(row_id),
    "issue_invoice": lambda: invoices.issue(row_id),
    "issue_quote": lambda: quotes.issue(row_id),
    "final": lambda: billing.create_final(row_id),
    "sign": lambda: contracts.mark_signed(row_id),
}
call = ACTIONS[action]
print("ready", flush=True)
while not start.exists():
    time.sleep(0.001)
try:
    call()
    print("ok")
except StudioError as exc:
    print(f"refused: {exc.message}")

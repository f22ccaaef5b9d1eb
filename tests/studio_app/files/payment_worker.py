"""A busy desk: records one-cent payments on the given invoices until it is stopped (SIGTERM).

Prints "ready" once the database is open, then "paid N" every 20 payments, so the parent can tell
that it really wrote while the parent exported. Usage: payment_worker.py TARGET SEED ID,ID,...
"""

import random
import sys

from studio_app.work import payments
from studio_app.store import startup
from studio_app.text.errors import StudioError

target, seed, ids = sys.argv[1], int(sys.argv[2]), [int(i) for i in sys.argv[3].split(",")]
rng = random.Random(seed)
startup.open_database(target)
print("ready", flush=True)
count = 0
while True:
    try:
        payments.record(rng.choice(ids), 1, reference=f"desk-{seed}-{count}")
    except StudioError as exc:  # "Another desk is saving; try again." is what it says: try again
        if "try again" not in exc.message:
            raise
        continue
    count += 1
    if count % 20 == 0:
        print(f"paid {count}", flush=True)

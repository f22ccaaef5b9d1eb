"""A desk that gets killed: issues invoices, records payments and credit notes until SIGKILL.

After each commit it prints one line (and flushes), so the parent knows exactly what was committed:
    issued <number> <id>       the invoice, its lines, its number and its PDF are stored
    paid <number> <reference> <amount>
    credited <credit note number> <number of the invoice it corrects>
"""

import itertools
import random
import sys

from studio_app.documents import fonts
from studio_app.work import invoices, payments
from studio_app.store import startup

target, client_id, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
startup.open_database(target)
fonts.register()  # the PDF layer is loaded before "ready": the kills land in issuing, not in start-up
print("ready", flush=True)
for n in itertools.count():
    lines = [{"description": f"Work {seed}-{n}-{i}", "quantity": str(rng.randint(1, 5)),
              "unit_price": f"{rng.randint(10, 900)}.{rng.randint(0, 99):02}", "tax_rate": rng.choice(["0", "10", "20"])}
             for i in range(rng.randint(1, 4))]
    issued = invoices.issue(invoices.create_draft(client_id, lines=lines).id)
    print(f"issued {issued.number} {issued.id}", flush=True)
    if rng.random() < 0.6:
        reference = f"pay-{seed}-{n}"
        amount = rng.randint(1, issued.total_gross)
        payments.record(issued.id, amount, reference=reference)
        print(f"paid {issued.number} {reference} {amount}", flush=True)
    if rng.random() < 0.15:
        note = invoices.issue(invoices.create_credit_note(issued.id, "Cancelled").id)
        print(f"credited {note.number} {issued.number}", flush=True)

"""A second desk: issues N invoices into the database given on the command line."""

import sys

from studio_app.work import clients, invoices
from studio_app.store import startup

target, count = sys.argv[1], int(sys.argv[2])
startup.open_database(target)
client = clients.create(name=f"Desk {sys.argv[3]}")
for n in range(count):
    draft = invoices.create_draft(client.id, lines=[{"description": f"Work {n}", "quantity": "1",
                                                     "unit_price": "100", "tax_rate": "20"}])
    invoices.issue(draft.id)
print("done")

"""Schema version 9: the party details Turkish, Greek and Malaysian documents need.

Studio and client: tax office (vergi dairesi, ΔΟΥ), profession (επάγγελμα), the national tax number
(VKN/TCKN, ΑΦΜ, TIN), MERSİS number, trade register number (ticaret sicil, ΓΕΜΗ, SSM) and SST registration
number; the studio also a local bank account number and a DuitNow ID; an invoice the myDATA ΜΑΡΚ and its
link, as the studio's provider returns them. Every column has a default, so existing rows are valid.
"""

from __future__ import annotations

import peewee

VERSION = 9

PARTY = ("tax_office", "profession", "national_tax_id", "mersis_no", "trade_register", "sst_number")
COLUMNS = {
    "studio": PARTY + ("bank_account_number", "duitnow_id"),
    "client": PARTY,
    "invoice": ("mydata_mark", "mydata_url"),
}


def apply(db: peewee.Database, sqlite: bool) -> None:
    for table, columns in COLUMNS.items():
        for column in columns:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" VARCHAR(255) NOT NULL DEFAULT \'\'')

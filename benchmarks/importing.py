"""Bringing data in: 10,000 clients and 100,000 past invoices imported from CSV into a new SQLite database.

The files are written here as a spreadsheet saves them (semicolons, decimal comma, dates as 31.12.2026, a
BOM); the timing covers reading, recognising the columns, checking every row and writing, all of
``studio_app.importing.plan.import_csv``.
"""

from __future__ import annotations

import time
from pathlib import Path

from .common import CACHE, Figure, Settings


def _clients_csv(path: Path, count: int) -> None:
    lines = ["Müşteri Adı;Şirket;E-posta;Telefon;Adres;Ülke;Vergi No;Dil;Para Birimi"]
    for i in range(count):
        lines.append(f"Müşteri {i:05d} Yılmaz;Şirket {i % 700} Ltd;musteri{i}@ornek.com.tr;+90 212 555 {i % 10000:04d};"
                     f"Cadde {i % 90} No {i % 40};Türkiye;{1000000000 + i};Türkçe;TRY")
    path.write_bytes("\ufeff".encode() + "\r\n".join(lines).encode("utf-8") + b"\r\n")


def _invoices_csv(path: Path, count: int, clients: int) -> None:
    lines = ["Fatura No;Müşteri E-posta;Fatura Tarihi;Vade Tarihi;Ara Toplam;KDV;Genel Toplam;Ödenen Tutar"]
    for i in range(count):
        net = 10000 + (i * 37) % 900000
        tax = net // 5
        day, month = 1 + i % 28, 1 + (i // 28) % 12
        paid = (net + tax) if i % 3 else 0
        lines.append(f"OLD-{i:06d};musteri{i % clients}@ornek.com.tr;{day:02d}.{month:02d}.2025;"
                     f"{day:02d}.{month:02d}.2026;{_tr(net)};{_tr(tax)};{_tr(net + tax)};{_tr(paid)}")
    path.write_bytes("\ufeff".encode() + "\r\n".join(lines).encode("utf-8") + b"\r\n")


def _tr(minor: int) -> str:
    """1.234,56 as a Turkish spreadsheet writes it."""
    return f"{minor // 100:,}".replace(",", ".") + f",{minor % 100:02d}"


def figures(settings: Settings) -> list[Figure]:
    from studio_app.importing import plan
    from studio_app.store import db, startup
    clients, invoices = (500, 2_000) if settings.quick else (10_000, 100_000)
    folder = CACHE / "import"
    folder.mkdir(parents=True, exist_ok=True)
    clients_file, invoices_file = folder / f"clients-{clients}.csv", folder / f"invoices-{invoices}.csv"
    _clients_csv(clients_file, clients)
    _invoices_csv(invoices_file, invoices, clients)
    client_times, invoice_times = [], []
    for run in range(1 if settings.quick else min(3, settings.reps)):
        target = folder / f"import-{run}.sqlite3"
        for leftover in folder.glob(f"import-{run}.sqlite3*"):
            leftover.unlink()
        startup.open_database(target)
        try:
            started = time.perf_counter()
            done = plan.import_csv("clients", clients_file)
            client_times.append(time.perf_counter() - started)
            assert done.imported and len(done.created) == clients, done.refused[:3]
            started = time.perf_counter()
            done = plan.import_csv("invoices", invoices_file)
            invoice_times.append(time.perf_counter() - started)
            assert done.imported and len(done.created) == invoices, done.refused[:3]
        finally:
            db.close()
    return [Figure(f"import {clients:,} clients from CSV", "s", client_times, 5.0 if not settings.quick else None),
            Figure(f"import {invoices:,} past invoices from CSV", "s", invoice_times,
                   60.0 if not settings.quick else None)]

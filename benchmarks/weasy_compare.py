"""The same invoice through WeasyPrint, for the benchmark's comparison. Runs in its own venv.

    benchmarks/.venv-weasy/bin/python benchmarks/weasy_compare.py SNAPSHOT.json --reps 10 [--pdf OUT.pdf]

Standalone on purpose (only WeasyPrint and the standard library): WeasyPrint is not a
dependency of Studio Desk. It lays out the invoice snapshot the benchmark wrote — header,
seller and buyer, meta, the line table with a repeated header row, totals, payment details,
"page N of M" — as HTML and CSS with the same embedded DejaVu Sans, and prints one JSON line:
``{"ms": [...], "pages": N, "hb_subset": true|false}``.
"""

from __future__ import annotations

import argparse
import ctypes.util
import html
import json
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"

CSS = """
@font-face { font-family: StudioSans; src: url("%(fonts)s/DejaVuSans.ttf"); }
@font-face { font-family: StudioSans; font-weight: bold; src: url("%(fonts)s/DejaVuSans-Bold.ttf"); }
@page { size: A4; margin: 22mm 18mm 24mm 18mm;
        @bottom-left { content: "%(footer)s"; font: 7.5pt StudioSans; color: #6B7280; }
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt StudioSans; color: #6B7280; } }
body { font: 9pt/1.35 StudioSans; color: #111827; }
h1 { font-size: 20pt; color: %(accent)s; margin: 0 0 2mm; }
.parties { display: flex; gap: 10mm; margin: 6mm 0; }
.parties div { flex: 1; }
.label { color: #6B7280; font-size: 7.5pt; text-transform: uppercase; }
table { width: 100%%; border-collapse: collapse; }
thead { display: table-header-group; }
th { text-align: left; border-bottom: 1px solid %(accent)s; font-weight: bold; padding: 2pt 3pt; }
td { padding: 2.5pt 3pt; border-bottom: 0.5px solid #E5E7EB; vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; }
.totals { width: 45%%; margin-left: auto; margin-top: 4mm; }
.totals td { border: none; }
.totals tr.grand td { font-weight: bold; border-top: 1px solid #111827; }
.meta td { border: none; padding: 0 6pt 0 0; }
"""


def money(minor: int, currency: str) -> str:
    return f"{Decimal(minor) / 100:,.2f} {currency}"


def build_html(snapshot: dict) -> str:
    document = snapshot["document"]
    seller = snapshot["parties"]["seller"]
    buyer = snapshot["parties"]["buyer"]
    currency = document.get("currency") or "EUR"
    e = html.escape
    rows, net, taxes = [], 0, {}
    for line in document["lines"]:
        quantity = Decimal(line["quantity"])
        discount = Decimal(line.get("discount_percent") or 0)
        amount = int((quantity * line["unit_price"] * (100 - discount) / 100).quantize(Decimal(1), ROUND_HALF_UP))
        rate = Decimal(line["tax_rate"])
        net += amount
        taxes[rate] = taxes.get(rate, 0) + amount
        rows.append(f"<tr><td>{e(line['description'])}</td><td class=n>{e(line['quantity'])} {e(line['unit'])}</td>"
                    f"<td class=n>{money(line['unit_price'], currency)}</td><td class=n>{e(line['tax_rate'])} %</td>"
                    f"<td class=n>{money(amount, currency)}</td></tr>")
    tax_rows = []
    tax_total = 0
    for rate, base in sorted(taxes.items()):
        tax = int((base * rate / 100).quantize(Decimal(1), ROUND_HALF_UP))
        tax_total += tax
        tax_rows.append(f"<tr><td>VAT {rate} % on {money(base, currency)}</td>"
                        f"<td class=n>{money(tax, currency)}</td></tr>")
    style = snapshot.get("style") or {}
    footer = f"{seller.get('name', '')} · Invoice {document.get('number') or ''}".replace('"', "'")
    css = CSS % {"fonts": FONTS.as_uri(), "accent": style.get("accent_color") or "#2F5D8A", "footer": footer}
    methods = "".join(f"<li>{e(m)}</li>" for m in seller.get("payment_methods") or [])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<h1>Invoice {e(document.get('number') or '')}</h1>
<div>{e(seller.get('name', ''))}<br>{e(seller.get('address', '')).replace(chr(10), '<br>')}<br>
VAT ID {e(seller.get('tax_id', ''))} · {e(seller.get('email', ''))}</div>
<div class="parties"><div><div class="label">Bill to</div>{e(buyer.get('name', ''))}<br>
{e(buyer.get('company', ''))}<br>
{e(buyer.get('address', '')).replace(chr(10), '<br>')}<br>VAT ID {e(buyer.get('tax_id', ''))}</div>
<div><table class="meta"><tr><td class="label">Issued</td><td>{e(document.get('issue_date') or '')}</td></tr>
<tr><td class="label">Supplied</td><td>{e(document.get('supply_date') or '')}</td></tr>
<tr><td class="label">Due</td><td>{e(document.get('due_date') or '')}</td></tr></table></div></div>
<table><thead><tr><th>Description</th><th class=n>Quantity</th><th class=n>Unit price</th><th class=n>VAT</th>
<th class=n>Amount</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<table class="totals"><tr><td>Net</td><td class=n>{money(net, currency)}</td></tr>{''.join(tax_rows)}
<tr class="grand"><td>Total</td><td class=n>{money(net + tax_total, currency)}</td></tr></table>
<h3>Payment</h3><p>IBAN {e(seller.get('iban', ''))} · BIC {e(seller.get('bic', ''))} ·
{e(seller.get('account_holder', ''))}</p><ul>{methods}</ul>
</body></html>"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--pdf", type=Path)
    args = parser.parse_args()
    from weasyprint import HTML
    snapshot = json.loads(args.snapshot.read_text(encoding="utf-8"))
    markup = build_html(snapshot)
    document = HTML(string=markup).render()  # warm-up: font loading, CSS parsing caches
    pdf = document.write_pdf()
    if args.pdf:
        args.pdf.write_bytes(pdf)
    samples = []
    for _ in range(args.reps):
        started = time.perf_counter()
        HTML(string=build_html(snapshot)).write_pdf()
        samples.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"ms": samples, "pages": len(document.pages),
                      "hb_subset": bool(ctypes.util.find_library("harfbuzz-subset"))}))


if __name__ == "__main__":
    main()

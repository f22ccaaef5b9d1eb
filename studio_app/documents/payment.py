"""How the client pays: bank details, the other accepted methods, and the SEPA (EPC) QR code."""

from __future__ import annotations

import logging

import segno
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle
from segno import helpers as segno_helpers

from studio_app import money
from . import fonts
from .context import Context
from .flowables import Table
from .styles import INK
from .fonts import Paragraph

log = logging.getLogger(__name__)

QR_SIZE = 30 * mm
_MAX_EPC_AMOUNT = 99_999_999_999  # EUR 999,999,999.99 in cents, the EPC069-12 upper limit


def group_iban(iban: str) -> str:
    compact = "".join(iban.split()).upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def epc_payload(name: str, iban: str, bic: str, amount_minor: int, reference: str) -> bytes | None:
    """The EPC069-12 text a banking app reads, or None when the amount cannot be paid that way."""
    if not iban or amount_minor <= 0 or amount_minor > _MAX_EPC_AMOUNT:
        return None
    amount = f"{money.to_major(amount_minor, 'EUR'):.2f}"
    try:
        # segno checks the field lengths and picks the smallest encoding the name fits.
        return segno_helpers._make_epc_qr_data((name or "")[:70], "".join(iban.split()), amount, (reference or "")[:140],
                                               None, bic or None, None, None)
    except (ValueError, TypeError) as exc:
        log.warning("No EPC QR code for this invoice: %s", exc)
        return None


class QRCode(Flowable):
    """A QR code drawn as vector squares: sharp at any zoom and no image encoding cost."""

    def __init__(self, payload: bytes, size: float = QR_SIZE) -> None:
        super().__init__()
        # Mask 0 is fixed on purpose: segno's automatic mask choice scores all eight masks and
        # costs 7 ms of a 20 ms invoice; every mask gives a valid, scannable symbol.
        qr = segno.make_qr(payload, error="m", boost_error=False, mask=0)
        self.matrix = qr.matrix
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = len(self.matrix) + 8  # four modules of quiet zone on each side
        cell = self.size / modules
        canvas = self.canv
        canvas.setFillColor(INK)
        path = canvas.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + 5) * cell
            start = None
            for col_index, dark in enumerate(list(row) + [0]):
                if dark and start is None:
                    start = col_index
                elif not dark and start is not None:
                    path.rect((start + 4) * cell, y, (col_index - start) * cell, cell)
                    start = None
        canvas.drawPath(path, stroke=0, fill=1)


def payment_details(ctx: Context, *, amount_due: int | None = None, reference: str = "",
                    with_qr: bool = False) -> list[Flowable]:
    """Bank transfer details and other methods; with an EPC QR code for a EUR amount to an IBAN."""
    theme = ctx.theme
    seller = ctx.seller
    rows: list[str] = []
    iban = seller.get("iban") or ""
    if iban:
        rows.append(f"<b>{ctx.m('bank_transfer')}</b>")
        for key, value in (("account_holder", seller.get("account_holder") or seller.get("name")),
                           ("iban", group_iban(iban)), ("bic", seller.get("bic")), ("bank", seller.get("bank_name")),
                           ("reference", reference)):
            if value:
                rows.append(f"{ctx.m(key)}: {fonts.markup(value)}")
    methods = [m for m in seller.get("payment_methods") or [] if m and not (iban and _is_bank_transfer(m))]
    text: list[Flowable] = [Paragraph("<br/>".join(rows), theme.body)] if rows else []
    if methods:
        text += [Spacer(1, 4), Paragraph(f"<b>{ctx.m('other_methods')}</b>", theme.body)]
        text += [Paragraph(fonts.markup(m), theme.bullet, bulletText="•") for m in methods]
    payload = None
    if with_qr and ctx.fmt.currency == "EUR" and amount_due is not None:
        payload = epc_payload(seller.get("account_holder") or seller.get("name") or "", iban, seller.get("bic") or "",
                              amount_due, reference)
    if payload is None:
        return text
    qr_column = [QRCode(payload), Spacer(1, 2), Paragraph(ctx.m("qr_caption"), theme.small)]
    width = theme.frame_width
    qr_width = QR_SIZE + 14 * mm
    table = Table([[text, qr_column]], colWidths=[width - qr_width, qr_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _is_bank_transfer(method: str) -> bool:
    folded = method.casefold()
    return any(word in folded for word in ("bank", "transfer", "havale", "eft", "τραπεζ", "έμβασμα", "pindahan"))

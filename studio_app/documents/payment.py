"""How the client pays: bank details, the other accepted methods, and the QR code a banking app reads.

A SEPA studio's euro invoice carries the EPC QR of its IBAN. A Malaysian studio's ringgit invoice carries its
account number, SWIFT code, bank and DuitNow ID as text and the DuitNow QR (:mod:`.duitnow`) in their place."""

from __future__ import annotations

import logging
import re

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import PATH_OPS
from reportlab.platypus import Flowable, Spacer, TableStyle
from segno import helpers as segno_helpers

from studio_app import money
from . import duitnow, fonts, qr
from .context import Context
from .flowables import Table
from .styles import INK
from .fonts import Paragraph

log = logging.getLogger(__name__)

QR_SIZE = 30 * mm
_DARK_RUN = re.compile(rb"[^\x00]+")  # a run of dark modules in a row of the QR matrix
#: Countries of the SEPA scheme (EPC409-09): the EPC QR code pays only to an IBAN there, and only in euro.
SEPA = frozenset("AT BE BG CH CY CZ DE DK EE ES FI FR GB GI GR HR HU IE IS IT LI LT LU LV MC MT NL NO PL PT RO SE "
                 "SI SK SM VA AD".split())
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

    height_free = True  # its size is its own, whatever room it is offered (plaintext.PlainCellTable.wrap)

    def __init__(self, payload: bytes, size: float = QR_SIZE) -> None:
        super().__init__()
        # Mask 0 is fixed on purpose: segno's automatic mask choice scores all eight masks and
        # costs 7 ms of a 20 ms invoice; every mask gives a valid, scannable symbol (see .qr).
        self.matrix = qr.matrix(payload)
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        # In module units (one unit per module, the quiet zone of four included): each run of dark modules in a
        # row is one rectangle of whole numbers, written as one path (a 40-line invoice's symbol has ~450 runs).
        size = len(self.matrix)
        cell = self.size / (size + 8)
        canvas = self.canv
        canvas.setFillColor(INK)
        canvas.transform(cell, 0, 0, cell, 0, 0)
        runs = [f"{run.start() + 4} {size + 3 - row_index} {run.end() - run.start()} 1 re"
                for row_index, row in enumerate(self.matrix) for run in _DARK_RUN.finditer(row)]
        if runs:
            canvas._code.append(" ".join(runs))
            canvas._code.append(PATH_OPS[0, 1, canvas._fillMode])


def payment_details(ctx: Context, *, amount_due: int | None = None, reference: str = "",
                    with_qr: bool = False) -> list[Flowable]:
    """Bank transfer details and other methods; with an EPC QR code for a EUR amount to an IBAN."""
    theme = ctx.theme
    seller = ctx.seller
    rows = _bank_rows(ctx, reference)
    methods = [m for m in seller.get("payment_methods") or [] if m and not (rows and _is_bank_transfer(m))]
    text: list[Flowable] = [Paragraph("<br/>".join(rows), theme.body)] if rows else []
    if methods:
        text += [Spacer(1, 4), Paragraph(f"<b>{ctx.m('other_methods')}</b>", theme.body)]
        text += [Paragraph(fonts.markup(m), theme.bullet, bulletText="•") for m in methods]
    payload, caption = (qr_payload(ctx, amount_due, reference) if with_qr and amount_due is not None
                        else (None, ""))
    if payload is None:
        return text
    qr_column = [QRCode(payload), Spacer(1, 2), Paragraph(ctx.m(caption), theme.small)]
    width = theme.frame_width
    qr_width = QR_SIZE + 14 * mm
    table = Table([[text, qr_column]], colWidths=[width - qr_width, qr_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def qr_payload(ctx: Context, amount_due: int, reference: str) -> tuple[bytes | None, str]:
    """The payload of the QR code for paying ``amount_due`` and the label key of its caption: the EPC QR for a
    euro amount to a SEPA IBAN, DuitNow for a ringgit amount to a Malaysian studio's account."""
    seller, currency = ctx.seller, ctx.fmt.currency
    holder = seller.get("account_holder") or seller.get("name") or ""
    if ctx.country == "MY" and currency == "MYR":
        text = duitnow.payload(name=holder, city=seller.get("city") or "", bic=seller.get("bic") or "",
                               account=seller.get("duitnow_id") or seller.get("bank_account_number") or "",
                               amount_minor=amount_due, reference=reference)
        return (text.encode("ascii"), "duitnow_caption") if text else (None, "")
    iban = seller.get("iban") or ""
    if currency == "EUR" and iban[:2].upper() in SEPA:
        return epc_payload(holder, iban, seller.get("bic") or "", amount_due, reference), "qr_caption"
    return None, ""


def _bank_rows(ctx: Context, reference: str) -> list[str]:
    """The transfer details: IBAN and BIC in SEPA; a Malaysian studio's account number, SWIFT code and DuitNow
    ID instead (Malaysian banks use no IBAN)."""
    seller = ctx.seller
    local_account = seller.get("bank_account_number") or ""
    iban = "" if (ctx.country == "MY" and local_account) else seller.get("iban") or ""
    if iban:
        fields = [("iban", group_iban(iban)), ("bic", seller.get("bic"))]
    elif local_account:
        fields = [("account_number", local_account), ("swift", seller.get("bic"))]
    else:
        return []
    holder = seller.get("account_holder") or seller.get("name")
    rows = [f"<b>{ctx.m('bank_transfer')}</b>"]
    for key, value in (("account_holder", holder), *fields, ("bank", seller.get("bank_name")),
                       ("duitnow_id", seller.get("duitnow_id") if ctx.country == "MY" else ""),
                       ("reference", reference)):
        if value:
            rows.append(f"{ctx.m(key)}: {fonts.markup(value)}")
    return rows


def _is_bank_transfer(method: str) -> bool:
    folded = method.casefold()
    return any(word in folded for word in ("bank", "transfer", "havale", "eft", "τραπεζ", "έμβασμα", "pindahan"))

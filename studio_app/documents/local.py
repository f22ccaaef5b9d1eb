"""What a country's law or practice adds to a document: the party details of Türkiye, Greece and Malaysia, the
amount in words on a Turkish invoice, Greek series and sequence, payment method and the myDATA ΜΑΡΚ with its QR."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from studio_app import money
from studio_app.text.i18n import format_list
from studio_app.text.words_tr import amount_words
from . import fonts
from .context import Context
from .flowables import Table
from .payment import QRCode


_TURKISH_CURRENCY = {"TRY": ("TL", "kuruş"), "EUR": ("Avro", "sent"), "USD": ("ABD Doları", "sent"),
                     "GBP": ("İngiliz Sterlini", "peni"), "MYR": ("Malezya Ringgiti", "sen")}
_SEQUENCE = re.compile(r"^(.*?)[\s\-/_.]*([0-9]+)$")
MYDATA_QR = 24 * mm


def amount_in_words(ctx: Context) -> str:
    """'Yalnız: bin iki yüz TL' under a Turkish studio's invoice in Turkish; '' elsewhere."""
    if ctx.country != "TR" or ctx.language != "tr":
        return ""
    currency = ctx.fmt.currency
    major_name, minor_name = _TURKISH_CURRENCY.get(currency, (currency, ""))
    gross = ctx.totals.gross
    if money.minor_digits(currency) != 2:
        words = amount_words(gross * 100, major_name, minor_name)
    else:
        words = amount_words(gross, major_name, minor_name)
    return ctx.m("amount_in_words", words=words)


def series_and_sequence(number: str | None) -> tuple[str, str] | None:
    """('INV-2026', '0007') for 'INV-2026-0007': the series and the running number a Greek invoice shows."""
    match = _SEQUENCE.match(number or "")
    if not match or not match.group(1):
        return None
    return match.group(1), match.group(2)


def greek_meta(ctx: Context) -> list[tuple[str, str]]:
    """Series, sequence, payment method and ΜΑΡΚ for a Greek studio's invoice."""
    if ctx.country != "GR":
        return []
    rows: list[tuple[str, str]] = []
    parts = series_and_sequence(ctx.document.get("number"))
    if parts:
        rows += [(ctx.text("series"), parts[0]), (ctx.text("sequence"), parts[1])]
    methods = ctx.seller.get("payment_methods") or []
    if methods and ctx.document.get("invoice_kind") != "credit_note":
        rows.append((ctx.text("payment_method"), format_list(list(methods), ctx.language)))
    return rows


def mydata_meta(ctx: Context) -> list[tuple[str, str]]:
    mydata = ctx.snapshot.get("mydata") or {}
    rows = []
    if mydata.get("mark"):
        rows.append((ctx.text("mydata_mark"), mydata["mark"]))
    if mydata.get("corrected_mark"):
        rows.append((ctx.text("mydata_corrected_mark"), mydata["corrected_mark"]))
    return rows


def mydata_qr(ctx: Context) -> list[Flowable]:
    """The QR code of the invoice's myDATA link with its caption, and the UID and authentication code the provider
    returned (too long for the column of details), when there are any."""
    mydata = ctx.snapshot.get("mydata") or {}
    url = mydata.get("url")
    theme = ctx.theme
    lines = [f"{ctx.m(key)}: {fonts.markup(mydata[name])}" for key, name in
             (("mydata_uid", "uid"), ("mydata_auth_code", "auth_code")) if mydata.get(name)]
    if url:
        lines.append(ctx.m("mydata_caption"))
    if not lines:
        return []
    text = Paragraph("<br/>".join(lines), theme.small)
    if not url:
        return [Spacer(1, 3 * mm), text]
    table = Table([[QRCode(url.encode("utf-8"), MYDATA_QR), text]],
                  colWidths=[MYDATA_QR + 4 * mm, theme.frame_width - MYDATA_QR - 4 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 3 * mm), table]

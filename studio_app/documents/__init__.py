"""PDF documents: quote, contract and invoice, drawn with reportlab platypus from a frozen snapshot (and the
payment reminder letter, :func:`.reminder.render`, from an invoice's snapshot and the figures of the day).

reportlab is imported only inside this package; ``render`` is the one entry point. :mod:`.logo` says how a
snapshot names the studio's logo it was issued with, and which logo it is drawn with.

Modules: ``page`` (the page, its footer, building a story into bytes), ``archive`` (PDF/A-3b from reportlab:
XMP, output intent), ``pdfa`` (the PDF/A-3b check), ``facturx`` (the Factur-X envelope of an invoice),
``fonts`` (the shipped fonts, per-run fallback, the shaping Paragraph), ``markup`` (the documents' own
Paragraph markup parsed without HTMLParser), ``subsets`` (each font subset's objects made once per process),
``pdfformat`` (reportlab's formatting of PDF objects, the same bytes with less work), ``scripts`` (shaping and
right-to-left word order), ``styles``, ``flowables``, ``plaintext`` (plain table cells written straight into the
page, and the text object that encodes known characters by one translate), ``qr`` (a payment QR code's
modules), ``formatting``, ``context``, one module per document kind (``quote``, ``contract``, ``invoice``) and
their shared parts (``priced``, ``payment``, ``scope``);
``parties`` prints a party's local details (tax office, VKN/TCKN, ΑΦΜ with EL, registers, SST) and ``local``
adds what a country's invoices carry (amount in words in Türkiye; series, sequence, payment method and myDATA
ΜΑΡΚ in Greece).
"""

from __future__ import annotations

from studio_app.text.errors import StudioError


def render(snapshot: dict, logo: bytes | None = None) -> bytes:
    """The PDF bytes of a quote, contract or invoice snapshot, drawn with ``logo``; identical input gives identical
    bytes.

    An issued snapshot names the logo it was issued with; ``studio_app.work.frozen_logo.for_snapshot`` picks the
    bytes to pass (``studio_app.work.issuing.render`` does)."""
    from . import contract, invoice, quote  # lazily: importing the package must not load reportlab
    from .fonts import document

    builders = {"invoice": invoice, "quote": quote, "contract": contract}
    kind = snapshot.get("kind")
    if kind not in builders:
        raise StudioError("Cannot draw a document of kind “{kind}”.", kind=str(kind)[:20])
    with document():
        return _render(builders[kind], snapshot, logo)


def _render(module, snapshot: dict, logo: bytes | None) -> bytes:
    from . import page
    from .context import Context

    ctx = Context(snapshot, logo)
    title = module.title(ctx)
    number = ctx.document.get("number") or ctx.text("draft")
    seller = ctx.seller.get("name") or ""
    buyer = ctx.buyer.get("company") or ctx.buyer.get("name") or ""
    return page.build(module.story(ctx), ctx.theme, title=f"{title} {number}", author=seller,
                      subject=" · ".join(part for part in (f"{title} {number}", buyer) if part),
                      date=_day(ctx.document.get("issue_date")), language=ctx.language,
                      footer_left=f"{seller} · {title} {number}", page_of=ctx.text("page_of"))


def _day(value: object) -> tuple[int, int, int] | None:
    """The document's issue date as (year, month, day), the PDF's creation date; None for a draft without one."""
    text = str(value or "")[:10]
    try:
        year, month, day = (int(part) for part in text.split("-"))
    except ValueError:
        return None
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None

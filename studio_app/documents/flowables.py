"""Flowables shared by the quote, contract and invoice: header, parties, tables, totals, lists, signatures."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, TableStyle

from studio_app.text import countries

from . import fonts
from .context import Context
from .parties import party_lines, vat_id
from .plaintext import PlainCellTable
from .styles import INK, MUTED, RULE, ZEBRA, variant
from .fonts import Paragraph

LOGO_MAX_W = 45 * mm
LOGO_MAX_H = 18 * mm


class Table(PlainCellTable):
    """reportlab's Table with its cells in our embedded font: its default, Helvetica, is never embedded, and
    one cell drawn in it puts a non-embedded font into the PDF (no PDF/A, a print shop's preflight fails)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.FAMILY)]))  # the caller's styles follow


def para(markup: str, style) -> Paragraph:
    return Paragraph(markup, style)


def heading(ctx: Context, label_key: str, **values: object) -> Paragraph:
    return Paragraph(ctx.m(label_key, **values), ctx.theme.heading)


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def keep(flowables: Sequence[Flowable]) -> KeepTogether:
    """The flowables on one page. A KeepTogether inside another is unpacked: reportlab's KeepTogether reports an
    endless height to force its own split, so one nested in another always sent the pair to a fresh page (a
    quote's payment options alone on page 3)."""
    flat: list[Flowable] = []
    for item in flowables:
        flat += keep(item._content)._content if isinstance(item, KeepTogether) else [item]
    return KeepTogether(flat)


def cell(text: str, style, width: float):
    """A table cell for user text: plain lines when the shipped font has every glyph, else a Paragraph.

    Plain lines (broken here with the font's real metrics) are drawn literally, so markup typed by a
    user stays text; a Paragraph is used when a fallback font is needed or a word is wider than the cell.
    """
    if fonts.covered(text):
        # One line that fits (with a hair to spare for the order simpleSplit adds its widths in): what simpleSplit
        # would give back, without measuring it word by word.
        if " ".join(text.split()) == text and stringWidth(text, style.fontName, style.fontSize) <= width - 0.01:
            return text
        lines = simpleSplit(text.replace("\t", " "), style.fontName, style.fontSize, width)
        if all(stringWidth(line, style.fontName, style.fontSize) <= width for line in lines):
            return "\n".join(lines)
    return Paragraph(fonts.markup(text), style)


def join_lines(*parts: object) -> str:
    """Markup for a block of user lines (an address, contact details), skipping the empty ones."""
    return "<br/>".join(fonts.markup(p) for p in parts if p not in (None, ""))


# ---------------------------------------------------------------- header and parties

@lru_cache(maxsize=4)
def _logo_reader(data: bytes) -> ImageReader | None:
    try:
        return ImageReader(io.BytesIO(data))
    except Exception:  # a logo that cannot be decoded must not stop an invoice
        return None


def logo_flowable(logo: bytes | None) -> Flowable | None:
    if not logo:
        return None
    reader = _logo_reader(bytes(logo))
    if reader is None:
        return None
    width, height = reader.getSize()
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_MAX_W / width, LOGO_MAX_H / height)
    image = Image(io.BytesIO(bytes(logo)), width=width * scale, height=height * scale)  # platypus takes a file
    image.hAlign = "LEFT"
    return image


def header(ctx: Context, title: str, number: str | None, subtitle: str = "", *, details: bool = True,
           summary: Flowable | None = None) -> Flowable:
    """Studio (logo, name, address, contact, tax id) on the left; the document's title and number on the right,
    over the ``summary`` box (an invoice's amount due) where there is one.

    Without ``details`` only the logo and the name: a contract prints the studio's details once, as a party."""
    seller = ctx.seller
    theme = ctx.theme
    left: list[Flowable] = []
    logo = logo_flowable(ctx.logo)
    if logo is not None:
        left += [logo, Spacer(1, 6)]
    left.append(Paragraph(fonts.markup(seller.get("name") or ""), theme.studio_name))
    if details:
        contact = " · ".join(fonts.markup(v) for v in (seller.get("email"), seller.get("phone"),
                                                        seller.get("website")) if v)
        lines = [join_lines(seller.get("address"), country_name(ctx, seller)), contact]
        if seller.get("tax_id"):
            lines.append(f"{ctx.m('vat_id')}: {fonts.markup(vat_id(seller))}")
        lines += party_lines(ctx, seller)
        left.append(Paragraph("<br/>".join(line for line in lines if line), theme.small))
    title_style = theme.title
    if stringWidth(title, title_style.fontName, title_style.fontSize) > theme.frame_width * 0.42 * 1.6:
        # A long legal title ("Τιμολόγιο Παροχής Υπηρεσιών") set smaller, on two lines at most.
        title_style = variant(title_style, "title_long", fontSize=title_style.fontSize * 0.72,
                              leading=title_style.leading * 0.72)
    right: list[Flowable] = [Paragraph(fonts.markup(title), title_style)]
    if number and summary is None:  # the summary box names the number itself
        right.append(Paragraph(f"<b>{fonts.markup(number)}</b>", theme.body_right))
    if subtitle:
        right.append(Paragraph(subtitle, theme.small_right))
    if summary is not None:
        right += [Spacer(1, 8), summary]
    width = theme.frame_width
    table = Table([[left, right]], colWidths=[width * 0.58, width * 0.42])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEBELOW", (0, 0), (-1, 0), 1.5, theme.accent),
    ]))
    return table


def country_name(ctx: Context, party: dict) -> str:
    """The party's country named in the document's language ('Türkiye', 'Ηνωμένο Βασίλειο'); nothing for a client
    in the studio's own country (an address at home needs none)."""
    code = countries.code(party.get("country"))
    if party is not ctx.seller and code and code == ctx.country:
        return ""
    return ctx.fmt.country(code) if code else str(party.get("country") or "")


def party_markup(ctx: Context, party: dict) -> str:
    """Name (bold), company, address, country and tax id of a buyer or seller."""
    company, name = party.get("company"), party.get("name")
    first, second = (company, name) if company else (name, None)
    lines = [f"<b>{fonts.markup(first or '')}</b>"]
    body = join_lines(second, party.get("address"), country_name(ctx, party))
    if body:
        lines.append(body)
    if party.get("tax_id"):
        lines.append(f"{ctx.m('vat_id')}: {fonts.markup(vat_id(party))}")
    lines += party_lines(ctx, party)
    if party.get("email"):
        lines.append(fonts.markup(party["email"]))
    return "<br/>".join(lines)


def parties_and_meta(ctx: Context, buyer_label_key: str, meta: Sequence[tuple[str, str]]) -> Flowable:
    """The client's block on the left, the document's facts (number, dates, terms) on the right."""
    theme = ctx.theme
    client = [Paragraph(ctx.m_upper(buyer_label_key), theme.label), Spacer(1, 2),
              Paragraph(party_markup(ctx, ctx.buyer), theme.body)]
    width = theme.frame_width
    facts = key_values(ctx, meta, width * 0.42)
    table = Table([[client, facts]], colWidths=[width * 0.58, width * 0.42])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 12), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def summary_box(ctx: Context, label: str, figure: str, rows: Sequence[tuple[str, str]]) -> Flowable:
    """The figure a client looks for first (the amount due) large, with its facts (due date, number) beneath, on
    the accent's tint: the same figure as the totals at the foot of the document."""
    theme = ctx.theme
    width = theme.frame_width * 0.42
    inner = width - 2 * 10
    rows = [(key, value) for key, value in rows if value]
    value_w, value_size = _summary_values(theme.body_right, [value for _, value in rows], inner)
    value_style = variant(theme.body_right, "summary_value", fontSize=value_size) \
        if value_size != theme.body_right.fontSize else theme.body_right
    data: list[list] = [[Paragraph(fonts.markup(ctx.upper(label)), theme.figure_label), ""],
                        [Paragraph(fonts.markup(figure), theme.figure), ""]]
    for key, value in rows:
        data.append([cell(key, theme.muted, inner - value_w), cell(value, value_style, value_w)])
    table = Table(data, colWidths=[inner - value_w + 10, value_w + 10])
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
        ("FONT", (0, 2), (-1, -1), fonts.FAMILY, theme.body.fontSize, theme.body.leading),
        ("TEXTCOLOR", (0, 2), (0, -1), MUTED), ("ALIGN", (1, 2), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), theme.accent_light),
        ("LINEABOVE", (0, 0), (-1, 0), 2, theme.accent),
        ("LEFTPADDING", (0, 0), (0, -1), 10), ("RIGHTPADDING", (-1, 0), (-1, -1), 10),
        ("LEFTPADDING", (1, 0), (1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        *([("FONTSIZE", (1, 2), (1, -1), value_size)] if value_size != theme.body_right.fontSize else []),
    ]))
    return table


SUMMARY_VALUE_SHARE = 0.42  # of the box's inner width: the values' column, wider where a value needs it
SUMMARY_VALUE_MAX = 0.7  # and at most this much, the labels keeping the rest (they wrap there if they must)
SUMMARY_VALUE_SMALLEST = 7.0  # a value wider than that is set smaller, down to this size, before it wraps


def _summary_values(style, values: Sequence[str], inner: float) -> tuple[float, float]:
    """The summary box's value column (its width inside the padding) and the values' font size: a long invoice
    number (INV-2026-39163) on one line, not its last digit wrapped under it."""
    size = style.fontSize
    widest = max((stringWidth(value, style.fontName, size) for value in values if fonts.covered(value)), default=0.0)
    widest += 0.5  # the hair cell() keeps for the order simpleSplit adds its widths in
    if widest <= inner * SUMMARY_VALUE_SHARE:
        return inner * SUMMARY_VALUE_SHARE, size
    most = inner * SUMMARY_VALUE_MAX
    if widest <= most:
        return widest, size
    return most, max(SUMMARY_VALUE_SMALLEST, size * most / widest)


def key_values(ctx: Context, rows: Sequence[tuple[str, str]], width: float, *, label_share: float = 0.48) -> Table:
    """Label: value pairs (plain text), labels muted and small, values right-aligned."""
    theme = ctx.theme
    label_w, value_w = width * label_share, width * (1 - label_share)
    # Label and value share one size so their baselines line up; the label is set apart by colour.
    muted, right = variant(theme.muted, "fact", leading=13), variant(theme.body_right, "fact_value", leading=13)
    data = [[cell(label, muted, label_w), cell(value, right, value_w)] for label, value in rows if value]
    table = Table(data or [["", ""]], colWidths=[label_w, value_w])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.FAMILY, theme.body.fontSize, 13),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("TEXTCOLOR", (1, 0), (1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    table.hAlign = "RIGHT"
    return table


# ---------------------------------------------------------------- lists and small tables

def bullets(ctx: Context, items: Sequence[str], bullet: str = "•") -> list[Flowable]:
    return [Paragraph(fonts.markup(item), ctx.theme.bullet, bulletText=bullet) for item in items if item]


def simple_table(ctx: Context, header: Sequence[str], rows: Sequence[Sequence[str]], widths_share: Sequence[float],
                 right_columns: Sequence[int] = ()) -> Table:
    """A small table of user text (deliverables, milestones); every cell escaped, header repeated."""
    theme = ctx.theme
    shown = [i for i in range(len(header)) if i == 0 or any(row[i] for row in rows)]  # no empty columns
    if len(shown) < len(header):
        spare = sum(widths_share) - sum(widths_share[i] for i in shown)
        widths_share = [widths_share[i] + (spare if i == 0 else 0) for i in shown]
        right_columns = [shown.index(i) for i in right_columns if i in shown]
        header = [header[i] for i in shown]
        rows = [[row[i] for i in shown] for row in rows]
    right = theme.body_right
    head = variant(theme.label, "simple_head", textColor=theme.accent)
    head_r = variant(head, "simple_head_r", alignment=2)
    data = [[Paragraph(h, head_r if i in right_columns else head) for i, h in enumerate(header)]]
    for row in rows:
        data.append([Paragraph(fonts.markup(value), right if i in right_columns else theme.body)
                     for i, value in enumerate(row)])
    width = theme.frame_width
    table = Table(data, colWidths=[width * share for share in widths_share], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), theme.accent_light),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, theme.accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]))
    return table


def signature_block(ctx: Context, title_key: str, party: dict, width: float,
                    lines: Sequence[str] | None = None) -> Table:
    """Who signs, then name, place, date and signature lines (``lines``) to fill in by hand."""
    theme = ctx.theme
    who = party.get("company") or party.get("name") or ""
    rows: list[list] = [[Paragraph(ctx.m_upper(title_key), theme.label)],
                        [Paragraph(f"<b>{fonts.markup(who)}</b>", theme.body)]]
    heights: list[float | None] = [None, None]
    style = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for key in _signature_lines(ctx) if lines is None else lines:
        if key == "witness":  # Malaysian practice: each signature witnessed, the witness named
            rows.append([Paragraph(ctx.m_upper("witness"), theme.label)])
            heights.append(8 * mm)
            continue
        rows.append([""])  # the writing space, ruled at its foot
        heights.append((15 if key in ("signature", "stamp") else 9) * mm)
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.6, INK))
        rows.append([Paragraph(ctx.m(key), theme.small)])
        heights.append(None)
    table = Table(rows, colWidths=[width], rowHeights=heights)
    table.setStyle(TableStyle(style))
    table.hAlign = "LEFT"
    return table


def signature_blocks(ctx: Context) -> Flowable:
    """Both parties side by side: who signs, then name, place, date and signature lines to fill in by hand."""
    width = ctx.theme.frame_width
    column = (width - 12 * mm) / 2
    outer = Table([[signature_block(ctx, "for_studio", ctx.seller, column), "",
                    signature_block(ctx, "for_client", ctx.buyer, column)]],
                  colWidths=[column, 12 * mm, column])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _signature_lines(ctx: Context) -> tuple[str, ...]:
    """Name, place, date, signature; the company stamp where documents are stamped (kaşe, σφραγίδα, cop
    syarikat); a witness for a Malaysian studio's contract."""
    lines: tuple[str, ...] = ("name", "place", "date", "signature")
    if ctx.country in ("TR", "GR", "MY"):
        lines += ("stamp",)
    if ctx.country == "MY":
        lines += ("witness", "name", "witness_id", "signature")
    return lines


class Rule(Flowable):
    """A thin horizontal line across the frame."""

    def __init__(self, color=RULE, thickness: float = 0.5, space: float = 4) -> None:
        super().__init__()
        self.color, self.thickness, self.space = color, thickness, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.space * 2

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


ZEBRA_COLOR = ZEBRA

"""The priced part of a quote, contract or invoice: the lines table (laid out page by page), the totals and the
VAT breakdown per category and rate, and why no VAT is charged where none is."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle
from reportlab.platypus.tables import LINECOMMANDS

from . import fonts
from .context import Context
from .flowables import Table, cell, keep
from .plaintext import PlainCellTable
from .styles import INK, MARGIN_BOTTOM, MARGIN_TOP, RULE, variant
from .fonts import Paragraph

DESCRIPTION_LINES_PER_ROW = 24  # a longer description continues in the next row so a row never outgrows a page
PAD_X = 3  # cell padding left and right in the lines table
PAD_Y = 3  # Table's default top and bottom padding, which the lines table keeps
UNIT_CODES = ("h", "pc", "p")  # the program's own units (time, pieces, pages), written out per language


def _description_chunks(text: str, chars_per_line: int) -> list[str]:
    """Split a long description into pieces of at most DESCRIPTION_LINES_PER_ROW estimated lines."""
    if len(text) <= chars_per_line * 4 and text.count("\n") < 4:
        return [text]
    pieces: list[str] = []
    for line in text.split("\n"):
        while len(line) > chars_per_line:
            cut = line.rfind(" ", 0, chars_per_line)
            cut = cut if cut > chars_per_line // 2 else chars_per_line
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        pieces.append(line)
    chunks: list[str] = []
    current: list[str] = []
    for piece in pieces:
        if len(current) >= DESCRIPTION_LINES_PER_ROW:
            chunks.append("\n".join(current))
            current = []
        current.append(piece)
    if current:
        chunks.append("\n".join(current))
    return chunks


def lines_table(ctx: Context, totals: Flowable | None = None) -> Flowable:
    """The priced lines: description, quantity and unit, unit price, discount, VAT rate, amount; ``totals`` (a
    :func:`totals_block`) follows the last line on its page, with at least the last few lines beside it.

    Numbers are plain cells (no Paragraph) because they never wrap and a Paragraph per cell
    doubles the time of a long invoice; the header row repeats on every page.
    """
    theme, fmt = ctx.theme, ctx.fmt
    document = ctx.document
    pairs = [(row, amount) for row, amount in zip(document.get("lines") or [], ctx.totals.line_amounts)
             if (row.get("kind") or "item") == "item"]  # discounts and charges on the whole document: totals
    rows = [row for row, _ in pairs]
    with_discount = any(str(r.get("discount_percent") or "0") not in ("0", "0.0", "") or r.get("discount_amount")
                        for r in rows)
    price_key = "unit_price_gross" if document.get("prices_include_tax") else "unit_price"
    currency = fmt.currency
    head_right = variant(theme.label, "head_right", alignment=2, textColor=theme.accent)
    head_left = variant(theme.label, "head_left", textColor=theme.accent)
    titles = ["#", ctx.text("description"), ctx.text("quantity"), f"{ctx.text(price_key)} ({currency})"]
    widths_mm: list[float | None] = [9, None, 20, 30]
    if with_discount:
        titles.append(ctx.text("discount"))
        widths_mm.append(14)
    titles += [ctx.text("vat_column"), f"{ctx.text('amount')} ({currency})"]
    widths_mm += [13, 27]
    fixed = sum(w for w in widths_mm if w) * mm
    description_width = theme.frame_width - fixed
    widths = [w * mm if w else description_width for w in widths_mm]
    header = [cell(t, head_left if i < 2 else head_right, widths[i] - 2 * PAD_X) for i, t in enumerate(titles)]
    chars_per_line = max(20, int(description_width / (0.62 * theme.cell.fontSize)))
    text_width = description_width - 2 * PAD_X

    data: list[list] = []
    continued: set[int] = set()
    style = [
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, theme.label.fontSize, theme.label.leading),
        ("TEXTCOLOR", (0, 0), (-1, 0), theme.accent),
        # Every command costs a call per cell per page: only what differs from Table's defaults
        # (3 pt top and bottom padding, black text).
        ("FONT", (0, 1), (-1, -1), fonts.FAMILY, theme.cell.fontSize, theme.cell.leading),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("BACKGROUND", (0, 0), (-1, 0), theme.accent_light),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, theme.accent),
    ]
    body = theme.cell
    rates: dict[tuple, str] = {}  # (rate, category) -> its cell: a long invoice has a few rates on every line
    for position, (row, amount) in enumerate(pairs, start=1):
        quantity = fmt.quantity(row.get("quantity") or "0")
        unit = row.get("unit") or ""
        unit = ctx.labels.get(f"unit_{unit}", unit) if unit in UNIT_CODES else unit  # "h" reads "sa." in Turkish
        if unit:
            quantity = f"{quantity} {unit}"
            if len(quantity) > 9 or not fonts.covered(unit):
                quantity = cell(quantity, theme.body_right, widths[2] - 2 * PAD_X)
        chunks = _description_chunks(str(row.get("description") or ""), chars_per_line)
        price = fmt.price(row["unit_price"])
        base = str(row.get("base_quantity") or "1")
        if base != "1":
            price = cell(f"{price} {ctx.text('price_per', base=fmt.quantity(base))}", theme.body_right,
                         widths[3] - 2 * PAD_X)
        cells = [str(position), cell(chunks[0], body, text_width), quantity, price]
        if with_discount:
            cells.append(_discount(ctx, row))
        rate_key = (row.get("tax_rate"), row.get("vat_category"))
        rate = rates.get(rate_key)
        if rate is None:
            rate = rates[rate_key] = _rate(ctx, row)
        cells += [rate, fmt.plain(amount)]
        data.append(cells)
        for chunk in chunks[1:]:
            continued.add(len(data))
            data.append(["", cell(chunk, body, text_width)] + [""] * (len(cells) - 2))
    frame_height = theme.page_size[1] - MARGIN_TOP - MARGIN_BOTTOM
    return PagedTable(header, data, widths, style, continued, frame_height,
                      leading=(theme.label.leading, theme.cell.leading),
                      tail=list(getattr(totals, "_content", [totals] if totals is not None else [])))


def _discount(ctx: Context, row: dict) -> str:
    parts = []
    percent = str(row.get("discount_percent") or "0")
    if percent not in ("0", ""):
        parts.append(ctx.fmt.percent(percent))
    if row.get("discount_amount"):
        parts.append(ctx.fmt.plain(-int(row["discount_amount"])))
    return "\n".join(parts)


def _rate(ctx: Context, row: dict) -> str:
    """'20 %', or '0 % AE' where a category other than the rate's own applies (its reason is printed below)."""
    percent = ctx.fmt.percent(str(row.get("tax_rate") or "0"))
    category = row.get("vat_category") or ""
    return f"{percent} {category}" if category else percent


# Table commands that are not a cell's style (backgrounds, rules, spans): each page's table applies them itself.
_TABLE_COMMANDS = frozenset(["BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT", "ROUNDEDCORNERS",
                             *LINECOMMANDS])
KEEP_WITH_TOTALS = 3  # lines that go over to the totals' page with them: never the totals alone


class PagedTable(Flowable):
    """A long table laid out page by page, each page a Table of its own rows under the header row, and the
    totals (``tail``) drawn under the last rows, on their page.

    reportlab's Table.split measures every remaining row again for each page, which makes a
    5,000-line invoice quadratic; here each row is measured once.
    """

    def __init__(self, header: list, rows: list[list], widths: list[float], style: list, continued: set[int],
                 frame_height: float, heights: list[float] | None = None, *,
                 leading: tuple[float, float] = (10, 12), tail: list[Flowable] | None = None,
                 cell_styles: tuple[list, list] | None = None) -> None:
        super().__init__()
        self._cell_styles = cell_styles  # (the header row's, every body row's): see _styles
        self.tail = tail or []
        self._tail_size: tuple[float, float] | None = None
        self.leading = leading  # (header row, body rows): what plain-text cells are measured with
        self.header, self.rows, self.widths, self.style = header, rows, widths, style
        self.continued = continued  # row indexes that carry on the description of the row above
        self.frame_height = frame_height
        self._heights = heights  # [header height, row heights...]

    def _measure(self) -> list[float]:
        """Row heights, each row measured once (Table's own measuring rescans its row list: quadratic)."""
        if self._heights is None:
            inner = [w - 2 * PAD_X for w in self.widths]
            heights = []
            for index, row in enumerate([self.header] + self.rows):
                leading = self.leading[0 if index == 0 else 1]
                tallest = 0.0
                if all(type(value) is str for value in row):  # plain cells: the most lines of any, as below
                    lines = [value.count("\n") for value in row if value]
                    heights.append((leading * (max(lines) + 1) if lines else tallest) + 2 * PAD_Y)
                    continue
                for value, width in zip(row, inner):
                    if isinstance(value, Flowable):
                        height = value.wrap(width, self.frame_height)[1]
                    else:
                        height = leading * (value.count("\n") + 1) if value else 0
                    tallest = max(tallest, height)
                heights.append(tallest + 2 * PAD_Y)
            self._heights = heights
        return self._heights

    def opening_height(self) -> float:
        """The room the table needs to start on a page: the header and the first two lines, or all of it (with the
        totals) where it is too short to split."""
        heights = self._measure()
        if len(self.rows) <= KEEP_WITH_TOTALS + 1:
            return sum(heights) + self._tail_height(sum(self.widths))
        return sum(heights[:3])

    def _tail_height(self, width: float) -> float:
        if self._tail_size is None or self._tail_size[0] != width:
            self._tail_size = (width, sum(item.wrap(width, self.frame_height)[1] for item in self.tail))
        return self._tail_size[1]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        heights = self._measure()
        self.width = sum(self.widths)
        self.height = sum(heights) + self._tail_height(self.width)
        return self.width, self.height

    def _table(self, start: int, end: int) -> Table:
        heights = self._measure()
        rows = self.rows[start:end]
        style = list(self.style)
        ruled = [index - start + 1 for index in range(start, end)
                 if index + 1 not in self.continued or index + 1 == end]
        first = None  # one command per run of ruled rows: Table handles each command cell by cell, per page
        for position, row in enumerate(ruled):
            first = row if first is None else first
            if position + 1 == len(ruled) or ruled[position + 1] != row + 1:
                style.append(("LINEBELOW", (0, first), (-1, row), 0.25, RULE))
                first = None
        header_styles, body_styles = self._styles()
        table = PlainCellTable([self.header] + rows, colWidths=self.widths,
                               rowHeights=[heights[0]] + heights[start + 1:end + 1], normalizedData=1,
                               cellStyles=[header_styles] + [body_styles] * len(rows))
        table.setStyle(TableStyle([command for command in style if command[0] in _TABLE_COMMANDS]))
        return table

    def _styles(self) -> tuple[list, list]:
        """The cell styles of the header row and of a body row, worked out once for all pages: the style's cell
        commands address the header row and the body rows as a whole, and Table would otherwise apply each
        command to each cell of each page again (150,000 calls for a 5,000-line invoice)."""
        if self._cell_styles is None:
            template = PlainCellTable([self.header, [""] * len(self.header)], colWidths=self.widths)
            template.setStyle(TableStyle([command for command in self.style if command[0] not in _TABLE_COMMANDS]))
            self._cell_styles = (template._cellStyles[0], template._cellStyles[1])
        return self._cell_styles

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        heights = self._measure()
        room = available_height - heights[0]
        count = 0
        for height in heights[1:]:
            if height > room:
                break
            room -= height
            count += 1
        total, fit = len(self.rows), count
        if self.tail and total - count < KEEP_WITH_TOTALS:  # the totals go over: the last lines go with them
            count = min(count, total - KEEP_WITH_TOTALS)
        if count <= 0:
            if available_height < self.frame_height * 0.95 or not self.rows:
                return []  # the next page has room
            count = max(fit, 1)  # a fresh page cannot hold them all: fill it (a row taller than a page overflows)
        if count >= total:  # the totals alone on the next page: only when a fresh page cannot hold both
            return [self._table(0, total), *([keep(self.tail)] if self.tail else [])]
        rest = PagedTable(self.header, self.rows[count:], self.widths, self.style,
                          {i - count for i in self.continued if i >= count}, self.frame_height,
                          [heights[0]] + heights[count + 1:], leading=self.leading, tail=self.tail,
                          cell_styles=self._styles())
        return [self._table(0, count), rest]

    def draw(self) -> None:
        tail = self._tail_height(self.width)
        table = self._table(0, len(self.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, tail)
        for item in self.tail:  # the totals under the last line, right-aligned as a frame would set them
            width, height = item.wrap(self.width, self.frame_height)
            tail -= height
            item.drawOn(self.canv, 0, tail, _sW=self.width - width)


def totals_block(ctx: Context, rows: Sequence[tuple[str, str, str]], note: str = "") -> Flowable:
    """Totals right-aligned, so the decimal points line up (one currency, one number of decimals).

    Row kinds: 'row', 'strong' (the grand total), 'due' (what is left to pay). Kept together, never widowed.
    """
    theme = ctx.theme
    width = min(110 * mm, theme.frame_width * 0.64)
    label_w, value_w = width * 0.62, width * 0.38
    strong = variant(theme.body, "total_strong", fontName=fonts.BOLD, fontSize=10.5, leading=14)
    strong_right = variant(strong, "total_strong_r", alignment=2)
    data = []
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.FAMILY, theme.body.fontSize, theme.body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for index, (label, value, kind) in enumerate(rows):
        if kind in ("strong", "due"):
            data.append([cell(label, strong, label_w - 6), cell(value, strong_right, value_w - 6)])
            style += [("FONT", (0, index), (-1, index), fonts.BOLD, strong.fontSize, strong.leading),
                      ("LINEABOVE", (0, index), (-1, index), 0.8, theme.accent),
                      ("TOPPADDING", (0, index), (-1, index), 4), ("BOTTOMPADDING", (0, index), (-1, index), 4)]
            if kind == "due":
                style.append(("BACKGROUND", (0, index), (-1, index), theme.accent_light))
        else:
            data.append([cell(label, theme.body, label_w - 6), cell(value, theme.body_right, value_w - 6)])
    table = Table(data, colWidths=[label_w, value_w])
    table.setStyle(TableStyle(style))
    table.hAlign = "RIGHT"
    parts: list[Flowable] = [Spacer(1, 4), table]
    if note:
        parts += [Spacer(1, 3), Paragraph(note, theme.small_right)]
    return KeepTogether(parts)


def money_rows(ctx: Context) -> list[tuple[str, str, str]]:
    """The sum of the lines, the discounts and charges on the whole document, net and VAT per category and
    rate (Art. 226 (8)-(10)), total net, total VAT and the gross total, as plain text."""
    totals, fmt = ctx.totals, ctx.fmt
    rows: list[tuple[str, str, str]] = []
    lines = ctx.document.get("lines") or []
    adjustments = [(row, amount) for row, amount in zip(lines, totals.line_amounts)
                   if (row.get("kind") or "item") != "item"]
    if adjustments:
        rows.append((ctx.text("lines_total"), fmt.money(totals.items), "row"))
        for row, amount in adjustments:
            allowance = row.get("kind") == "allowance"
            label = ctx.text("allowance_row" if allowance else "charge_row", description=row.get("description") or "")
            percent = str(row.get("discount_percent") or "0")
            if percent not in ("0", ""):
                label = f"{label} ({fmt.percent(percent)})"
            rows.append((label, fmt.money(-amount if allowance else amount), "row"))
    for rate in totals.rates:
        percent = fmt.percent(str(rate.rate))
        if rate.category in ("S", "Z"):
            rows.append((ctx.text("net_at", rate=percent), fmt.money(rate.net), "row"))
            rows.append((ctx.text("vat_at", rate=percent), fmt.money(rate.tax), "row"))
        else:
            name = ctx.text(f"category_{rate.category}")
            rows.append((ctx.text("net_in", category=name), fmt.money(rate.net), "row"))
            rows.append((ctx.text("vat_in", category=name), fmt.money(rate.tax), "row"))
    if len(totals.rates) > 1:
        rows.append((ctx.text("total_net"), fmt.money(totals.net), "row"))
        rows.append((ctx.text("total_vat"), fmt.money(totals.tax), "row"))
    rows.append((f"{ctx.text('total')} ({fmt.currency})", fmt.money(totals.gross), "strong"))
    return rows


def exemption_notes(ctx: Context) -> list[str]:
    """Why no VAT is charged, per category that needs a reason (EN 16931 BT-120): the line's own words, else
    the law's in the document's language. Markup, escaped."""
    categories: list[str] = []
    own: dict[str, str] = {}
    for row in ctx.document.get("lines") or []:
        category = row.get("vat_category") or ""
        if category in ("", "S", "Z"):
            continue
        if category not in categories:
            categories.append(category)
        if row.get("exemption_reason"):
            own.setdefault(category, row["exemption_reason"])
    notes = {category: own.get(category) or ctx.text(f"exemption_{category}") for category in categories}
    return [fonts.markup(note) for note in notes.values()]

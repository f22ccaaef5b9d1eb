"""Plain table cells written straight into the page: the same bytes as reportlab's drawString, a quarter of its work.

reportlab draws each plain-text cell through a text object (bidi check, a width, an object with a dozen fields,
three method calls); a 40-line invoice has about 300 such cells and a 5,000-line one 30,000, which made drawing
them the largest part of a long invoice. Here a left- or right-aligned cell in an embedded (TrueType) font is
formatted directly, operator for operator as reportlab writes it, so every PDF stays byte for byte as before.
Anything else (centred or decimal cells, links, shaping, right-to-left, characters past U+FFFF that need
/ActualText, Flowables) goes through reportlab's own path.
"""

from __future__ import annotations

from reportlab import platypus
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

from .pdfformat import fp_str

_ALIGN = ("LEFT", "RIGHT")
_VALIGN = ("TOP", "BOTTOM", "MIDDLE")
_UNSEEN = object()
# Table's cell commands and the cell style attributes they set (reportlab's _setCellStyle), FONT's in its order.
_CELL_ATTRIBUTES = {"FONT": ("fontname", "fontsize", "leading"), "FONTNAME": ("fontname",), "FACE": ("fontname",),
                    "SIZE": ("fontsize",), "FONTSIZE": ("fontsize",), "LEADING": ("leading",),
                    "TEXTCOLOR": ("color",), "ALIGN": ("alignment",), "ALIGNMENT": ("alignment",),
                    "VALIGN": ("valign",), "LEFTPADDING": ("leftPadding",), "RIGHTPADDING": ("rightPadding",),
                    "TOPPADDING": ("topPadding",), "BOTTOMPADDING": ("bottomPadding",), "HREF": ("href",),
                    "DESTINATION": ("destination",), "DIRECTION": ("direction",), "SHAPING": ("shaping",)}


class PlainCellTable(platypus.Table):
    """reportlab's Table, its plain left- and right-aligned text cells drawn by :func:`draw_line`."""

    _plain_styles: dict | None = None  # cell style -> whether its text cells are drawn here

    def _addCommand(self, cmd) -> None:  # noqa: N802 (reportlab's name)
        """A cell command (font, colour, alignment, padding) set on its cells' styles directly: what Table's
        _setCellStyle sets, without its chain of comparisons per cell, and a colour converted once (every table
        of a document applies a dozen such commands to each of its cells)."""
        op = cmd[0]
        names = _CELL_ATTRIBUTES.get(op)
        if names is None or len(cmd) < 4 or isinstance(cmd[1][1], str) or isinstance(cmd[2][1], str):
            return super()._addCommand(cmd)
        values = cmd[3:]
        if op == "FONT":
            count = len(values)
            values = values[:1] if count == 1 else (values[0], values[1], values[2] if count > 2 else values[1] * 1.2)
        elif op == "TEXTCOLOR":
            values = (colors.toColor(values[0], colors.Color(0, 0, 0)),)
        else:
            values = values[:1]
        pairs = tuple(zip(names, values))
        (sc, sr), (ec, er) = cmd[1], cmd[2]
        sc, ec, sr, er = self.normCellRange(sc, ec, sr, er)
        for row in self._cellStyles[sr:er + 1]:
            for style in row[sc:ec + 1]:
                for name, value in pairs:
                    setattr(style, name, value)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Table.wrap, its layout kept for the same width while it fits the height asked: a table is measured by
        the frame, again by a KeepTogether or a totals block around it, and a table in a cell again as its cell is
        drawn (the header's amount-due box, the payment details). With every row measured (it fitted) and cells
        whose size does not depend on the height offered, the layout is what Table would work out again."""
        known = self.__dict__.get("_laid_out")
        if known is not None and known[0] == available_width and known[1][1] <= available_height \
                and known[2] is self._cellvalues and known[3] == len(self._cellStyles):
            self.availWidth = available_width
            return known[1]
        size = super().wrap(available_width, available_height)
        if size[1] <= available_height and self._hmax == len(self._rowHeights) and _height_free(self._cellvalues):
            self._laid_out = (available_width, size, self._cellvalues, len(self._cellStyles))
        else:
            self._laid_out = None
        return size

    def setStyle(self, tblstyle) -> None:  # noqa: N802 (reportlab's name)
        self._laid_out = None  # paddings and fonts may change the layout
        super().setStyle(tblstyle)

    def split(self, available_width: float, available_height: float) -> list:
        self._laid_out = None  # Table.split lays the table out again for the height it splits at
        return super().split(available_width, available_height)

    def draw(self) -> None:
        """Table.draw's loop over the cells (no spans, no render callback: every table of ours), with a one-line
        cell of known characters in a top-aligned plain style written here: the same operators, without two
        calls and a dozen look-ups per cell (a 5,000-line invoice has 30,000 of them)."""
        if self._spanCmds or getattr(self, "_renderCB", None):
            return super().draw()
        canvas = self.canv
        canvas.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._makeShadow()
        self._makeRoundedCornersClip()
        self._drawBkgrnd()
        code, escape, draw_cell = canvas._code, canvas._escape, self._drawCell
        columns = list(zip(self._colpositions[:-1], self._colWidths))
        top = self._top_style
        plans: dict[int, list] = {}  # a row's cell styles -> each one's _top_style (body rows share one list)
        known = None  # the canvas's _plain_font while it holds: looked up again after a font change or any other cell
        for row, rowstyle, rowpos, rowheight in zip(self._cellvalues, self._cellStyles, self._rowpositions[1:],
                                                    self._rowHeights):
            plan = plans.get(id(rowstyle))
            if plan is None:
                plan = plans[id(rowstyle)] = [top(cellstyle) for cellstyle in rowstyle]
            for cellval, cellstyle, (colpos, colwidth), fast in zip(row, rowstyle, columns, plan):
                if fast is None or type(cellval) is not str or not cellval or "\n" in cellval:
                    draw_cell(cellval, cellstyle, (colpos, rowpos), (colwidth, rowheight))
                    known = None
                    continue
                current = self._curcellstyle
                if current is not cellstyle:  # as Table._drawCell: colour and font only where they change
                    if current is None or cellstyle.color != current.color:
                        canvas.setFillColor(cellstyle.color)
                    if (current is None or cellstyle.leading != current.leading
                            or cellstyle.fontname != current.fontname or cellstyle.fontsize != current.fontsize):
                        canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
                        known = None
                    self._curcellstyle = cellstyle
                if known is None:
                    known = canvas.__dict__.get("_plain_font")
                    if (known is None or known[3] is None or known[0] != canvas._fontname
                            or known[1] != canvas._fontsize or known[2] != canvas._leading):
                        draw_cell(cellval, cellstyle, (colpos, rowpos), (colwidth, rowheight))
                        known = None
                        continue
                try:
                    codes = cellval.translate(known[4]).encode("latin-1")
                except UnicodeEncodeError:
                    draw_cell(cellval, cellstyle, (colpos, rowpos), (colwidth, rowheight))
                    known = None
                    continue
                right, padding, top_padding, size = fast
                x = colpos + colwidth - padding - known[3].stringWidth(cellval, known[1]) if right else colpos + padding
                y = rowpos + rowheight - top_padding - size
                code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {known[5]} ({escape(codes)}) Tj T* ET")
        self._drawLines()
        canvas.restoreState()

    def _top_style(self, cellstyle) -> tuple | None:
        """For a plain style set from the top: (right-aligned, its padding on that side, its top padding, its font
        size), placed as _one_known_line places its cells; None for any other."""
        styles = self.__dict__.setdefault("_top", {})
        known = styles.get(cellstyle, _UNSEEN)
        if known is _UNSEEN:
            right = cellstyle.alignment == "RIGHT"
            known = styles[cellstyle] = (right, cellstyle.rightPadding if right else cellstyle.leftPadding,
                                         cellstyle.topPadding, cellstyle.fontsize) \
                if _plain(cellstyle) and cellstyle.valign == "TOP" else None
        return known

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: N802 (reportlab's name)
        styles = self._plain_styles
        if styles is None:
            styles = self._plain_styles = {}
        plain = styles.get(cellstyle)
        if plain is None:
            plain = styles[cellstyle] = _plain(cellstyle)
        if type(cellval) is not str or not plain:
            return super()._drawCell(cellval, cellstyle, pos, size)
        canvas = self.canv
        current = self._curcellstyle
        if current is not cellstyle:  # as Table._drawCell: colour and font only where they change
            if current is None or cellstyle.color != current.color:
                canvas.setFillColor(cellstyle.color)
            if (current is None or cellstyle.leading != current.leading or cellstyle.fontname != current.fontname
                    or cellstyle.fontsize != current.fontsize):
                canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        top = rowpos + rowheight - cellstyle.topPadding - cellstyle.fontsize  # the first line's baseline, as below
        if cellstyle.valign == "TOP" and _one_known_line(canvas, cellval, colpos, top, colwidth, cellstyle):
            return
        lines = cellval.split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        if cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + len(lines) * leading) / 2.0 \
                - fontsize
        right = cellstyle.alignment == "RIGHT"
        x = colpos + colwidth - cellstyle.rightPadding if right else colpos + cellstyle.leftPadding
        for line in lines:
            draw_line(canvas, x, y, line, right=right)
            y -= leading


def _height_free(rows: list) -> bool:
    """Whether every cell is text or flowables whose size does not depend on the height they are offered
    (paragraphs, spacers, images, tables of these)."""
    for row in rows:
        for value in row:
            if type(value) is str or value is None:
                continue
            for item in value if isinstance(value, (list, tuple)) else (value,):
                if isinstance(item, PlainCellTable):
                    if item.__dict__.get("_laid_out") is None:
                        return False
                elif not isinstance(item, _HEIGHT_FREE) and not getattr(item, "height_free", False):
                    return False
    return True


_HEIGHT_FREE = (platypus.Paragraph, platypus.Spacer, platypus.Image)


def _plain(cellstyle) -> bool:
    """Whether a cell style's text cells are drawn here (left or right, any vertical alignment, no link, no
    direction, no shaping)."""
    return cellstyle.alignment in _ALIGN and cellstyle.valign in _VALIGN and not (
        cellstyle.href or cellstyle.destination or cellstyle.direction or cellstyle.shaping)


def _one_known_line(canvas, text: str, colpos: float, y: float, colwidth: float, cellstyle) -> bool:
    """A cell of one line whose characters this document has drawn in this font before, written as draw_line
    writes it (most cells of a long invoice): False, nothing written, for any other."""
    fast = canvas.__dict__.get("_plain_font")
    if (fast is None or fast[3] is None or not text or "\n" in text or fast[0] != canvas._fontname
            or fast[1] != canvas._fontsize or fast[2] != canvas._leading):
        return False
    try:
        codes = text.translate(fast[4]).encode("latin-1")
    except UnicodeEncodeError:
        return False
    if cellstyle.alignment == "RIGHT":
        x = colpos + colwidth - cellstyle.rightPadding
        x -= fast[3].stringWidth(text, fast[1])
    else:
        x = colpos + cellstyle.leftPadding
    canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {fast[5]} ({canvas._escape(codes)}) Tj T* ET")
    return True


def draw_line(canvas, x: float, y: float, text: str, *, right: bool = False) -> None:
    """``canvas.drawString`` (or ``drawRightString`` with ``right``) of one line in the canvas's current font."""
    fast = canvas.__dict__.get("_plain_font")  # (font name, size, leading, font, its subset-0 table, Tf and TL)
    if fast is None or fast[0] != canvas._fontname or fast[1] != canvas._fontsize or fast[2] != canvas._leading:
        fast = _select(canvas)
    if fast[3] is not None and text:
        try:
            codes = text.translate(fast[4]).encode("latin-1")
        except UnicodeEncodeError:  # a character this document has not drawn yet, or one outside subset 0
            codes = None
        if codes is not None:
            if right:
                x -= fast[3].stringWidth(text, fast[1])
            canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {fast[5]} ({canvas._escape(codes)}) Tj T* ET")
            return
    font = pdfmetrics.getFont(canvas._fontname)
    if not font._dynamicFont or not canvas.bottomup or (not text.isascii() and max(text) > "\uffff"):
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    size = canvas._fontsize
    if right:
        x -= pdfmetrics.stringWidth(text, canvas._fontname, size)
    doc = canvas._doc
    codes = _given_codes(canvas, font, text) if text else None
    if codes is not None:  # every character in subset 0 once its new ones have their codes: splitString's one piece
        selected = f"{font.getSubsetInternalName(0, doc)} {fp_str(size)} Tf {fp_str(canvas._leading)} TL"
        canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {selected} ({canvas._escape(codes)}) Tj T* ET")
        return
    escape = canvas._escape
    shown = []
    subset_now = -1
    for subset, piece in font.splitString(text, doc):
        if subset != subset_now:
            shown.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf {fp_str(canvas._leading)} TL")
            subset_now = subset
        shown.append(f"({escape(piece)}) Tj")
    canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(shown)} T* ET")
    if shown:
        _learn(canvas.__dict__.setdefault("_subset_zero", {}), font, doc, text)
        canvas.__dict__.pop("_plain_font", None)  # the font may have become known: look again


class TextObject(PDFTextObject):
    """reportlab's text object (Paragraphs, drawString), a run of characters this document has drawn before in an
    embedded font encoded by one translate, as draw_line encodes it: the bytes of reportlab's splitString, which
    walks the run character by character (a Paragraph's lines and the footers are most of a page's text after
    the plain cells)."""

    def _shown(self, font, codes: bytes) -> str:
        """The text operator for ``codes`` of ``font``'s subset 0, switching to that subset when another is set."""
        canvas = self._canvas
        shown = f"({canvas._escape(codes)}) Tj"
        if self._curSubset == 0:
            return shown
        self._curSubset = 0
        return (f"{font.getSubsetInternalName(0, canvas._doc)} {fp_str(self._fontsize)} Tf "
                f"{fp_str(self._leading)} TL {shown}")

    def _formatText(self, text) -> str:  # noqa: N802 (reportlab's name)
        canvas = self._canvas
        known = canvas.__dict__.get("_subset_zero", {}).get(self._fontname) if type(text) is str and text else None
        if known is not None:  # (type: a ShapedStr, harfbuzz's glyphs, takes reportlab's path)
            try:
                codes = text.translate(known[1]).encode("latin-1")
            except UnicodeEncodeError:
                codes = None
            if codes is not None:
                return self._shown(known[0], codes)
        font = pdfmetrics.getFont(self._fontname)
        if font._dynamicFont and text and type(text) is str:
            codes = _given_codes(canvas, font, text)
            if codes is not None:
                return self._shown(font, codes)
        code = super()._formatText(text)
        if font._dynamicFont and text and type(text) is str and canvas.bottomup:
            _learn(canvas.__dict__.setdefault("_subset_zero", {}), font, canvas._doc, text)
            canvas.__dict__.pop("_plain_font", None)  # the font may have become known: look again
        return code


def _given_codes(canvas, font, text: str) -> bytes | None:
    """``text``'s subset-0 codes after its characters new to this document are given theirs: splitString of the new
    characters alone, in the order they first appear, gives each the code splitString of the whole text would (a
    known character's lookup changes nothing), without walking the known ones. None where a character ends up
    outside subset 0, has no glyph or lies past U+FFFF: then reportlab's path writes the text."""
    seen = canvas.__dict__.setdefault("_subset_zero", {})
    doc = canvas._doc
    known = seen.get(font.fontName)
    if known is None:
        font.splitString("", doc)  # the document's state of the font, as splitString makes it on first use
        _learn(seen, font, doc, "")
        known = seen[font.fontName]
    table = known[1]
    fresh = "".join(dict.fromkeys(char for char in text if table.get(ord(char), 0x100) == 0x100))
    if fresh:
        if max(fresh) > "\uffff":
            return None
        font.splitString(fresh, doc)
        _learn(seen, font, doc, fresh)
        canvas.__dict__.pop("_plain_font", None)  # the font may have become known: look again
    try:
        return text.translate(table).encode("latin-1")
    except UnicodeEncodeError:
        return None


def _select(canvas) -> tuple:
    """The current font's fast-path state: its subset-0 table and selecting operators once the document has drawn
    with it (see _learn); (name, size, leading, None, None, None) before."""
    name, size, leading = canvas._fontname, canvas._fontsize, canvas._leading
    known = canvas.__dict__.get("_subset_zero", {}).get(name)  # font name -> (font, its subset-0 table)
    if known is None:
        fast = (name, size, leading, None, None, None)
    else:
        font, table = known
        selected = f"{font.getSubsetInternalName(0, canvas._doc)} {fp_str(size)} Tf {fp_str(leading)} TL"
        fast = (name, size, leading, font, table, selected)
    canvas._plain_font = fast
    return fast


def _learn(seen: dict, font, doc, text: str) -> None:
    """Remember the subset-0 codes splitString gave ``text``'s characters in this document (the first time, every
    code it has given), as a str.translate table: a later line made only of such characters is encoded by one
    translate (what splitString would give, since a character keeps its code for the whole document). Every code
    below 256 not yet given maps to U+0100, so that encoding fails for it, as it does for any other character the
    table lacks; characters past U+FFFF are left out (they take reportlab's path, which names them with
    /ActualText)."""
    assignments = font.state[doc].assignments
    known = seen.get(font.fontName)
    if known is None:  # every code given so far: printable ASCII is given its own code when the document starts
        table = dict.fromkeys(range(256), 0x100)
        table.update((code, given) for code, given in assignments.items() if given < 256 and code <= 0xFFFF)
        if 32 in assignments:
            table[0xA0] = assignments[32]
        known = seen[font.fontName] = (font, table)
    table = known[1]
    for code in map(ord, set(text)):
        given = assignments.get(32 if code == 0xA0 else code)  # splitString draws a no-break space as a space
        if given is not None and given < 256 and code <= 0xFFFF:
            table[code] = given

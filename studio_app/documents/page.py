"""The page: size, margins, the 'page N of M' footer, and building a story into PDF bytes."""

from __future__ import annotations

import io
import zlib
from functools import partial
from operator import itemgetter

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from . import archive, fonts, pdfformat, plaintext
from .styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE, SMALL_SIZE, Theme


class TextObject(plaintext.TextObject):
    """Draws a shaped word inside a /Span with its typed text as /ActualText: extracting or copying the text
    then gives "தமிழ்" and "محمد" as typed, not the glyphs harfbuzz chose for them. The same for characters
    past U+FFFF (emoji), which reportlab's ToUnicode map cannot name."""

    def _formatText(self, text):  # noqa: N802 (reportlab's name)
        code = super()._formatText(text)
        typed = fonts.typed_text(self._fontname, str(text)) if isinstance(text, ShapedStr) else None
        if typed is None and not text.isascii() and max(text) > "\uffff":  # no room past U+FFFF in reportlab's
            typed = str(text)  # ToUnicode map; these glyphs are the characters themselves
        if typed is None:
            return code
        return f"/Span << /ActualText <FEFF{typed.encode('utf-16-be').hex().upper()}> >> BDC {code} EMC"


pdfformat.install()
PAGE_LEVEL = 1  # zlib level of the pages' content: half of level 6's time (the PDF a few per cent larger than at 6)


class _PageFilter:
    """reportlab's FlateDecode filter at PAGE_LEVEL (reportlab compresses at zlib's default, 6)."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, PAGE_LEVEL)


_PAGE_FILTER = _PageFilter()


class NumberedCanvas(Canvas):
    """Holds each finished page until the end, so the footer can say how many pages there are."""

    def __init__(self, *args, footer_left: str = "", page_of: str = "{page} / {pages}",
                 meta: archive.Meta | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._footer_left = footer_left
        self._page_of = page_of
        self._pages: list[dict] = []

    def beginText(self, x: float = 0, y: float = 0, direction=None) -> plaintext.TextObject:  # noqa: N802
        return plaintext.TextObject(self, x, y, direction=direction)

    _state_values = itemgetter(*Canvas.STATE_ATTRIBUTES)

    def push_state_stack(self) -> None:
        """reportlab's, the state's two dozen attributes copied by one itemgetter (every flowable, paragraph and
        table saves the state: about 150 times in a 2-page invoice)."""
        self.state_stack.append(dict(zip(self.STATE_ATTRIBUTES, self._state_values(self.__dict__))))
        self._extgstate = self._extgstate.pushCopy()

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            Canvas.showPage(self)
        if self._pageCompression:
            for page in self._doc.Pages.pages:  # the content stream PDFPage.check_format would make, at PAGE_LEVEL
                stream = pdfdoc.PDFStream(content=page.stream, filters=[_PAGE_FILTER])
                stream.__Comment__ = "page stream"
                page.Contents = stream
        if self._meta is not None:
            archive.finish(self, self._meta)
        Canvas.save(self)

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        y = MARGIN_BOTTOM - 10
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 9, width - MARGIN_X, y + 9)
        self.setFont(fonts.FAMILY, SMALL_SIZE)
        self.setFillColor(MUTED)
        right = self._page_of.format(page=self._pageNumber, pages=total) if total > 1 else ""  # not "1 of 1"
        self.drawRightString(width - MARGIN_X, y, right)
        room = width - 2 * MARGIN_X - stringWidth(right, fonts.FAMILY, SMALL_SIZE) - 20
        if fonts.covered(self._footer_left):
            self.drawString(MARGIN_X, y, _fit(self._footer_left, room))
        else:  # another script (a studio named in Chinese or Arabic): set as a one-line Paragraph
            line = _fit_paragraph(self._footer_left, room)
            line.drawOn(self, MARGIN_X, y - line.height + SMALL_SIZE * 1.2 - 2)
        self.restoreState()


class ActualTextCanvas(NumberedCanvas):
    """The canvas of a document with shaped words or characters past U+FFFF: its text objects write
    /ActualText (the others skip that step)."""

    def beginText(self, x: float = 0, y: float = 0, direction=None) -> TextObject:  # noqa: N802
        return TextObject(self, x, y, direction=direction)


def _fit(text: str, width: float) -> str:
    if stringWidth(text, fonts.FAMILY, SMALL_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", fonts.FAMILY, SMALL_SIZE) > width:
        text = text[:-1]
    return text + "…"


_FOOTER = ParagraphStyle("footer", fontName=fonts.FAMILY, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.2,
                         textColor=MUTED)


def _fit_paragraph(text: str, width: float) -> fonts.Paragraph:
    """The footer text on one line: shortened with an ellipsis until it fits."""
    while True:
        line = fonts.Paragraph(fonts.markup(text, line_breaks=False), _FOOTER)
        line.wrap(width, 100)
        if len(line.blPara.lines) <= 1 or not text:
            return line
        text = text[:-2].rstrip() + "…" if text.endswith("…") else text[:-1].rstrip() + "…"


def build(story: list, theme: Theme, *, title: str, author: str, language: str, footer_left: str,
          page_of: str, subject: str = "", date: tuple[int, int, int] | None = None) -> bytes:
    """The story as PDF/A-3b-ready bytes (see :mod:`.archive`); the same input gives the same bytes."""
    buffer = io.BytesIO()
    width, height = theme.page_size
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc = BaseDocTemplate(buffer, pagesize=theme.page_size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
                          creator="Studio Desk", producer="Studio Desk", lang=language, invariant=1,
                          initialFontName=fonts.FAMILY, pageTemplates=[PageTemplate("page", [frame])])
    meta = archive.Meta(title=title, author=author, subject=subject or title, language=language, date=date)
    canvas = ActualTextCanvas if fonts.needs_actual_text(footer_left) else NumberedCanvas
    doc.build(story, canvasmaker=partial(canvas, footer_left=footer_left,
                                         page_of=fonts.plain(page_of), meta=meta))
    return buffer.getvalue()

"""Plain table cells written straight into the page (documents.plaintext) give the bytes reportlab's Table gives."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from studio_app.documents import fonts
from studio_app.documents.plaintext import PlainCellTable

CELLS = [["1", "Design hours — item 1", "3 h", "60.00", "", "(a) \\ b"],
         ["2", "Ünal Çağrı, Ἀθηνᾶ, 1\u00a0234,56 €", "2", "", "0% AE", "two\nlines"],
         ["3", "", "Ünal again — ÇĞ", "😀 past U+FFFF", "tab\there", "  spaced  out  "],
         ["4", "Design hours — item 1", "Ünal Çağrı", "(a) \\ b", "€", "1\u00a0234,56"]]
STYLE = [("FONT", (0, 0), (-1, -1), fonts.FAMILY, 9.5, 13), ("FONT", (0, 0), (-1, 0), fonts.BOLD, 8, 12),
         ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "CENTER"), ("VALIGN", (0, 0), (-1, 1), "TOP"),
         ("VALIGN", (0, 2), (-1, 2), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#D5D9DE")]


def _pdf(table_class) -> bytes:
    fonts.register()
    buffer = io.BytesIO()
    table = table_class([list(row) for row in CELLS] * 3, colWidths=[20, 150, 80, 80, 50, 80])
    table.setStyle(TableStyle(STYLE))
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


def test_the_page_is_byte_for_byte_reportlabs():
    ours, theirs = _pdf(PlainCellTable), _pdf(Table)
    assert ours == theirs
    text = PdfReader(io.BytesIO(ours)).pages[0].extract_text()
    assert "Ünal Çağrı, Ἀθηνᾶ" in text and "(a) \\ b" in text

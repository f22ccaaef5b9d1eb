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


def _nested_pdf(table_class) -> bytes:
    """A table in a cell of a table, kept together with a heading (so measured again and again), and a long table
    of paragraphs split over pages: what reportlab's Table lays out each time it is asked."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    fonts.register()
    body = getSampleStyleSheet()["BodyText"].clone("nested", fontName=fonts.FAMILY)
    inner = table_class([["Due date", "7 Dec 2026"], ["Invoice no.", "INV-2026-39163"]], colWidths=[70, 90])
    inner.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.FAMILY, 9.5, 14), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("SPAN", (0, 0), (0, 0)), ("BACKGROUND", (0, 0), (-1, -1), "#EEF2F6")]))
    outer = table_class([[[Paragraph("Studio<br/>Street 1<br/>Town", body)], [Paragraph("AMOUNT DUE", body), inner]]],
                        colWidths=[250, 180])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    rows = [[str(n), Paragraph(f"Line {n}: " + "words " * (n % 7 + 1), body), f"{n}.00"] for n in range(90)]
    long = table_class(rows, colWidths=[30, 300, 80], repeatRows=1)
    long.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.FAMILY, 9.5, 13), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#D5D9DE")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(
        [KeepTogether([Paragraph("Heading", body), Spacer(1, 6), outer]), Spacer(1, 500), long])
    return buffer.getvalue()


def test_a_table_laid_out_again_or_split_is_byte_for_byte_reportlabs():
    ours, theirs = _nested_pdf(PlainCellTable), _nested_pdf(Table)
    assert ours == theirs
    reader = PdfReader(io.BytesIO(ours))
    assert len(reader.pages) >= 3 and "INV-2026-39163" in reader.pages[0].extract_text()

"""What a process keeps between documents (font subsets' objects, paragraphs' parses and lines, derived styles)
never changes a byte: a document comes out the same first, after others, and after the kept state is dropped."""

from __future__ import annotations

import copy
import hashlib
import io

from pypdf import PdfReader
from reportlab.lib import rl_accel
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from studio_app import documents
from studio_app.documents import fonts, pdfformat, styles, subsets
from studio_app.files.resources import resource_path

TEXT = ["Invoice INV-2026-0042 — 1.234,56 €", "Ünal Çağrı · Ἀθηνᾶ · İstanbul", "(a) \\ b", "Design hours"]


def _drawn(font) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=fonts.FAMILY)
    canvas.setFont(font.fontName, 10)
    for n, line in enumerate(TEXT):
        canvas.drawString(50, 800 - 14 * n, line)
    canvas.save()
    return buffer.getvalue()


def test_a_kept_subset_writes_reportlabs_bytes():
    fonts.register()
    path = str(resource_path("fonts", "Inter-Regular.ttf"))
    theirs, ours = TTFont("KeptTestPlain", path), subsets.CachedFont("KeptTestPlain", path)
    pdfmetrics.registerFont(theirs)
    plain = _drawn(theirs)
    pdfmetrics.registerFont(ours)  # the same name, so that only the way of making the subset differs
    assert _drawn(ours) == plain  # made now
    assert _drawn(ours) == plain  # kept from the first
    assert "Ünal Çağrı · Ἀθηνᾶ" in PdfReader(io.BytesIO(plain)).pages[0].extract_text()


def _forget() -> None:
    subsets._made.cache_clear()
    fonts._parsed.clear()
    fonts._broken.clear()
    styles._variants.clear()
    pdfformat._fp_known.clear()
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        if isinstance(font, subsets.CachedFont):
            font._widths.clear()


def test_kept_numbers_and_widths_are_reportlabs():
    fonts.register()
    for values in [(1,), (1.0,), (True,), (-0.0,), (0.1 + 0.2,), (137.2276123, 28.5), ((0.1, 0.2, 0.3),), (1e-7,),
                   (1234567.891,), (-3.5, 2)]:
        assert pdfformat.fp_str(*values) == rl_accel.fp_str(*values) == pdfformat.fp_str(*values), values
    assert pdfformat.fp_str([1, 2.5]) == rl_accel.fp_str([1, 2.5])  # a list: measured, not kept
    font = pdfmetrics.getFont(fonts.FAMILY)
    for text, size in [("20 %", 9.5), ("4.500,00", 9.5), ("4.500,00", 8), ("Ünal Çağrı · İstanbul", 9.5), ("", 9)]:
        assert font.stringWidth(text, size) == rl_accel.instanceStringWidthTTF(font, text, size, "utf8")
        assert font.stringWidth(text, size) == font.stringWidth(text, size)


def _digest(snapshot: dict) -> str:
    return hashlib.sha256(documents.render(snapshot)).hexdigest()


def test_a_document_is_the_same_whatever_was_drawn_before(english_docs):
    english = english_docs.snapshot("invoice", english_docs.deposit_id)
    greek = copy.deepcopy(english)
    greek["document"]["language"] = "el"
    greek["parties"]["buyer"].update(name="Ελένη Παπαδοπούλου", company="Καφέ Αθηνά ΙΚΕ", address="Ερμού 25\nΑθήνα")
    contract = english_docs.snapshot("contract", english_docs.contract_id)
    longer = copy.deepcopy(english)  # the same words at other widths and on two pages
    longer["document"]["lines"] = [dict(line, description=f"{line['description']} {n} " * (n % 4 + 1))
                                   for n, line in enumerate(longer["document"]["lines"] * 30)]
    _forget()
    first = [_digest(s) for s in (english, greek, contract, longer)]
    again = [_digest(s) for s in (longer, contract, greek, english)][::-1]
    _forget()
    alone = [_digest(s) for s in (english, greek, contract, longer)]
    assert first == again == alone
    assert len(set(first)) == 4

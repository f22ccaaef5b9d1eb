"""What a process keeps between documents (font subsets' objects, paragraphs' parses and lines, derived styles)
never changes a byte: a document comes out the same first, after others, and after the kept state is dropped."""

from __future__ import annotations

import copy
import hashlib
import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from studio_app import documents
from studio_app.documents import fonts, styles, subsets
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

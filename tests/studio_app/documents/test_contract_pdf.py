"""The contract: frozen clauses in the client's language, scope, price, schedule and signature blocks."""

from __future__ import annotations

from studio_app.work import issuing, settings

from .conftest import Pdf, flat, render_png


def texts(pdf: Pdf, tmp_path) -> list[str]:
    return [flat(pdf.pypdf_text()), flat(pdf.poppler_text(tmp_path, layout=True))]


def test_contract_has_every_clause_the_scope_and_signature_blocks(english_docs, tmp_path):
    pdf = english_docs.pdf("contract", english_docs.contract_id)
    for text in texts(pdf, tmp_path):
        assert "Contract" in text and "Based on quote Q-2026-0001" in text
        assert "Deniz Design Studio (“the Studio”) and Morgan & Sons <Ltd> (“the Client”)" in text
        assert "SVG + PNG logo set" in text and "Copywriting" in text
        assert "When feedback or materials arrive late" in text
        assert "The deposit is non-refundable once work has started." in text
        assert "made in writing or by email" in text
        assert "the Studio keeps the deposit and invoices the work done" in text
        assert "the Studio assigns to the Client, in writing as Article 52" in text  # a studio in Türkiye
        assert "Duration: the full term of protection. Territory: worldwide. The assignment is exclusive." in text
        assert "unless the Client objects in writing" in text
        assert "Deposit (30%), due on signing, before work starts €1,440.00" in text
        assert "Balance, invoiced on delivery and due within 14 days €3,360.00" in text
        assert "FOR THE STUDIO" in text and "FOR THE CLIENT" in text
    poppler = texts(pdf, tmp_path)[1]
    for label in ("Name", "Place", "Date", "Signature"):
        assert poppler.count(f"{label} {label}") >= 1  # one line for each party, side by side


def test_greek_contract_is_frozen_in_greek(greek_docs, tmp_path):
    for text in texts(greek_docs.pdf("contract", greek_docs.contract_id), tmp_path):
        assert "Σύμβαση" in text and "Συμβαλλόμενοι" in text
        assert "Η προκαταβολή δεν επιστρέφεται μετά την έναρξη των εργασιών." in text
        assert "Ονοματεπώνυμο" in text and "Υπογραφή" in text


def test_issued_contract_keeps_its_pdf_after_the_logo_changes(english_docs, tmp_path):
    before = issuing.pdf_bytes("contract", english_docs.contract_id)
    png = (tmp_path / "x.png")
    import shutil
    import subprocess
    subprocess.run(["pdftoppm", "-png", "-r", "10", "-singlefile", "-", str(tmp_path / "x")], input=before,
                   check=True) if shutil.which("pdftoppm") else None
    if png.exists():
        settings.update({"logo": png.read_bytes()})
        assert settings.get().logo
    assert issuing.pdf_bytes("contract", english_docs.contract_id) == before


def test_contract_pages_as_png(english_docs, output_dir):
    pdf = english_docs.pdf("contract", english_docs.contract_id)
    assert render_png(pdf.data, output_dir, "contract").stat().st_size > 10_000
    assert render_png(pdf.data, output_dir, "contract_last", page=pdf.pages).stat().st_size > 5_000

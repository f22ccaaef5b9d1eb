"""`pdf quote|contract|invoice NUMBER -o FILE` and `--id N`, through the real command line."""

from __future__ import annotations

from pypdf import PdfReader

import main
from studio_app.work import invoices

from .conftest import make_documents


def test_pdf_command_writes_issued_and_draft_documents(sqlite_db, today, tmp_path, capsys):
    docs = make_documents("en")
    number = invoices.get(docs.deposit_id).number
    target = tmp_path / "out" / "invoice.pdf"
    assert main.main(["--db", str(sqlite_db), "pdf", "invoice", number, "-o", str(target)]) == 0
    assert number in PdfReader(target).pages[0].extract_text()
    draft = invoices.create_draft(docs.client_id, lines=[{"description": "Draft work", "quantity": "1",
                                                          "unit_price": "10", "tax_rate": "20"}])
    assert main.main(["--db", str(sqlite_db), "pdf", "invoice", "--id", str(draft.id), "-o", str(target)]) == 0
    assert "DRAFT" in PdfReader(target).pages[0].extract_text()


def test_pdf_command_errors_are_one_line_with_exit_code_1(sqlite_db, today, tmp_path, capsys):
    make_documents("en")
    assert main.main(["--db", str(sqlite_db), "pdf", "quote", "Q-NOPE", "-o", str(tmp_path / "x.pdf")]) == 1
    assert main.main(["--db", str(sqlite_db), "pdf", "contract", "--id", "999", "-o", str(tmp_path / "x.pdf")]) == 1
    error = capsys.readouterr().err
    assert "There is no quote numbered Q-NOPE." in error and "There is no contract with id 999." in error
    assert "Traceback" not in error

"""Real documents for the PDF tests: a studio, a Turkish client, a project, and its quote, contract and invoices."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from studio_app.work import billing, contracts, invoices, issuing, payments, snapshots
from tests import factories


@dataclass
class Pdf:
    data: bytes

    @property
    def reader(self) -> PdfReader:
        return PdfReader(BytesIO(self.data))

    def pypdf_text(self) -> str:
        return "\n".join(page.extract_text() or "" for page in self.reader.pages)

    def poppler_text(self, tmp: Path, *, layout: bool = False) -> str:
        path = tmp / "doc.pdf"
        path.write_bytes(self.data)
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout

    @property
    def pages(self) -> int:
        return len(self.reader.pages)


def flat(text: str) -> str:
    """Whitespace-insensitive text: line wraps in the PDF must not decide a test."""
    return " ".join(text.split())


def render_png(pdf: bytes, output_dir: Path, name: str, page: int = 1) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = output_dir / f"{name}.pdf"
    source.write_bytes(pdf)
    target = output_dir / name
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                    str(source), str(target)], check=True)
    return target.with_suffix(".png")


@pytest.fixture(autouse=True)
def _needs_poppler():
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")


@dataclass
class Documents:
    client_id: int
    project_id: int
    quote_id: int
    contract_id: int
    deposit_id: int
    final_id: int | None = None

    def pdf(self, kind: str, document_id: int) -> Pdf:
        return Pdf(issuing.pdf_bytes(kind, document_id))

    def snapshot(self, kind: str, document_id: int) -> dict:
        return snapshots.build(kind, document_id)


def make_documents(language: str = "en", **client_overrides) -> Documents:
    factories.studio()
    client = factories.client(language=language, **client_overrides)
    project = factories.project(client.id)
    quote, contract, deposit = factories.accepted_quote(project.id)
    contracts.issue(contract.id)
    deposit = invoices.issue(deposit.id)
    return Documents(client.id, project.id, quote.id, contract.id, deposit.id)


@pytest.fixture
def english_docs(sqlite_db, today) -> Documents:
    return make_documents("en", name="Alex Morgan", company="Morgan & Sons <Ltd>", address="12 High Street\nLondon",
                          country="GB", tax_id="GB123456789")


@pytest.fixture
def turkish_docs(sqlite_db, today) -> Documents:
    return make_documents("tr")


@pytest.fixture
def greek_docs(sqlite_db, today) -> Documents:
    return make_documents("el", name="Ελένη Παπαδοπούλου", company="Καφέ Αθηνά ΙΚΕ", address="Ερμού 25\nΑθήνα 105 63",
                          country="GR", tax_id="EL094259216")


def with_final(docs: Documents) -> Documents:
    """The deposit paid in full, then the final invoice issued: the deposit appears deducted."""
    deposit = invoices.get(docs.deposit_id)
    payments.record(deposit.id, deposit.total_gross)
    final = billing.create_final(docs.project_id)
    docs.final_id = invoices.issue(final.id).id
    return docs

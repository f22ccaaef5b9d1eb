"""A Turkish, Greek or Malay demo client's documents carry no English a client would see: one document per
language drawn from the small demo and read back, checked against the English word lists the demo draws from."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from studio_app.demo import generator, words, words_local
from studio_app.store import db, startup
from studio_app.store.models import Client, Invoice, Quote
from studio_app.work import issuing

ENGLISH = ({w for title in words.PROJECTS for w in title.split()} | {w for n, f in words.DELIVERABLES
           for w in (n + " " + f).split()} | {w for e in words.EXCLUSIONS for w in e.split()}
           | {w for s, _u, _p in words.SERVICES for w in s.replace(",", "").split()}
           | {"Street", "First", "concepts", "Refined", "Final", "files", "Card", "recognise"})
# the studio is "Deniz Arslan Design" (its own name); "logo" and "poster" are Turkish and Malay words too
ENGLISH = {w for w in ENGLISH if len(w) > 3 and w.isalpha()} - {"Logo", "logo", "Poster", "Design", "design", "Figma"}


def test_every_language_lists_as_many_words_as_english():
    for language, local in words_local.LOCAL.items():
        assert [len(local[k]) for k in ("projects", "deliverables", "exclusions", "services", "methods")] == \
            [len(words.PROJECTS), len(words.DELIVERABLES), len(words.EXCLUSIONS), len(words.SERVICES),
             len(words.PAYMENT_METHODS)], language
        assert len(local["milestones"]) == 3


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    where = tmp_path_factory.mktemp("demo-language")
    startup.open_database(where / "demo.sqlite3")
    generator.fill("small")
    yield where
    db.close()


@pytest.mark.parametrize("language", ["tr", "el", "ms"])
def test_a_local_demo_document_has_no_english_words(demo, language):
    clients = [c.id for c in Client.select(Client.id).where(Client.language == language)]
    quote = Quote.select().where(Quote.client.in_(clients) & (Quote.status != "draft")).order_by(Quote.id).first()
    invoice = (Invoice.select().where(Invoice.client.in_(clients) & (Invoice.status == "issued")
                                      & (Invoice.kind == "final")).order_by(Invoice.id).first()
               or Invoice.select().where(Invoice.client.in_(clients) & (Invoice.status == "issued")).first())
    for kind, row in (("quote", quote), ("invoice", invoice)):
        assert row is not None, (language, kind)
        path = demo / f"{language}-{kind}.pdf"
        path.write_bytes(issuing.pdf_bytes(kind, row.id))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        found = sorted(set(re.findall(r"[A-Za-z]+", text)) & ENGLISH)
        assert not found, (language, kind, found)

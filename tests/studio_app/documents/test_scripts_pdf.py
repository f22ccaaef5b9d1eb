"""Every script a client writes in: real glyphs from the shipped fonts, shaped, in reading order, and the text
extracted by pdftotext exactly as typed."""

from __future__ import annotations

import copy
import re
import subprocess

import pytest

from studio_app.documents import fonts, pdfa, render, scripts
from tests.studio_app.documents.conftest import Pdf, render_png

SAMPLES = {
    "turkish": "Şişli Kahve Evi, İğneada ığ", "greek": "Ελένη Παπαδοπούλου, Ἀθῆναι", "cyrillic": "Мария Иванова",
    "chinese": "王小明", "japanese": "山田花子 カタカナ ひらがな", "korean": "김민준", "tamil": "தமிழ்செல்வி கொ",
    "devanagari": "प्रिया शर्मा कि", "arabic": "محمد علي", "jawi": "ڤوتري ڠ ݢ", "hebrew": "שלום עולם",
    "emoji": "🎨 Studio",
}
EXPECTED_FONTS = {"DejaVuSans", "NotoSansTamil-Regular", "NotoSansDevanagari-Regular", "NotoSansArabic-Regular",
                  "DroidSansFallback", "StudioHangulRegular", "Symbola"}
EMBEDDING_MARKS = re.compile("[\u202a-\u202e]")  # poppler wraps a right-to-left run in RLE … PDF


@pytest.fixture
def every_script(english_docs) -> dict:
    snapshot = copy.deepcopy(english_docs.snapshot("invoice", english_docs.deposit_id))
    snapshot["parties"]["buyer"].update(name=SAMPLES["chinese"], company=SAMPLES["arabic"],
                                        address="\n".join(SAMPLES.values()))
    line = snapshot["document"]["lines"][0]
    snapshot["document"]["lines"] = [dict(line, description=text) for text in SAMPLES.values()]
    return snapshot


def test_every_script_is_drawn_and_extracts_as_typed(every_script, tmp_path):
    pdf = render(every_script)
    text = EMBEDDING_MARKS.sub("", Pdf(pdf).poppler_text(tmp_path))
    assert "\ufffd" not in text and fonts.PLACEHOLDER not in text
    lines = {line.strip() for line in text.splitlines()}
    missing = {script: sample for script, sample in SAMPLES.items() if sample not in lines}
    assert not missing
    (tmp_path / "doc.pdf").write_bytes(pdf)
    listing = subprocess.run(["pdffonts", str(tmp_path / "doc.pdf")], capture_output=True, text=True).stdout
    rows = [row.split() for row in listing.splitlines()[2:]]
    assert {row[0].split("+")[1] for row in rows} >= EXPECTED_FONTS
    assert all(row[-5] == "yes" for row in rows)  # embedded
    assert pdfa.problems(pdf) == []
    assert render(copy.deepcopy(every_script)) == pdf  # rendering stays invariant
    assert render_png(pdf, tmp_path, "every-script").stat().st_size > 0  # look at it when a glyph is in doubt


def test_a_character_no_font_has_is_a_visible_placeholder_never_a_replacement_character(every_script, tmp_path):
    every_script["parties"]["buyer"]["name"] = "Ada \U0001d400 Lovelace"  # no shipped font has bold math letters
    text = Pdf(render(every_script)).poppler_text(tmp_path)
    assert f"Ada {fonts.PLACEHOLDER} Lovelace" in text and "\ufffd" not in text


def test_the_footer_names_a_studio_in_another_script(every_script, tmp_path):
    every_script["parties"]["seller"]["name"] = "王小明设计 தமிழ்"
    text = Pdf(render(every_script)).poppler_text(tmp_path)
    assert "王小明设计 தமிழ் · Deposit invoice" in text


def test_words_of_a_right_to_left_line_are_drawn_in_visual_order():
    assert scripts.visual_words("محمد علي") == ["علي", " ", "محمد"]
    assert scripts.visual_words("Client: שלום עולם ok") == ["Client:", " ", "עולם", " ", "שלום", " ", "ok"]
    assert scripts.visual_words("شارع 12 Main") == ["Main", " ", "12", " ", "شارع"]
    assert scripts.visual_words("plain text") == ["plain", " ", "text"]


def test_a_word_in_two_fonts_inside_a_shaped_paragraph_is_split_not_garbled(every_script, tmp_path):
    """reportlab shapes a word with its first letter's font: "北京市(100020)" beside Arabic used to crash it."""
    every_script["parties"]["buyer"].update(name="محمد", address="北京市(100020)\n🎨(x)")
    text = EMBEDDING_MARKS.sub("", Pdf(render(every_script)).poppler_text(tmp_path))
    assert "北京市 (100020)" in text and "🎨 (x)" in text and "محمد" in text


def test_what_one_document_drew_does_not_change_the_next_ones_bytes(every_script, tmp_path):
    """Two typed forms of a Tamil word (composed கொ, decomposed கெ + ா) give the same glyphs; each document keeps
    its own typed text, so its bytes do not depend on what the process drew before."""
    decomposed = copy.deepcopy(every_script)
    decomposed["parties"]["buyer"]["name"] = "\u0b95\u0bc6\u0bbe"
    every_script["parties"]["buyer"]["name"] = "\u0b95\u0bca"
    first = render(decomposed)
    composed = render(every_script)
    assert "\u0b95\u0bca" in Pdf(composed).poppler_text(tmp_path)
    assert "\u0b95\u0bc6\u0bbe" in Pdf(first).poppler_text(tmp_path)
    assert render(copy.deepcopy(decomposed)) == first


def test_a_document_in_latin_script_alone_has_no_actual_text_spans(english_docs, every_script):
    def spans(pdf: bytes) -> int:
        return sum(page.get_contents().get_data().count(b"/ActualText") for page in Pdf(pdf).reader.pages)
    assert spans(english_docs.pdf("invoice", english_docs.deposit_id).data) == 0
    assert spans(render(every_script)) > 0

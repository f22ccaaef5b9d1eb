"""Fonts and formatting: one registered family, escaping, per-run fallback, Babel-equal numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from reportlab.lib.fonts import tt2ps

from studio_app import money
from studio_app.documents import fonts
from studio_app.documents.formatting import Formatter
from studio_app.text.i18n import LANGUAGES, locale_for


def test_inter_is_one_family_with_bold_and_italic():
    fonts.register()
    assert tt2ps(fonts.FAMILY, 0, 0) == fonts.FAMILY
    assert tt2ps(fonts.FAMILY, 1, 0) == fonts.BOLD
    assert tt2ps(fonts.FAMILY, 0, 1) == fonts.ITALIC
    assert tt2ps(fonts.FAMILY, 1, 1) == fonts.BOLD_ITALIC


def test_markup_escapes_user_text_and_keeps_line_breaks():
    assert fonts.markup("<b>A & B</b>\nnext") == "&lt;b&gt;A &amp; B&lt;/b&gt;<br/>next"
    assert fonts.markup("Şişli İı Ğğ Ωμέγα") == "Şişli İı Ğğ Ωμέγα"


def test_uncovered_characters_fall_back_to_a_shipped_font_or_a_visible_placeholder():
    result = fonts.markup("a 漢 <b>")
    assert "&lt;b&gt;" in result
    assert '<font face="StudioCJK">漢</font>' in result
    assert fonts.markup("\U000e0001") == ""  # an invisible tag character no font has is dropped
    assert fonts.markup("\U0001d400x") == f'<font face="StudioEmoji">{fonts.PLACEHOLDER}</font>x'  # no font has it
    assert fonts._substitute("\u200b") == ""  # an invisible mark with no glyph is dropped, not boxed


def test_a_word_stays_in_one_font_when_one_font_has_it_all():
    """reportlab shapes a word with the font of its first letter: mixing fonts inside a word breaks shaping."""
    assert fonts.runs("محمد علي") == [("StudioArabic", "علي"), (None, " "), ("StudioArabic", "محمد")]  # drawn order
    # Noto has no brackets, Inter no Arabic: DejaVu has the whole word
    assert fonts.runs("(محمد)، علي") == [("StudioArabic", "علي"), (None, " "), (fonts.DEJAVU, "(محمد)،")]
    assert fonts.runs("தமிழ், Ali") == [("StudioTamil", "தமிழ்,"), (None, " Ali")]


def test_inter_is_the_base_and_dejavu_draws_what_it_lacks():
    """Latin, Greek and Cyrillic in Inter; Armenian, Georgian and Hebrew words in DejaVu, each word whole."""
    assert fonts.runs("Şişli Ωμέγα Жук") == [(None, "Şişli Ωμέγα Жук")]
    assert fonts.runs("Բարեւ") == [(fonts.DEJAVU, "Բարեւ")]
    assert fonts.runs("Tbilisi თბილისი") == [(None, "Tbilisi "), (fonts.DEJAVU, "თბილისი")]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("currency", ["EUR", "TRY", "MYR", "JPY", "KWD"])
def test_table_numbers_equal_money_format_plain(language, currency):
    fmt = Formatter(language, currency)
    for minor in (0, 5, -5, 123456, -98765432, 100000000000):
        assert fmt.plain(minor) == money.format_plain(minor, currency, locale_for(language))


def test_money_columns_in_integers_read_as_decimal_formatting():
    import random
    from studio_app.documents.formatting import plain_digits
    values = [0, 1, -1, 5, -5, 99, 100, -100, 999, 1000, -1001, 10**15] + random.Random(20).sample(range(-10**13, 10**13),
                                                                                                  3000)
    for digits in (0, 2, 3):
        for minor in values:
            assert plain_digits(minor, digits) == f"{Decimal(minor).scaleb(-digits):,.{digits}f}"


def test_percent_and_quantity_follow_the_locale():
    assert Formatter("tr", "EUR").percent("20") == "%20"
    assert Formatter("el", "EUR").percent("7.5") == "7,5%"
    assert Formatter("el", "EUR").quantity(Decimal("1500.25")) == "1.500,25"
    assert Formatter("en", "EUR").quantity("2") == "2"


def test_every_font_in_every_document_is_embedded(english_docs):
    """A print shop's preflight (and PDF/A) refuses a font that is not embedded: reportlab's Table used to draw
    its text cells in Helvetica, which it never embeds."""
    from studio_app.work import invoices
    from tests.studio_app.documents.conftest import with_final
    docs = with_final(english_docs)
    note = invoices.issue(invoices.create_credit_note(docs.final_id, "Cancelled").id)
    for kind, document_id in (("quote", docs.quote_id), ("contract", docs.contract_id), ("invoice", docs.deposit_id),
                              ("invoice", docs.final_id), ("invoice", note.id)):
        for page in docs.pdf(kind, document_id).reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor.get_object(), (kind, font["/BaseFont"])
                assert "Helvetica" not in font["/BaseFont"], kind

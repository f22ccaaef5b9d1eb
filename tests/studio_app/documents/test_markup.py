"""The documents' own markup parsed without HTMLParser (documents.markup) gives reportlab's fragments, and any
other markup goes through reportlab's parse as before."""

from __future__ import annotations

import pytest
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from studio_app.documents import fonts, markup, styles

TEXTS = ["Design hours", "Ünal Çağrı &amp; Co · 1.234,56 €", "<b>Bank transfer</b><br/>IBAN: DE89 3704",
         "a &lt;b&gt; typed &amp;amp; kept", "two<br/>lines<br />and <i>one</i> <b><i>more</i></b>",
         "<para>already wrapped</para>", fonts.markup("王小明 · محمد العلي · தமிழ்"), "  spaced \n  out  ", ""]
OTHERS = ["&trade; an entity of its own", "&#8364; a character reference", '<font color="red">red</font>',
          "<u>underlined</u>", "<b>unclosed", "a & b", "</b>closing first"]


def _frags(parsed):
    style, frags, bullets = parsed
    return [sorted((k, repr(v)) for k, v in vars(frag).items()) for frag in frags], bullets


@pytest.mark.parametrize("text", TEXTS)
def test_the_fragments_are_reportlabs(text):
    style = styles.theme(None).body
    text = cleanBlockQuotedText(text)
    ours = markup.parse(text, style, 1)
    parser = ParaParser()
    parser.caseSensitive = 1
    assert ours is not None
    assert _frags(ours) == _frags(parser.parse(text, style))


@pytest.mark.parametrize("text", OTHERS)
def test_other_markup_is_left_to_reportlab(text):
    assert markup.parse(text, styles.theme(None).body, 1) is None


def test_a_paragraph_of_other_markup_is_reportlabs():
    style = styles.theme(None).body
    for text in OTHERS[:4] + ["a & b"]:  # the others are errors, raised by reportlab as before
        ours, theirs = fonts.Paragraph(text, style), ParaParser()
        theirs.caseSensitive = 1
        assert _frags((None, ours.frags, None)) == _frags(theirs.parse(cleanBlockQuotedText(text), style))

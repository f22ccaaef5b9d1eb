"""Embedded font subsets made once per process and reused by every document that draws the same subset.

reportlab builds each document's font subsets from scratch: it cuts a new TrueType file out of the font, compresses
it, writes the widths and a ToUnicode map and compresses that too, per font and per document (about 3 ms of a 4 ms
saving for the two Inter weights of every invoice). A subset is the list of characters its codes stand for, and its
objects depend on that list alone. With reportlab's readable ASCII (codes 32-126 are the characters themselves) an
invoice's subset 0 differs from another's only by the few non-ASCII characters it draws, in the order it first
draws them ("€", "·", "ş"), so invoices in one language share it. The objects written are the bytes reportlab would
write; only the work of making them is kept (bounded: a few kilobytes per subset).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, TTFontFace, makeToUnicodeCMap

_KEPT = 256  # subsets kept per process (each about 10 KB compressed)


class _Encoded:
    """A FlateDecode filter whose result is already known (the stream's content compressed by zlib, as reportlab's
    own filter would compress it)."""

    pdfname = "FlateDecode"

    def __init__(self, encoded: bytes) -> None:
        self.encoded = encoded

    def encode(self, _content) -> bytes:
        return self.encoded


class _Formatted(pdfdoc.PDFObject):
    """An object whose PDF bytes are already known (a widths array: no references in it)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, _document) -> bytes:
        return self.data


class _Made:
    """What a subset writes: its TrueType file compressed, the file's length, the widths, the ToUnicode map."""

    def __init__(self, face: TTFontFace, base_name: str, subset: tuple[int, ...]) -> None:
        font_file = face.makeSubset(list(subset))
        self.length1 = len(font_file)
        self.font_file = pdfdoc.PDFZCompress.encode(font_file)
        self.widths = _Formatted(pdfdoc.PDFArray(list(map(face.getCharWidth, subset))).format(None))
        self.cmap = pdfdoc.PDFZCompress.encode(makeToUnicodeCMap(base_name, list(subset)))


@lru_cache(maxsize=_KEPT)
def _made(face: TTFontFace, base_name: str, subset: tuple[int, ...], multiline: bool) -> _Made:
    return _Made(face, base_name, subset)


_WIDTHS_KEPT = 8192  # widths kept per font: (text, size) -> width


class CachedFont(TTFont):
    """reportlab's TTFont, its subsets' objects made once per distinct subset (see the module's note), and the
    widths it measured kept: ``instanceStringWidthTTF`` takes a microsecond even for "20 %", and a document
    measures the same labels, figures and words again and again (each right-aligned cell, each cell and paragraph
    it breaks into lines)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 (reportlab's name and signature)
        if type(text) is not str:  # a ShapedStr (harfbuzz's glyphs) measures its glyphs: never kept
            return super().stringWidth(text, size, encoding)
        widths = self._widths
        width = widths.get((text, size))
        if width is None:
            if len(widths) >= _WIDTHS_KEPT:
                widths.clear()
            width = widths[text, size] = instanceStringWidthTTF(self, text, size, encoding)
        return width

    def addObjects(self, doc) -> None:  # noqa: N802 (reportlab's name); its TTFont.addObjects, the work kept
        if not doc.compression or doc.encrypt.__class__ is not pdfdoc.NoEncryption:
            return super().addObjects(doc)
        state = self.state.get(doc) or self._assignState(doc)
        state.frozen = 1
        face = self.face
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            made = _made(face, base_name, tuple(subset), bool(rl_config.pdfMultiLine))
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = "Font %s subset %d" % (self.fontName, n)
            font.Name = internal
            font.BaseFont = base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = made.widths
            cmap = pdfdoc.PDFStream(content=made.cmap, filters=[_Encoded(made.cmap)])
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            font.FontDescriptor = _descriptor(face, doc, base_name, made)
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]


def _descriptor(face: TTFontFace, doc, base_name: str, made: _Made):
    """TTFontFace.addSubsetObjects with the subset's file already made."""
    font_file = pdfdoc.PDFStream(content=made.font_file, filters=[_Encoded(made.font_file)])
    font_file.dictionary["Length1"] = made.length1
    file_ref = doc.Reference(font_file, "fontFile:%s(%s)" % (face.filename, base_name))
    descriptor = pdfdoc.PDFDictionary({
        "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight, "Descent": face.descent,
        "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC, "FontBBox": pdfdoc.PDFArray(face.bbox),
        "FontName": pdfdoc.PDFName(base_name), "ItalicAngle": face.italicAngle, "StemV": face.stemV,
        "FontFile2": file_ref, "MissingWidth": face.defaultWidth})
    return doc.Reference(descriptor, "fontDescriptor:" + base_name)

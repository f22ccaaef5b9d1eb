"""reportlab's formatting of PDF objects, the same bytes with less work (``install`` once per process).

Saving a document formats every dictionary, array and number of it through two small functions of
``reportlab.pdfbase.pdfdoc``: ``PDFName`` (a key checked character by character in Python) and ``pdfdocEnc`` (each
string encoded through reportlab's PDFDocEncoding codec, a Python codec looked up by name); a 2-page invoice calls
them about 500 times, a tenth of its save. Here a name is worked out once per process (documents use a few hundred
distinct keys), and a string of printable ASCII, which PDFDocEncoding writes as ASCII, is encoded as ASCII; any other
string still goes through the codec. Both are pure functions of their argument, so every PDF stays byte for byte
what reportlab writes.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfdoc

_reportlab_name = pdfdoc.PDFName
_reportlab_encode = pdfdoc.pdfdocEnc


@lru_cache(maxsize=4096)
def _name(data: str) -> str:
    return _reportlab_name(data)


def pdf_name(data, lo=chr(0x21), hi=chr(0x7E)):  # reportlab's signature
    if lo == "!" and hi == "~" and type(data) is str:
        return _name(data)
    return _reportlab_name(data, lo, hi)


def pdfdoc_encode(x):
    """``pdfdoc.pdfdocEnc``: PDFDocEncoding is ASCII for the printable ASCII characters (it differs at 0x18-0x1F)."""
    if type(x) is str and x.isascii() and x.isprintable():
        return x.encode("ascii")
    return _reportlab_encode(x)


def install() -> None:
    """Put the two functions where ``pdfdoc``'s formatting looks them up (its module globals)."""
    pdfdoc.PDFName = pdf_name
    pdfdoc.pdfdocEnc = pdfdoc_encode

"""reportlab's formatting of PDF objects, the same bytes with less work (``install`` once per process).

Saving a document formats every dictionary, array and number of it through three small functions of
``reportlab.pdfbase.pdfdoc``: ``format`` (a chain of type tests per element, objects first), ``PDFName`` (a key
checked character by character in Python) and ``pdfdocEnc`` (each string encoded through reportlab's PDFDocEncoding
codec, a Python codec looked up by name); a 2-page invoice calls them about 1,500 times, a fifth of its save. Here
numbers, bytes and strings are recognised by their exact type first, a name is worked out once per process
(documents use a few hundred distinct keys), and a string of printable ASCII, which PDFDocEncoding writes as ASCII,
is encoded as ASCII; any other string still goes through the codec. All three are functions of their arguments
alone, so every PDF stays byte for byte what reportlab writes.

``fp_str``, which writes every coordinate, colour and width of a page (600 calls in a 2-page invoice, from the
canvas, its text objects, tables and the plain cells), is a C function that still takes most of a microsecond a
call; a page repeats its numbers (a row's baseline, a column's edge, the palette), so its results are kept.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab import rl_config
from reportlab.lib import colors, rl_accel
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas, pathobject, textobject
from reportlab.platypus import flowables, tables

_reportlab_name = pdfdoc.PDFName
_reportlab_encode = pdfdoc.pdfdocEnc
_PDFObject = pdfdoc.PDFObject
_REF_ONLY, _COMMENT = "__RefOnly__", "__Comment__"  # pdfdoc's markers: an object written only by reference
_reportlab_fp_str = rl_accel.fp_str
_FP_KEPT = 8192
_fp_known: dict[tuple, str] = {}


def fp_str(*values) -> str:
    """``rl_accel.fp_str`` (numbers, or one sequence of them, as PDF writes them), each result kept: a function of
    its arguments' values alone (1, 1.0 and True all give "1")."""
    try:
        return _fp_known[values]
    except KeyError:
        pass
    except TypeError:  # a list: not kept
        return _reportlab_fp_str(*values)
    if len(_fp_known) >= _FP_KEPT:
        _fp_known.clear()
    text = _fp_known[values] = _reportlab_fp_str(*values)
    return text


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


def pdf_format(element, document, toplevel=0):
    """``pdfdoc.format``: an element's PDF bytes (an object formats itself, or its reference where it must stand
    at the top level)."""
    kind = type(element)
    if kind is int or kind is float:
        return fp_str(element).encode("ascii")  # digits, a point and a sign: what pdfdocEnc gives
    if kind is bytes:
        return element
    if kind is str:
        return pdfdoc_encode(element)
    if isinstance(element, _PDFObject):
        if not toplevel and hasattr(element, _REF_ONLY):
            return document.Reference(element).format(document)
        formatted = element.format(document)
        if not rl_config.invariant and rl_config.pdfComments and hasattr(element, _COMMENT):
            formatted = pdfdoc_encode("%% %s\n" % element.__Comment__) + formatted
        return formatted
    return _reportlab_format(element, document, toplevel)


_reportlab_format = pdfdoc.format


def install() -> None:
    """Put the functions where ``pdfdoc``'s formatting looks them up (its module globals), and ``fp_str`` where the
    canvas, its text and path objects, tables, flowables and colours look it up."""
    pdfdoc.PDFName = pdf_name
    pdfdoc.pdfdocEnc = pdfdoc_encode
    pdfdoc.format = pdf_format
    for module in (pdfdoc, canvas, textobject, pathobject, tables, flowables, colors):
        if module.fp_str is _reportlab_fp_str:
            module.fp_str = fp_str

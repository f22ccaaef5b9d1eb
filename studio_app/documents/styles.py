"""One set of paper sizes, colours and paragraph styles for every document kind."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from . import fonts

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm  # room for the footer line

INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5F6670")
RULE = colors.HexColor("#D5D9DE")
ZEBRA = colors.HexColor("#F6F7F9")
DEFAULT_ACCENT = "#2F5D8A"

# The type scale, in points, on a 4 pt rhythm (every leading a multiple of 4, every gap a multiple of 2):
# caption 8/12 (nothing smaller is printed), body 9.5/14, section heading 12/16, studio name 13/16, figure
# (the amount due) 18/24, title 22/28. Two weights of Inter: regular for reading, semibold for what leads
# (labels, headings, the title, the figure).
SMALL_SIZE = 8
BODY_SIZE = 9.5
HEADING_SIZE = 12
FIGURE_SIZE = 18
TITLE_SIZE = 22
RHYTHM = 4


@dataclass(frozen=True)
class Theme:
    page_size: tuple[float, float]
    accent: colors.Color
    accent_light: colors.Color
    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    studio_name: ParagraphStyle
    cell: ParagraphStyle
    clause: ParagraphStyle
    bullet: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * MARGIN_X


def theme(style: dict | None) -> Theme:
    style = style or {}
    return _theme(_accent_hex(style.get("accent_color")), style.get("paper_size") if
                  style.get("paper_size") in PAGE_SIZES else "A4")


def _accent_hex(value: object) -> str:
    text = str(value or "")
    if len(text) == 7 and text.startswith("#"):
        try:
            int(text[1:], 16)
            return text.upper()
        except ValueError:
            pass
    return DEFAULT_ACCENT


def _mix_with_white(color: colors.Color, share: float) -> colors.Color:
    return colors.Color(1 - (1 - color.red) * share, 1 - (1 - color.green) * share, 1 - (1 - color.blue) * share)


@lru_cache(maxsize=32)
def _theme(accent_hex: str, paper: str) -> Theme:
    fonts.register()
    accent = colors.HexColor(accent_hex)
    base = ParagraphStyle("body", fontName=fonts.FAMILY, fontSize=BODY_SIZE, leading=14, textColor=INK,
                          alignment=TA_LEFT)
    small = ParagraphStyle("small", parent=base, fontSize=SMALL_SIZE, leading=12, textColor=MUTED)
    label = ParagraphStyle("label", parent=small, fontName=fonts.BOLD, textColor=MUTED, leading=12)
    return Theme(
        page_size=PAGE_SIZES[paper],
        accent=accent,
        accent_light=_mix_with_white(accent, 0.08),
        body=base,
        body_right=ParagraphStyle("body_right", parent=base, alignment=TA_RIGHT),
        small=small,
        small_right=ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT),
        muted=ParagraphStyle("muted", parent=base, textColor=MUTED),
        label=label,
        title=ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=TITLE_SIZE, leading=28,
                             textColor=accent, alignment=TA_RIGHT),
        heading=ParagraphStyle("heading", parent=base, fontName=fonts.BOLD, fontSize=HEADING_SIZE, leading=16,
                               textColor=accent, spaceBefore=14, spaceAfter=4),
        subheading=ParagraphStyle("subheading", parent=base, fontName=fonts.BOLD, fontSize=BODY_SIZE, leading=14,
                                  spaceBefore=6, spaceAfter=2),
        studio_name=ParagraphStyle("studio_name", parent=base, fontName=fonts.BOLD, fontSize=13, leading=16),
        cell=ParagraphStyle("cell", parent=base, leading=13),
        clause=ParagraphStyle("clause", parent=base, leading=14, spaceAfter=4),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=10, bulletIndent=0, spaceAfter=1,
                              bulletFontName=fonts.FAMILY, bulletFontSize=BODY_SIZE),
        figure=ParagraphStyle("figure", parent=base, fontName=fonts.BOLD, fontSize=FIGURE_SIZE, leading=24,
                              textColor=INK),
        figure_label=ParagraphStyle("figure_label", parent=label, textColor=accent),
    )


_variants: dict[tuple, tuple[ParagraphStyle, dict, ParagraphStyle]] = {}


def variant(style: ParagraphStyle, name: str, **changes: object) -> ParagraphStyle:
    """``style.clone(name, **changes)``, made once: the same style object for every document, so what is kept per
    style (a paragraph's parse, fonts.Paragraph) serves them all."""
    key = (id(style), name,
           *((k, v if isinstance(v, (int, float, str)) else id(v)) for k, v in sorted(changes.items())))
    known = _variants.get(key)
    if known is None or known[0] is not style:
        if len(_variants) >= 512:
            _variants.clear()
        known = _variants[key] = (style, changes, style.clone(name, **changes))  # keeps what the ids name alive
    return known[2]

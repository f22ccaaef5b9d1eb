"""Build the Studio Desk typeface (Inter, OFL) shipped in resources/fonts (a developer tool; the output files are
committed).

    apt-get install fonts-inter-variable
    .venv/bin/pip install 'fonttools>=4.50'
    .venv/bin/python tools/build_inter.py

Why these steps:
- Inter is shipped by Debian as a variable TrueType font; reportlab embeds only static TrueType (glyf) fonts,
  so each weight the window and the documents use is instanced from it (fontTools.varLib.instancer).
- Tabular figures are frozen into the default digits (cmap points 0-9 at the glyphs of Inter's
  ``tnum`` feature substitutes): every amount in a list, an editor or a PDF lines up in columns without asking each
  renderer for an OpenType feature (reportlab cannot ask).
- The subset keeps Latin (with every Turkish, Greek-transliteration and European letter), Greek, Cyrillic,
  punctuation, currency signs and the arrows the window draws; a character outside it falls back per character
  to the shipped DejaVu Sans and the script fonts, as before. Hinting is dropped (PDFs are scaled).
- Modified copies of an OFL font may not use its reserved name unless the licence says otherwise; Inter's
  licence reserves none, so the family stays "Inter".
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
SOURCE = Path("/usr/share/fonts/truetype/inter-vf")
WEIGHTS = {  # file style -> (source, weight)
    "Regular": ("Inter-roman.var.ttf", 400),
    "Medium": ("Inter-roman.var.ttf", 500),
    "SemiBold": ("Inter-roman.var.ttf", 600),
    "Bold": ("Inter-roman.var.ttf", 700),
    "Italic": ("Inter-italic.var.ttf", 400),
    "BoldItalic": ("Inter-italic.var.ttf", 700),
}
STYLE_NAMES = {"Regular": "Regular", "Medium": "Medium", "SemiBold": "SemiBold", "Bold": "Bold",
               "Italic": "Italic", "BoldItalic": "Bold Italic"}


def wanted() -> list[int]:
    ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x2FF), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F),
              (0x1E00, 0x1EFF), (0x1F00, 0x1FFF), (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF),
              (0x2100, 0x214F), (0x2150, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2300, 0x23FF),
              (0x25A0, 0x25FF), (0x2713, 0x2718)]
    return [code for low, high in ranges for code in range(low, high + 1)]


def freeze_tabular_figures(font: TTFont) -> int:
    """Point the cmap's figures at the glyphs Inter's ``tnum`` feature substitutes; returns how many moved."""
    gsub = font["GSUB"].table
    indices = {index for record in gsub.FeatureList.FeatureRecord if record.FeatureTag == "tnum"
               for index in record.Feature.LookupListIndex}
    swaps: dict[str, str] = {}
    for index in indices:
        for table in gsub.LookupList.Lookup[index].SubTable:
            mapping = getattr(table, "mapping", None) or getattr(getattr(table, "ExtSubTable", None), "mapping", {})
            swaps.update(mapping)
    moved = 0
    for cmap in font["cmap"].tables:
        for code, glyph in list(cmap.cmap.items()):
            if glyph in swaps:
                cmap.cmap[code] = swaps[glyph]
                moved += 1
    return moved


def rename(font: TTFont, style: str) -> None:
    names = font["name"]
    full = f"Inter {STYLE_NAMES[style]}"
    for record in list(names.names):
        if record.nameID in (16, 17, 25):
            names.removeNames(nameID=record.nameID)
    bold, italic = "Bold" in style, "Italic" in style
    base_style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic",
                  (True, True): "Bold Italic"}[(bold, italic)]
    family = "Inter" if style in ("Regular", "Bold", "Italic", "BoldItalic") else f"Inter {STYLE_NAMES[style]}"
    names.setName(family, 1, 3, 1, 0x409)
    names.setName(base_style if family == "Inter" else "Regular", 2, 3, 1, 0x409)
    names.setName(full, 4, 3, 1, 0x409)
    names.setName(full.replace(" ", "-"), 6, 3, 1, 0x409)
    names.setName("Inter", 16, 3, 1, 0x409)
    names.setName(STYLE_NAMES[style], 17, 3, 1, 0x409)


def build(style: str) -> Path:
    source, weight = WEIGHTS[style]
    font = instancer.instantiateVariableFont(TTFont(SOURCE / source), {"wght": weight}, updateFontNames=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted())
    subsetter.subset(font)
    freeze_tabular_figures(font)
    rename(font, style)
    font["OS/2"].usWeightClass = weight
    path = OUT / f"Inter-{style}.ttf"
    font.save(path)
    return path


def main() -> int:
    if not SOURCE.is_dir():
        print("apt-get install fonts-inter-variable first", file=sys.stderr)
        return 1
    for style in WEIGHTS:
        path = build(style)
        print(f"{path.name}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the fallback font subsets shipped in resources/fonts (a developer tool; the output files are committed).

    apt-get install fonts-noto-core fonts-droid-fallback fonts-symbola
    .venv/bin/pip install 'fonttools>=4.50'
    .venv/bin/python tools/subset_fonts.py

Every subset keeps TrueType (glyf) outlines, which is all reportlab can embed, and every OpenType layout
feature (GSUB/GPOS), so harfbuzz still joins Arabic and forms Tamil and Devanagari clusters. Hinting is
dropped: a PDF is printed or scaled, never rasterised at 9 px on a 1990s screen.

What each subset keeps:
- Tamil, Devanagari: their Unicode blocks (and the Vedic extensions for Devanagari), plus the joiners,
  the dotted circle and basic punctuation that appear inside a cluster or next to it.
- Arabic (with Jawi's extra letters ڠ ڤ ڽ ۏ ݢ): Arabic, Arabic Supplement, Extended-A and the presentation
  forms, plus punctuation.
- CJK (DroidSansFallbackFull, one weight): every Han character of GB 2312 (simplified Chinese, 6,763),
  JIS X 0208 (Japanese, 6,355) and KS X 1001 (Korean hanja, 4,888), together about 11,000 distinct Han
  characters: nearly every name and address written in China, Japan, Korea, Taiwan and Malaysia; all of
  Hiragana, Katakana (and the half-width forms), CJK punctuation, full-width ASCII and the Bopomofo letters.
  Droid Sans Fallback has almost no Hangul.
- Hangul (NanumGothic, one weight, renamed "Studio Hangul" as its licence asks of modified copies):
  the 2,350 syllables of KS X 1001, the jamo and compatibility jamo.
- Emoji (Symbola, monochrome): the emoji and pictograph blocks, dingbats, miscellaneous symbols.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
COMMON = [*range(0x20, 0x7F), 0xA0, 0xAD, 0x200B, 0x200C, 0x200D, 0x2010, 0x2013, 0x2014, 0x2018, 0x2019,
          0x201C, 0x201D, 0x2026, 0x25CC]


def block(low: int, high: int) -> list[int]:
    return list(range(low, high + 1))


def codec_chars(codec: str, low: int, high: int) -> list[int]:
    """Code points in [low, high] that the legacy national character set ``codec`` can encode."""
    found = []
    for code in range(low, high + 1):
        try:
            chr(code).encode(codec)
        except UnicodeEncodeError:
            continue
        found.append(code)
    return found


def cjk() -> list[int]:
    han = set()
    for codec in ("gb2312", "euc_jp", "euc_kr"):
        han.update(codec_chars(codec, 0x4E00, 0x9FFF))
    return sorted(han) + block(0x3000, 0x303F) \
        + block(0x3040, 0x30FF) + block(0x31F0, 0x31FF) + block(0x3100, 0x312F) + block(0xFF00, 0xFFEF)


def hangul() -> list[int]:
    return codec_chars("euc_kr", 0xAC00, 0xD7A3) + block(0x1100, 0x11FF) + block(0x3130, 0x318F) + COMMON


# Nanum's licence reserves its names for the unmodified fonts: the subset is renamed.
RENAME = {"StudioHangul-Regular.ttf": ("Studio Hangul", "Regular")}

SUBSETS = {
    "NotoSansTamil-Regular.ttf": (NOTO / "NotoSansTamil-Regular.ttf", block(0x0B80, 0x0BFF) + COMMON),
    "NotoSansTamil-Bold.ttf": (NOTO / "NotoSansTamil-Bold.ttf", block(0x0B80, 0x0BFF) + COMMON),
    "NotoSansDevanagari-Regular.ttf": (NOTO / "NotoSansDevanagari-Regular.ttf",
                                       block(0x0900, 0x097F) + block(0xA8E0, 0xA8FF) + block(0x1CD0, 0x1CFF)
                                       + [0x20B9] + COMMON),
    "NotoSansDevanagari-Bold.ttf": (NOTO / "NotoSansDevanagari-Bold.ttf",
                                    block(0x0900, 0x097F) + block(0xA8E0, 0xA8FF) + block(0x1CD0, 0x1CFF)
                                    + [0x20B9] + COMMON),
    "NotoSansArabic-Regular.ttf": (NOTO / "NotoSansArabic-Regular.ttf",
                                   block(0x0600, 0x06FF) + block(0x0750, 0x077F) + block(0x08A0, 0x08FF)
                                   + block(0xFB50, 0xFDFF) + block(0xFE70, 0xFEFF) + COMMON),
    "NotoSansArabic-Bold.ttf": (NOTO / "NotoSansArabic-Bold.ttf",
                                block(0x0600, 0x06FF) + block(0x0750, 0x077F) + block(0x08A0, 0x08FF)
                                + block(0xFB50, 0xFDFF) + block(0xFE70, 0xFEFF) + COMMON),
    "DroidSansFallback-CJK.ttf": (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), cjk()),
    "StudioHangul-Regular.ttf": (Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"), hangul()),
    "Symbola-Emoji.ttf": (Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"),
                          block(0x2600, 0x27BF) + block(0x2B00, 0x2BFF) + block(0x1F300, 0x1F5FF)
                          + block(0x1F600, 0x1F64F) + block(0x1F680, 0x1F6FF) + block(0x1F900, 0x1F9FF)
                          + [0x20, 0x200D, 0xFE0F]),
}


def build(name: str, source: Path, codes: list[int]) -> int:
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["DSIG", "vhea", "vmtx"]
    font = TTFont(str(source))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(set(codes)))
    subsetter.subset(font)
    if name in RENAME:
        rename(font, *RENAME[name])
    target = OUT / name
    font.save(str(target))
    return target.stat().st_size


def rename(font: TTFont, family: str, style: str) -> None:
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22):
            table.removeNames(nameID=record.nameID)
    full = f"{family} {style}"
    values = {1: family, 2: style, 3: f"StudioDesk:{full}", 4: full, 6: full.replace(" ", "")}
    for name_id, value in values.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)


def main() -> int:
    total = 0
    for name, (source, codes) in SUBSETS.items():
        size = build(name, source, codes)
        total += size
        print(f"{name:36} {size / 1024:8.0f} KB")
    print(f"{'together':36} {total / 1024:8.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

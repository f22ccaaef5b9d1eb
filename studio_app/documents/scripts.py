"""What a line of text needs before reportlab sets it: shaping (harfbuzz) and right-to-left word order.

reportlab 5 shapes each word with harfbuzz (uharfbuzz) when a Paragraph's style asks for it; harfbuzz puts an
Arabic or Hebrew word's glyphs in visual order and joins them itself. What reportlab cannot do without its
``rlbidi`` extension (not on PyPI) is order the words of a line that mixes directions. The Unicode
bidirectional algorithm of python-bidi resolves every character's embedding level here; the words are then
reordered by level (rule L2) while each word keeps its characters in logical order, so harfbuzz still sees
the word as typed. python-bidi's own ``get_display`` would reverse the characters too, and harfbuzz would
reverse them a second time.
"""

from __future__ import annotations

import re

from bidi import algorithm

# Scripts whose letters change shape, combine or reorder: Hebrew, Arabic (and Syriac, Thaana, NKo),
# the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Arabic presentation forms.
_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\ua8e0-\ua8ff"
                      "\ufb1d-\ufdff\ufe70-\ufeff]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e]")
_TOKEN = re.compile(r"\s+|\S+")


def needs_shaping(text: str) -> bool:
    return not text.isascii() and _COMPLEX.search(text) is not None


def has_rtl(text: str) -> bool:
    return not text.isascii() and _RTL.search(text) is not None


def visual_words(line: str) -> list[str]:
    """The words and spaces of one line in the order they are drawn, left to right.

    A line without right-to-left characters comes back as it is; each word keeps its characters in
    logical order (harfbuzz orders the glyphs inside a word)."""
    tokens = _TOKEN.findall(line)
    if not has_rtl(line):
        return tokens
    levels = _levels(line)
    pieces: list[tuple[int, str]] = []
    position = 0
    for token in tokens:
        token_levels = levels[position:position + len(token)]
        position += len(token)
        pieces.append((max(token_levels) if not token.isspace() else min(token_levels), token))
    highest = max(level for level, _ in pieces)
    lowest_odd = min((level for level, _ in pieces if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for index in range(len(pieces) + 1):
            inside = index < len(pieces) and pieces[index][0] >= level
            if inside and start is None:
                start = index
            elif not inside and start is not None:
                pieces[start:index] = reversed(pieces[start:index])
                start = None
    return [token for _, token in pieces]


def _levels(line: str) -> list[int]:
    """The resolved embedding level of every character (rules P2-P3, X1-X10, W1-W7, N1-N2, I1-I2)."""
    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(line)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(line, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [char["level"] for char in storage["chars"]]
    if len(levels) != len(line):  # explicit embedding marks are removed by X9: keep one level per character
        return [base] * len(line)
    return levels

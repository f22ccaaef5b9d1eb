"""Amounts in Turkish words for the "Yalnız: … TL" line of a Turkish invoice.

Written here rather than taken from num2words: Babel has no spelled-out numbers, and the invoice line
needs exact control that a general library does not promise — "bin" never "bir bin", lira and kuruş
spelled apart, words separated by spaces, and no dependency for thirty lines.
"""

from __future__ import annotations

_ONES = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]
_SCALES = ["", "bin", "milyon", "milyar", "trilyon"]


def _hundreds(number: int) -> list[str]:
    hundreds, rest = divmod(number, 100)
    words: list[str] = []
    if hundreds:
        words += ([] if hundreds == 1 else [_ONES[hundreds]]) + ["yüz"]
    tens, ones = divmod(rest, 10)
    words += [w for w in (_TENS[tens], _ONES[ones]) if w]
    return words


def number_words(number: int) -> str:
    """'bin iki yüz otuz dört' for 1234; 'sıfır' for 0."""
    if number < 0:
        return "eksi " + number_words(-number)
    if number == 0:
        return "sıfır"
    words: list[str] = []
    scale = 0
    while number:
        number, group = divmod(number, 1000)
        if group:
            part = ["bin"] if (scale == 1 and group == 1) else _hundreds(group) + ([_SCALES[scale]] if scale else [])
            words = part + words
        scale += 1
    return " ".join(words)


def amount_words(minor: int, currency_name: str = "TL", minor_name: str = "kuruş") -> str:
    """'bin iki yüz otuz dört TL elli kuruş' for 123450 minor units; kuruş left out when there are none."""
    major, cents = divmod(abs(minor), 100)
    text = f"{number_words(major)} {currency_name}"
    if cents:
        text += f" {number_words(cents)} {minor_name}"
    return ("eksi " if minor < 0 else "") + text

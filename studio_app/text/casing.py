"""Capitals by language: Turkish dotted and dotless i, Greek capitals without accents.

``str.upper()`` knows no language: it writes "MÜŞTERI" for Turkish "Müşteri" and keeps the tonos
in Greek ("ΠΕΛΆΤΗΣ"), where capitals carry no accent but keep the diaeresis — and gain one where
the accent on the first vowel showed that two vowels are said apart ("Μάιος" → "ΜΑΪΟΣ").
"""

from __future__ import annotations

import unicodedata

_TONOS = "\u0301"
_ACCENTS = {"\u0300", _TONOS, "\u0342", "\u0313", "\u0314"}  # varia, tonos, perispomeni, breathings
_DIAERESIS = "\u0308"
_GREEK_FIRST = set("αεοΑΕΟ")  # vowels that start a diphthong: αι, ει, οι, αυ, ευ, ου
_GREEK_SECOND = {"ι": "Ϊ", "υ": "Ϋ", "Ι": "Ϊ", "Υ": "Ϋ"}


def upper(text: str, language: str = "en") -> str:
    """``text`` in capitals as ``language`` writes them."""
    if language == "tr":
        return text.replace("i", "İ").replace("ı", "I").upper()
    if language == "el":
        return _greek_upper(text)
    return text.upper()


def lower(text: str, language: str = "en") -> str:
    if language == "tr":
        return text.replace("İ", "i").replace("I", "ı").lower()
    return text.lower()


def fold(text: str, language: str = "en") -> str:
    """For case-insensitive matching: Turkish 'I' and 'ı' match, Greek accents are ignored."""
    if language == "tr":
        return lower(text, "tr").casefold()
    if language == "el":
        return _strip_tonos(text).casefold()
    return text.casefold()


def _strip_tonos(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", decomposed.replace(_TONOS, ""))


def _greek_upper(text: str) -> str:
    letters = list(unicodedata.normalize("NFD", text))
    out: list[str] = []
    index = 0
    while index < len(letters):
        char = letters[index]
        accented = index + 1 < len(letters) and letters[index + 1] in _ACCENTS
        if accented and char in _GREEK_FIRST and index + 2 < len(letters) and letters[index + 2] in _GREEK_SECOND \
                and (index + 3 >= len(letters) or letters[index + 3] not in _ACCENTS | {_DIAERESIS}):
            # "άι": the accent kept the vowels apart; in capitals the diaeresis says so.
            out.append(char.upper())
            out.append(_GREEK_SECOND[letters[index + 2]])
            index += 3
            continue
        if char not in _ACCENTS:
            out.append(char)
        index += 1
    return unicodedata.normalize("NFC", "".join(out)).upper()

"""Sorting names as people read them: Unicode collation keys per interface language.

The Unicode Collation Algorithm (UTS #10) on CLDR's root order (UCA 14.0, shipped as
``resources/collation/cldr-root.bin`` by ``tools/build_collation.py``), with the CLDR tailorings of the
languages Studio Desk speaks:

- **root** — English and Malay (CLDR has no tailoring for either);
- **tr** — CLDR ``tr.xml``: ``&C<ç<<<Ç &G<ğ<<<Ğ &[before 1]i<ı<<<I &i<<<İ &O<ö<<<Ö &S<ş<<<Ş &U<ü<<<Ü``:
  ç, ğ, ö, ş, ü are letters of their own after c, g, o, s, u; dotless ı comes before i, with I as its capital,
  and İ is the capital of i;
- **el** — CLDR ``el.xml``: ``[reorder Grek]``: the Greek script before Latin (and every other script);
  within Greek the root order already is the alphabet, accents (tonos, dialytika) second.

A key is bytes that compare (memcmp, shorter first: SQLite's BLOB and PostgreSQL's bytea) as the strings
collate: the primary weights (3 bytes each, so a tailored letter fits between two root letters), a 0 byte,
the secondary weights (2 bytes), two 0 bytes, the tertiary weights (1 byte); alternate weighting is
non-ignorable, as CLDR's default. Written with the row (:mod:`studio_app.store.sort_keys`), so lists sort in SQL.

Chosen over PyICU (a source build needing libicu-dev; ``pyicu-wheels`` adds 18 MB to a bundle already over its
budget) and pyuca (DUCET 9.0 without CLDR's root changes or tailorings; 1.4 s to load its table and about 110 µs
a name on this machine): this table is 100 KB, loads in milliseconds, and a name's three keys take tens of µs.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
import zlib
from array import array

from studio_app.files.resources import resource_path

COLLATIONS: tuple[str, ...] = ("root", "tr", "el")
_BY_LANGUAGE = {"en": "root", "ms": "root", "tr": "tr", "el": "el"}
MAGIC = b"SDCOLL14"


def collation_for(language: str) -> str:
    """The collation of an interface language ("tr_TR" works too); root for a language without one."""
    return _BY_LANGUAGE.get((language or "").replace("-", "_").split("_")[0].lower(), "root")


class _Table:
    """CLDR's root weights: code point (or contraction) -> collation elements (primary, secondary, tertiary)."""

    def __init__(self) -> None:
        raw = resource_path("collation", "cldr-root.bin").read_bytes()
        if not raw.startswith(MAGIC):
            raise ValueError("resources/collation/cldr-root.bin is not a collation table")
        words = array("I")
        words.frombytes(zlib.decompress(raw[len(MAGIC):]))
        if sys.byteorder != "little":
            words.byteswap()
        self.latin_first, self.greek_first, self.greek_last, n_single, n_rest = words[:5]
        self.single: dict[int, int] = dict(zip(words[5:5 + n_single], words[5 + n_single:5 + 2 * n_single]))
        self.expansions: dict[int, tuple[int, ...]] = {}  # one code point, several elements
        self.contractions: dict[tuple[int, ...], tuple[int, ...]] = {}
        at = 5 + 2 * n_single
        for _ in range(n_rest):
            length = words[at]
            key = tuple(words[at + 1:at + 1 + length])
            count = words[at + 1 + length]
            elements = tuple(words[at + 2 + length:at + 2 + length + count])
            at += 2 + length + count
            if length == 1:
                self.expansions[key[0]] = elements
            else:
                self.contractions[key] = elements
        self.starters = {key[0] for key in self.contractions}
        self.longest = max(len(key) for key in self.contractions)


@functools.lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table()


def _unified_ideograph(cp: int) -> int:
    """0 if not a Han ideograph; else 1 for the core block and compatibility ideographs, 2 for the extensions."""
    if 0x4E00 <= cp <= 0x9FFF or cp in _CORE_COMPAT:
        return 1
    return 2 if any(low <= cp <= high for low, high in _EXTENSIONS) else 0


_CORE_COMPAT = frozenset((0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27, 0xFA28,
                          0xFA29))
_EXTENSIONS = ((0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1),
               (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A))
_SIEVED = ((0x17000, 0x18AFF, 0x17000, 0xFB00), (0x18D00, 0x18D8F, 0x17000, 0xFB00),
           (0x1B170, 0x1B2FF, 0x1B170, 0xFB01), (0x18B00, 0x18CFF, 0x18B00, 0xFB02))  # Tangut, Nushu, Khitan


def _implicit(cp: int) -> tuple[int, int]:
    """UCA 10.1.3: two elements for a code point the table does not list (Han by code point, then the rest)."""
    for low, high, origin, base in _SIEVED:
        if low <= cp <= high:
            return (base << 14 | 0x20 << 5 | 0x02, ((cp - origin) | 0x8000) << 14)
    han = _unified_ideograph(cp)
    base = 0xFB40 if han == 1 else 0xFB80 if han == 2 else 0xFBC0
    return ((base + (cp >> 15)) << 14 | 0x20 << 5 | 0x02, ((cp & 0x7FFF) | 0x8000) << 14)


def _lookup(table: _Table, cp: int) -> tuple[int, ...]:
    element = table.single.get(cp)
    if element is not None:
        return (element,)
    return table.expansions.get(cp) or _implicit(cp)


def _elements(text: str) -> list[int]:
    """The collation elements of NFD text (UCA S2: longest contiguous match, then unblocked non-starters)."""
    table = _table()
    cps = [ord(ch) for ch in text]
    found: list[int] = []
    i, n = 0, len(cps)
    while i < n:
        cp = cps[i]
        if cp not in table.starters:
            found.extend(_lookup(table, cp))
            i += 1
            continue
        match, length = _lookup(table, cp), 1
        for size in range(min(table.longest, n - i), 1, -1):
            candidate = table.contractions.get(tuple(cps[i:i + size]))
            if candidate is not None:
                match, length = candidate, size
                break
        run = cps[i:i + length]
        k, last_skipped = i + length, -1
        while k < n and (ccc := unicodedata.combining(chr(cps[k]))) != 0:
            candidate = table.contractions.get(tuple(run) + (cps[k],)) if ccc != last_skipped else None
            if candidate is not None:
                match = candidate
                run.append(cps.pop(k))
                n -= 1
            else:
                last_skipped = ccc
                k += 1
        found.extend(match)
        i += length
    return found


class Collator:
    """Sort keys in one collation (root, tr or el)."""

    def __init__(self, name: str) -> None:
        if name not in COLLATIONS:
            raise ValueError(f"unknown collation {name!r}")
        self.name = name
        table = _table()
        self._shift = (table.latin_first, table.greek_first, table.greek_last) if name == "el" else None
        self._tailored = _turkish() if name == "tr" else {}
        self._cache: dict[str, tuple[bytes, bytes, bytes]] = {}  # a character or a short stretch -> its weights
        self._words: dict[str, tuple[bytes, bytes, bytes]] = {}  # a word (NFD, no space) -> its weights
        self._texts: dict[str, bytes] = {}  # a whole text -> its key (companies and titles repeat across rows)
        self._space = self._parts(_elements(" "))

    def _primary(self, primary: int) -> int:
        """A root primary as 24 bits (the low byte leaves room for tailored letters), Greek moved first for el."""
        if self._shift:
            latin, greek, last = self._shift
            if latin <= primary < greek:
                primary += last - greek + 1
            elif greek <= primary <= last:
                primary -= greek - latin
        return primary << 8

    def _parts(self, elements) -> tuple[bytes, bytes, bytes]:
        primaries, secondaries, tertiaries = bytearray(), bytearray(), bytearray()
        for element in elements:
            primary, secondary, tertiary = element >> 14, element >> 5 & 0x1FF, element & 0x1F
            if primary:
                primaries += self._primary(primary).to_bytes(3, "big")
            if secondary:
                secondaries += secondary.to_bytes(2, "big")
            if tertiary:
                tertiaries.append(tertiary)
        return bytes(primaries), bytes(secondaries), bytes(tertiaries)

    def _run(self, text: str, primaries: list, secondaries: list, tertiaries: list) -> None:
        """Append the weights of a run of NFD text: a character at a time from the cache, except where a
        contraction may start (l·, и + breve…): that stretch goes through :func:`_elements` whole."""
        table = _table()
        starters, longest, cache = table.starters, table.longest, self._cache
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ord(ch) in starters and i + 1 < n:
                j, last = i + 1, i
                while j < n:
                    if ord(text[j]) in starters:
                        last = j
                    elif j - last >= longest and not unicodedata.combining(text[j]):
                        break
                    j += 1
                segment = text[i:j]
                parts = cache.get(segment)
                if parts is None:
                    parts = cache[segment] = self._parts(_elements(segment))
                i = j
            else:
                parts = cache.get(ch)
                if parts is None:
                    parts = cache[ch] = self._parts(_elements(ch))
                i += 1
            primary, secondary, tertiary = parts
            primaries.append(primary)
            secondaries.append(secondary)
            tertiaries.append(tertiary)

    def _spaced(self, text: str, primaries: list, secondaries: list, tertiaries: list) -> None:
        """:meth:`_run` a word at a time, each word's weights kept: names share their words ("Design", "Ltd"),
        and a space ends every contraction (none has one), so a text's weights are its words' and spaces' in
        order. Five keys a client, every import row and every client saved: this is most of their cost."""
        words = self._words
        if len(words) > 100_000:  # a long import of distinct words: start again rather than grow without end
            words.clear()
        space = self._space
        for at, word in enumerate(text.split(" ")):
            if at:
                primaries.append(space[0])
                secondaries.append(space[1])
                tertiaries.append(space[2])
            parts = words.get(word)
            if parts is None:
                own: tuple[list, list, list] = ([], [], [])
                self._run(word, *own)
                parts = words[word] = (b"".join(own[0]), b"".join(own[1]), b"".join(own[2]))
            primaries.append(parts[0])
            secondaries.append(parts[1])
            tertiaries.append(parts[2])

    def key(self, text: str) -> bytes:
        found = self._texts.get(text)
        if found is None:
            if len(self._texts) > 50_000:  # an import of distinct names: start again rather than grow without end
                self._texts.clear()
            found = self._texts[text] = self._key(text)
        return found

    def _key(self, text: str) -> bytes:
        primaries: list[bytes] = []
        secondaries: list[bytes] = []
        tertiaries: list[bytes] = []
        if self._tailored:
            tailored, start = self._tailored, 0
            text = unicodedata.normalize("NFC", text)
            for at, ch in enumerate(text):
                parts = tailored.get(ch)
                if parts is not None:
                    if at > start:
                        self._spaced(unicodedata.normalize("NFD", text[start:at]), primaries, secondaries, tertiaries)
                    primaries.append(parts[0])
                    secondaries.append(parts[1])
                    tertiaries.append(parts[2])
                    start = at + 1
            if start < len(text):
                self._spaced(unicodedata.normalize("NFD", text[start:]), primaries, secondaries, tertiaries)
        else:
            self._spaced(unicodedata.normalize("NFD", text), primaries, secondaries, tertiaries)
        return b"".join(primaries) + b"\x00" + b"".join(secondaries) + b"\x00\x00" + b"".join(tertiaries)


def _turkish() -> dict[str, tuple[bytes, bytes, bytes]]:
    """CLDR tr.xml as weights: a letter after its base letter (&C<ç) gets the base's primary with low byte 1;
    dotless ı ([before 1]i) the primary just below i's with low byte 255; capitals differ at the third level."""
    table = _table()

    def weights(primary: int, upper: bool) -> tuple[bytes, bytes, bytes]:
        return primary.to_bytes(3, "big"), (0x20).to_bytes(2, "big"), bytes([0x08 if upper else 0x02])

    def root_primary(letter: str) -> int:
        return table.single[ord(letter)] >> 14

    tailored = {}
    for base, small, capital in ("cçÇ", "gğĞ", "oöÖ", "sşŞ", "uüÜ"):
        primary = root_primary(base) << 8 | 1
        tailored[small], tailored[capital] = weights(primary, False), weights(primary, True)
    dotless = (root_primary("i") - 1) << 8 | 0xFF
    tailored["ı"], tailored["I"] = weights(dotless, False), weights(dotless, True)
    tailored["İ"] = weights(root_primary("i") << 8, True)
    return tailored


@functools.lru_cache(maxsize=None)
def collator(name: str) -> Collator:
    return Collator(name)


def sort_key(text: str, language: str = "en") -> bytes:
    """The collation key of ``text`` in the interface language's collation."""
    return collator(collation_for(language)).key(text or "")


def sort_keys(text: str) -> dict[str, bytes]:
    """``text``'s key in every collation (what a row stores): {"root": …, "tr": …, "el": …}."""
    return {name: collator(name).key(text or "") for name in COLLATIONS}

"""Build the collation table shipped in resources/collation (a developer tool; the output file is committed).

    apt-get install unicode-cldr-core
    .venv/bin/python tools/build_collation.py

It reads CLDR's root collation, ``allkeys_CLDR.txt`` (UCA 14.0, the Unicode version of Python 3.11's
``unicodedata``), and writes ``resources/collation/cldr-root.bin``: the same weights, packed for a fast load
(studio_app.text.collation reads it). Also written: the Unicode licence beside it, and, for the tests, the part of
CLDR's own conformance list (``CollationTest_CLDR_NON_IGNORABLE_SHORT.txt``) whose strings are Latin, Greek or
Cyrillic (tests/fixtures/collation/root-order.txt).

File format (zlib-compressed, little-endian unsigned 32-bit words after an 8-byte magic):
    magic b"SDCOLL14", then 5 words: latin_first, greek_first, greek_last (primaries for Greek-first reordering),
    n_single, n_rest;
    n_single code points, then their n_single collation elements (one element each);
    the rest: for each entry, its length in code points, the code points, its number of elements, the elements.
An element is packed as primary << 14 | secondary << 5 | tertiary.
"""

from __future__ import annotations

import re
import shutil
import sys
import unicodedata
import zlib
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLDR = Path("/usr/share/unicode/cldr/common/uca")
OUT = ROOT / "resources" / "collation"
TEST_OUT = ROOT / "tests" / "fixtures" / "collation" / "root-order.txt"
ELEMENT = re.compile(r"\[[.*]([0-9A-F]{4})\.([0-9A-F]{4})\.([0-9A-F]{4})\]")


def read_table(path: Path) -> dict[tuple[int, ...], list[tuple[int, int, int]]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("@"):
            continue
        chars, weights = line.split(";", 1)
        table[tuple(int(c, 16) for c in chars.split())] = [tuple(int(w, 16) for w in e)
                                                         for e in ELEMENT.findall(weights)]
    return table


def pack(element: tuple[int, int, int]) -> int:
    primary, secondary, tertiary = element
    assert primary < 1 << 16 and secondary < 1 << 9 and tertiary < 1 << 5, element
    return primary << 14 | secondary << 5 | tertiary


def greek_bounds(table) -> tuple[int, int, int]:
    """The primaries of the Latin and Greek script groups (Greek follows Latin in the root order)."""
    def letters(prefix: str) -> list[int]:
        return [ces[0][0] for cps, ces in table.items() if len(cps) == 1 and ces[0][0]
                and unicodedata.category(chr(cps[0]))[0] == "L"
                and unicodedata.name(chr(cps[0]), "").startswith(prefix)]
    latin_first = table[(ord("a"),)][0][0]
    greek_first = max(letters("LATIN")) + 1
    greek_last = min(p for p in letters("COPTIC") if p > greek_first) - 1
    assert latin_first < greek_first <= table[(0x03B1,)][0][0] <= table[(0x03C9,)][0][0] <= greek_last
    return latin_first, greek_first, greek_last


def write_table(table) -> None:
    singles = sorted(cps[0] for cps, ces in table.items() if len(cps) == 1 and len(ces) == 1)
    rest = array("I")
    n_rest = 0
    for cps, ces in sorted(table.items()):
        if len(cps) == 1 and len(ces) == 1:
            continue
        rest.extend([len(cps), *cps, len(ces), *(pack(e) for e in ces)])
        n_rest += 1
    words = array("I", [*greek_bounds(table), len(singles), n_rest])
    words.extend(singles)
    words.extend(pack(table[(cp,)][0]) for cp in singles)
    words.extend(rest)
    if sys.byteorder != "little":
        words.byteswap()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cldr-root.bin").write_bytes(b"SDCOLL14" + zlib.compress(words.tobytes(), 9))
    shutil.copy("/usr/share/doc/unicode-cldr-core/copyright", OUT / "LICENSE-Unicode.txt")


def write_test_sample() -> None:
    """CLDR's conformance lines made only of Latin, Greek and Cyrillic letters, marks, digits and spaces."""
    kept = []
    for line in (CLDR / "CollationTest_CLDR_NON_IGNORABLE_SHORT.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cps = [int(c, 16) for c in line.split(";")[0].split()]
        if all(0x20 <= cp < 0x0530 or 0x1E00 <= cp < 0x2000 for cp in cps):
            kept.append(line.split(";")[0].strip())
    TEST_OUT.parent.mkdir(parents=True, exist_ok=True)
    TEST_OUT.write_text("# From CLDR 41 CollationTest_CLDR_NON_IGNORABLE_SHORT.txt (© Unicode, Inc., licence in "
                        "resources/collation/LICENSE-Unicode.txt): the lines in Latin, Greek and Cyrillic, in order.\n"
                        + "\n".join(kept) + "\n", encoding="utf-8")


def main() -> None:
    table = read_table(CLDR / "allkeys_CLDR.txt")
    write_table(table)
    write_test_sample()
    print(f"{len(table)} entries; {(OUT / 'cldr-root.bin').stat().st_size} bytes")


if __name__ == "__main__":
    main()

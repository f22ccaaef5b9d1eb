"""Debugging information left out of the Linux bundle: build.spec swaps stripped copies in.

A Python built from source with ``-g`` (pyenv's, this machine's) carries its DWARF debugging sections in
``libpython3.11.so`` (23 MB, 6 MB without them) and in every ``lib-dynload`` extension; some wheels' libraries
do too. Nothing reads them at run time: the dynamic linker maps only the loadable segments, and the symbol
tables that tracebacks of crashes and ``perf`` use stay (``strip --strip-debug``). Without ``strip``
(apt: binutils) the libraries go in whole and build.spec says so.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

_KINDS = frozenset({"BINARY", "EXTENSION"})


def has_debug_info(path: Path) -> bool:
    """Whether ``path`` is a 64-bit little-endian ELF file with a ``.debug_info`` section."""
    with open(path, "rb") as file:
        head = file.read(64)
        if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return False
        number = lambda at, size: int.from_bytes(head[at:at + size], "little")  # noqa: E731
        sections, entry_size, count, names_index = number(0x28, 8), number(0x3A, 2), number(0x3C, 2), number(0x3E, 2)
        if not sections or names_index >= count:
            return False
        file.seek(sections + names_index * entry_size)
        names_header = file.read(entry_size)
        file.seek(int.from_bytes(names_header[0x18:0x20], "little"))
        names = file.read(int.from_bytes(names_header[0x20:0x28], "little"))
    return b"\0.debug_info\0" in b"\0" + names


def swap_into(binaries: list[tuple], workdir: Path) -> tuple[list[tuple], str]:
    """build.spec's binaries with each one carrying debugging information replaced by a copy without it (made
    under ``workdir``); and what was done, to print."""
    strip = shutil.which("strip")
    carrying = [entry for entry in binaries if entry[2] in _KINDS and has_debug_info(Path(entry[1]))]
    if not carrying:
        return binaries, "no bundled library carries debugging information"
    if strip is None:
        return binaries, f"debugging information kept in {len(carrying)} libraries: strip not installed (apt: binutils)"
    swapped, before, after = {}, 0, 0
    for dest, source, kind in carrying:
        target = workdir / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([strip, "--strip-debug", "-o", str(target), source], check=True, capture_output=True)
        swapped[dest] = (dest, str(target), kind)
        before, after = before + Path(source).stat().st_size, after + target.stat().st_size
    return ([swapped.get(entry[0], entry) if entry[2] in _KINDS else entry for entry in binaries],
            f"debugging information stripped from {len(carrying)} libraries: {before >> 20} MB → {after >> 20} MB")

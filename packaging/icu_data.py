"""ICU's data library, trimmed to Studio Desk's languages: build.spec swaps it into the Linux bundle.

PySide6's Linux wheels ship ICU with the data of every locale CLDR knows (libicudata.so.NN, 32 MB of
the 234 MB bundle). Qt reads it for collation (QCollator), time zone names and legacy text codecs;
Qt's own locale tables format numbers and dates. The bundle keeps:
- everything that is not per-locale (Unicode properties, normalisation, the root collation and break
  rules, time zones, plurals, likely subtags, …), the break iterators and their dictionaries whole;
- the per-locale bundles (top level, coll, curr, lang, region, unit, zone, rbnf, translit) of root and
  of en, tr, el and ms with all their regional variants; a locale without its own data falls back to root,
  as ICU does for any locale it lacks (collation then follows the Unicode default order);
- the single-byte text codecs (under 64 KB each); the large multi-byte CJK and EBCDIC tables go.

The data is read out of the wheel's library (objcopy), trimmed with ICU's own ``icupkg`` and linked
again as a library with the same name and entry symbol (gcc). Without those tools (apt: binutils,
icu-devtools, gcc) the full library stays in the bundle and build.spec says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LANGUAGES = ("en", "tr", "el", "ms")  # packaging/bundle.py's LANGUAGES (the tests check they agree)
LOCALE_FOLDERS = frozenset({"", "coll", "curr", "lang", "region", "unit", "zone", "rbnf", "translit"})
ALWAYS = frozenset({"root", "pool", "res_index"})
SMALL_CODEC = 64 * 1024
TOOLS = ("objcopy", "icupkg", "gcc")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # en, en_GB, sr_Latn_RS, de_ (an alias stub)
_DEPENDS = re.compile(r"Item (\S+) depends on missing item")
_LIBRARY = re.compile(r"libicudata\.so\.(?P<version>\d+)$")


def dropped(item: str, size: int) -> bool:
    """Whether an item of the ICU data package (``coll/de.res``, ``ibm-943_P15A-2003.cnv``) leaves the bundle."""
    folder, _, name = item.rpartition("/")
    stem, _, extension = name.rpartition(".")
    if extension == "cnv":
        return size >= SMALL_CODEC
    if folder not in LOCALE_FOLDERS or extension != "res" or stem in ALWAYS or not _LOCALE.match(stem):
        return False
    return stem.split("_")[0] not in LANGUAGES


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def trimmed(library: Path, workdir: Path) -> Path:
    """A trimmed copy of ``library`` (libicudata.so.NN) made in ``workdir``; its path."""
    version = _LIBRARY.search(library.name)["version"]
    package = f"icudt{version}l"  # the item names inside the package start with this (little-endian data)
    workdir.mkdir(parents=True, exist_ok=True)
    full, items = workdir / "full" / f"{package}.dat", workdir / "items"
    out = workdir / "out" / f"{package}.dat"
    for folder in (full.parent, items, out.parent):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full))
    if full.read_bytes()[2:4] != b"\xda\x27":  # ICU's data header magic: .rodata holds exactly the package
        raise RuntimeError(f"{library}: .rodata does not start with ICU data")
    names = _run("icupkg", "-l", str(full)).split()
    (workdir / "all.txt").write_text("\n".join(names) + "\n")
    _run("icupkg", "-d", str(items), "-x", str(workdir / "all.txt"), str(full))
    gone = {name for name in names if dropped(name, (items / name).stat().st_size)}
    for _ in range(5):  # a small codec that extends a dropped large one goes with it (icupkg names them)
        (workdir / "remove.txt").write_text("\n".join(sorted(gone)) + "\n")
        done = subprocess.run(["icupkg", "-r", str(workdir / "remove.txt"), str(full), str(out)],
                              capture_output=True, text=True)
        dependent = set(_DEPENDS.findall(done.stdout + done.stderr))
        if done.returncode == 0 or not dependent:
            break
        out.unlink(missing_ok=True)
        gone |= dependent
    if done.returncode != 0:
        raise RuntimeError(f"icupkg could not trim {full}: {done.stderr.strip()[-500:]}")
    source = workdir / "icudata.S"
    source.write_text(f"""    .section .rodata
    .globl icudt{version}_dat
    .type icudt{version}_dat, @object
    .balign 16
icudt{version}_dat:
    .incbin "{out}"
    .size icudt{version}_dat, . - icudt{version}_dat
    .section .note.GNU-stack,"",@progbits
""")
    result = workdir / library.name
    _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(result), str(source))
    return result


def swap_into(binaries: list[tuple], workdir: Path) -> tuple[list[tuple], str]:
    """build.spec's binaries with libicudata replaced by its trimmed copy; and what was done, to print."""
    missing = missing_tools()
    found = [entry for entry in binaries if _LIBRARY.search(entry[0].replace("\\", "/"))]
    if not found:
        return binaries, "no libicudata in the bundle: nothing to trim"
    if missing:
        return binaries, f"ICU data kept whole (32 MB): {', '.join(missing)} not installed"
    dest, source, kind = found[0][:3]
    small = trimmed(Path(source), workdir)
    swapped = [(dest, str(small), kind) if entry is found[0] else entry for entry in binaries]
    return swapped, (f"ICU data trimmed to en, tr, el, ms: {Path(source).stat().st_size >> 20} MB → "
                     f"{small.stat().st_size >> 20} MB")

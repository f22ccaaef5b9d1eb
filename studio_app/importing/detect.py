"""Reading a CSV as spreadsheets and other tools write it: encoding, delimiter, Excel's ``sep=`` line.

Encoding. A byte-order mark decides (UTF-8, UTF-16 LE/BE). Without one, the text is UTF-8 if it decodes as
UTF-8 (text in a Windows code page almost never does). Otherwise it is one of the Windows code pages our
studios' spreadsheets save in, decided by what the bytes above 127 become:

- Greek (Windows-1253) writes every letter of a Greek word above 127, so its high bytes come in runs as long
  as its words; Latin text (Turkish, Western) has one or two accented letters among plain ASCII ones
  ("Işık", "Ağaoğlu"; at most three in a row, "Öğü"). When the runs of high bytes are 3.5 bytes long on
  average or more and the text decodes in Windows-1253, it is Greek.
- Turkish (Windows-1254) and Western (Windows-1252) differ in six letters: ğ Ğ ı İ ş Ş are ð Ð ý Ý þ Þ in
  Western European text (Icelandic letters). A file holding any of those bytes is read as Turkish.
- Everything else that decodes in Windows-1252 is Western European; bytes that decode in none of the three
  (Shift-JIS, UTF-32 without a mark…) refuse the file and ask for UTF-8.

charset-normalizer would guess among dozens of code pages; on the few names of a short client list its
guesses between Greek, Turkish and Western are not reliable, and a wrong guess imports garbled names
without a word. Three code pages and a rule that can be explained are enough for the files we receive.

Delimiter: ``csv.Sniffer`` guesses wrong on files with commas inside quoted addresses, so each candidate
(comma, semicolon, tab) is counted per record outside quotes over the first records; the one that appears
the same number of times in the most records wins.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from studio_app.text.errors import StudioError

MAX_BYTES = 200 * 1024 * 1024  # a CSV beyond this is not a client list or an invoice history
DELIMITERS = (",", ";", "\t")
SAMPLE_RECORDS = 50
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
GREEK_RUN = 3.5  # mean length of the runs of bytes above 127 from which a text is taken for Greek
_TURKISH_BYTES = frozenset(b"\xd0\xdd\xde\xf0\xfd\xfe")  # Ğ İ Ş ğ ı ş in Windows-1254
_SIGNATURES = ((b"%PDF", "a PDF"), (b"PK\x03\x04", "an Excel workbook or another zip archive"),
               (b"\xd0\xcf\x11\xe0", "an old Excel or Word file"), (b"\x89PNG", "an image"),
               (b"\xff\xd8\xff", "an image"))
NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
         "cp1252": "Windows-1252", "cp1253": "Windows-1253 (Greek)", "cp1254": "Windows-1254 (Turkish)"}


@dataclass(frozen=True)
class Table:
    """A CSV read: its header cells, its records with the spreadsheet row each starts on, how it was read."""

    path: Path
    headers: list[str]
    records: list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells)
    encoding: str
    delimiter: str


def read_table(path: Path) -> Table:
    """The file's header and records; a file that is not a readable CSV is refused, saying why."""
    path = Path(path)
    raw = path.read_bytes() if path.stat().st_size <= MAX_BYTES else None
    if raw is None:
        raise StudioError("{path} is too large to be a CSV to import (more than 200 MB).", path=str(path))
    text, encoding = decode(raw, path)
    first_row = 1
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) in (4, 5):
        delimiter = first_line.strip()[4:] or ","  # Excel's own hint, the first line of files it saves
        text, first_row = rest, 2
    else:
        delimiter = sniff_delimiter(text)
    records: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    try:  # each record is one spreadsheet row, even when a quoted cell runs over several lines
        for row, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=first_row):
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = [cell.strip() for cell in cells]
            else:
                records.append((row, cells))
    except csv.Error as exc:
        raise StudioError("{path} is not a CSV file Studio Desk can read ({reason}).", path=str(path),
                          reason=str(exc)[:80]) from None
    if not headers:
        raise StudioError("{path} has no header row with column names.", path=str(path))
    return Table(path, headers, records, encoding, delimiter)


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """The text and the codec name; see the module's docstring for how the encoding is chosen."""
    for signature, what in _SIGNATURES:
        if raw.startswith(signature):
            raise StudioError("{path} is {what}, not a CSV file. Save it from your spreadsheet as CSV and import "
                              "that.", path=str(path), what=what)
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8", path), "utf-8-sig"
    if raw.startswith(codecs.BOM_UTF16_LE) and not raw.startswith(codecs.BOM_UTF32_LE):
        return _strict(raw[2:], "utf-16-le", path), "utf-16-le"
    if raw.startswith(codecs.BOM_UTF16_BE):
        return _strict(raw[2:], "utf-16-be", path), "utf-16-be"
    if b"\x00" in raw[:65536]:
        raise StudioError("{path} is not a text file (it holds binary data), so it cannot be a CSV.", path=str(path))
    try:
        return _checked(raw.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = code_page(raw)
    if encoding is None:
        raise StudioError("The encoding of {path} is not one Studio Desk reads (UTF-8, UTF-16, Windows-1252, "
                          "-1253 Greek or -1254 Turkish). Save it from your spreadsheet as “CSV UTF-8” and import "
                          "that.", path=str(path))
    return _checked(raw.decode(encoding), path), encoding


def code_page(raw: bytes) -> str | None:
    """Windows-1253, -1254 or -1252 for text that is not UTF-8, or None when none of them fits."""
    runs = [len(run) for run in _HIGH_RUNS.findall(raw)]
    if not runs:
        return "cp1252"
    candidates = ["cp1253"] if sum(runs) / len(runs) >= GREEK_RUN else []
    candidates += ["cp1254"] if any(byte in _TURKISH_BYTES for byte in raw if byte > 127) else []
    candidates += ["cp1252", "cp1254", "cp1253"]
    for encoding in dict.fromkeys(candidates):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def _strict(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return _checked(raw.decode(encoding), path)
    except UnicodeDecodeError:
        raise StudioError("{path} says it is {encoding} but is not: it cannot be read.", path=str(path),
                          encoding=NAMES[encoding]) from None


def _checked(text: str, path: Path) -> str:
    """Text with many control characters is a binary file that happened to decode."""
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    if controls > max(8, len(sample) // 200):
        raise StudioError("{path} is not a text file (it holds binary data), so it cannot be a CSV.", path=str(path))
    return text


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one found the same number of times, outside quotes, in the most records."""
    counts = {d: [] for d in DELIMITERS}
    for record in _records(text, SAMPLE_RECORDS):
        for d in DELIMITERS:
            counts[d].append(record.count(d))

    def score(d: str) -> tuple[int, int]:
        found = [n for n in counts[d] if n]
        if not found:
            return (0, 0)
        usual = max(set(found), key=found.count)
        return (sum(1 for n in counts[d] if n == usual), usual)

    best = max(DELIMITERS, key=score)
    return best if score(best)[0] else ","


def _records(text: str, limit: int) -> list[str]:
    """The first records with quoted parts removed (a quoted cell may hold delimiters and newlines)."""
    records, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == "\n" and not quoted:
            records.append("".join(current))
            current = []
            if len(records) >= limit:
                return records
        elif not quoted:
            current.append(char)
    if current:
        records.append("".join(current))
    return records

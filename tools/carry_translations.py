#!/usr/bin/env python3
"""Carry interface translations over when strings move to another class.

Qt's ``self.tr()`` uses the class a string is written in as its translation context, so moving a string
into a new class makes lupdate drop the old entry and add an unfinished one. After `make translations`
(lupdate), run this to fill every unfinished entry with the translation the same text had before, then run
`make translations` again (lupdate rewrites the files in its own format, lrelease builds the .qm):

    .venv/bin/python tools/carry_translations.py --from HEAD --moved QuoteEditor=DocumentEditor

For each unfinished message of resources/translations/studio_desk_<lang>.ts it looks, in the file as it was
at the ``--from`` revision, for the same source text (and comment, and plural flag) in the same context,
then in the contexts named by ``--moved NEW=OLD``, then in any context where that text had one translation.
What it cannot fill is listed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "translations"
LANGUAGES = ("tr", "el", "ms", "en")

Key = tuple[str, str, bool]  # source, comment, numerus


def _key(message: ET.Element) -> Key:
    return message.findtext("source") or "", message.findtext("comment") or "", message.get("numerus") == "yes"


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and \
        bool("".join(translation.itertext()).strip())


def old_translations(text: str) -> dict[str, dict[Key, ET.Element]]:
    """Context → key → the finished <translation> element of a .ts file's text."""
    found: dict[str, dict[Key, ET.Element]] = {}
    for context in ET.fromstring(text).iter("context"):
        messages = found.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            if _finished(message):
                messages[_key(message)] = message.find("translation")
    return found


def carry(path: Path, old: dict[str, dict[Key, ET.Element]], moved: dict[str, list[str]]) -> tuple[int, list[str]]:
    tree = ET.parse(path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _finished(message):
                continue
            key = _key(message)
            source = next((old[c][key] for c in (name, *moved.get(name, ())) if key in old.get(c, {})), None)
            if source is None:
                anywhere = {ET.tostring(m[key]) for m in old.values() if key in m}
                if len(anywhere) == 1:
                    source = next(m[key] for m in old.values() if key in m)
            if source is None:
                missing.append(f"{path.name}: {name}: {key[0]!r}")
                continue
            message.remove(message.find("translation"))
            message.append(copy.deepcopy(source))
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="revision", default="HEAD", help="the git revision the strings moved from")
    parser.add_argument("--moved", action="append", default=[], metavar="NEW=OLD",
                        help="strings of context NEW came from context OLD (repeatable)")
    args = parser.parse_args(argv)
    moved: dict[str, list[str]] = {}
    for pair in args.moved:
        new, _, before = pair.partition("=")
        moved.setdefault(new, []).append(before)
    problems = []
    for language in LANGUAGES:
        path = I18N / f"studio_desk_{language}.ts"
        text = subprocess.run(["git", "show", f"{args.revision}:{path.relative_to(ROOT)}"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        filled, missing = carry(path, old_translations(text), moved)
        print(f"{path.name}: {filled} carried over")
        problems += missing
    for problem in problems:
        print(f"not translated before: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

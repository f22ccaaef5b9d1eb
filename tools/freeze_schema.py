#!/usr/bin/env python3
"""Write studio_app/store/schema_frozen.py: the schema of the migrations as one list of statements for new databases.

    .venv/bin/python tools/freeze_schema.py           # freeze the schema of every migration
    .venv/bin/python tools/freeze_schema.py --check   # exit 1 when the frozen list is not that of its version

A new migration needs no new freeze (new databases run it after the frozen list); freezing again takes its
statements out of every first start. See studio_app/store/schema_script.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "studio_app" / "store" / "schema_frozen.py"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADER = '''"""The schema of migrations 1–{version} as the statements that make it at once (written by tools/freeze_schema.py;
do not edit by hand). Used by :mod:`studio_app.store.schema_script` for new SQLite databases."""

VERSION = {version}
STATEMENTS: tuple[str, ...] = (
'''


def source(version: int, statements: list[str]) -> str:
    return HEADER.format(version=version) + "".join(f"    {statement!r},\n" for statement in statements) + ")\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    from studio_app.store import migrations, schema_frozen, schema_script
    if args.check:
        current = list(schema_frozen.STATEMENTS) == schema_script.freeze(schema_frozen.VERSION)
        print("frozen schema is current" if current else f"{TARGET} does not match migrations 1–{schema_frozen.VERSION}")
        return 0 if current else 1
    TARGET.write_text(source(migrations.LATEST, schema_script.freeze()), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} (migrations 1–{migrations.LATEST})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

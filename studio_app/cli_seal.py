"""`seal-key show` and `seal-key add`: give another desk of a shared database the key that seals its documents.

The key never travels inside the database or its exports. `show` prints it (keep it like a password);
`add` reads it from standard input, so it stays out of the shell's history, and keeps it only when it
opens this database's seals.
"""

from __future__ import annotations

import argparse
import sys

from . import sealing

COMMANDS = ("seal-key",)


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("seal-key", help="show this database's seal key, or add it on another desk")
    parser.add_argument("action", choices=("show", "add"), help="show: print the key; add: read it from stdin")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.action == "show":
        print(sealing.exported_key())
        print("Keep this like a password; on another desk: studio-desk --db … seal-key add, then paste it.",
              file=sys.stderr)
        return 0
    uid = sealing.add_key(sys.stdin.readline())
    print(f"This desk now holds the seal key of database {uid}.")
    return 0

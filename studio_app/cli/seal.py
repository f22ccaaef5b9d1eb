"""`seal-key show` and `seal-key add`: give another desk of a shared database the key that seals its documents.

The key never travels inside the database or its exports. `show` prints it (keep it like a password);
`add` reads it from standard input, so it stays out of the shell's history, and keeps it only when it
opens this database's seals. `renew`, for a database whose key no desk holds any more, seals it again
with a new key once every hash and link holds.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from .command import Access, Command, arg


def run_seal_key(args: argparse.Namespace) -> int:
    from studio_app.store import sealing  # loaded when the command runs
    if args.action == "show":
        print(sealing.exported_key())
        print("Keep this like a password; on another desk: studio-desk --db … seal-key add, then paste it.",
              file=sys.stderr)
        return 0
    if args.action == "renew":
        uid = sealing.renew_key()
        print(f"Every issued document passed its check and is sealed again, with a new key (database {uid}). "
              "Give it to the other desks with seal-key show / add.")
        return 0
    text = getpass.getpass("Seal key (as printed by seal-key show): ") if sys.stdin.isatty() else sys.stdin.readline()
    uid = sealing.add_key(text)
    print(f"This desk now holds the seal key of database {uid}.")
    return 0


COMMANDS = (
    Command("seal-key", "show this database's seal key, or add it on another desk", run_seal_key, Access.WRITES, (
        arg("action", choices=("show", "add", "renew"),
            help="show: print the key; add: read it from stdin; renew: a new key when no desk has it"),
    )),
)

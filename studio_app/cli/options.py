"""The global options (``--db``, ``--smoke``) and the one question main.py asks: window or command line?

Only argparse is imported here, so opening the window never loads a command's module.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

PROG = "studio-desk"


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: exit 2, as argparse does, without the usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{PROG}: {message}\n")


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options that come before the command, shared by the window and every command."""
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL "
                        "(default: the file in your user data folder)")
    parser.add_argument("--smoke", action="store_true",
                        help="open the main window, print seconds from start to painted, and exit")


@dataclass(frozen=True)
class GlobalOptions:
    db: str | None = None
    smoke: bool = False
    command_line: bool = False  # a command, --help or a mistake: the full parser answers (cli.parser)


class _NotOnlyGlobal(Exception):
    pass


class _GlobalParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotOnlyGlobal(message)  # the full parser says it, in its own words


def global_options(argv: list[str]) -> GlobalOptions:
    """``--db`` and ``--smoke`` parsed as the full command line parses them, and whether anything else was
    given. Nothing else (``python main.py --db x --smoke``) means the window."""
    parser = _GlobalParser(prog=PROG, add_help=False)
    add_global_options(parser)
    try:
        known, rest = parser.parse_known_args(argv)
    except _NotOnlyGlobal:
        return GlobalOptions(command_line=True)
    return GlobalOptions(known.db, known.smoke, command_line=bool(rest))

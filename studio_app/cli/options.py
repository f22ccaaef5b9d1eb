"""The global options (``--db``, ``--smoke``), before the command."""

from __future__ import annotations

import argparse

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


"""What a command is: its name, help, arguments, how it opens the database, and the handler that runs it.

Every command group module ends with ``COMMANDS``, a tuple of :class:`Command`; :mod:`.parser` builds
the command line from them. Declaring a command imports nothing but argparse: the handler imports
what it needs when it runs.
"""

from __future__ import annotations

import argparse
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Handler = Callable[[argparse.Namespace], int]


class Access(enum.Enum):
    """How the dispatcher opens the database before the handler runs."""

    WRITES = "writes"  # opened read-write
    # Opened read-only (no write lock, never waiting for one, a read-only file is fine) and seen as of one
    # moment (one read transaction) while other desks write.
    READS = "reads"
    READS_ITSELF = "reads, opens itself"  # backup must not create an empty database where there was none
    OPENS_ITSELF = "opens itself"  # restore must work on a database too damaged to open


@dataclass(frozen=True)
class Argument:
    flags: tuple[str, ...]
    options: dict[str, Any]


def arg(*flags: str, **options: Any) -> Argument:
    """One ``add_argument`` call, written the same way: ``arg("-o", "--output", required=True, type=Path)``."""
    return Argument(flags, options)


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    run: Handler
    access: Access
    arguments: tuple[Argument, ...] = field(default=())

    def add_to(self, subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(self.name, help=self.help)
        for argument in self.arguments:
            parser.add_argument(*argument.flags, **argument.options)
        return parser

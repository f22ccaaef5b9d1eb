"""Private atomic writes: the one way Studio Desk puts a file where the user asked (PDF, JSON and CSV
exports, backups, a restored database).

The data goes to a temporary file in the target's folder, created with ``O_CREAT | O_EXCL |
O_NOFOLLOW`` and mode 0600 (so it is never another file, never a planted symlink, never readable by
others, not even half-written), is flushed to disk and renamed over the target in one step. On any
failure the temporary file is removed and the target is as it was. Folders made on the way are 0700.
(The temporary file and the private folders are :mod:`studio_app.files.private`'s.)

:func:`check_target` refuses what must never be replaced: a folder, a device node, a FIFO or a
socket (renaming over ``/dev/null`` would break the machine), the open database with its ``-wal``,
``-shm`` and ``-journal`` files, an existing backup of it, and (for exports and PDFs) any SQLite
database file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from studio_app.store import db
from studio_app.text.errors import StudioError
from . import backup_list
from .private import Temporary

_SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")


# --- what may be written -------------------------------------------------------------------------

def check_target(path: str | os.PathLike, *, sqlite_ok: bool = False) -> Path:
    """``path`` (user-expanded) if a file may be written there; a one-line StudioError if not.

    ``sqlite_ok``: a backup may replace an older database copy; an export or a PDF may not.
    """
    path = Path(path).expanduser()
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        link = None
    except OSError as exc:
        raise _could_not_write(path, exc) from None
    if link is not None:
        try:
            st = os.stat(path)  # a symlink is replaced, not followed, but /dev/stdout and the like still count
        except OSError:
            st = link  # a dangling symlink: renaming over it touches nothing else
        if stat.S_ISDIR(st.st_mode):
            raise StudioError("{path} is a folder; give the name of a file to write.", path=str(path))
        if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
            raise StudioError("{path} is not a regular file (it is a device, a pipe or a socket); give the name "
                              "of a file to write.", path=str(path))
    _refuse_protected(path)
    if link is not None and not sqlite_ok and _is_sqlite(path):
        raise StudioError("{path} is a database file; choose another file name so it is not replaced.",
                          path=str(path))
    return path


def _protected() -> tuple[list[Path], list[Path]]:
    """(the open database and its companion files, the existing backups of the open database)."""
    if db.database.obj is None:
        return [], []
    live = db.sqlite_path()
    files = [] if live is None else [live, *(Path(f"{live}{extra}") for extra in _COMPANIONS)]
    try:
        kept = backup_list.list_backups(None)
    except OSError:
        kept = []
    return files, kept


def _refuse_protected(path: Path) -> None:
    files, kept = _protected()
    real = os.path.realpath(path)
    identity = _identity(path)
    for protected in files:
        if os.path.realpath(protected) == real or (identity and identity == _identity(protected)):
            raise StudioError("{path} belongs to the open database, and Studio Desk cannot overwrite the database "
                              "itself; choose another file name.", path=str(path))
    for protected in kept:
        if os.path.realpath(protected) == real or (identity and identity == _identity(protected)):
            raise StudioError("{path} is one of the database's backups, which are never overwritten; choose "
                              "another file name.", path=str(path))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _is_sqlite(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False  # a symlink (replaced, not followed) or unreadable: nothing of it is read or written
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, 16) == _SQLITE_HEADER
    finally:
        os.close(fd)


def _could_not_write(path: Path, exc: OSError) -> StudioError:
    return StudioError("Could not write {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))


# --- the ways to write ---------------------------------------------------------------------------

@contextmanager
def private_file(path: str | os.PathLike, *, encoding: str | None = None,
                 newline: str | None = None) -> Iterator[IO]:
    """Write ``path`` through a private temporary file: ``with private_file(p, encoding="utf-8") as out``.

    The target is checked first (:func:`check_target`); an OSError while writing becomes "Could not
    write {path}: {reason}" and leaves the target as it was.
    """
    target = check_target(path)
    try:
        with Temporary(target) as temporary:
            with temporary.open(encoding=encoding, newline=newline) as handle:
                yield handle
            temporary.commit()
    except OSError as exc:
        raise _could_not_write(target, exc) from None


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """``path`` with exactly ``data`` in it, written privately and atomically."""
    with private_file(path) as handle:
        handle.write(data)
    return Path(path).expanduser()


@contextmanager
def private_copy(path: str | os.PathLike) -> Iterator[Path]:
    """For writers that need a file name (SQLite's backup API): yields the private temporary file's
    path, renamed over ``path`` when the block ends without an error. An older database copy may be
    replaced; the open database, its files and its backups may not."""
    target = check_target(path, sqlite_ok=True)
    try:
        with Temporary(target) as temporary:
            try:
                yield temporary.path
            finally:
                for extra in _COMPANIONS:  # what SQLite left beside the copy (nothing after a clean close)
                    Path(f"{temporary.path}{extra}").unlink(missing_ok=True)
            temporary.commit()
    except OSError as exc:
        raise _could_not_write(target, exc) from None

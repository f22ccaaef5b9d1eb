"""Private folders and files: made readable by the user only from their first byte, and the temporary file
renamed over its target in one step.

The ground floor of every file Studio Desk writes: the database file itself (:mod:`studio_app.store.db`), seal
keys, backups and restores, and, through :mod:`studio_app.files.safe_write`, every export and PDF. Nothing here
decides what may be written where; :func:`safe_write.check_target` does.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import IO

_FLAGS = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
          | getattr(os, "O_BINARY", 0))


# --- folders -------------------------------------------------------------------------------------

def private_folder(folder: str | os.PathLike) -> Path:
    """Create ``folder`` and its missing parents readable by the user only (0700 on POSIX).

    Each missing folder is made with mode 0700 (the umask can only take bits away) and set to
    exactly 0700; folders that already exist keep their permissions (a database in ~/Documents
    must not change ~/Documents).
    """
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for created in reversed(missing):
        try:
            os.mkdir(created, 0o700)
        except FileExistsError:
            continue  # made at the same moment by another process; its mode is that process's business
        if os.name == "posix":
            os.chmod(created, 0o700)
    if not folder.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(folder))
    return folder


# --- the temporary file --------------------------------------------------------------------------

class Temporary:
    """A new private file beside ``target``, renamed over it by :meth:`commit`.

    Used as a context manager: leaving the block without a commit (an error, Ctrl+C) removes it.
    It does not check the target; :func:`private_file` and :func:`private_copy` do.
    """

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        private_folder(self.target.parent)
        for _ in range(100):
            candidate = self.target.with_name(f"{self.target.name}.{secrets.token_hex(6)}.part")
            try:
                self.fd = os.open(candidate, _FLAGS, 0o600)
            except FileExistsError:
                continue
            break
        else:
            raise FileExistsError(17, "Could not find a free temporary name", str(self.target))
        self.path = candidate
        if os.name == "posix":
            os.fchmod(self.fd, 0o600)  # the umask may have taken the owner's bits too
        self.done = False

    def __enter__(self) -> Temporary:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.done:
            self.discard()

    def open(self, *, encoding: str | None = None, newline: str | None = None) -> IO:
        """A file object on the temporary file (binary unless an ``encoding`` is given); not closing the fd."""
        if encoding is None:
            return os.fdopen(self.fd, "wb", closefd=False)
        return os.fdopen(self.fd, "w", encoding=encoding, newline=newline, closefd=False)

    def commit(self) -> Path:
        """Flush to disk and rename over the target; the target's folder is flushed too."""
        os.fsync(self.fd)
        if os.name == "posix":
            now = os.stat(self.path, follow_symlinks=False)
            mine = os.fstat(self.fd)
            if (now.st_dev, now.st_ino) != (mine.st_dev, mine.st_ino):  # someone swapped the name meanwhile
                raise FileExistsError(17, "The temporary file was replaced by another", str(self.path))
        os.close(self.fd)
        self.done = True
        os.replace(self.path, self.target)
        fsync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        if not self.done:
            self.done = True
            try:
                os.close(self.fd)
            finally:
                Path(self.path).unlink(missing_ok=True)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is still atomic
    finally:
        os.close(fd)


# --- a new empty file ----------------------------------------------------------------------------

def create_new(path: str | os.PathLike) -> None:
    """Create an empty private file (0600) where none exists; never follows or replaces anything."""
    fd = os.open(Path(path), _FLAGS, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)

"""A real keyring backend for tests that keeps passwords in a JSON file (never the system's store).

In-process: ``keyring.set_keyring(FileKeyring(path))``. In a subprocess (the CLI):
``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and ``STUDIO_TEST_KEYRING=<file>``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if "STUDIO_TEST_KEYRING" not in os.environ:  # never picked by keyring's own detection in a test run
            raise RuntimeError("only when chosen by a test")
        return 1

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ["STUDIO_TEST_KEYRING"])

    @property
    def saved(self) -> dict[tuple[str, str], str]:
        if not self.path.exists():
            return {}
        return {tuple(key.split("\n", 1)): value for key, value in json.loads(self.path.read_text()).items()}

    def _write(self, saved: dict[tuple[str, str], str]) -> None:
        self.path.write_text(json.dumps({"\n".join(key): value for key, value in saved.items()}))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write({**self.saved, (service, username): password})

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        saved = self.saved
        if saved.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
        self._write(saved)

"""Finding shipped files (fonts, texts, icons, translations) from a checkout and from the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


_checkout: list[Path] = []  # the checkout's resources folder, found once (resolve() stats every folder above)


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    if not _checkout:
        _checkout.append(Path(__file__).resolve().parents[2] / "resources")
    return _checkout[0]


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)

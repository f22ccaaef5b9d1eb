"""Choosing the logo from a file: what can be opened and is an image becomes the logo; anything else is refused
with the file's name, before a large file is read whole."""

from __future__ import annotations

import pytest

from studio_app.text.errors import StudioError
from studio_app.work import settings
from tests.studio_app.documents.test_frozen_logo import LOGO_A


def test_a_png_file_becomes_the_logo(tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(LOGO_A)
    assert settings.read_logo(path) == LOGO_A


@pytest.mark.parametrize("make, message", [
    (lambda p: p, "The file missing.png cannot be opened; choose another image for the logo."),
    (lambda p: (p.mkdir(), p)[1], "The file missing.png cannot be opened"),
    (lambda p: (p.write_bytes(b"GIF89a" + bytes(100)), p)[1], "The logo must be a PNG or JPEG image."),
    (lambda p: (p.write_bytes(b"\x89PNG" + bytes(2_000_000)), p)[1], "The logo is larger than 2 MB"),
])
def test_a_file_that_is_not_a_usable_image_is_refused_by_name(tmp_path, make, message):
    path = make(tmp_path / "missing.png")
    with pytest.raises(StudioError, match=message.replace(".", r"\.")) as refused:
        settings.read_logo(path)
    assert refused.value.field == "logo"

"""The settings view: a logo file that cannot be used is refused where the designer sees it."""

from __future__ import annotations

from tests.studio_app.documents.test_frozen_logo import LOGO_A


def test_choosing_an_unreadable_logo_says_so_and_keeps_the_old_one(qtbot, window, asked, tmp_path):
    window.show_view("settings")
    view = window.settings_view
    good = tmp_path / "logo.png"
    good.write_bytes(LOGO_A)
    asked.answer(str(good))
    view.choose_logo()
    assert view.logo == LOGO_A and not view.message.isVisible()
    asked.answer(str(tmp_path / "gone.png"))
    view.choose_logo()
    assert "gone.png cannot be opened" in view.message.text() and view.message.isVisible()
    assert view.logo == LOGO_A

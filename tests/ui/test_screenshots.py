"""Screenshots of every main view on the small demo database, for a person to look at (tests/output/screenshots)."""

from __future__ import annotations

import pytest

from studio_app.store import lists
from tests.ui.conftest import make_window, settle

pytestmark = pytest.mark.gui


def _shoot(widget, folder, name: str, min_bytes: int = 10_000) -> None:
    settle()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), path
    assert path.stat().st_size > min_bytes  # a real picture, not an empty grab


def _shoot_views(window, folder, editors: tuple[str, ...]) -> dict[str, int]:
    """Every sidebar view, the editor of the first record of each of ``editors``, and each project tab;
    returns the records opened."""
    for page in ("dashboard", "clients", "projects", "quotes", "contracts", "invoices", "settings"):
        window.show_view(page)
        _shoot(window, folder, page)
    first = {kind: lists.ids(kind)[0] for kind in editors}
    for kind, record_id in first.items():
        window.open_record(kind[:-1], record_id)
        _shoot(window, folder, f"{kind[:-1]}-editor")
    editor = window.sections["projects"].editor
    window.open_record("project", first["projects"])
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        _shoot(window, folder, f"project-tab{tab + 1}")
    return first


@pytest.mark.parametrize("theme,size", [("light", (1280, 800)), ("dark", (1280, 800)), ("light", (1920, 1080)),
                                        ("dark", (1920, 1080))])
def test_screenshots_of_every_view(qtbot, qapp, demo_db, output_dir, theme, size):
    from ui import theme as themes
    themes.apply(qapp, theme)
    folder = output_dir / "screenshots" / f"{theme}-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    window = make_window(qtbot, demo_db, size)
    _shoot_views(window, folder, ("clients", "projects", "quotes", "contracts", "invoices"))


@pytest.mark.parametrize("language", ["tr", "el", "ms"])
def test_screenshots_in_each_language(qtbot, qapp, demo_db, output_dir, translations_built, language):
    """The main views and the small dialogs with the interface in Turkish, Greek and Malay (they run longer)."""
    from ui import i18n
    from ui import theme as themes
    themes.apply(qapp, "light")
    folder = output_dir / "screenshots" / f"{language}-1280x800"
    folder.mkdir(parents=True, exist_ok=True)
    i18n.install(qapp, language)
    try:
        window = make_window(qtbot, demo_db)
        assert window.sidebar.item(1).text() != "Clients"
        first = _shoot_views(window, folder, ("clients", "projects", "quotes", "invoices"))
        from ui.dialogs.interaction import InteractionDialog
        from ui.dialogs.revision import RevisionDialog
        from ui.dialogs.time_entry import TimeDialog
        for name, dialog in (("dialog-interaction", InteractionDialog(first["clients"], parent=window)),
                             ("dialog-revision", RevisionDialog(first["projects"], window)),
                             ("dialog-time", TimeDialog(first["projects"], window))):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            _shoot(dialog, folder, name, min_bytes=3_000)
            dialog.reject()
    finally:
        i18n.install(qapp, "en")

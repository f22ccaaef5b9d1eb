"""The small dialogs: what they show when they refuse, and how they are laid out."""

from __future__ import annotations

import pytest

from studio_app.work import revisions
from tests import factories
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


def shows_whole(label) -> bool:
    """Every word of the label is on screen: it fits one line, or it wraps within its width and height."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.width()


def test_a_long_refusal_wraps_inside_the_time_and_revision_dialogs(qtbot, sqlite_db, today):
    from ui.dialogs.revision import RevisionDialog
    from ui.dialogs.time_entry import TimeDialog
    factories.studio()
    project = factories.project(factories.client().id)
    time_dialog = TimeDialog(project.id)
    time_dialog.duration.setText("an hour or so")
    revision_dialog = RevisionDialog(project.id)
    revision_dialog.hours.setText("about twelve and a half hours, give or take a few")
    for dialog in (time_dialog, revision_dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.accept()
        settle()
        assert dialog.isVisible() and dialog.message.text()
        assert dialog.message.fontMetrics().horizontalAdvance(dialog.message.text()) > dialog.message.width()
        assert shows_whole(dialog.message), dialog.message.text()
    assert revisions.rounds(project.id) == []

"""An editor's actions: one primary button that fits the state (``QPushButton#primary``), secondary buttons,
and the destructive or rare ones in a "More ▾" menu, destructive entries in the theme's danger colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QStyleOptionMenuItem, QWidget

from ui import theme


class ActionMenu(QMenu):
    """A menu whose entries marked ``destructive`` read in the danger colour."""

    def initStyleOption(self, option: QStyleOptionMenuItem, action: QAction) -> None:
        super().initStyleOption(option, action)
        if action.property("destructive") and action.isEnabled():
            option.palette.setColor(QPalette.ColorRole.Text, QColor(theme.current().danger))
            option.palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.current().danger))
            option.palette.setColor(QPalette.ColorRole.ButtonText, QColor(theme.current().danger))


class ActionBar:
    """Buttons added to ``layout`` (the editor's header row) in order, the More ▾ button at the end."""

    def __init__(self, layout: QHBoxLayout, parent: QWidget) -> None:
        self.layout, self.parent = layout, parent
        self.buttons: list[QPushButton] = []
        self.menu = ActionMenu(parent)
        self.more = QPushButton(QCoreApplication.translate("ActionBar", "More ▾"))
        self.more.setMenu(self.menu)
        self.more.setAccessibleName(QCoreApplication.translate("ActionBar", "More actions"))
        self.layout.addWidget(self.more)
        self.primary: QPushButton | None = None

    def button(self, text: str, slot: Callable, tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if tooltip:
            button.setToolTip(tooltip)
        self.layout.insertWidget(self.layout.indexOf(self.more), button)
        self.buttons.append(button)
        return button

    def menu_action(self, text: str, slot: Callable, destructive: bool = False) -> QAction:
        action = QAction(text, self.parent)
        action.triggered.connect(slot)
        action.setProperty("destructive", destructive)
        if destructive and self.menu.actions() and not any(a.property("destructive") for a in self.menu.actions()):
            self.menu.addSeparator()
        self.menu.addAction(action)
        return action

    def set_primary(self, button: QPushButton | None) -> None:
        """``button`` becomes the one primary action, placed last (at the right); the others secondary."""
        self.primary = button
        for each in self.buttons:
            name = "primary" if each is button else ""
            if each.objectName() != name:
                each.setObjectName(name)
                each.style().unpolish(each)
                each.style().polish(each)
        if button is not None:  # at the right, before More ▾
            self.layout.removeWidget(button)
            self.layout.insertWidget(self.layout.indexOf(self.more), button)
        self.more.setVisible(any(action.isVisible() for action in self.menu.actions() if not action.isSeparator()))

    def visible_buttons(self) -> list[QPushButton]:
        return [button for button in self.buttons if button.isVisible()]

"""An editor's actions: one primary button that fits the state (``QPushButton#primary``), secondary buttons,
and the destructive or rare ones in a "More ▾" menu, destructive entries in the theme's danger colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QStyleOptionMenuItem, QWidget

from ui import theme
from ui.tokens import space


class ActionMenu(QMenu):
    """A menu whose entries marked ``destructive`` read in the danger colour."""

    def initStyleOption(self, option: QStyleOptionMenuItem, action: QAction) -> None:
        super().initStyleOption(option, action)
        if action.property("destructive") and action.isEnabled():
            option.palette.setColor(QPalette.ColorRole.Text, QColor(theme.current().danger))
            option.palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.current().danger))
            option.palette.setColor(QPalette.ColorRole.ButtonText, QColor(theme.current().danger))


class ActionBar(QObject):
    """Buttons added to ``layout`` (the editor's header row) in order, the More ▾ button at the end.

    The editor says which buttons its state wants (:meth:`show`); a secondary button that does not fit the
    header's width (long labels in Greek or Malay, a narrow window) moves to the top of More ▾ instead of
    being cut off or widening the window."""

    def __init__(self, layout: QHBoxLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.layout, self.parent = layout, parent
        self.buttons: list[QPushButton] = []
        self.wanted: dict[QPushButton, bool] = {}
        self.mirrors: dict[QPushButton, QAction] = {}
        self.menu = ActionMenu(parent)
        self.top = QAction(self)  # where the moved buttons go: above the menu's own entries
        self.top.setSeparator(True)
        self.menu.addAction(self.top)
        self.more = QPushButton(QCoreApplication.translate("ActionBar", "More ▾"))
        self.more.setMenu(self.menu)
        self.more.setAccessibleName(QCoreApplication.translate("ActionBar", "More actions"))
        self.layout.addWidget(self.more)
        self.primary: QPushButton | None = None
        parent.installEventFilter(self)

    def button(self, text: str, slot: Callable, tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if tooltip:
            button.setToolTip(tooltip)
        self.layout.insertWidget(self.layout.indexOf(self.more), button)
        button.setMinimumWidth(1)  # the header never forces the window wider: what does not fit moves (fit)
        self.buttons.append(button)
        self.wanted[button] = True
        mirror = QAction(text, self)
        mirror.triggered.connect(button.click)
        self.menu.insertAction(self.top, mirror)
        self.mirrors[button] = mirror
        return button

    def show(self, button: QPushButton, shown: bool) -> None:
        """Whether the state wants ``button``; :meth:`fit` decides between the header and the menu."""
        self.wanted[button] = bool(shown)
        button.setVisible(bool(shown))

    def fit(self) -> None:
        editor = self.parent
        spacing = max(self.layout.spacing(), 6)
        fixed = sum(widget.sizeHint().width() + spacing for widget in (editor.back_button, editor.heading,
                                                                        editor.badge) if widget.isVisibleTo(editor))
        margins = editor.layout().contentsMargins()
        available = editor.width() - fixed - margins.left() - margins.right() - 2 * spacing - space(1)
        wanted = [button for button in self.buttons if self.wanted[button]]
        needed = sum(button.sizeHint().width() + spacing for button in wanted) + self.more.sizeHint().width()
        moved = set()
        for button in wanted:  # the leftmost secondary buttons go first; the primary one always stays
            if needed <= available:
                break
            if button is not self.primary:
                moved.add(button)
                needed -= button.sizeHint().width() + spacing
        for button in self.buttons:
            button.setVisible(self.wanted[button] and button not in moved)
            mirror = self.mirrors[button]
            mirror.setVisible(button in moved)
            mirror.setEnabled(button.isEnabled())
            mirror.setToolTip(button.toolTip())
        self.top.setVisible(bool(moved) and any(a.isVisible() for a in self._entries()))
        self.more.setVisible(bool(moved) or any(a.isVisible() for a in self._entries()))

    def _entries(self) -> list[QAction]:
        mirrors = set(self.mirrors.values())
        return [a for a in self.menu.actions() if not a.isSeparator() and a not in mirrors]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def menu_action(self, text: str, slot: Callable, destructive: bool = False) -> QAction:
        action = QAction(text, self.parent)
        action.triggered.connect(slot)
        action.setProperty("destructive", destructive)
        if destructive and self._entries() and not any(a.property("destructive") for a in self._entries()):
            self.menu.addSeparator()
        self.menu.addAction(action)
        return action

    @staticmethod
    def mark(button: QPushButton, primary: bool) -> None:
        """Give ``button`` the primary look or take it away (the style sheet reads the object name)."""
        name = "primary" if primary else ""
        if button.objectName() != name:
            button.setObjectName(name)
            button.style().unpolish(button)
            button.style().polish(button)

    def set_primary(self, button: QPushButton | None) -> None:
        """``button`` becomes the one primary action, placed last (at the right); the others secondary."""
        self.primary = button
        for each in self.buttons:
            self.mark(each, each is button)
        if button is not None:  # at the right, before More ▾
            self.layout.removeWidget(button)
            self.layout.insertWidget(self.layout.indexOf(self.more), button)
        self.fit()

    def visible_buttons(self) -> list[QPushButton]:
        return [button for button in self.buttons if button.isVisible()]

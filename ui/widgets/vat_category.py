"""Choosing a line's VAT category from a list of names, not typing its code."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studio_app import money
from ui import formatting


class VatCategoryDelegate(QStyledItemDelegate):
    """The cell edits with a list: "By the rate" (standard above 0 %, zero-rated at 0 %), then each category."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        box.addItem(self.tr("By the rate"), "")
        for code in money.CATEGORIES:
            box.addItem(formatting.vat_category(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        code = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setCurrentIndex(max(editor.findData(code), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

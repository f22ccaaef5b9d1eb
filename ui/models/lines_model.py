"""The editable line items of a quote or invoice draft, kept as the designer typed them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QColor

from studio_app.money import lines
from studio_app import money
from studio_app.text.errors import StudioError
from ui import formatting
from ui.i18n import error_text

Index = QModelIndex | QPersistentModelIndex
KEYS = ("description", "quantity", "unit", "unit_price", "tax_rate", "vat_category", "discount_percent", "amount")
_TITLES = (QT_TRANSLATE_NOOP("LinesModel", "Description"), QT_TRANSLATE_NOOP("LinesModel", "Qty"),
           QT_TRANSLATE_NOOP("LinesModel", "Unit"), QT_TRANSLATE_NOOP("LinesModel", "Unit price"),
           QT_TRANSLATE_NOOP("LinesModel", "Tax %"), QT_TRANSLATE_NOOP("LinesModel", "VAT category"),
           QT_TRANSLATE_NOOP("LinesModel", "Discount %"), QT_TRANSLATE_NOOP("LinesModel", "Amount"))
#: What a row carries besides its cells, kept as loaded so a save never loses it: a discount or charge on the
#: whole document, a discount amount, a price per 100, a deposit deducted with its own VAT.
CARRIED = ("kind", "exemption_reason", "discount_amount", "base_quantity", "fixed_tax", "deposit_invoice")
_NUMERIC = {"quantity", "unit_price", "tax_rate", "discount_percent", "amount"}


def _plain(value: object) -> str:
    return format(Decimal(str(value)).normalize(), "f") if value not in (None, "") else ""


def _price_text(minor: object, currency: str) -> str:
    """A stored price (minor units) as the cell's text: 1500.00, or 0.125 where it is finer than a cent."""
    digits = money.minor_digits(currency)
    major = Decimal(str(minor or 0)).scaleb(-digits)
    if -money.canonical(major).as_tuple().exponent <= digits:
        major = major.quantize(Decimal(1).scaleb(-digits))
    return format(major, "f")


class LinesModel(QAbstractTableModel):
    """Rows of text cells; every change re-validates with :func:`studio_app.money.lines.validate`.

    ``changed`` fires after each edit so the editor can recompute totals with the same money
    function the PDF uses. A row that does not validate is tinted and carries its message.
    """

    changed = Signal()

    def __init__(self, currency: str = "EUR", parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.read_only = False
        self.negative = False
        self._rows: list[dict[str, str]] = []
        self._carried: list[dict[str, object]] = []
        self._errors: dict[int, str] = {}
        self._amounts: list[int | None] = []
        self._valid: list[dict | None] = []  # each row as validated (numbers read), None where it does not validate

    # -- loading and reading back ------------------------------------------------------------
    def load(self, items: list[dict], currency: str, *, read_only: bool = False, negative: bool = False) -> None:
        self.beginResetModel()
        self.currency, self.read_only, self.negative = currency, read_only, negative
        self._rows = [{
            "description": str(item.get("description", "")),
            "quantity": _plain(item.get("quantity", "1")),
            "unit": str(item.get("unit", "") or ""),
            "unit_price": _price_text(item.get("unit_price", 0), currency),
            "tax_rate": _plain(item.get("tax_rate", "0")),
            "vat_category": str(item.get("vat_category", "") or ""),
            "discount_percent": _plain(item.get("discount_percent", "0") or "0"),
        } for item in items]
        self._carried = [{key: item[key] for key in CARRIED if item.get(key) is not None} for item in items]
        self._revalidate()
        self.endResetModel()

    def items(self) -> list[dict[str, object]]:
        """What the service receives: the typed text, to be parsed by the service's own rules, with what the
        row carries besides its cells."""
        return [{**carried, **row} for row, carried in zip(self._rows, self._carried)]

    def error(self) -> StudioError | None:
        """The first problem, as the service would report it on save."""
        try:
            lines.validate(self.items(), self.currency, negative=self.negative)
        except StudioError as exc:
            return exc
        return None

    def money_lines(self) -> list[money.Line]:
        """The lines that validate, for live totals (rows with a problem count as zero until fixed)."""
        good = []
        for i, row in enumerate(self.items()):
            if i not in self._errors:
                good.extend(lines.as_money_lines(lines.validate([row], self.currency, negative=self.negative)))
        return good

    def _revalidate(self) -> None:
        self._errors.clear()
        self._amounts = []
        self._valid = []
        for i, row in enumerate(self.items()):
            try:
                (valid,) = lines.validate([row], self.currency, negative=self.negative)
                (line,) = lines.as_money_lines([valid])
                self._valid.append(valid)
                self._amounts.append(line.amount())
            except StudioError as exc:
                self._valid.append(None)
                self._errors[i] = error_text(exc, line=QCoreApplication.translate("LinesModel", "This line"))
                self._amounts.append(None)

    # -- editing ------------------------------------------------------------------------------
    def add_line(self, tax_rate: Decimal | str = "0", description: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"description": description, "quantity": "1", "unit": "", "unit_price": "0",
                           "tax_rate": _plain(tax_rate), "vat_category": "", "discount_percent": "0"})
        self._carried.append({})
        self._revalidate()
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._carried[row]
            self._revalidate()
            self.endRemoveRows()
            self.changed.emit()

    def move_line(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self._carried.insert(target, self._carried.pop(row))
        self._revalidate()
        self.endMoveRows()
        self.changed.emit()
        return target

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(KEYS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("LinesModel", _TITLES[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and KEYS[section] in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        carried = self._carried[index.row()] if 0 <= index.row() < len(self._carried) else {}
        generated = "fixed_tax" in carried  # a deposit deducted: its figures are the deposit invoice's
        if not self.read_only and KEYS[index.column()] != "amount" and not generated:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(KEYS)):
            return None
        key = KEYS[index.column()]
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "amount":
                amount = self._amounts[row]
                return "—" if amount is None else formatting.amount(amount, self.currency)
            if role == Qt.ItemDataRole.DisplayRole and key in _NUMERIC and self._valid[row] is not None:
                return self._shown(self._valid[row], key)  # in the interface's number format
            if role == Qt.ItemDataRole.DisplayRole and key == "vat_category" and self._rows[row][key]:
                return formatting.vat_category(self._rows[row][key].strip().upper())
            return self._rows[row][key]  # as typed: what the cell's editor starts from
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if key in _NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row in self._errors:
            return QColor(198, 40, 40, 60)
        if role == Qt.ItemDataRole.ToolTipRole and row in self._errors:
            return self._errors[row]
        return None

    def _shown(self, valid: dict, key: str) -> str:
        if key == "unit_price":
            return formatting.price(valid["unit_price"], self.currency)
        return formatting.number(valid[key])

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = KEYS[index.column()]
        self._rows[index.row()][key] = str(value)
        self._revalidate()
        left, right = self.index(index.row(), 0), self.index(index.row(), len(KEYS) - 1)
        self.dataChanged.emit(left, right)
        self.changed.emit()
        return True

    def row_error(self, row: int) -> str | None:
        return self._errors.get(row)

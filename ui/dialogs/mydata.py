"""Recording what the studio's myDATA provider returned for an issued Greek invoice: the ΜΑΡΚ, the UID, the link
of its QR code and the authentication code. Saved once (studio_app.work.mydata.record); the invoice is handed
out from then on as the copy printed with them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from studio_app.work import invoices, mydata
from ui.dialogs.base import Dialog


class MyDataDialog(Dialog):
    def __init__(self, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_id = invoice_id
        number = invoices.get(invoice_id).number
        self.setWindowTitle(self.tr("myDATA ΜΑΡΚ of %1").replace("%1", number))
        self.setMinimumWidth(480)
        self.mark = QLineEdit()
        self.mark.setPlaceholderText("400001234567890")
        self.uid = QLineEdit()
        self.url = QLineEdit()
        self.auth_code = QLineEdit()
        hint = QLabel(self.tr("Copy what your provider returned. It is recorded once and printed on the invoice, "
                              "with the QR code of the link; the invoice as issued is kept as well."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("ΜΑΡΚ"), self.mark)
        form.addRow(self.tr("UID"), self.uid)
        form.addRow(self.tr("QR code link"), self.url)
        form.addRow(self.tr("Authentication code"), self.auth_code)
        self.content.addWidget(hint)
        self.content.addLayout(form)

    def save(self) -> None:
        mydata.record(self.invoice_id, self.mark.text(), self.uid.text(), self.url.text(), self.auth_code.text())

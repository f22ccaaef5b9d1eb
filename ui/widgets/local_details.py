"""The "Local details" group of the studio settings and the client card: the fields a Turkish, Greek or Malaysian
document needs, shown only for a party in that country."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLineEdit, QWidget

from studio_app.text import countries
from studio_app.work import local_fields
from ui.widgets.fields import form_layout


class LocalDetails(QGroupBox):
    """One line edit per local field; ``show_for(country)`` shows the rows that country's documents print."""

    def __init__(self, *, studio: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Local details"), parent)
        self.studio = studio
        self.form = form_layout(self)
        names = local_fields.PARTY_FIELDS + (local_fields.STUDIO_FIELDS if studio else ())
        self.inputs: dict[str, QLineEdit] = {name: QLineEdit() for name in names}
        self.labels = {
            "tax_office": self.tr("Tax office"), "profession": self.tr("Profession"),
            "national_tax_id": self.tr("Tax number"), "mersis_no": self.tr("MERSİS number"),
            "trade_register": self.tr("Trade register number"), "sst_number": self.tr("SST registration number"),
            "bank_account_number": self.tr("Account number"), "duitnow_id": self.tr("DuitNow ID"),
        }
        for name, widget in self.inputs.items():
            self.form.addRow(self.labels[name], widget)
        self.show_for("")

    def _country_labels(self, code: str) -> dict[str, str]:
        if code == "TR":
            return {"national_tax_id": self.tr("VKN or TCKN"), "tax_office": self.tr("Tax office (vergi dairesi)"),
                    "trade_register": self.tr("Trade registry number")}
        if code == "GR":
            return {"national_tax_id": self.tr("Tax number (ΑΦΜ)"), "tax_office": self.tr("Tax office (ΔΟΥ)"),
                    "trade_register": self.tr("ΓΕΜΗ number"), "profession": self.tr("Profession (επάγγελμα)")}
        if code == "MY":
            return {"national_tax_id": self.tr("TIN"), "trade_register": self.tr("SSM company number")}
        return {}

    def show_for(self, country: str) -> None:
        code = countries.code(country)
        wanted = set(local_fields.fields_for(code))
        if self.studio and code == "MY":
            wanted |= set(local_fields.STUDIO_FIELDS)
        names = {**self.labels, **self._country_labels(code)}
        for name, widget in self.inputs.items():
            label = self.form.labelForField(widget)
            if label is not None:
                label.setText(names[name])
            self.form.setRowVisible(widget, name in wanted)
        self.setVisible(bool(wanted))

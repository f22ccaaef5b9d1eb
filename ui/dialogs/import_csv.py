"""File → Import…: clients, projects or past invoices from a CSV, with the columns mapped by hand where the
names were not recognised, a preview of what each row becomes, and the import itself (all or nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget)

from studio_app.importing import detect, headers, plan
from studio_app.text import messages
from studio_app.text.errors import StudioError
from ui import ask, formatting
from ui.dialogs.base import Dialog
from ui.i18n import error_text

PREVIEW_ROWS = 12


class ImportDialog(Dialog):
    """Choose what and which file; each column of the file gets a field (or none); the dry run below says
    what would be created, skipped as duplicate or refused; Import writes it all, or nothing."""

    def __init__(self, parent: QWidget | None = None, kind: str = "clients", path: Path | None = None) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Close)
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.resize(980, 680)
        self.path: Path | None = None
        self.table: detect.Table | None = None
        self.checked: plan.Plan | None = None
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to import"))
        for name, text in (("clients", self.tr("Clients")), ("projects", self.tr("Projects")),
                           ("invoices", self.tr("Past invoices"))):
            self.kind.addItem(text, name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Import"), self.kind)
        form.addRow(self.tr("File"), row)
        self.content.addLayout(form)
        self.read_as = QLabel()
        self.content.addWidget(self.read_as)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as"),
                                                self.tr("First value")])
        self.mapping.setAccessibleName(self.tr("Columns and the fields they are imported as"))
        self._stretch(self.mapping)
        self.content.addWidget(QLabel(self.tr("Columns")))
        self.content.addWidget(self.mapping, 2)
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Becomes"), self.tr("Details")])
        self.preview.setAccessibleName(self.tr("Preview of the rows"))
        self._stretch(self.preview)
        self.content.addWidget(QLabel(self.tr("Preview")))
        self.content.addWidget(self.preview, 3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.content.addWidget(self.summary)
        self.skip_bad = QCheckBox(self.tr("Skip refused rows and import the others"))
        self.skip_bad.toggled.connect(self._update_button)
        self.content.addWidget(self.skip_bad)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.clicked.connect(self.run_import)
        self.import_button.setEnabled(False)
        self.kind.currentIndexChanged.connect(lambda _=0: self._load_mapping())
        if path is not None:
            self.load(path)

    @staticmethod
    def _stretch(table: QTableWidget) -> None:
        """The last column (the values, what a row becomes) takes the room; the others fit their content."""
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def current_kind(self) -> str:
        return self.kind.currentData()

    def choose_file(self) -> None:
        chosen = ask.open_file(self, self.tr("Choose a CSV file"), "",
                               self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read the file (its encoding and delimiter found), recognise its columns, and run the dry run."""
        self.path, self.table = Path(path), None
        self.file_label.setText(self.path.name)
        try:
            self.table = detect.read_table(self.path)
        except (StudioError, OSError) as exc:
            self._refuse(exc)
            return
        self.read_as.setText(self.tr("Read as %1, separated by %2; %3 rows.").replace(
            "%1", detect.NAMES.get(self.table.encoding, self.table.encoding)).replace(
            "%2", {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}.get(
                self.table.delimiter, self.table.delimiter)).replace("%3", str(len(self.table.records))))
        self._load_mapping()

    def _field_label(self, field: headers.Field) -> str:
        return messages.catalog(formatting.language()).get(field.label, field.label)

    def _load_mapping(self) -> None:
        if self.table is None:
            return
        guessed = {index: name for name, index in headers.guess(self.current_kind(), self.table.headers).items()}
        self.mapping.setRowCount(len(self.table.headers))
        first = self.table.records[0][1] if self.table.records else []
        for row, header in enumerate(self.table.headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for the column %1").replace("%1", header))
            combo.addItem(self.tr("— not imported —"), "")
            for field in headers.fields(self.current_kind()):
                combo.addItem(self._field_label(field) + (" *" if field.required else ""), field.name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(row, ""))))
            combo.currentIndexChanged.connect(lambda _=0: self.refresh_preview())
            self.mapping.setCellWidget(row, 1, combo)
            self.mapping.setItem(row, 2, QTableWidgetItem(first[row].strip() if row < len(first) else ""))
        self.refresh_preview()

    def overrides(self) -> dict[str, str]:
        """field -> column for every field: the combos say it all (a field no column feeds is read from none)."""
        chosen = {f.name: "" for f in headers.fields(self.current_kind())}
        for row in range(self.mapping.rowCount()):
            name = self.mapping.cellWidget(row, 1).currentData()
            if name and not chosen[name]:
                chosen[name] = self.table.headers[row]
        return chosen

    def refresh_preview(self) -> None:
        self.checked = None
        try:
            self.checked = plan.preview(self.current_kind(), self.path, self.overrides(), table=self.table)
        except (StudioError, OSError) as exc:
            self._refuse(exc)
            return
        self.message.hide()
        outcomes = self.checked.outcomes
        shown = outcomes[:PREVIEW_ROWS] + [o for o in outcomes[PREVIEW_ROWS:] if o.action != plan.CREATE]
        self.preview.setRowCount(len(shown))
        words = {plan.CREATE: self.tr("created"), plan.DUPLICATE: self.tr("skipped: duplicate"),
                 plan.REFUSED: self.tr("refused")}
        for row, outcome in enumerate(shown):
            detail = outcome.summary if outcome.action != plan.REFUSED else (
                f"{outcome.column}: {error_text(outcome.error) if outcome.error else outcome.reason}")
            if outcome.action == plan.DUPLICATE:
                detail = self.tr("%1 (same %2)").replace("%1", outcome.summary).replace("%2", outcome.column)
            for column, text in enumerate((str(outcome.row), words[outcome.action], detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.preview.setItem(row, column, item)
        self.summary.setText(self.tr("%1 to create, %2 skipped as duplicates, %3 refused.").replace(
            "%1", str(len(self.checked.created))).replace("%2", str(len(self.checked.duplicates))).replace(
            "%3", str(len(self.checked.refused))))
        self._update_button()

    def _refuse(self, exc: Exception) -> None:
        self.preview.setRowCount(0)
        self.summary.setText("")
        if isinstance(exc, StudioError):
            self.show_error(exc)
        else:
            self._say(str(exc), error=True)
        self._update_button()

    def _update_button(self) -> None:
        ready = self.checked is not None and bool(self.checked.created)
        self.import_button.setEnabled(ready and (not self.checked.refused or self.skip_bad.isChecked()))

    def run_import(self) -> None:
        try:
            done = plan.import_csv(self.current_kind(), self.path, self.overrides(), skip_bad=self.skip_bad.isChecked())
        except StudioError as exc:
            self.show_error(exc)
            return
        if not done.imported:  # another desk changed something since the preview: show the new outcome
            self.refresh_preview()
            return
        self.say(self.tr("Imported %1; %2 skipped as duplicates, %3 refused rows left out.").replace(
            "%1", str(len(done.created))).replace("%2", str(len(done.duplicates))).replace(
            "%3", str(len(done.refused))))
        self.import_button.setEnabled(False)
        self.imported = done


def open_import(parent: QWidget | None, kind: str = "clients") -> bool:
    """Open the import window for ``kind`` ("clients", "projects" or "invoices"); True when something was imported.
    (For the empty lists' "Import from a file" action and File → Import….)"""
    dialog = ImportDialog(parent, kind)
    ask.run(dialog)
    return getattr(dialog, "imported", None) is not None

"""Settings → Documents: the studio's own wording of its contract clauses, quote and invoice texts, per language.

Pick a language and a text, edit it in place; the placeholders it may use are listed, an unknown one is named
as you type, and the sample document beside it is drawn again a moment after you stop typing. Save keeps it in
the database (every desk of a shared studio prints it); "Reset to the shipped text" brings Studio Desk's back.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from studio_app.text.errors import StudioError
from studio_app.work import clock, studio_texts
from ui import ask
from ui.i18n import error_text
from ui.widgets import choices

KEY = Qt.ItemDataRole.UserRole
DEBOUNCE_MS = 350
PREVIEW_WIDTH = 460


class DocumentsSettings(QWidget):
    saved = Signal(str)  # the key saved or reset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = choices.combo("language")
        self.language.setAccessibleName(self.tr("Document language"))
        self.keys = QListWidget()
        self.keys.setAccessibleName(self.tr("Texts"))
        self.keys.setMinimumWidth(360)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Text"))
        self.editor.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.reset_button = QPushButton(self.tr("Reset to the shipped text"))
        self.pages = QVBoxLayout()
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages.setSpacing(12)
        self.preview_pdf = b""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_preview)
        self._build()
        self.language.currentIndexChanged.connect(self.load)
        self.keys.currentItemChanged.connect(lambda _item, _old: self.show_text())
        self.editor.textChanged.connect(self.typed)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)

    def _build(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(self.tr("Language of the documents"))
        caption.setBuddy(self.language)
        top.addWidget(caption)
        top.addWidget(self.language)
        top.addStretch(1)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.state)
        column.addWidget(self.editor, 1)
        column.addWidget(self.placeholders)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        holder = QWidget()
        holder.setLayout(self.pages)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(holder)
        self.preview.setMinimumWidth(PREVIEW_WIDTH + 30)
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        splitter = QSplitter()
        splitter.addWidget(self.keys)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- the texts --------------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        return {"validity_sentence": self.tr("Quote: validity and how to accept"),
                "change_requests_sentence": self.tr("Quote: change requests"),
                "payment_on_delivery": self.tr("Quote: payment when there is no deposit"),
                "quote_note": self.tr("Quote: a note on every quote"),
                "pay_by": self.tr("Invoice: how to pay"),
                "nothing_due": self.tr("Invoice: nothing left to pay"),
                "payment_terms_value": self.tr("Invoice: payment terms"),
                "invoice_note": self.tr("Invoice: a note on every invoice")}

    def laws(self) -> dict[str, str]:
        return {"TR": self.tr("Türkiye"), "GR": self.tr("Greece"), "MY": self.tr("Malaysia"),
                "other": self.tr("other countries")}

    def current_language(self) -> str:
        return str(self.language.currentData() or "en")

    def current_key(self) -> str | None:
        item = self.keys.currentItem()
        return item.data(KEY) if item is not None else None

    def load(self, *_args) -> None:
        """Fill the list of texts for the chosen language, keeping the chosen text."""
        language, chosen = self.current_language(), self.current_key()
        titles = self.titles()
        self.keys.blockSignals(True)
        self.keys.clear()
        laws = self.laws()
        for key in studio_texts.keys(language):
            if key.startswith(studio_texts.CLAUSE_PREFIX):
                label = self.tr("Contract: %1").replace("%1", studio_texts.title(language, key))
                if key.endswith("_hourly"):  # the same heading as the per-round clause it replaces
                    label = self.tr("%1 (billed by the hour)").replace("%1", label)
                law = studio_texts.law_of(key)
                if law:  # each law's wording of the clause is its own text: "Governing law — Greece"
                    label = self.tr("%1 — %2").replace("%1", label).replace("%2", laws.get(law, law))
            else:
                label = titles.get(key, key)
            item = QListWidgetItem(label + (" ✎" if studio_texts.is_edited(language, key) else ""))
            item.setData(KEY, key)
            self.keys.addItem(item)
        self.keys.blockSignals(False)
        rows = [self.keys.item(i).data(KEY) for i in range(self.keys.count())]
        self.keys.setCurrentRow(rows.index(chosen) if chosen in rows else 0)
        self.show_text()

    def select(self, key: str) -> None:
        for row in range(self.keys.count()):
            if self.keys.item(row).data(KEY) == key:
                self.keys.setCurrentRow(row)

    def show_text(self) -> None:
        key = self.current_key()
        if key is None:
            return
        language = self.current_language()
        self.editor.blockSignals(True)
        self.editor.setPlainText(studio_texts.text(language, key))
        self.editor.blockSignals(False)
        self.state.setText(self.tr("Your own wording") if studio_texts.is_edited(language, key)
                           else self.tr("The shipped text"))
        names = " ".join("{" + name + "}" for name in studio_texts.placeholders(key))
        self.placeholders.setText(self.tr("Placeholders you can use: %1").replace("%1", names) if names
                                  else self.tr("This text takes no placeholders."))
        self.typed()

    def typed(self) -> None:
        """Checked at once; the preview follows when typing pauses."""
        key = self.current_key()
        try:
            studio_texts.check(key, self.editor.toPlainText())
        except StudioError as exc:
            self.message.setText(error_text(exc))
            self.save_button.setEnabled(False)
        else:
            self.message.setText("")
            self.save_button.setEnabled(True)
        self._timer.start()

    def save(self) -> bool:
        key, language = self.current_key(), self.current_language()
        try:
            studio_texts.save(language, key, self.editor.toPlainText())
        except StudioError as exc:
            self.message.setText(error_text(exc))
            return False
        self.load()
        self.saved.emit(key)
        return True

    def reset(self) -> None:
        key, language = self.current_key(), self.current_language()
        if key is None or not ask.question(self, self.tr("Put back the text Studio Desk ships for “%1”? Your own "
                                                         "wording of it is removed.")
                                           .replace("%1", self.keys.currentItem().text().rstrip(" ✎"))):
            return
        studio_texts.reset(language, key)
        self.load()
        self.saved.emit(key)

    # -- the preview ------------------------------------------------------------------------------
    def render_preview(self) -> None:
        """The sample document this text is printed on, with the text as typed (not yet saved)."""
        from studio_app.work import sample_documents  # reportlab loads when the page is first shown
        key = self.current_key()
        if key is None:
            return
        kind = studio_texts.document_of(key)
        self.preview_pdf = sample_documents.render(kind, self.current_language(), {key: self.editor.toPlainText()},
                                                   today=clock.today())
        while self.pages.count():
            old = self.pages.takeAt(0).widget()
            old.hide()  # gone from the view now, not only once the event loop deletes it
            old.deleteLater()
        for image in pages(self.preview_pdf, PREVIEW_WIDTH):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFixedSize(image.size())  # whole pages, one under the other, however small the view
            page.setAccessibleName(self.tr("Preview page"))
            self.pages.addWidget(page)
            page.show()


def pages(pdf: bytes, width: int) -> list:
    """Every page of ``pdf`` drawn ``width`` pixels wide."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for number in range(document.pageCount()):
        points = document.pagePointSize(number)
        images.append(document.render(number, QSize(width, round(width * points.height() / max(points.width(), 1)))))
    document.close()
    return images


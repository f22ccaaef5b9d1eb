"""Help ▸ About: the app's name and version, and the licences of the fonts and libraries it ships.

Open it from the main window with ``ask.run(AboutDialog(self))``.
"""

from __future__ import annotations

import platform
from typing import NamedTuple

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from studio_app.files.resources import resource_path
from studio_app import __version__, distribution_version
from ui.dialogs.base import Dialog


class Component(NamedTuple):
    name: str             # a product name, shown as it is
    distribution: str     # the installed distribution its version is read from ("" when not a distribution)
    version: str | None   # None: not installed (optional parts are then left out)
    licence: str
    purpose: str
    optional: bool = False


class AboutDialog(Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.Close)
        self.message.hide()
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Studio Desk"))
        self.resize(720, 560)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "studio-desk.svg"))).pixmap(64, 64))
        title = QLabel(self.tr("Studio Desk"))
        title.setObjectName("viewTitle")  # the type scale's title (the application font is set in pixels)
        self.version_label = QLabel(self.tr("Version {0}").format(__version__))
        self.version_label.setObjectName("version")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("Clients, projects, quotes, contracts and invoices for small design studios.\n"
                                 "Studio Desk is free software under the MIT licence."))
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        for label in (title, self.version_label, summary):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        tabs = QTabWidget()
        tabs.addTab(self._libraries_page(), self.tr("Libraries"))
        tabs.addTab(self._fonts_page(), self.tr("Fonts"))
        self.content.addLayout(top)
        self.content.addWidget(tabs, 1)

    def components(self) -> list[Component]:
        """What the application ships, with the version actually installed (or bundled)."""
        lgpl, bsd, mit = self.tr("GNU LGPL v3"), self.tr("BSD licence"), self.tr("MIT licence")

        def dist(name: str, distribution: str, licence: str, purpose: str, optional: bool = False) -> Component:
            return Component(name, distribution, distribution_version(distribution), licence, purpose, optional)

        found = [
            Component("Python", "", platform.python_version(), self.tr("Python Software Foundation License"),
                      self.tr("the language Studio Desk is written in")),
            Component("Qt", "", qVersion(), lgpl, self.tr("windows, widgets, PDF preview and printing")),
            dist("PySide6", "PySide6-Essentials", lgpl, self.tr("Qt for Python")),
            dist("shiboken6", "shiboken6", lgpl, self.tr("Qt for Python's runtime")),
            dist("ReportLab", "reportlab", bsd, self.tr("PDF documents")),
            dist("rl_accel", "rl-accel", bsd, self.tr("faster PDF documents")),
            dist("peewee", "peewee", mit, self.tr("the database")),
            dist("Babel", "babel", bsd, self.tr("dates, numbers and money in each language")),
            dist("segno", "segno", bsd, self.tr("payment QR codes")),
            dist("platformdirs", "platformdirs", mit, self.tr("where your data is kept")),
            dist("Pillow", "pillow", self.tr("MIT-CMU licence"), self.tr("images in documents")),
            dist("HarfBuzz (uharfbuzz)", "uharfbuzz", self.tr("Apache licence 2.0"),
                 self.tr("joined and combined letters (Arabic, Tamil, Devanagari)")),
            dist("python-bidi", "python-bidi", lgpl, self.tr("right-to-left text")),
            dist("psycopg2", "psycopg2-binary", self.tr("GNU LGPL v3 with exceptions"),
                 self.tr("a shared PostgreSQL database"), optional=True),
        ]
        return [c for c in found if c.version or not c.optional]

    def _libraries_page(self) -> QWidget:
        rows = self.components()
        self.libraries = QTableWidget(len(rows), 4)
        self.libraries.setObjectName("libraries")
        self.libraries.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence"),
                                                  self.tr("Used for")])
        self.libraries.verticalHeader().hide()
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.libraries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, component in enumerate(rows):
            texts = (component.name, component.version or self.tr("unknown"), component.licence, component.purpose)
            for column, text in enumerate(texts):
                self.libraries.setItem(row, column, QTableWidgetItem(text))
        header = self.libraries.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(self.tr("Qt, PySide6 and shiboken6 are used under the GNU LGPL v3 and ship as separate "
                              "shared libraries, which you may replace with your own build; their source code "
                              "is published by the Qt Project at qt.io."))
        note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(note)
        return page

    def _fonts_page(self) -> QWidget:
        intro = QLabel(self.tr("Documents embed the DejaVu Sans fonts (Bitstream Vera licence; DejaVu changes "
                               "are in the public domain), so Turkish, Greek and Malay text prints correctly."))
        others = QLabel(self.tr("For other scripts they embed parts of Noto Sans, Droid Sans Fallback, Nanum Gothic "
                                "and Symbola; their licences follow DejaVu's."))
        others.setWordWrap(True)
        intro.setWordWrap(True)
        self.font_licence = QPlainTextEdit()
        self.font_licence.setObjectName("fontLicence")
        self.font_licence.setReadOnly(True)
        texts = []
        for name in ("LICENSE-DejaVu.txt", "README.md", "LICENSE-OFL-1.1.txt", "LICENSE-Apache-2.0.txt"):
            path = resource_path("fonts", name)
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except OSError:
                texts.append(self.tr("The licence file {0} is missing.").format(path))
        self.font_licence.setPlainText(("\n\n" + "-" * 40 + "\n\n").join(texts))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(others)
        layout.addWidget(self.font_licence, 1)
        return page

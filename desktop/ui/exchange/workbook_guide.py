"""The exchange workbook's guide (docs/workbook.md, shipped with the app), read inside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.resource_paths import WORKBOOK_GUIDE

GUIDE_SIZE = (980, 640)  # fits a 1366 × 728 desk with room for the window's frame


class WorkbookGuideDialog(QDialog):
    def __init__(self, guide: Path = WORKBOOK_GUIDE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The exchange workbook: guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        except OSError as error:
            self.browser.setPlainText(
                self.tr("The guide could not be read: {reason}").format(reason=error)
            )
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(*GUIDE_SIZE)

"""The exchange workbook's guide (docs/workbook.md, in Thai workbook.th.md), read in the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.resource_paths import WORKBOOK_GUIDE, WORKBOOK_GUIDE_TH
from desktop.ui.language import THAI

GUIDE_SIZE = (980, 640)  # fits a 1366 × 728 desk with room for the window's frame


def guide_for(language: str) -> Path:
    """The guide in the interface's language: a clerk in Thai mode reads no English."""
    return WORKBOOK_GUIDE_TH if language == THAI else WORKBOOK_GUIDE


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

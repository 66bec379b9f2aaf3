"""Exchange with the province: export the workbook, import what comes back."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.exchange.workbook_guide import WorkbookGuideDialog, guide_for
from desktop.ui.language import THAI
from desktop.ui.window_fit import scrolling


class ExchangePage(QWidget):
    def __init__(
        self,
        panels: list[QWidget],
        *,
        province: bool = False,
        language: str = THAI,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        title = QLabel(
            self.tr("Consolidate the districts' workbooks")
            if province
            else self.tr("Exchange with the province")
        )
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "Every column of the workbook has a Thai header and a stable key, so the"
                " province can read it in Excel and send it back."
            )
        )
        note.setWordWrap(True)
        self.guide_button = QPushButton(self.tr("Workbook &guide…"))
        self.guide_button.clicked.connect(self.open_guide)
        self.guide: WorkbookGuideDialog | None = None
        about = QHBoxLayout()
        about.addWidget(note, 1)
        about.addWidget(self.guide_button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for panel in panels:
            body_layout.addWidget(panel)
        body_layout.addStretch()
        scroll = scrolling(body)  # follows the keyboard focus down the page
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(about)
        layout.addWidget(scroll, 1)
        self.panels = panels

    def open_guide(self) -> WorkbookGuideDialog:
        """The workbook's guide in a window of its own, beside the page."""
        if self.guide is None:
            self.guide = WorkbookGuideDialog(guide_for(self._language), parent=self)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def showEvent(self, event: QShowEvent) -> None:
        for panel in self.panels:
            refresh = getattr(panel, "refresh", None)
            if callable(refresh):
                refresh()
        super().showEvent(event)

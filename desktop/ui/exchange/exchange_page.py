"""Exchange with the province: export the workbook, import what comes back."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class ExchangePage(QWidget):
    def __init__(
        self, panels: list[QWidget], *, province: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = QLabel(
            self.tr("Consolidate the districts' workbooks")
            if province
            else self.tr("Exchange with the province")
        )
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "The workbook's layout is documented in docs/workbook.md: every column has"
                " a Thai header and a stable key, so the province can read it in Excel and"
                " send it back."
            )
        )
        note.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for panel in panels:
            body_layout.addWidget(panel)
        body_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        self.panels = panels

    def showEvent(self, event: QShowEvent) -> None:
        for panel in self.panels:
            refresh = getattr(panel, "refresh", None)
            if callable(refresh):
                refresh()
        super().showEvent(event)

"""The evidence of one quarterly progress report (photos of the activity, signed
attendance sheets, the report as a PDF), opened from a project's key results tab."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.services.evidence import EvidenceService, Owner, OwnerChoice, OwnerKind
from desktop.ui.evidence.evidence_panel import EvidencePanel
from desktop.ui.prompter import Prompter
from desktop.ui.window_fit import fitted


class ReportEvidenceDialog(QDialog):
    def __init__(
        self,
        service: EvidenceService,
        prompter: Prompter,
        *,
        user_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.resize(fitted(QSize(1000, 520)))
        self.panel = EvidencePanel(service, prompter, user_name=user_name, unsaved=lambda: False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)

    def open_report(self, report_id: int, report_title: str) -> None:
        """Show the report's files; the dialog is then opened by the caller."""
        self.setWindowTitle(self.tr("Evidence: {report}").format(report=report_title))
        self.panel.set_owner(
            OwnerChoice(Owner(OwnerKind.PROGRESS_REPORT, report_id), None, report_title)
        )
        self.panel.reload()
        self.panel.attach_button.setFocus()

"""Overview: the office at a glance (the dashboard with charts comes with projects)."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.office import OfficeCounts, OfficeProfile


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.households_label = QLabel()
        self.members_label = QLabel()
        self.projects_label = QLabel()
        self.assistance_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Target households"), self.households_label)
        form.addRow(self.tr("Members"), self.members_label)
        form.addRow(self.tr("Projects"), self.projects_label)
        form.addRow(self.tr("Assistance records"), self.assistance_label)
        note = QLabel(
            self.tr(
                "Charts by stage, dimension, indicator and subdistrict, and progress toward"
                " the province's goal, arrive with the projects screen."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch()

    def show_office(self, profile: OfficeProfile | None, counts: OfficeCounts) -> None:
        locale = QLocale()
        if profile is None:
            self.heading.setText(self.tr("Office not set up"))
        else:
            self.heading.setText(
                self.tr("District office of {district}, {province}").format(
                    district=profile.district_th, province=profile.province_th
                )
            )
        self.households_label.setText(locale.toString(counts.households))
        self.members_label.setText(locale.toString(counts.members))
        self.projects_label.setText(locale.toString(counts.projects))
        self.assistance_label.setText(locale.toString(counts.assistance))

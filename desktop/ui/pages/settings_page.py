"""Settings: interface language, and facts about this office and its database file."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.office import OfficeProfile
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.window_fit import scrolling


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    masking_chosen = Signal(bool)
    goal_chosen = Signal(float)

    def __init__(
        self,
        current_language: str,
        masks_ids: bool,
        goal_percent: float = 95.0,
        sections: list[QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageTitle")
        self.language_box = QComboBox()
        self.language_box.addItem("ภาษาไทย", THAI)
        self.language_box.addItem("English", ENGLISH)
        self.language_box.setCurrentIndex(self.language_box.findData(current_language))
        self.mask_check = QCheckBox(
            self.tr("Hide the middle digits of national IDs (PDPA): 3-6703-XXXXX-XX-4")
        )
        self.mask_check.setChecked(masks_ids)
        self.goal_spin = QDoubleSpinBox()
        self.goal_spin.setRange(1, 100)
        self.goal_spin.setDecimals(1)
        self.goal_spin.setSuffix(" %")
        self.goal_spin.setMaximumWidth(120)
        self.goal_spin.setValue(goal_percent)
        self.goal_spin.setToolTip(
            self.tr("The share of target households the province wants out of survival")
        )
        self.office_label = QLabel()
        self.clerk_label = QLabel()
        self.database_label = QLabel()
        self.database_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_box)
        form.addRow(self.tr("Privacy"), self.mask_check)
        form.addRow(self.tr("Province's goal out of survival"), self.goal_spin)
        form.addRow(self.tr("Office"), self.office_label)
        form.addRow(self.tr("Logged in as"), self.clerk_label)
        form.addRow(self.tr("Database file"), self.database_label)
        credit = QLabel(
            self.tr(
                "Province, district and subdistrict data: geothai (CC BY 4.0)."
                " Font: Sarabun (SIL Open Font License 1.1)."
            )
        )
        credit.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        for section in sections or []:
            body_layout.addWidget(section)
        body_layout.addStretch()
        body_layout.addWidget(credit)
        scroll = scrolling(body)  # follows the keyboard focus down the page
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        self.language_box.activated.connect(self._language_activated)
        self.mask_check.toggled.connect(self.masking_chosen)
        self.goal_spin.editingFinished.connect(
            lambda: self.goal_chosen.emit(self.goal_spin.value())
        )

    def show_office(
        self, profile: OfficeProfile | None, database_path: str, user_name: str = ""
    ) -> None:
        """The office, who is working (the logged-in user, else the office's clerk) and
        the database file."""
        if profile is not None and profile.is_province:
            self.office_label.setText(
                self.tr("Provincial office of {province} ({code})").format(
                    province=profile.province_th, code=profile.province_code
                )
            )
            self.clerk_label.setText(user_name or profile.clerk_name)
        elif profile is not None:
            self.office_label.setText(
                self.tr("{district} ({code}), {province}").format(
                    district=profile.district_th,
                    code=profile.district_code,
                    province=profile.province_th,
                )
            )
            self.clerk_label.setText(user_name or profile.clerk_name)
        self.database_label.setText(database_path)

    def _language_activated(self, _index: int) -> None:
        self.language_chosen.emit(self.language_box.currentData())

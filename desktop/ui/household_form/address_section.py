"""Address: subdistrict → village (a new one added inline), house no., code, source, flags."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import HouseholdDraft
from desktop.services.households.form import HouseholdFormService, VillageAddError
from desktop.ui.household_form.field_label import ProblemLabel
from desktop.ui.household_form.keyboard import FormCheckBox, FormComboBox, skip_on_enter


class AddressSection(QGroupBox):
    """Edits the address fields of a draft; emits `edited` on every change."""

    edited = Signal()
    village_add_failed = Signal(object)

    def __init__(
        self,
        service: HouseholdFormService,
        *,
        user_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Address"))
        self._service = service
        self._user_name = user_name
        self._loading = False
        self.subdistrict_box = FormComboBox()
        self.subdistrict_box.addItem(self.tr("— subdistrict —"), "")
        for choice in service.subdistricts():
            self.subdistrict_box.add_choice(choice.name_th, choice.code, (choice.code,))
        self.village_box = FormComboBox()
        self.new_village_button = QPushButton(self.tr("New village…"))
        self.new_village_button.setAutoDefault(False)
        self.new_village_moo = QSpinBox()
        self.new_village_moo.setRange(1, 99)
        self.new_village_moo.setPrefix(self.tr("Moo "))
        self.new_village_name = QLineEdit()
        self.new_village_name.setPlaceholderText(self.tr("Village name, e.g. บ้านหนองนา"))
        self.add_village_button = QPushButton(self.tr("Add village"))
        self.add_village_button.setAutoDefault(False)
        self.new_village_row = QWidget()
        new_row = QHBoxLayout(self.new_village_row)
        new_row.setContentsMargins(0, 0, 0, 0)
        new_row.addWidget(self.new_village_moo)
        new_row.addWidget(self.new_village_name, 1)
        new_row.addWidget(self.add_village_button)
        self.new_village_row.hide()
        self.house_no_edit = QLineEdit()
        self.house_code_edit = QLineEdit()
        self.house_code_edit.setPlaceholderText(self.tr("11 digits, if the house has one"))
        self.source_box = FormComboBox()
        for choice in service.code_list("source_list"):
            self.source_box.add_choice(choice.name_th, choice.code, choice.typed_as)
        self.welfare_card_check = FormCheckBox(self.tr("Holds a state welfare card"))
        self.welfare_registered_check = FormCheckBox(self.tr("Registered for the welfare card"))
        skip_on_enter(self.new_village_button, self.add_village_button)
        self.new_village_name.setProperty("enterMovesOn", True)  # Enter adds the village
        self.labels = {
            name: ProblemLabel()
            for name in ("subdistrict_code", "village_code", "house_no", "house_code")
        }

        village_row = QHBoxLayout()
        village_row.addWidget(self.village_box, 1)
        village_row.addWidget(self.new_village_button)
        village_column = QVBoxLayout()
        village_column.setSpacing(0)
        village_column.addLayout(village_row)
        village_column.addWidget(self.new_village_row)
        village_column.addWidget(self.labels["village_code"])
        flags = QHBoxLayout()
        flags.addWidget(self.welfare_card_check)
        flags.addWidget(self.welfare_registered_check)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Subdistrict")), 0, 0)
        grid.addWidget(self._with_label(self.subdistrict_box, "subdistrict_code"), 0, 1)
        grid.addWidget(QLabel(self.tr("Village")), 0, 2)
        grid.addLayout(village_column, 0, 3)
        grid.addWidget(QLabel(self.tr("House no.")), 1, 0)
        grid.addWidget(self._with_label(self.house_no_edit, "house_no"), 1, 1)
        grid.addWidget(QLabel(self.tr("House code")), 1, 2)
        grid.addWidget(self._with_label(self.house_code_edit, "house_code"), 1, 3)
        grid.addWidget(QLabel(self.tr("Source list")), 2, 0)
        grid.addWidget(self.source_box, 2, 1)
        grid.addLayout(flags, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.setLayout(grid)

        self.subdistrict_box.currentIndexChanged.connect(self._subdistrict_changed)
        self.new_village_button.clicked.connect(self._toggle_new_village)
        self.add_village_button.clicked.connect(self._add_village)
        self.new_village_name.returnPressed.connect(self._add_village)
        for signal in (
            self.village_box.currentIndexChanged,
            self.house_no_edit.textEdited,
            self.house_code_edit.textEdited,
            self.source_box.currentIndexChanged,
            self.welfare_card_check.toggled,
            self.welfare_registered_check.toggled,
        ):
            signal.connect(self._changed)

    def _with_label(self, field: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(field)
        column.addWidget(self.labels[name])
        return box

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "subdistrict_code": self.subdistrict_box,
            "village_code": self.village_box,
            "house_no": self.house_no_edit,
            "house_code": self.house_code_edit,
        }

    def load(self, draft: HouseholdDraft) -> None:
        self._loading = True
        self.subdistrict_box.setCurrentIndex(
            max(self.subdistrict_box.findData(draft.subdistrict_code), 0)
        )
        self._fill_villages(draft.village_code)
        self.house_no_edit.setText(draft.house_no)
        self.house_code_edit.setText(draft.house_code)
        self.source_box.setCurrentIndex(max(self.source_box.findData(draft.source_list), 0))
        self.welfare_card_check.setChecked(draft.has_welfare_card)
        self.welfare_registered_check.setChecked(draft.welfare_registered)
        self._loading = False

    def store(self, draft: HouseholdDraft) -> None:
        draft.subdistrict_code = self.subdistrict_box.currentData() or ""
        draft.village_code = self.village_box.currentData() or ""
        draft.house_no = self.house_no_edit.text().strip()
        draft.house_code = self.house_code_edit.text().strip()
        draft.source_list = self.source_box.currentData() or ""
        draft.has_welfare_card = self.welfare_card_check.isChecked()
        draft.welfare_registered = self.welfare_registered_check.isChecked()

    def _fill_villages(self, selected: str = "") -> None:
        self.village_box.blockSignals(True)
        self.village_box.clear()
        self.village_box.addItem(self.tr("— village —"), "")
        code = self.subdistrict_box.currentData()
        if code:
            for village in self._service.villages(code):
                self.village_box.add_choice(  # "3" picks หมู่ที่ 3, as the paper says
                    self.tr("Moo {moo} {name}").format(moo=village.moo, name=village.name_th),
                    village.code,
                    (str(village.moo), village.name_th),
                )
        self.village_box.setCurrentIndex(max(self.village_box.findData(selected), 0))
        self.village_box.setEnabled(bool(code))
        self.new_village_button.setEnabled(bool(code))
        self.village_box.blockSignals(False)

    def _subdistrict_changed(self) -> None:
        self._fill_villages()
        self._changed()

    def _toggle_new_village(self) -> None:
        self.new_village_row.setVisible(not self.new_village_row.isVisible())
        if self.new_village_row.isVisible():
            self.new_village_moo.setFocus()

    def _add_village(self) -> None:
        code = self.subdistrict_box.currentData()
        try:
            village = self._service.add_village(
                code,
                self.new_village_moo.value(),
                self.new_village_name.text(),
                user_name=self._user_name,
            )
        except VillageAddError as error:
            self.village_add_failed.emit(error)
            return
        self.new_village_name.clear()
        self.new_village_row.hide()
        self._fill_villages(village.code)
        self._changed()
        self.house_no_edit.setFocus()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

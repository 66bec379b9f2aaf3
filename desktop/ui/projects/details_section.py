"""The project form's first tab: who runs it, under which umbrella, with what money, when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import InvalidMoney
from desktop.services.projects import AgencyRow, CodeEntry, ProjectDraft
from desktop.services.thai import InvalidThaiDate
from desktop.ui.domain_text import PROJECT_STATUSES, project_status_name
from desktop.ui.entry_fields import BahtEdit, BeDateEdit
from desktop.ui.household_form.keyboard import FormComboBox
from desktop.ui.record_problem_text import date_error_text, money_error_text

FIELD_ERRORS = dict[str, str]


def text_box(height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def choose(box: FormComboBox, value: object) -> None:
    """Select the item whose data is `value` (the first, "none", when it is not listed)."""
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class ProjectDetailsSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency_box = FormComboBox()
        self.new_agency_button = QPushButton(self.tr("New agency…"))
        self.fiscal_year_spin = QSpinBox()
        self.fiscal_year_spin.setRange(2400, 2700)
        self.umbrella_box = FormComboBox()
        self.name_edit = QLineEdit()
        self.status_box = FormComboBox()
        for status in PROJECT_STATUSES:
            self.status_box.addItem(project_status_name(status), status)
        self.rationale_edit = text_box()
        self.objectives_edit = text_box()
        self.target_group_edit = text_box(48)
        self.target_count_spin = QSpinBox()
        self.target_count_spin.setRange(0, 1_000_000)
        self.target_count_spin.setGroupSeparatorShown(True)
        self.target_count_spin.setSuffix(" " + self.tr("households"))
        self.budget_source_box = FormComboBox()
        self.budget_edit = BahtEdit()
        self.start_edit = BeDateEdit()
        self.end_edit = BeDateEdit()
        self.person_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaximumWidth(200)

        agency_row = QHBoxLayout()
        agency_row.addWidget(self.agency_box, 1)
        agency_row.addWidget(self.new_agency_button)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addStretch()
        budget = QHBoxLayout()
        budget.addWidget(self.budget_source_box, 1)
        budget.addWidget(self.budget_edit)
        budget.addWidget(QLabel(self.tr("baht")))
        responsible = QHBoxLayout()
        responsible.addWidget(self.person_edit, 1)
        responsible.addWidget(QLabel(self.tr("Phone")))
        responsible.addWidget(self.phone_edit)

        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Project &name"), self.name_edit)
        form.addRow(self.tr("Agency"), agency_row)
        form.addRow(self.tr("Fiscal year (BE)"), self.fiscal_year_spin)
        form.addRow(self.tr("Umbrella"), self.umbrella_box)
        form.addRow(self.tr("Status"), self.status_box)
        form.addRow(self.tr("Rationale"), self.rationale_edit)
        form.addRow(self.tr("Objectives"), self.objectives_edit)
        form.addRow(self.tr("Target group"), self.target_group_edit)
        form.addRow(self.tr("Target households"), self.target_count_spin)
        form.addRow(self.tr("Budget source and amount"), budget)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Responsible person"), responsible)
        self.form = form
        self.widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "agency_id": self.agency_box,
            "fiscal_year": self.fiscal_year_spin,
            "umbrella_code": self.umbrella_box,
            "status": self.status_box,
            "rationale": self.rationale_edit,
            "objectives": self.objectives_edit,
            "target_group": self.target_group_edit,
            "target_count": self.target_count_spin,
            "budget_source": self.budget_source_box,
            "budget_satang": self.budget_edit,
            "start_date": self.start_edit,
            "end_date": self.end_edit,
            "responsible_person": self.person_edit,
            "responsible_phone": self.phone_edit,
        }

    def set_choices(
        self,
        agencies: list[AgencyRow],
        umbrellas: list[CodeEntry],
        budget_sources: list[CodeEntry],
    ) -> None:
        """Fill the pickers; retired codes are listed only when `load` needs them."""
        self.agency_box.clear()
        self.agency_box.addItem(self.tr("— choose the agency —"), None)
        for agency in agencies:
            self.agency_box.addItem(agency.name, agency.id)
        self.umbrella_box.clear()
        self.umbrella_box.addItem(self.tr("— no umbrella —"), None)
        for entry in umbrellas:
            self.umbrella_box.addItem(self._entry_text(entry), entry.code)
        self.budget_source_box.clear()
        self.budget_source_box.addItem(self.tr("— budget source —"), "")
        for entry in budget_sources:
            self.budget_source_box.addItem(self._entry_text(entry), entry.code)

    def _entry_text(self, entry: CodeEntry) -> str:
        if entry.retired:
            return self.tr("{name} (retired)").format(name=entry.name_th)
        return entry.name_th

    def load(self, draft: ProjectDraft) -> None:
        choose(self.agency_box, draft.agency_id)
        self.fiscal_year_spin.setValue(draft.fiscal_year)
        choose(self.umbrella_box, draft.umbrella_code)
        choose(self.status_box, draft.status)
        self.name_edit.setText(draft.name)
        self.rationale_edit.setPlainText(draft.rationale)
        self.objectives_edit.setPlainText(draft.objectives)
        self.target_group_edit.setPlainText(draft.target_group)
        self.target_count_spin.setValue(draft.target_count)
        choose(self.budget_source_box, draft.budget_source)
        self.budget_edit.set_satang(draft.budget_satang)
        self.start_edit.set_value(draft.start_date)
        self.end_edit.set_value(draft.end_date)
        self.person_edit.setText(draft.responsible_person)
        self.phone_edit.setText(draft.responsible_phone)

    def read_into(self, draft: ProjectDraft) -> FIELD_ERRORS:
        """Copy the fields into `draft`; return what could not be read, by field name."""
        errors: FIELD_ERRORS = {}
        draft.agency_id = self.agency_box.currentData()
        draft.fiscal_year = self.fiscal_year_spin.value()
        draft.umbrella_code = self.umbrella_box.currentData()
        draft.status = self.status_box.currentData() or "planned"
        draft.name = self.name_edit.text()
        draft.rationale = self.rationale_edit.toPlainText()
        draft.objectives = self.objectives_edit.toPlainText()
        draft.target_group = self.target_group_edit.toPlainText()
        draft.target_count = self.target_count_spin.value()
        draft.budget_source = self.budget_source_box.currentData() or ""
        try:
            draft.budget_satang = self.budget_edit.satang()
        except InvalidMoney as error:
            errors["budget_satang"] = money_error_text(error)
        for name, edit in (("start_date", self.start_edit), ("end_date", self.end_edit)):
            try:
                setattr(draft, name, edit.value())
            except InvalidThaiDate as error:
                errors[name] = date_error_text(error)
        draft.responsible_person = self.person_edit.text()
        draft.responsible_phone = self.phone_edit.text()
        return errors

"""The fields of one piece of help: from which project or agency, when, what, how much."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.services.households import InvalidMoney
from desktop.services.office import CodeListService
from desktop.services.projects import AgencyService, AssistanceDraft, ProjectService
from desktop.services.thai import InvalidThaiDate
from desktop.ui.domain_text import DIMENSIONS, dimension_name
from desktop.ui.entry_fields import BahtEdit, BeDateEdit
from desktop.ui.household_form.keyboard import FormComboBox
from desktop.ui.record_problem_text import date_error_text, money_error_text


class HelpFields(QWidget):
    def __init__(
        self,
        projects: ProjectService,
        agencies: AgencyService,
        code_lists: CodeListService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project_box = FormComboBox()
        self.project_box.addItem(self.tr("— no project: the agency's own help —"), None)
        for project in projects.choices():
            self.project_box.addItem(
                self.tr("{year} · {name} ({agency})").format(
                    year=project.fiscal_year, name=project.name, agency=project.agency_name
                ),
                project.id,
            )
        self.agency_box = FormComboBox()
        self.agency_box.addItem(self.tr("— the project's agency —"), None)
        for agency in agencies.list_agencies():
            self.agency_box.addItem(agency.name, agency.id)
        self.date_edit = BeDateEdit()
        self.kind_box = FormComboBox()
        self.kind_box.addItem(self.tr("— type of help —"), "")
        for entry in code_lists.active("assistance_type"):
            self.kind_box.addItem(entry.name_th, entry.code)
        self.dimension_box = FormComboBox()
        self.dimension_box.addItem(self.tr("— dimension —"), None)
        for dimension in DIMENSIONS:
            self.dimension_box.addItem(dimension_name(dimension), dimension)
        self.value_edit = BahtEdit()
        self.member_box = FormComboBox()
        self.member_box.addItem(self.tr("The whole household"), None)
        self.activity_box = FormComboBox()
        self.activity_box.addItem(self.tr("— not under the household's plan —"), None)
        self.outcome_edit = QLineEdit()
        self.note_edit = QLineEdit()
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit)
        value_row.addWidget(QLabel(self.tr("baht per household")))
        value_row.addStretch()
        self.titles = {
            "project_id": self.tr("Project"),
            "agency_id": self.tr("Agency"),
            "given_on": self.tr("Date given"),
            "kind": self.tr("Type of help"),
            "dimension": self.tr("Dimension"),
            "value_satang": self.tr("Value"),
            "member_id": self.tr("Member"),
            "plan_activity_id": self.tr("Plan activity"),
            "outcome": self.tr("Outcome"),
            "note": self.tr("Note"),
        }
        self.widgets: dict[str, QWidget] = {
            "project_id": self.project_box,
            "agency_id": self.agency_box,
            "given_on": self.date_edit,
            "kind": self.kind_box,
            "dimension": self.dimension_box,
            "value_satang": self.value_edit,
            "member_id": self.member_box,
            "plan_activity_id": self.activity_box,
            "outcome": self.outcome_edit,
            "note": self.note_edit,
        }
        for box in (self.project_box, self.agency_box, self.activity_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(30)
        self.form = QFormLayout(self)
        for name, widget in self.widgets.items():
            self.form.addRow(self.titles[name], value_row if widget is self.value_edit else widget)
        self._one_household = False
        self.project_box.currentIndexChanged.connect(self._project_chosen)
        self._project_chosen()

    def _project_chosen(self) -> None:
        has_project = self.project_box.currentData() is not None
        self.agency_box.setItemText(
            0,
            self.tr("— the project's agency —")
            if has_project
            else self.tr("— choose the agency —"),
        )

    def set_members(self, members: list[tuple[int, str]] | None) -> None:
        """Offer a member picker (one household) or hide it (many)."""
        while self.member_box.count() > 1:
            self.member_box.removeItem(1)
        for member_id, name in members or []:
            self.member_box.addItem(name, member_id)
        self.form.setRowVisible(self.member_box, members is not None)
        self._one_household = members is not None
        if members is None:
            self.set_activities(None)

    def set_activities(self, activities: list[tuple[int, str]] | None) -> None:
        """Offer the activities of one household's current plan, (id, text) each; hidden
        when help is recorded for many households at once or the household has no plan."""
        while self.activity_box.count() > 1:
            self.activity_box.removeItem(1)
        for activity_id, text in activities or []:
            self.activity_box.addItem(text, activity_id)
        self.form.setRowVisible(self.activity_box, bool(activities))

    def load(self, draft: AssistanceDraft) -> None:
        activity = draft.plan_activity_id
        if activity is not None and self.activity_box.findData(activity) < 0:
            # help recorded against an activity of a plan that is no longer current
            self.activity_box.addItem(self.tr("An activity of an earlier plan"), activity)
            self.form.setRowVisible(self.activity_box, True)
        for box, value in (
            (self.project_box, draft.project_id),
            (self.agency_box, draft.agency_id),
            (self.kind_box, draft.kind),
            (self.dimension_box, draft.dimension),
            (self.member_box, draft.member_id),
            (self.activity_box, draft.plan_activity_id),
        ):
            box.setCurrentIndex(max(box.findData(value), 0))
        self.date_edit.set_value(draft.given_on)
        self.value_edit.set_satang(draft.value_satang)
        self.outcome_edit.setText(draft.outcome)
        self.note_edit.setText(draft.note)

    def read(self) -> tuple[AssistanceDraft, dict[str, str]]:
        errors: dict[str, str] = {}
        draft = AssistanceDraft(
            project_id=self.project_box.currentData(),
            agency_id=self.agency_box.currentData(),
            member_id=self.member_box.currentData() if self._one_household else None,
            plan_activity_id=(
                self.activity_box.currentData() if self.activity_box.count() > 1 else None
            ),
            dimension=self.dimension_box.currentData(),
            kind=self.kind_box.currentData() or "",
            outcome=self.outcome_edit.text(),
            note=self.note_edit.text(),
        )
        try:
            draft.given_on = self.date_edit.value()
        except InvalidThaiDate as error:
            errors["given_on"] = date_error_text(error)
        try:
            draft.value_satang = self.value_edit.satang()
        except InvalidMoney as error:
            errors["value_satang"] = money_error_text(error)
        return draft, errors

    def label_of(self, field: str) -> str:
        return self.titles.get(field, "")

    def default_date(self, today: dt.date) -> None:
        if not self.date_edit.text():
            self.date_edit.set_value(today)

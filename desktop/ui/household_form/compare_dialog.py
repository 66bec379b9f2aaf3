"""Compare my household with the one another clerk saved: each field that differs, my value
and theirs, and which to keep. Mine is ticked where I changed the field since I opened
the household, theirs otherwise; the clerk can tick each row, or keep all of mine or all
of theirs, then save: nothing of theirs is overwritten but what the clerk ticked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households.differences import (
    INCOMES,
    MEMBER,
    STAGE,
    FieldDifference,
    income_text,
)
from desktop.services.households.draft import MemberDraft, StageEntry
from desktop.ui.domain_text import stage_name, status_name
from desktop.ui.household_form.problem_text import field_name
from desktop.ui.window_fit import fitted

# The code list each coded field's names come from.
CODED_FIELDS = {
    "title": "title",
    "relation": "relation",
    "education_status": "education_status",
    "education_level": "education_level",
    "occupation_main": "occupation",
    "occupation_second": "occupation",
    "source_list": "source_list",
}
CodeNames = dict[str, dict[str, str]]  # code list → code → Thai name
FIELD, MINE, THEIRS = 0, 1, 2


def _label(difference: FieldDifference) -> str:
    translate = QCoreApplication.translate
    names = {
        "notes": translate("CompareDialog", "Notes"),
        "has_welfare_card": translate("CompareDialog", "Welfare card (household)"),
        "welfare_registered": translate("CompareDialog", "Registered for welfare"),
        "is_head": translate("CompareDialog", "Head of household"),
        "literate": translate("CompareDialog", "Reads and writes"),
        "disability": translate("CompareDialog", "Disability"),
        "chronic_illness": translate("CompareDialog", "Chronic illness"),
        "bedridden": translate("CompareDialog", "Bedridden"),
        "welfare_card": translate("CompareDialog", "Welfare card"),
        "lives_here": translate("CompareDialog", "Lives here"),
        "status": translate("CompareDialog", "Answer"),
        "verified_by": translate("CompareDialog", "Verified by"),
        "verified_on": translate("CompareDialog", "Verified on"),
        INCOMES: translate("CompareDialog", "Incomes"),
        MEMBER: translate("CompareDialog", "Member"),
        STAGE: translate("CompareDialog", "Stage assessment"),
        "reason": translate("CompareDialog", "Reason"),
        "assessor": translate("CompareDialog", "Assessor"),
    }
    name = names.get(difference.field) or field_name(difference.field)
    if difference.path.startswith("indicators["):
        return translate("CompareDialog", "Indicator {number}: {field}").format(
            number=difference.subject, field=name
        )
    if difference.path.startswith("members[") and difference.field != MEMBER:
        return f"{difference.subject}: {name}"
    return name


def value_text(difference: FieldDifference, value: object, codes: CodeNames) -> str:
    """A value as the clerk reads it: names for codes, yes/no, BE dates as typed."""
    translate = QCoreApplication.translate
    if value is None or value == "":
        return translate("CompareDialog", "(none)")
    if isinstance(value, MemberDraft):
        relation = codes.get("relation", {}).get(value.relation, "")
        return f"{value.full_name} ({relation})" if relation else value.full_name
    if isinstance(value, StageEntry):
        return " · ".join(
            part for part in (stage_name(value.stage), value.assessed_on, value.assessor) if part
        )
    if difference.field == INCOMES and isinstance(value, list):
        names = codes.get("income_category", {})
        lines = [f"{names.get(c, c)} {amount}" for c, amount, _ in income_text(value)]
        return "; ".join(lines) or translate("CompareDialog", "(none)")
    if isinstance(value, bool):
        return translate("CompareDialog", "Yes") if value else translate("CompareDialog", "No")
    if difference.field == "status":
        return status_name(str(value)) or translate("CompareDialog", "(not answered)")
    if difference.field == "sex":
        sexes = {"M": translate("CompareDialog", "Male"), "F": translate("CompareDialog", "Female")}
        return sexes.get(str(value), "")
    code_list = CODED_FIELDS.get(difference.field)
    if code_list is not None:
        return codes.get(code_list, {}).get(str(value), str(value))
    return str(value)


class CompareDialog(QDialog):
    """The differing fields; ``keep_mine()`` gives the paths the clerk keeps of mine.
    ``saved_by`` says who saved theirs and when, ``their_name`` heads their column."""

    def __init__(
        self,
        found: list[FieldDifference],
        saved_by: str,
        their_name: str,
        codes: CodeNames,
        village_name: Callable[[str], str] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare my changes with theirs"))
        self._found = found
        heading = QLabel(
            self.tr(
                "These fields differ between your form and the household as {who} saved it. "
                "Tick the rows where your value should stay; the others take theirs."
            ).format(who=saved_by)
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(found), 3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Mine (tick to keep)"),
                self.tr("Theirs ({who})").format(who=their_name),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Stretch)
        for row, difference in enumerate(found):

            def text(value: object, difference: FieldDifference = difference) -> str:
                if difference.field == "village_code" and value:
                    return village_name(str(value))
                return value_text(difference, value, codes)

            self.table.setItem(row, FIELD, QTableWidgetItem(_label(difference)))
            mine = QTableWidgetItem(text(difference.mine))
            mine.setFlags(mine.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            mine.setCheckState(
                Qt.CheckState.Checked if difference.mine_changed else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, MINE, mine)
            self.table.setItem(row, THEIRS, QTableWidgetItem(text(difference.theirs)))
        self.table.cellActivated.connect(self._toggle)  # Enter or a double click ticks

        self.all_mine_button = QPushButton(self.tr("Keep &all mine"))
        self.all_theirs_button = QPushButton(self.tr("Take all &theirs"))
        self.save_button = QPushButton(self.tr("&Save with these choices"))
        self.cancel_button = QPushButton(self.tr("Cancel (keep editing)"))
        for button in (self.all_mine_button, self.all_theirs_button, self.cancel_button):
            button.setAutoDefault(False)
        self.all_mine_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.all_theirs_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_mine_button)
        buttons.addWidget(self.all_theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(fitted(QSize(900, 520)))

    def _toggle(self, row: int, _column: int) -> None:
        item = self.table.item(row, MINE)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, MINE).setCheckState(state)

    def keep_mine(self) -> set[str]:
        """The paths of the rows ticked: my value stays there."""
        return {
            difference.path
            for row, difference in enumerate(self._found)
            if self.table.item(row, MINE).checkState() == Qt.CheckState.Checked
        }

"""The fields of one member, and that member's income lines."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import IncomeDraft, MemberDraft
from desktop.services.households.form import CodeChoice
from desktop.services.thai import format_national_id, is_valid_national_id
from desktop.ui.household_form.field_label import ProblemLabel
from desktop.ui.household_form.keyboard import FormCheckBox, FormComboBox, skip_on_enter

TEXT_FIELDS = ("first_name", "last_name", "national_id", "birth_date")
CODE_FIELDS = (
    "title",
    "sex",
    "relation",
    "education_status",
    "education_level",
    "occupation_main",
    "occupation_second",
)
FLAG_FIELDS = ("disability", "chronic_illness", "bedridden", "welfare_card", "lives_here")


class MemberEditor(QGroupBox):
    """Binds its widgets to one MemberDraft at a time; emits `edited` on every change."""

    edited = Signal()

    def __init__(
        self, code_lists: dict[str, list[CodeChoice]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Member"))
        self._member: MemberDraft | None = None
        self._loading = False
        self.edits = {name: QLineEdit() for name in TEXT_FIELDS}
        self.edits["national_id"].setPlaceholderText("x-xxxx-xxxxx-xx-x")
        self.edits["birth_date"].setPlaceholderText(self.tr("dd/mm/yyyy (Buddhist era)"))
        self.boxes: dict[str, QComboBox] = {}
        sexes = [
            CodeChoice("M", self.tr("Male"), "Male", ("M",)),
            CodeChoice("F", self.tr("Female"), "Female", ("F",)),
        ]
        lists = {
            "title": code_lists.get("title", []),
            "sex": sexes,
            "relation": code_lists.get("relation", []),
            "education_status": code_lists.get("education_status", []),
            "education_level": code_lists.get("education_level", []),
            "occupation_main": code_lists.get("occupation", []),
            "occupation_second": code_lists.get("occupation", []),
        }
        for name, choices in lists.items():
            box = FormComboBox()
            box.addItem("—", "")
            for choice in choices:
                box.add_choice(choice.name_th, choice.code, choice.typed_as)
            self.boxes[name] = box
        self.literate_box = FormComboBox()
        self.literate_box.addItem("—", None)
        self.literate_box.addItem(self.tr("Reads, writes and counts"), True)
        self.literate_box.addItem(self.tr("Cannot read or write"), False)
        self.flags = {
            "disability": FormCheckBox(self.tr("Disability")),
            "chronic_illness": FormCheckBox(self.tr("Chronic illness")),
            "bedridden": FormCheckBox(self.tr("Bedridden")),
            "welfare_card": FormCheckBox(self.tr("Welfare card")),
            "lives_here": FormCheckBox(self.tr("Lives here this year")),
        }
        self.age_label = QLabel()
        self.labels = {
            name: ProblemLabel()
            for name in (*TEXT_FIELDS, "relation", "title", "sex", "education_status")
        }
        self.incomes = IncomeTable(code_lists.get("income_category", []))

        grid = QGridLayout()
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("Title"), self.boxes["title"], "title"),
            (self.tr("First name"), self.edits["first_name"], "first_name"),
            (self.tr("Last name"), self.edits["last_name"], "last_name"),
            (self.tr("National ID"), self.edits["national_id"], "national_id"),
            (self.tr("Sex"), self.boxes["sex"], "sex"),
            (self.tr("Birth date"), self.edits["birth_date"], "birth_date"),
            (self.tr("Relation to head"), self.boxes["relation"], "relation"),
            (self.tr("Education status"), self.boxes["education_status"], "education_status"),
            (self.tr("Education level"), self.boxes["education_level"], None),
            (self.tr("Literacy"), self.literate_box, None),
            (self.tr("Main occupation"), self.boxes["occupation_main"], None),
            (self.tr("Second occupation"), self.boxes["occupation_second"], None),
        ]
        for number, (caption, widget, problem) in enumerate(rows):
            row, column = number % 6, (number // 6) * 3
            grid.addWidget(QLabel(caption), row * 2, column)
            grid.addWidget(widget, row * 2, column + 1)
            if problem is not None:
                grid.addWidget(self.labels[problem], row * 2 + 1, column + 1)
        grid.addWidget(self.age_label, 11, 1)
        flags_row = QHBoxLayout()
        for check in self.flags.values():
            flags_row.addWidget(check)
        flags_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(flags_row)
        layout.addWidget(self.incomes)

        for edit in self.edits.values():
            edit.textEdited.connect(self._store)
        for box in (*self.boxes.values(), self.literate_box):
            box.currentIndexChanged.connect(self._store)
        for check in self.flags.values():
            check.toggled.connect(self._store)
        self.incomes.edited.connect(self._store)

    def ordered_fields(self) -> list[QWidget]:
        """The member's fields in the order of the paper form (for the Tab chain)."""
        boxes, edits = self.boxes, self.edits
        return [
            boxes["title"],
            edits["first_name"],
            edits["last_name"],
            edits["national_id"],
            boxes["sex"],
            edits["birth_date"],
            boxes["relation"],
            boxes["education_status"],
            boxes["education_level"],
            self.literate_box,
            boxes["occupation_main"],
            boxes["occupation_second"],
            *self.flags.values(),
        ]

    def field_widget(self, name: str) -> QWidget | None:
        return self.edits.get(name) or self.boxes.get(name)

    def bind(self, member: MemberDraft | None) -> None:
        self._member = member
        self._loading = True
        self.setEnabled(member is not None)
        shown = member or MemberDraft()
        for name, edit in self.edits.items():
            edit.setText(getattr(shown, name))
        if is_valid_national_id(shown.national_id):
            self.edits["national_id"].setText(format_national_id(shown.national_id))
        for name, box in self.boxes.items():
            box.setCurrentIndex(max(box.findData(getattr(shown, name)), 0))
        self.literate_box.setCurrentIndex(max(self.literate_box.findData(shown.literate), 0))
        for name, check in self.flags.items():
            check.setChecked(getattr(shown, name))
        self.incomes.bind(shown.incomes)
        self._loading = False

    def show_age(self, text: str) -> None:
        self.age_label.setText(text)

    def _store(self) -> None:
        if self._loading or self._member is None:
            return
        member = self._member
        for name, edit in self.edits.items():
            setattr(member, name, edit.text())
        for name, box in self.boxes.items():
            setattr(member, name, box.currentData() or "")
        member.is_head = member.relation == "head"
        member.literate = self.literate_box.currentData()
        for name, check in self.flags.items():
            setattr(member, name, check.isChecked())
        member.incomes = self.incomes.lines()
        self.edited.emit()


class IncomeTable(QWidget):
    """A member's yearly income lines: category, amount and production cost in baht."""

    edited = Signal()

    def __init__(self, categories: list[CodeChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories = categories
        self._loading = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Income category"), self.tr("Baht per year"), self.tr("Cost, baht")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setMaximumHeight(130)
        self.add_button = QPushButton(self.tr("Add income"))
        self.remove_button = QPushButton(self.tr("Remove income"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        skip_on_enter(self.add_button, self.remove_button, self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Income")))
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self._remove_line)

    def bind(self, lines: list[IncomeDraft]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for line in lines:
            self._append(line)
        self._loading = False

    def add_line(self) -> None:
        self._append(IncomeDraft())
        self.table.cellWidget(self.table.rowCount() - 1, 0).setFocus()
        self._changed()

    def _append(self, line: IncomeDraft) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = FormComboBox()
        box.addItem("—", "")
        for choice in self._categories:
            box.add_choice(choice.name_th, choice.code, choice.typed_as)
        box.setCurrentIndex(max(box.findData(line.category), 0))
        amount, cost = QLineEdit(line.amount), QLineEdit(line.cost)
        self.table.setCellWidget(row, 0, box)
        self.table.setCellWidget(row, 1, amount)
        self.table.setCellWidget(row, 2, cost)
        box.currentIndexChanged.connect(self._changed)
        amount.textEdited.connect(self._changed)
        cost.textEdited.connect(self._changed)

    def _remove_line(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def lines(self) -> list[IncomeDraft]:
        result = []
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 0)
            amount = self.table.cellWidget(row, 1)
            cost = self.table.cellWidget(row, 2)
            assert isinstance(box, QComboBox)
            assert isinstance(amount, QLineEdit) and isinstance(cost, QLineEdit)
            result.append(IncomeDraft(box.currentData() or "", amount.text(), cost.text()))
        return result

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

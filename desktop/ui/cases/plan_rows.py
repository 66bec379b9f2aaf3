"""The rows of the plan dialog's two tables: a problem (indicator or dimension, goal) and an
activity (its problem, text, agency, project, due date, status), each built from its draft
with its widgets and a ``sync`` that reads them back into the draft."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QTableWidget

from desktop.services.cases import ActivityDraft, IndicatorChoice, NamedChoice, ProblemDraft
from desktop.ui.cases.case_text import ACTIVITY_STATUSES, activity_status_name
from desktop.ui.domain_text import DIMENSIONS, dimension_name
from desktop.ui.entry_fields import BeDateEdit
from desktop.ui.household_form.keyboard import FormComboBox

PROBLEM, GOAL = range(2)
OWNER, TEXT, AGENCY, PROJECT, DUE, STATUS = range(6)


@dataclass
class PlanActivity:
    """An activity row as keyed: its draft and its due date's text (parsed on Save)."""

    owner: int  # the key of the problem it belongs to
    draft: ActivityDraft
    due_text: str = ""
    sync: Callable[[], None] = lambda: None  # reads its row's widgets into it


@dataclass
class PlanProblem:
    key: int
    draft: ProblemDraft
    activities: list[PlanActivity] = field(default_factory=list)
    sync: Callable[[], None] = lambda: None  # reads its row's widgets into it


def _choice(dimension: str, indicator_id: int | None) -> str:
    """A problem choice's data: "income:41" (an indicator) or "income:" (a dimension)."""
    return f"{dimension}:{indicator_id or ''}"


def _chosen(data: str) -> tuple[str, int | None]:
    dimension, _, indicator = data.partition(":")
    return dimension, int(indicator) if indicator else None


def focus_cell(table: QTableWidget, row: int, column: int) -> None:
    """Focus a new row's cell now, so the keys typed next land in it even when they are
    already queued (a hidden widget takes no focus: it is shown first), and again once the
    table has laid it out."""
    table.setCurrentCell(row, column)
    widget = table.cellWidget(row, column)
    widget.show()
    widget.setFocus()
    QTimer.singleShot(0, widget.setFocus)


def append_problem_row(
    table: QTableWidget,
    problem: PlanProblem,
    indicators: Sequence[IndicatorChoice],
    no_indicator: Callable[[str], str],
    changed: Callable[[], None],
) -> None:
    """A row for ``problem``: its indicators (or a dimension without one, named by
    ``no_indicator``) and its goal; ``changed`` is called after every edit."""
    row = table.rowCount()
    table.insertRow(row)
    box = FormComboBox()
    for indicator in indicators:
        label = f"{indicator.number} · {indicator.text_th}"
        box.add_choice(
            label, _choice(indicator.dimension, indicator.indicator_id), [str(indicator.number)]
        )
    for dimension in DIMENSIONS:
        text = no_indicator(dimension_name(dimension))
        box.addItem(text, _choice(dimension, None))
    wanted = _choice(problem.draft.dimension, problem.draft.indicator_id)
    box.setCurrentIndex(max(box.findData(wanted), 0))
    goal = QLineEdit(problem.draft.goal)
    table.setCellWidget(row, PROBLEM, box)
    table.setCellWidget(row, GOAL, goal)

    def store() -> None:
        problem.draft.dimension, problem.draft.indicator_id = _chosen(box.currentData())
        problem.draft.goal = goal.text()
        changed()

    box.currentIndexChanged.connect(store)
    goal.textEdited.connect(store)
    problem.sync = store
    problem.draft.dimension, problem.draft.indicator_id = _chosen(box.currentData())


def fill_owners(
    box: FormComboBox,
    owner: int,
    problems: Sequence[PlanProblem],
    indicators: Sequence[IndicatorChoice],
) -> None:
    """The problems an activity can belong to ("2 · 21": its row, its indicator's number
    or dimension), ``owner`` chosen."""
    numbers = {indicator.indicator_id: indicator.number for indicator in indicators}
    box.blockSignals(True)
    box.clear()
    for index, problem in enumerate(problems):
        number = numbers.get(problem.draft.indicator_id)
        mark = str(number) if number is not None else dimension_name(problem.draft.dimension)
        box.add_choice(f"{index + 1} · {mark}", problem.key, [str(index + 1)])
    box.setCurrentIndex(max(box.findData(owner), 0))
    box.blockSignals(False)


def append_activity_row(
    table: QTableWidget,
    activity: PlanActivity,
    owner: FormComboBox,
    agencies: Sequence[NamedChoice],
    projects: Sequence[NamedChoice],
    none_texts: tuple[str, str],
) -> None:
    """A row for ``activity``; ``owner`` is its problem box, already filled;
    ``none_texts`` name no agency and no project."""
    row = table.rowCount()
    table.insertRow(row)
    text = QLineEdit(activity.draft.text)
    agency = _named_box(none_texts[0], agencies, activity.draft.agency_id)
    project = _named_box(none_texts[1], projects, activity.draft.project_id)
    due = BeDateEdit()
    due.setText(activity.due_text)
    status = FormComboBox()
    for code in ACTIVITY_STATUSES:
        status.addItem(activity_status_name(code), code)
    status.setCurrentIndex(max(status.findData(activity.draft.status), 0))
    widgets = (owner, text, agency, project, due, status)
    for column, widget in enumerate(widgets):
        table.setCellWidget(row, column, widget)

    def store() -> None:
        activity.owner = owner.currentData() or activity.owner
        activity.draft.text = text.text()
        activity.draft.agency_id = agency.currentData()
        activity.draft.project_id = project.currentData()
        activity.due_text = due.text()
        activity.draft.status = status.currentData()

    for box in (owner, agency, project, status):
        box.currentIndexChanged.connect(store)
    for edit in (text, due):
        edit.textEdited.connect(store)
    activity.sync = store


def _named_box(none_text: str, choices: Sequence[NamedChoice], chosen: int | None) -> FormComboBox:
    box = FormComboBox()
    box.addItem(none_text, None)
    for choice in choices:
        box.addItem(choice.name, choice.id)
    box.setCurrentIndex(max(box.findData(chosen), 0))
    return box

"""Settings' indicator sets: the sets the office holds, loading one from a workbook (after a
dry run the clerk confirms) and exporting one for the districts.

The workbook's layout is docs/indicator-set-workbook.md. A survey year uses the one set
whose years cover it; a year no set covers is said so in the household form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.indicator_sets import (
    IndicatorSetService,
    LoadPlan,
    SetBookRefused,
    SetProblem,
    SetSummary,
)
from desktop.ui.domain_text import dimension_name
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.prompter import Prompter
from desktop.ui.window_fit import fitted

XLSX_FILTER = "Excel (*.xlsx)"


class IndicatorSetsPanel(QGroupBox):
    changed = Signal()  # a set was loaded

    def __init__(
        self,
        service: IndicatorSetService,
        prompter: Prompter,
        *,
        user_name: str,
        language: str = THAI,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Indicator sets"), parent)
        self._service = service
        self._prompter = prompter
        self._user_name = user_name
        self._english = language == ENGLISH
        self._sets: list[SetSummary] = []
        self.dry_run_dialog: IndicatorSetDryRunDialog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Survey years (BE)"),
                self.tr("Indicators (TPMAP)"),
                self.tr("Household answers"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(130)
        note = QLabel(
            self.tr(
                "A survey year uses the set whose years cover it. A province sends a new set"
                " as a workbook: load it here after checking what it holds."
            )
        )
        note.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load from &file…"))
        self.export_button = QPushButton(self.tr("Export…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.load_button.clicked.connect(self.load_from_file)
        self.export_button.clicked.connect(self.export_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        self._sets = self._service.sets()
        self.table.setRowCount(len(self._sets))
        for row, found in enumerate(self._sets):
            name = found.name_en if self._english and found.name_en else found.name_th
            cells = (
                found.code,
                name,
                f"{found.first_year}–{found.last_year}",
                f"{found.indicators} ({found.tpmap_indicators})",
                f"{found.results:,}",
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        for column in (0, 2, 3, 4):  # the headers too: the name column takes the rest
            self.table.resizeColumnToContents(column)
        if self._sets:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.export_button.setEnabled(self._selected() is not None)

    def _selected(self) -> SetSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self._sets[rows[0].row()] if rows else None

    def load_from_file(self) -> None:
        path = self._prompter.open_file(self, self.tr("Load an indicator set"), XLSX_FILTER)
        if path is None:
            return
        try:
            plan: LoadPlan | None = self._service.dry_run(path)
            problems = list(plan.problems) if plan else []
        except SetBookRefused as refused:
            plan, problems = None, refused.problems
        dialog = IndicatorSetDryRunDialog(plan, problems, path, english=self._english, parent=self)
        dialog.accepted.connect(lambda: self._load(dialog))
        self.dry_run_dialog = dialog
        dialog.open()

    def _load(self, dialog: IndicatorSetDryRunDialog) -> None:
        if dialog.plan is None or not dialog.plan.can_load:
            return
        result = self._service.load(dialog.plan.book, user_name=self._user_name)
        if not result.loaded:  # the database changed since the dry run
            self._prompter.error(
                self,
                self.tr("Indicator set not loaded"),
                "\n".join(_problem_text(p, self._english) for p in result.plan.problems),
            )
            return
        self.refresh()
        self.changed.emit()
        book = dialog.plan.book
        self._prompter.info(
            self,
            self.tr("Indicator set loaded"),
            self.tr("Set {code} is loaded: survey years {first}–{last} use it.").format(
                code=book.code, first=book.first_year, last=book.last_year
            ),
        )

    def export_selected(self) -> None:
        found = self._selected()
        if found is None:
            return
        suggested = Path(f"indicator-set-{found.code}.xlsx")
        path = self._prompter.save_file(
            self, self.tr("Export the indicator set"), suggested, XLSX_FILTER
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            self._service.export(found.code, path)
        except OSError as error:
            self._prompter.error(
                self,
                self.tr("Export failed"),
                self.tr("{path} could not be written: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return
        self._prompter.info(
            self,
            self.tr("Indicator set exported"),
            self.tr("Set {code} was written to {path}").format(code=found.code, path=path),
        )


class IndicatorSetDryRunDialog(QDialog):
    """What loading a workbook would add, or why it is refused (nothing is stored)."""

    def __init__(
        self,
        plan: LoadPlan | None,
        problems: list[SetProblem],
        path: Path,
        *,
        english: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Indicator set: dry run"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(_problem_text(p, english) for p in problems))
        self.problems.setVisible(bool(problems))
        lines = [self.tr("File: {path}").format(path=path)]
        if plan is not None:
            book = plan.book
            lines.append(
                self.tr("Set {code}: {name}").format(
                    code=book.code, name=book.name_en if english and book.name_en else book.name_th
                )
            )
            lines.append(
                self.tr("Survey years {first}–{last}").format(
                    first=book.first_year, last=book.last_year
                )
            )
            per_dimension = ", ".join(
                f"{dimension_name(dimension)} {count}"
                for dimension, count in plan.per_dimension.items()
            )
            lines.append(
                self.tr("{count} indicators ({tpmap} for TPMAP): {per_dimension}").format(
                    count=len(book.indicators), tpmap=plan.tpmap_count, per_dimension=per_dimension
                )
            )
            for threshold in book.thresholds:
                year = (
                    str(threshold.survey_year)
                    if threshold.survey_year is not None
                    else self.tr("every year")
                )
                lines.append(
                    self.tr("Threshold of no. {number} ({year}): {value}").format(
                        number=threshold.number, year=year, value=f"{threshold.value:,}"
                    )
                )
            if plan.replaces and plan.can_load:
                lines.append(self.tr("It replaces the office's unused set of the same code."))
        if problems:
            lines.append(self.tr("Refused, nothing will be stored:"))
        else:
            lines.append(self.tr("Nothing is stored until you load it."))
        self.summary.setText("\n".join(lines))
        self.buttons = QDialogButtonBox()
        self.load_button = self.buttons.addButton(
            self.tr("Load this set"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.load_button.setEnabled(plan is not None and plan.can_load)
        self.load_button.setDefault(self.load_button.isEnabled())  # Enter loads what it shows
        self.cancel_button = self.buttons.addButton(
            self.tr("Close") if problems else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(fitted(QSize(760, 460 if problems else 320)))


def _problem_text(found: SetProblem, english: bool) -> str:
    return found.message_en if english else found.message_th

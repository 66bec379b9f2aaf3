"""Which column of the province's list is which field: guessed from the headers (or the
mapping remembered for these headers), shown over sample rows, corrected by the clerk.
"Check the rows" runs the dry run with the mapping as it stands, in the background (the
dialog stays alive; its buttons wait), and shows what becomes of each row and which place
names were matched despite a typo, for the clerk to confirm."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exchange.import_ import ImportPlan
from desktop.services.exchange.province import PROVINCE_LIST_FIELDS, TablePreview
from desktop.services.exchange.reading import WorkbookRefused
from desktop.ui.background import TaskRunner
from desktop.ui.exchange.list_rows_panel import ListRowsPanel
from desktop.ui.language import THAI

# Runs the dry run for a mapping and the place names refused; the caller closes the plan.
RowCheck = Callable[[dict[int, str | None], frozenset[str]], ImportPlan]


class MappingDialog(QDialog):
    def __init__(
        self,
        preview: TablePreview,
        mapping: dict[int, str | None],
        *,
        language: str = THAI,
        parent: QWidget | None = None,
        check_rows: RowCheck | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self._language = language
        self._check_rows = check_rows
        self._tasks = TaskRunner()
        self.checking = False  # a check runs in the background
        self.setWindowTitle(self.tr("Columns of the list"))
        self.resize(1100, 640)
        intro = QLabel(
            self.tr(
                "Sheet {sheet}: the headers are on row {row}. Check what each column holds;"
                " choose “not imported” for columns to leave out."
            ).format(sheet=preview.sheet, row=preview.header_row)
        )
        intro.setWordWrap(True)
        columns = len(preview.headers)
        self.table = QTableWidget(len(preview.sample_rows) + 1, columns)
        self.table.setHorizontalHeaderLabels(preview.headers)
        self.table.setVerticalHeaderLabels(
            [self.tr("Field"), *(self.tr("Example") for _ in preview.sample_rows)]
        )
        self.boxes: list[QComboBox] = []
        for column in range(columns):
            box = QComboBox()
            box.addItem(self.tr("— not imported —"), None)
            for field in PROVINCE_LIST_FIELDS:
                box.addItem(field.label_th if language == THAI else field.label_en, field.name)
            box.setCurrentIndex(max(box.findData(mapping.get(column)), 0))
            box.currentIndexChanged.connect(self._show_duplicates)
            self.table.setCellWidget(0, column, box)
            self.boxes.append(box)
            for row, values in enumerate(preview.sample_rows, start=1):
                text = values[column] if column < len(values) else ""
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(columns):
            self.table.setColumnWidth(column, 150)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Check the list (dry run)"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.check_button = QPushButton(self.tr("Check the rows"))
        self.check_button.setEnabled(check_rows is not None)
        self.check_button.clicked.connect(self.check)
        self.rows_panel = ListRowsPanel(language=language)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.rows_panel)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem_label, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._show_duplicates()

    def refused_places(self) -> frozenset[str]:
        return self.rows_panel.refused_places()

    def check(self) -> None:
        """The dry run with this mapping, in the background: each row's outcome and the
        fuzzy place names are shown when it ends."""
        check_rows = self._check_rows
        if check_rows is None or self.checking:
            return
        mapping, refused = self.mapping(), self.refused_places()
        self._set_checking(True)
        self._tasks.start(
            lambda _progress, _cancelled: check_rows(mapping, refused),
            on_success=self._checked,
            on_failure=self._check_failed,
        )

    def _checked(self, plan: ImportPlan) -> None:
        with plan:
            self._set_checking(False)
            self.rows_panel.show_plan(plan)

    def _check_failed(self, error: Exception) -> None:
        self._set_checking(False)
        if isinstance(error, WorkbookRefused):
            thai = self._language == THAI
            self.problem_label.setText(error.message_th if thai else error.message_en)
        else:
            self.problem_label.setText(
                self.tr("The rows could not be checked: {error}").format(error=error)
            )

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        self.problem_label.setText(self.tr("Checking the rows…") if checking else "")
        for button in (self.check_button, self.ok_button, self.cancel_button):
            button.setEnabled(not checking)
        if not checking:
            self._show_duplicates()

    def reject(self) -> None:
        """Closing waits for a check that runs (it writes nothing and ends soon)."""
        if not self.checking:
            super().reject()

    def mapping(self) -> dict[int, str | None]:
        return {column: box.currentData() for column, box in enumerate(self.boxes)}

    def choose(self, column: int, field: str | None) -> None:
        box = self.boxes[column]
        box.setCurrentIndex(max(box.findData(field), 0))

    def _show_duplicates(self) -> None:
        chosen = [field for field in self.mapping().values() if field]
        twice = sorted({field for field in chosen if chosen.count(field) > 1})
        labels = {field.name: field.label_th for field in PROVINCE_LIST_FIELDS}
        if twice:
            self.problem_label.setText(
                self.tr("Chosen for two columns: {fields}").format(
                    fields=", ".join(labels[field] for field in twice)
                )
            )
        elif not chosen:
            self.problem_label.setText(self.tr("Choose at least one column to import."))
        else:
            self.problem_label.setText("")
        self.ok_button.setEnabled(bool(chosen) and not twice)
        self.check_button.setEnabled(self._check_rows is not None and bool(chosen) and not twice)

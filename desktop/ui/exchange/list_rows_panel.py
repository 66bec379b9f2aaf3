"""A province list's rows as the dry run sees them, inside the mapping dialog: how many
rows end as added, changed, unchanged, refused or not data; each refused or not-data row
with its column and reason; and the subdistrict and village names matched despite a typo,
each ticked to accept it (untick one and its rows are refused instead)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exchange.import_ import ImportPlan
from desktop.services.exchange.province import OUTCOME_LABELS, RowOutcome
from desktop.ui.language import THAI

MAX_SHOWN_ROWS = 5000


class ListRowsPanel(QWidget):
    def __init__(
        self, *, language: str = THAI, confirm_places: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._confirm_places = confirm_places  # False: the names are shown, not asked about
        self.summary_label = QLabel(self.tr("Check the rows to see what becomes of each one."))
        self.summary_label.setWordWrap(True)
        self.rows_table = QTableWidget(0, 4)
        self.rows_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.rows_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), self.tr("Column"), self.tr("Why")]
        )
        self.rows_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows_table.verticalHeader().hide()
        for column, width in enumerate((60, 110, 220)):
            self.rows_table.setColumnWidth(column, width)
        self.rows_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.places_label = QLabel()
        self.places_label.setWordWrap(True)
        self.places_table = QTableWidget(0, 3)
        self.places_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.places_table.setHorizontalHeaderLabels(
            [self.tr("Written in the list"), self.tr("Taken for"), self.tr("Rows")]
        )
        self.places_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.places_table.verticalHeader().hide()
        self.places_table.setColumnWidth(0, 200)
        self.places_table.setColumnWidth(1, 200)
        self.places_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rows_table, 1)
        layout.addWidget(self.places_label)
        layout.addWidget(self.places_table)
        self.places_label.hide()
        self.places_table.hide()

    def _pick(self, pair: tuple[str, str]) -> str:
        return pair[0] if self._language == THAI else pair[1]

    def show_plan(self, plan: ImportPlan) -> None:
        """Copy what the plan found about the rows (the plan may be closed after)."""
        rows = plan.list_rows
        if rows is None:
            return
        refused = self.refused_places()
        locale = QLocale()
        counts = rows.counts()
        parts = ", ".join(
            f"{self._pick(OUTCOME_LABELS[o])} {locale.toString(counts[o])}" for o in RowOutcome
        )
        self.summary_label.setText(
            self.tr("{count} rows read: {parts}").format(
                count=locale.toString(rows.rows_read), parts=parts
            )
        )
        reasons: list[tuple[int, RowOutcome, str, str]] = [
            (r.row, RowOutcome.REFUSED, r.column, self._pick((r.message_th, r.message_en)))
            for r in plan.rejections
        ]
        reasons += [
            (n.row, RowOutcome.NOT_DATA, "", self._pick((n.message_th, n.message_en)))
            for n in rows.not_data
        ]
        reasons.sort(key=lambda item: item[0])
        reasons = reasons[:MAX_SHOWN_ROWS]
        self.rows_table.setRowCount(len(reasons))
        for index, (row, outcome, column, why) in enumerate(reasons):
            for col, value in enumerate(
                (str(row), self._pick(OUTCOME_LABELS[outcome]), column, why)
            ):
                self.rows_table.setItem(index, col, QTableWidgetItem(value))
        matches = rows.reading.place_matches
        shown = [(m.written, m.shown, m.rows, True) for m in matches]
        shown += [(name, "—", [], False) for name in sorted(refused)]
        self.places_label.setVisible(bool(shown))
        self.places_table.setVisible(bool(shown))
        self.places_label.setText(
            self.tr(
                "These names were matched although they are not spelt as the office spells"
                " them. Untick a name that is not the place it was taken for: its rows are"
                " then refused."
            )
            if self._confirm_places
            else self.tr(
                "These names were matched although they are not spelt as the office spells"
                " them (a name you unticked in the columns dialog is refused)."
            )
        )
        self.places_table.setRowCount(len(shown))
        header = self.places_table.horizontalHeader().sizeHint().height()
        row_height = self.places_table.verticalHeader().defaultSectionSize()
        self.places_table.setFixedHeight(header + row_height * min(len(shown), 3) + 4)
        for index, (name, taken_for, at_rows, accepted) in enumerate(shown):
            written = QTableWidgetItem(name)
            if self._confirm_places:
                written.setFlags(written.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            else:
                written.setFlags(written.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            written.setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)
            self.places_table.setItem(index, 0, written)
            self.places_table.setItem(index, 1, QTableWidgetItem(taken_for))
            self.places_table.setItem(
                index, 2, QTableWidgetItem(", ".join(str(row) for row in at_rows))
            )

    def refused_places(self) -> frozenset[str]:
        """The names the clerk unticked."""
        refused = set()
        for index in range(self.places_table.rowCount()):
            item = self.places_table.item(index, 0)
            if item is not None and item.checkState() != Qt.CheckState.Checked:
                refused.add(item.text())
        return frozenset(refused)

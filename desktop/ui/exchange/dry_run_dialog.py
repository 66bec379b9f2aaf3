"""The dry run of an import: what would be added, what would change (field by field, old →
new) and what is rejected (sheet, row, column, reason). Nothing is written until Apply."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exchange.import_.importer import ImportPlan
from desktop.services.thai import format_national_id
from desktop.ui.exchange.list_rows_panel import ListRowsPanel
from desktop.ui.language import THAI
from desktop.ui.read_only_table import read_only_table
from desktop.ui.window_fit import fitted

SHOWN_ADDITIONS = 5_000


class DryRunDialog(QDialog):
    apply_requested = Signal()
    report_requested = Signal()

    def __init__(
        self,
        plan: ImportPlan,
        *,
        language: str = THAI,
        mask_ids: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        thai = language == THAI
        self.setWindowTitle(self.tr("Dry run: {name}").format(name=plan.path.name))
        self.resize(fitted(QSize(1100, 680)))
        locale = QLocale()

        def number(value: int) -> str:
            return locale.toString(value)

        self.summary_label = QLabel(
            self.tr(
                "Would add {added} households, change {changed}; {unchanged} unchanged,"
                " {skipped} left out by the merge mode, {rejected} rows rejected."
            ).format(
                added=number(len(plan.additions)),
                changed=number(len(plan.updates)),
                unchanged=number(plan.unchanged),
                skipped=number(plan.skipped),
                rejected=number(plan.rejection_count),
            )
        )
        self.summary_label.setWordWrap(True)
        self.additions_table = read_only_table(
            [self.tr("Household"), self.tr("Members"), self.tr("Sheet"), self.tr("Row")]
        )
        shown = plan.additions[:SHOWN_ADDITIONS]
        self.additions_table.setRowCount(len(shown))
        for row, addition in enumerate(shown):
            cells = (addition.label, str(addition.members), addition.sheet, str(addition.row))
            for column, text in enumerate(cells):
                self.additions_table.setItem(row, column, QTableWidgetItem(text))
        self.additions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.changes_tree = QTreeWidget()
        self.changes_tree.setHeaderLabels(
            [self.tr("Household / record"), self.tr("Field"), self.tr("Now"), self.tr("Becomes")]
        )
        for update in plan.updates:
            top = QTreeWidgetItem([update.label, "", "", ""])
            for change in update.changes:
                label = change.label_th if thai else change.label_en
                top.addChild(QTreeWidgetItem([change.record, label, change.old, change.new]))
            self.changes_tree.addTopLevelItem(top)
        if plan.updates:
            self.changes_tree.expandItem(self.changes_tree.topLevelItem(0))
        self.changes_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rejections_table = read_only_table(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Reason")]
        )
        self.rejections_table.setRowCount(len(plan.rejections))
        for row, rejection in enumerate(plan.rejections):
            reason = rejection.message_th if thai else rejection.message_en
            cells = (rejection.sheet, str(rejection.row), rejection.column, reason)
            for column, text in enumerate(cells):
                self.rejections_table.setItem(row, column, QTableWidgetItem(text))
        for column, width in ((0, 160), (1, 60), (2, 180)):
            self.rejections_table.setColumnWidth(column, width)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self.additions_table, self.tr("To add ({count})").format(count=len(plan.additions))
        )
        self.tabs.addTab(
            self.changes_tree, self.tr("To change ({count})").format(count=len(plan.updates))
        )
        self.tabs.addTab(
            self.rejections_table,
            self.tr("Rejected ({count})").format(count=plan.rejection_count),
        )
        self.conflicts_table = read_only_table(
            [
                self.tr("National ID"),
                self.tr("In this workbook"),
                self.tr("Already held by"),
                self.tr("Sheet"),
                self.tr("Row"),
            ],
            stretch=2,
        )
        self.conflicts_table.setRowCount(len(plan.conflicts))
        for row, conflict in enumerate(plan.conflicts):
            here = f"{conflict.name} — {conflict.household_key}".rstrip(" —")
            there = (
                f"{conflict.other_name} — {conflict.other_household_key}"
                f" ({conflict.other_district})"
            )
            shown_id = format_national_id(conflict.national_id, masked=mask_ids)
            cells = (shown_id, here, there, conflict.sheet, str(conflict.row))
            for column, text in enumerate(cells):
                self.conflicts_table.setItem(row, column, QTableWidgetItem(text))
        self.conflicts_table.setColumnWidth(0, 150)
        self.conflicts_table.setColumnWidth(1, 300)
        if plan.conflicts:
            self.tabs.addTab(
                self.conflicts_table,
                self.tr("Same ID in another district ({count})").format(count=len(plan.conflicts)),
            )
            self.summary_label.setText(
                self.summary_label.text()
                + " "
                + self.tr(
                    "{count} people carry a national ID that a household of another district"
                    " already has: they are imported without it and listed on the Exchange"
                    " page for you to decide whose it is."
                ).format(count=number(len(plan.conflicts)))
            )
        if plan.district_projects is not None:
            projects = plan.project_changes
            self.projects_list = QListWidget()
            self.projects_list.addItems(
                [self.tr("Add: {name}").format(name=name) for name in projects.added]
                + [self.tr("Change: {name}").format(name=name) for name in projects.changed]
            )
            self.tabs.addTab(
                self.projects_list,
                self.tr("Projects ({count})").format(
                    count=len(projects.added) + len(projects.changed)
                ),
            )
            self.summary_label.setText(
                self.summary_label.text()
                + " "
                + self.tr(
                    "Projects: {added} to add, {changed} to change, {same} unchanged."
                    " Assistance: {households} households change ({plus} rows added,"
                    " {minus} removed)."
                ).format(
                    added=number(len(projects.added)),
                    changed=number(len(projects.changed)),
                    same=number(projects.unchanged),
                    households=number(projects.help_households),
                    plus=number(projects.help_added),
                    minus=number(projects.help_removed),
                )
            )
            cases = plan.case_changes
            self.cases_notice = self.tr(
                "Plans and visits: {households} households change. Plans: {added} to add,"
                " {changed} to change, {removed} to remove, {same} unchanged. Visits:"
                " {visits_added} to add, {visits_changed} to change, {visits_removed} to"
                " remove, {visits_same} unchanged."
            ).format(
                households=number(cases.households),
                added=number(cases.plans_added),
                changed=number(cases.plans_changed),
                removed=number(cases.plans_removed),
                same=number(cases.plans_unchanged),
                visits_added=number(cases.visits_added),
                visits_changed=number(cases.visits_changed),
                visits_removed=number(cases.visits_removed),
                visits_same=number(cases.visits_unchanged),
            )
            self.summary_label.setText(self.summary_label.text() + " " + self.cases_notice)
        if plan.read_only.count:
            self._add_read_only_tab(plan, number)
        if plan.settled:
            self.summary_label.setText(
                self.summary_label.text()
                + " "
                + self.tr(
                    "{count} people are left out: you already gave their national ID to a"
                    " household of another district."
                ).format(count=number(plan.settled))
            )
        if plan.list_rows is not None:
            self.list_rows_panel = ListRowsPanel(language=language, confirm_places=False)
            self.list_rows_panel.show_plan(plan)
            self.tabs.addTab(
                self.list_rows_panel,
                self.tr("Rows of the list ({count})").format(
                    count=number(plan.list_rows.rows_read)
                ),
            )
        if plan.rejection_count and not plan.changes_anything:
            self.tabs.setCurrentIndex(2)
        self.report_button = QPushButton(self.tr("Save this report as a workbook…"))
        self.apply_button = QPushButton(self.tr("Apply the changes"))
        self.apply_button.setEnabled(plan.changes_anything)
        self.close_button = QPushButton(self.tr("Close without changing anything"))
        self.status_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.report_button.clicked.connect(self.report_requested)
        self.apply_button.clicked.connect(self.apply_requested)
        self.close_button.clicked.connect(self.reject)

    def _add_read_only_tab(self, plan: ImportPlan, number: Callable[[int], str]) -> None:
        """Edits of the sheets a district office does not import: said, and listed."""
        found = plan.read_only
        sheets, count = ", ".join(found.sheets), number(found.count)
        self.read_only_notice = self.tr(
            "The sheets {sheets} are read-only for a district office: {count} edits in them"
            " are not imported (listed under Not imported)."
        ).format(sheets=sheets, count=count)
        self.summary_label.setText(self.summary_label.text() + " " + self.read_only_notice)
        self.read_only_table = read_only_table(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("In the file"),
                self.tr("In the office"),
            ]
        )
        self.read_only_table.setRowCount(len(found.edits))
        for row, edit in enumerate(found.edits):
            in_file, in_office = edit.in_file, edit.in_office
            if edit.row == 0:
                in_file = self.tr("(row not in the file)")
            elif not edit.column:
                in_office = self.tr("(row added in the file)")
            shown_row = str(edit.row) if edit.row else ""
            for column, text in enumerate((edit.sheet, shown_row, edit.column, in_file, in_office)):
                self.read_only_table.setItem(row, column, QTableWidgetItem(text))
        for column, width in ((0, 140), (1, 60), (2, 220), (3, 380)):
            self.read_only_table.setColumnWidth(column, width)
        self.tabs.addTab(
            self.read_only_table,
            self.tr("Not imported ({count})").format(count=number(found.count)),
        )

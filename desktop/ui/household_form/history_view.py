"""A household's change log: who changed which field, when, from what to what."""

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from desktop.services.safety import ChangeEntry
from desktop.services.thai import format_be_date
from desktop.ui.household_form.problem_text import field_name

SUBJECT_KEYS = ("first_name", "last_name", "number", "key", "stage", "title", "text", "file_name")


class HistoryView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        for column, width in enumerate((150, 140, 140, 150, 200)):
            self.setColumnWidth(column, width)

    def show_entries(self, entries: list[ChangeEntry]) -> None:
        tables = {
            "households": self.tr("household"),
            "members": self.tr("member"),
            "income_lines": self.tr("income"),
            "indicator_results": self.tr("indicator"),
            "stage_assessments": self.tr("stage"),
            "development_plans": self.tr("plan"),
            "plan_problems": self.tr("plan problem"),
            "plan_activities": self.tr("plan activity"),
            "follow_up_visits": self.tr("visit"),
            "attachments": self.tr("evidence file"),
        }
        actions = {
            "insert": self.tr("added"),
            "update": self.tr("changed"),
            "delete": self.tr("removed"),
        }
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            local = entry.at.astimezone()
            when = f"{format_be_date(local.date())} {local:%H:%M}"
            subject = " ".join(v for k, v in entry.context.items() if k in SUBJECT_KEYS)
            what = f"{tables.get(entry.table_name, entry.table_name)} {subject}".strip()
            what += f" {actions.get(entry.action, '')}"
            cells = [
                when,
                entry.user_name,
                what,
                field_name(entry.field),
                entry.old_value or "",
                entry.new_value or "",
            ]
            if entry.action != "update":  # a whole record: its summary goes in a tooltip
                summary = entry.new_value or entry.old_value or ""
                cells[4:] = ["", ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.action != "update":
                    item.setToolTip(summary)
                self.setItem(row, column, item)

"""A supervisor locks a submitted period (fiscal year, whole district or one subdistrict)
or unlocks one, always with a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.households.listing import AreaOption
from desktop.services.safety import LockRejected, PeriodLockService
from desktop.services.safety.period_locks import LockRow, NotAllowed
from desktop.services.thai import fiscal_year_of
from desktop.ui.household_form.keyboard import FormComboBox
from desktop.ui.language import THAI
from desktop.ui.people.dialog_keys import lay_out_form_dialog
from desktop.ui.people.login_dialog import problem_label
from desktop.ui.people.shown_text import local_be_date, message_text


def lock_area(lock: LockRow, language: str) -> str:
    return lock.area_th if language == THAI else lock.area_en


class LockDialog(QDialog):
    """``lock`` holds the new lock once accepted."""

    def __init__(
        self,
        locks: PeriodLockService,
        *,
        by: str,
        fiscal_years: list[int],
        subdistricts: tuple[AreaOption, ...],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._locks = locks
        self._by = by
        self._language = language
        self.lock: LockRow | None = None
        self.setWindowTitle(self.tr("Lock a submitted period"))
        self.setMinimumWidth(520)
        explanation = QLabel(
            self.tr(
                "While the period is locked, nobody can change the households of the area"
                " (of any year), their assistance of the fiscal year or the fiscal year's"
                " projects there. A supervisor can unlock it later."
            )
        )
        explanation.setWordWrap(True)
        self.year_box = FormComboBox()
        current = fiscal_year_of(dt.date.today())
        for year in sorted({*fiscal_years, current}, reverse=True):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(current))
        self.area_box = FormComboBox()
        self.area_box.addItem(self.tr("The whole district"), None)
        for area in subdistricts:
            self.area_box.addItem(area.name_th, area.code)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. sent to the province on 15/10/2568"))
        self.export_file_edit = QLineEdit()
        self.export_file_edit.setPlaceholderText(self.tr("optional"))
        self.problem_label = problem_label()
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.cancel_button = QPushButton(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Fiscal year"), self.year_box)
        form.addRow(self.tr("Area"), self.area_box)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Workbook sent"), self.export_file_edit)
        lay_out_form_dialog(
            self,
            form,
            above=(explanation,),
            below=(self.problem_label,),
            action=self.lock_button,
            cancel=self.cancel_button,
            submit=self.make_lock,
            last=self.export_file_edit,
        )
        self.year_box.setFocus()

    def choose(self, fiscal_year: int, subdistrict_code: str | None) -> None:
        if self.year_box.findData(fiscal_year) < 0:
            self.year_box.addItem(str(fiscal_year), fiscal_year)
        self.year_box.setCurrentIndex(self.year_box.findData(fiscal_year))
        self.area_box.setCurrentIndex(max(self.area_box.findData(subdistrict_code), 0))

    def make_lock(self) -> bool:
        try:
            self.lock = self._locks.lock(
                int(self.year_box.currentData()),
                self.area_box.currentData(),
                self.reason_edit.text(),
                self._by,
                export_file=self.export_file_edit.text(),
            )
        except (LockRejected, NotAllowed) as refused:
            self.problem_label.setText(message_text(refused, self._language))
            return False
        self.accept()
        return True


class UnlockDialog(QDialog):
    """``lock`` holds the lock as ended once accepted."""

    def __init__(
        self,
        locks: PeriodLockService,
        lock: LockRow,
        *,
        by: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._locks = locks
        self._by = by
        self._language = language
        self._lock_id = lock.id
        self.lock: LockRow | None = None
        self.setWindowTitle(self.tr("Unlock a submitted period"))
        self.setMinimumWidth(520)
        about = QLabel(
            self.tr("Fiscal year {year}, {area}: locked by {by} on {day}. Reason: {reason}").format(
                year=lock.fiscal_year,
                area=lock_area(lock, language),
                by=lock.locked_by,
                day=local_be_date(lock.locked_at),
                reason=lock.reason,
            )
        )
        about.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. the province asked for corrections"))
        self.problem_label = problem_label()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("Why unlock"), self.reason_edit)
        lay_out_form_dialog(
            self,
            form,
            above=(about,),
            below=(self.problem_label,),
            action=self.unlock_button,
            cancel=self.cancel_button,
            submit=self.unlock,
            last=self.reason_edit,
        )
        self.reason_edit.setFocus()

    def unlock(self) -> bool:
        try:
            self.lock = self._locks.unlock(self._lock_id, self._by, self.reason_edit.text())
        except (LockRejected, NotAllowed) as refused:
            self.problem_label.setText(message_text(refused, self._language))
            return False
        self.accept()
        return True

"""Settings' submitted periods: the period locks, past and present. A supervisor locks a
period once its workbook has gone to the province, and unlocks it when the office must
work on it again (desktop/services/safety/period_locks.py says what a lock holds)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households.listing import AreaOption
from desktop.services.safety import LockRejected, PeriodLockService, UserRow
from desktop.services.safety.period_locks import LockRow, NotAllowed
from desktop.services.thai import fiscal_year_of
from desktop.ui.people.lock_dialogs import LockDialog, UnlockDialog, lock_area
from desktop.ui.people.shown_text import local_be_moment, message_text
from desktop.ui.prompter import Prompter

ID_ROLE = Qt.ItemDataRole.UserRole
DialogT = TypeVar("DialogT", bound=QDialog)


class LocksPanel(QGroupBox):
    changed = Signal()

    def __init__(
        self,
        locks: PeriodLockService,
        prompter: Prompter,
        *,
        current_user: Callable[[], UserRow],
        fiscal_years: Callable[[], list[int]],
        subdistricts: Callable[[], tuple[AreaOption, ...]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Submitted periods (read-only)"), parent)
        self._locks = locks
        self._prompter = prompter
        self._current_user = current_user
        self._fiscal_years = fiscal_years
        self._subdistricts = subdistricts
        self._language = language
        self._rows: list[LockRow] = []
        self.dialog: QDialog | None = None  # the lock / unlock dialog last opened

        headers = [
            self.tr("Fiscal year"),
            self.tr("Area"),
            self.tr("Locked by"),
            self.tr("Locked on"),
            self.tr("Reason"),
            self.tr("State"),
            self.tr("Unlocked by"),
            self.tr("Unlocked on"),
            self.tr("Why unlocked"),
            self.tr("Workbook sent"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.lock_button = QPushButton(self.tr("Lock a period…"))
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.lock_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._enable)
        self.lock_button.clicked.connect(self.lock_period)
        self.unlock_button.clicked.connect(self.unlock_period)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = self.current_lock()
        select = select if select is not None else (keep.id if keep is not None else None)
        self._rows = self._locks.all_locks()
        bold = QFont()
        bold.setBold(True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for at, lock in enumerate(self._rows):
            cells = (
                str(lock.fiscal_year),
                lock_area(lock, self._language),
                lock.locked_by,
                local_be_moment(lock.locked_at),
                lock.reason,
                self.tr("Locked") if lock.active else self.tr("Unlocked"),
                lock.unlocked_by or "",
                local_be_moment(lock.unlocked_at) if lock.unlocked_at else "",
                lock.unlock_reason,
                lock.export_file,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, lock.id)
                if column in (4, 8, 9):
                    item.setToolTip(text)
                if lock.active and column == 5:
                    item.setFont(bold)
                self.table.setItem(at, column, item)
        self.table.blockSignals(False)
        ids = [lock.id for lock in self._rows]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif self._rows:
            self.table.selectRow(0)
        self._enable()

    def rows(self) -> list[LockRow]:
        return list(self._rows)

    def current_lock(self) -> LockRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _supervisor(self) -> bool:
        return self._current_user().is_supervisor

    def _enable(self) -> None:
        supervisor = self._supervisor()
        chosen = self.current_lock()
        self.lock_button.setEnabled(supervisor)
        self.unlock_button.setEnabled(supervisor and chosen is not None and chosen.active)
        tip = "" if supervisor else self.tr("Only a supervisor may lock and unlock periods.")
        self.lock_button.setToolTip(tip)
        self.unlock_button.setToolTip(tip)

    # Writing ---------------------------------------------------------------------------

    def lock_period(self) -> LockDialog:
        """Open the lock dialog (window-modal); the table follows when it is accepted."""
        dialog = LockDialog(
            self._locks,
            by=self._current_user().name,
            fiscal_years=self._fiscal_years(),
            subdistricts=self._subdistricts(),
            language=self._language,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._written(dialog.lock))
        return self._open(dialog)

    def unlock_period(self) -> UnlockDialog | None:
        chosen = self.current_lock()
        if chosen is None or not chosen.active:
            return None
        dialog = UnlockDialog(
            self._locks, chosen, by=self._current_user().name, language=self._language, parent=self
        )
        dialog.accepted.connect(lambda: self._written(dialog.lock))
        return self._open(dialog)

    def offer_after_export(
        self, fiscal_year: int | None, subdistrict_code: str | None, export_file: str
    ) -> LockRow | None:
        """After a workbook went out: ask a supervisor whether to lock what it carried
        (``fiscal_year`` None: the current fiscal year) and lock it. Nothing is asked of a
        clerk, nor when that period is locked already."""
        if not self._supervisor():
            return None
        year = fiscal_year if fiscal_year is not None else fiscal_year_of(dt.date.today())
        code = subdistrict_code or None
        if any(
            lock.fiscal_year == year and lock.subdistrict_code == code
            for lock in self._locks.active_locks()
        ):
            return None
        area = next(
            (area.name_th for area in self._subdistricts() if area.code == code), code or ""
        )
        where = (
            self.tr("subdistrict {name}").format(name=area)
            if code
            else self.tr("the whole district")
        )
        if not self._prompter.confirm(
            self,
            self.tr("Lock the submitted period"),
            self.tr(
                "The workbook has been exported. Lock fiscal year {year} of {area} so that"
                " what was sent cannot be changed? A supervisor can unlock it later."
            ).format(year=year, area=where),
            default_no=True,  # locking stops every clerk's edits: never by a stray Enter
        ):
            return None
        try:
            lock = self._locks.lock(
                year,
                code,
                self.tr("Sent to the province"),
                self._current_user().name,
                export_file=export_file,
            )
        except (LockRejected, NotAllowed) as refused:
            self._prompter.error(
                self, self.tr("Lock the submitted period"), message_text(refused, self._language)
            )
            return None
        self._written(lock)
        return lock

    def _open(self, dialog: DialogT) -> DialogT:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _written(self, lock: LockRow | None) -> None:
        self.reload(select=lock.id if lock is not None else None)
        self.changed.emit()

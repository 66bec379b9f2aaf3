"""Export the exchange workbook for the province: what to include, then a background run
with progress and Cancel. The file appears under the chosen name only when complete.

A district's workbook with names and full national IDs is the one sent to the province:
it is refused until a supervisor's sign-off covers the data as it is (see
services/exchange/export/sending.py); the refusal says why and offers the check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.exchange import sheet
from desktop.services.exchange.export import (
    ExportCancelled,
    ExportNotSignedOff,
    ExportOptions,
    ExportSummary,
    export_workbook,
    not_signed_off_reason,
)
from desktop.services.households.listing import AreaOption
from desktop.services.quality import SignOffState
from desktop.ui.background import BackgroundTask, TaskRunner
from desktop.ui.language import THAI
from desktop.ui.prompter import Prompter

WORKBOOK_FILTER = "Excel (*.xlsx)"
PROGRESS_STEPS = 1000


class ExportPanel(QGroupBox):
    exported = Signal(object, object)  # ExportSummary, the ExportOptions it was made with
    check_requested = Signal()  # the clerk asked for the check before sending

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        prompter: Prompter,
        *,
        subdistricts: Callable[[], tuple[AreaOption, ...]],
        fiscal_years: Callable[[], list[int]],
        masks_ids: Callable[[], bool],
        name_prefix: str,  # "district-6701", "province-67": the suggested file name
        tasks: TaskRunner | None = None,
        sign_off_state: Callable[[], SignOffState] = SignOffState,
        needs_sign_off: bool = True,  # a district's; a province's goes back to its districts
        language: str = THAI,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Export the workbook for the province"), parent)
        self._sign_off_state = sign_off_state
        self._needs_sign_off = needs_sign_off
        self._language = language
        self._factory = session_factory
        self._prompter = prompter
        self._fiscal_years = fiscal_years
        self._masks_ids = masks_ids
        self._name_prefix = name_prefix
        self._tasks = tasks or TaskRunner()
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.last_summary: ExportSummary | None = None

        self.all_radio = QRadioButton(self.tr("Everything"))
        self.subdistrict_radio = QRadioButton(self.tr("One subdistrict"))
        self.year_radio = QRadioButton(self.tr("One fiscal year (projects and assistance)"))
        self.all_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        for button in (self.all_radio, self.subdistrict_radio, self.year_radio):
            self.scope_group.addButton(button)
        self._subdistricts = subdistricts
        self.subdistrict_box = QComboBox()
        self.year_box = QComboBox()
        self.mask_check = QCheckBox(self.tr("Hide the middle digits of national IDs"))
        self.aggregates_check = QCheckBox(
            self.tr("Aggregates only: counts and projects, no names or IDs")
        )
        # A full workbook kept by the office (edited in a spreadsheet and imported back)
        # is not sent: it needs no sign-off, and says it is not ready to send.
        self.working_copy_check = QCheckBox(
            self.tr("&Working copy for this office, not for sending to the province")
        )
        self.working_copy_check.setVisible(needs_sign_off)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.sign_off_label = QLabel()
        self.sign_off_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Go to the chec&k before sending"))
        self.check_button.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout(self)
        grid.addWidget(self.all_radio, 0, 0)
        grid.addWidget(self.subdistrict_radio, 1, 0)
        grid.addWidget(self.subdistrict_box, 1, 1)
        grid.addWidget(self.year_radio, 2, 0)
        grid.addWidget(self.year_box, 2, 1)
        grid.addWidget(self.mask_check, 3, 0, 1, 2)
        grid.addWidget(self.aggregates_check, 4, 0, 1, 2)
        grid.addWidget(self.working_copy_check, 5, 0, 1, 2)
        grid.addWidget(self.export_button, 6, 0)
        grid.addWidget(self.sign_off_label, 6, 1, 1, 2)
        grid.addWidget(self.check_button, 7, 0)
        grid.addWidget(self.result_label, 8, 0, 1, 3)
        grid.setColumnStretch(2, 1)

        self.scope_group.buttonToggled.connect(lambda *_: self._enable())
        self.aggregates_check.toggled.connect(lambda _on: self._enable())
        self.export_button.clicked.connect(self.export)
        self.check_button.clicked.connect(self.check_requested)
        self._enable()

    def refresh(self) -> None:
        """Read the choices (when the page is shown: start-up does not wait for them)."""
        areas = self._subdistricts()  # a provincial office gains some with each import
        if self.subdistrict_box.count() != len(areas):
            chosen = self.subdistrict_box.currentData()
            self.subdistrict_box.clear()
            for area in areas:
                self.subdistrict_box.addItem(area.name_th, area.code)
            self.subdistrict_box.setCurrentIndex(max(self.subdistrict_box.findData(chosen), 0))
        keep = self.year_box.currentData()
        self.year_box.clear()
        for year in self._fiscal_years():
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(self.year_box.findData(keep), 0))
        self.mask_check.setChecked(self._masks_ids())
        self.show_sign_off()
        self._enable()

    def show_sign_off(self) -> None:
        """Whether the workbook will say the data is ready to send (and may be sent)."""
        state = self._sign_off_state()
        if state.ready_to_send:
            text = self.tr(
                "Signed off by {name}: the workbook will say it is ready to send."
            ).format(name=state.signed_off_by)
        elif self._needs_sign_off:
            text = self.tr(
                "Not signed off: the workbook with names and full national IDs cannot be"
                " exported for the province until the data is checked and a supervisor signs"
                " it off. Masked or aggregates-only workbooks may be exported meanwhile."
            )
        else:
            text = self.tr(
                "Not signed off: the workbook will say it is not ready to send. Check before"
                " sending first."
            )
        self.sign_off_label.setText(text)
        self.sign_off_label.setStyleSheet("" if state.ready_to_send else "color: #b00020;")
        self.check_button.setVisible(self._needs_sign_off and not state.ready_to_send)

    def refuse_unsigned(self, refused: ExportNotSignedOff) -> None:
        """Say why the workbook may not go, and offer the check before sending."""
        text = refused.message_th if self._language == THAI else refused.message_en
        self.show_sign_off()
        self.check_button.setVisible(True)
        self.result_label.setText(text)
        self._prompter.error(self, self.tr("Not signed off"), text)

    def _enable(self) -> None:
        self.subdistrict_box.setEnabled(self.subdistrict_radio.isChecked())
        self.year_box.setEnabled(self.year_radio.isChecked() and self.year_box.count() > 0)
        self.mask_check.setEnabled(not self.aggregates_check.isChecked())

    def options(self) -> ExportOptions:
        return ExportOptions(
            sending=self._needs_sign_off and not self.working_copy_check.isChecked(),
            scope_subdistrict=(
                self.subdistrict_box.currentData() if self.subdistrict_radio.isChecked() else None
            ),
            fiscal_year=self.year_box.currentData() if self.year_radio.isChecked() else None,
            mask_ids=self.mask_check.isChecked(),
            aggregates_only=self.aggregates_check.isChecked(),
        )

    def suggested_name(self, options: ExportOptions) -> str:
        parts = [self._name_prefix, dt.date.today().isoformat()]
        if options.scope_subdistrict:
            parts.append(options.scope_subdistrict)
        if options.fiscal_year:
            parts.append(f"fy{options.fiscal_year}")
        if options.aggregates_only:
            parts.append("aggregates")
        return "-".join(parts) + ".xlsx"

    def export(self) -> None:
        options = self.options()
        state = self._sign_off_state()
        reason = not_signed_off_reason(state)
        if options.sending and options.personal_data_in_clear and reason is not None:
            self.refuse_unsigned(ExportNotSignedOff(reason, state))
            return
        question = self._personal_data_text(options)
        if not state.ready_to_send:
            question = (
                self.tr(
                    "The data has not been signed off as ready to send (Check before sending,"
                    " above): the workbook will say it is not ready."
                )
                + "\n\n"
                + question
            )
        if not options.aggregates_only and not self._prompter.confirm(
            self, self.tr("Personal data"), question
        ):
            return
        out = self._prompter.save_file(
            self,
            self.tr("Export the workbook"),
            Path.home() / self.suggested_name(options),
            WORKBOOK_FILTER,
        )
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        self.start(out, options)

    def _personal_data_text(self, options: ExportOptions) -> str:
        ids = (
            self.tr("national IDs with the middle digits hidden")
            if options.mask_ids
            else self.tr("full national IDs")
        )
        return self.tr(
            "This workbook carries personal data protected by the PDPA: names, {ids},"
            " birth dates, addresses and household conditions. Send it only to the"
            " provincial office, by a channel it approves. Export it?"
        ).format(ids=ids)

    def start(self, out: Path, options: ExportOptions) -> BackgroundTask:
        """Export on a worker thread; progress and Cancel in a dialog."""
        progress = QProgressDialog(
            self.tr("Exporting the workbook…"), self.tr("Cancel"), 0, PROGRESS_STEPS, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        self.export_button.setEnabled(False)
        factory = self._factory

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            def scaled(done: int, total: int) -> None:
                report(round(done / total * PROGRESS_STEPS) if total else 0, PROGRESS_STEPS)

            return export_workbook(factory, out, options, scaled, cancelled)

        self._options = options
        task = self._tasks.start(
            work,
            on_success=self._succeeded,
            on_failure=lambda error: self._failed(error, out),
            on_progress=lambda done, _total: progress.setValue(done),
        )
        progress.canceled.connect(task.cancel)
        self.task = task
        return task

    def _finish(self) -> None:
        self.export_button.setEnabled(True)
        if self.progress is not None:
            self.progress.close()

    def _succeeded(self, summary: object) -> None:
        self._finish()
        assert isinstance(summary, ExportSummary)
        self.last_summary = summary
        self.exported.emit(summary, self._options)
        locale = QLocale()
        lines = [
            self.tr("{sheet}: {rows} rows").format(
                sheet=sheet(name).title_th, rows=locale.toString(rows)
            )
            for name, rows in summary.rows.items()
        ]
        self.result_label.setText(
            self.tr("Exported to {path}").format(path=summary.path) + "\n" + " · ".join(lines)
        )

    def _failed(self, error: Exception, out: Path) -> None:
        self._finish()
        if isinstance(error, ExportCancelled):
            self.result_label.setText(self.tr("Export cancelled; no file was written."))
            return
        if isinstance(error, ExportNotSignedOff):  # the data changed while the clerk chose
            self.refuse_unsigned(error)
            return
        if isinstance(error, OSError):
            text = self.tr(
                "The workbook could not be written to {path}: {reason}."
                " Choose another folder or free some disk space."
            ).format(path=out, reason=error.strerror or str(error))
        else:
            text = self.tr("The export failed: {reason}").format(reason=str(error))
        self.result_label.setText(text)
        self._prompter.error(self, self.tr("Export"), text)

"""Import a workbook: our own exchange workbook (a round trip, or what the province sends
back) or the province's target-household list in its own columns. Always a dry run first;
nothing is written until the clerk applies it, then in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.exchange.import_ import (
    WorkbookRefused,
    apply_plan,
    identify_workbook,
    plan_import,
    write_report,
)
from desktop.services.exchange.import_.importer import (
    ApplySummary,
    ImportMode,
    ImportPlan,
    WorkbookKind,
)
from desktop.services.exchange.province import MappingMemory, preview_table
from desktop.ui.background import TaskRunner
from desktop.ui.exchange.dry_run_dialog import DryRunDialog
from desktop.ui.exchange.mapping_dialog import MappingDialog
from desktop.ui.language import THAI
from desktop.ui.prompter import Prompter

PROGRESS_STEPS = 1000


class ImportPanel(QGroupBox):
    imported = Signal(object)  # ApplySummary

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        prompter: Prompter,
        *,
        user_name: str,
        before_write: Callable[[], None],
        language: str = THAI,
        masks_ids: Callable[[], bool] = lambda: False,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Import a workbook"), parent)
        self._masks_ids = masks_ids
        self._factory = session_factory
        self._prompter = prompter
        self._user_name = user_name
        self._before_write = before_write
        self._language = language
        self._tasks = tasks or TaskRunner()
        self.mapping_dialog: MappingDialog | None = None
        self.dry_run: DryRunDialog | None = None
        self.busy = False
        self.last_summary: ApplySummary | None = None

        self.both_radio = QRadioButton(self.tr("Add new households and update existing ones"))
        self.add_radio = QRadioButton(self.tr("Add new households only"))
        self.update_radio = QRadioButton(self.tr("Update existing households only"))
        self.both_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        for button, mode in (
            (self.both_radio, ImportMode.ADD_AND_UPDATE),
            (self.add_radio, ImportMode.ADD_ONLY),
            (self.update_radio, ImportMode.UPDATE_ONLY),
        ):
            self.mode_group.addButton(button)
            button.setProperty("mode", mode.value)
        self.import_button = QPushButton(self.tr("&Choose a workbook…"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Households are matched on a member's national ID, then the house code, then"
                " the household key. You see every change before anything is written."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        for button in (self.both_radio, self.add_radio, self.update_radio):
            layout.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        self.import_button.clicked.connect(self.choose_workbook)

    def mode(self) -> ImportMode:
        checked = self.mode_group.checkedButton()
        return ImportMode(checked.property("mode")) if checked else ImportMode.ADD_AND_UPDATE

    # Steps -----------------------------------------------------------------------------

    def choose_workbook(self) -> None:
        path = self._prompter.open_file(
            self, self.tr("Import a workbook"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path is not None:
            self.open_workbook(path)

    def open_workbook(self, path: Path) -> None:
        """Identify the workbook; a list asks for its columns first, then the dry run."""
        try:
            kind = identify_workbook(path)
            if kind is WorkbookKind.EXCHANGE:
                self.start_dry_run(path, None, None)
                return
            preview = preview_table(path)
        except WorkbookRefused as refused:
            self._refused(refused)
            return
        memory = MappingMemory(self._factory)
        mapping = memory.recall(preview.headers) or preview.guessed
        factory, mode = self._factory, self.mode()

        def check_rows(chosen: dict[int, str | None], refused: frozenset[str]) -> ImportPlan:
            return plan_import(
                factory,
                path,
                mode=mode,
                mapping=chosen,
                sheet=preview.sheet,
                refused_places=refused,
            )

        dialog = MappingDialog(
            preview, mapping, language=self._language, parent=self, check_rows=check_rows
        )
        dialog.accepted.connect(lambda: self._mapping_chosen(path, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.mapping_dialog = dialog
        dialog.open()

    def _mapping_chosen(self, path: Path, dialog: MappingDialog) -> None:
        mapping = dialog.mapping()
        MappingMemory(self._factory).remember(dialog.preview.headers, mapping)
        self.start_dry_run(path, mapping, dialog.preview.sheet, dialog.refused_places())

    def start_dry_run(
        self,
        path: Path,
        mapping: dict[int, str | None] | None,
        sheet: str | None,
        refused_places: frozenset[str] = frozenset(),
    ) -> None:
        progress = QProgressDialog(
            self.tr("Checking the workbook…"), self.tr("Cancel"), 0, PROGRESS_STEPS, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setCancelButton(None)  # reading cannot be interrupted midway; it writes nothing
        factory, mode = self._factory, self.mode()
        self.busy = True
        self.import_button.setEnabled(False)

        def work(report: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> object:
            def scaled(done: int, total: int) -> None:
                report(round(done / total * PROGRESS_STEPS) if total else 0, PROGRESS_STEPS)

            return plan_import(
                factory,
                path,
                mode=mode,
                mapping=mapping,
                sheet=sheet,
                progress=scaled,
                refused_places=refused_places,
            )

        def done() -> None:
            progress.close()
            self.busy = False
            self.import_button.setEnabled(True)

        def succeeded(plan: object) -> None:
            done()
            assert isinstance(plan, ImportPlan)
            self.show_plan(plan)

        def failed(error: Exception) -> None:
            done()
            if isinstance(error, WorkbookRefused):
                self._refused(error)
            else:
                self._prompter.error(
                    self,
                    self.tr("Import"),
                    self.tr("The workbook could not be checked: {reason}").format(reason=error),
                )

        self._tasks.start(
            work,
            on_success=succeeded,
            on_failure=failed,
            on_progress=lambda value, _total: progress.setValue(value),
        )

    def show_plan(self, plan: ImportPlan) -> DryRunDialog:
        dialog = DryRunDialog(
            plan, language=self._language, mask_ids=self._masks_ids(), parent=self
        )
        dialog.apply_requested.connect(lambda: self.apply(dialog))
        dialog.report_requested.connect(lambda: self.save_report(dialog))
        dialog.finished.connect(lambda _result: plan.close())
        dialog.finished.connect(dialog.deleteLater)
        self.dry_run = dialog
        dialog.open()
        return dialog

    def save_report(self, dialog: DryRunDialog) -> None:
        out = self._prompter.save_file(
            dialog,
            self.tr("Save the dry-run report"),
            dialog.plan.path.with_name(dialog.plan.path.stem + "-dry-run.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if out is None:
            return
        try:
            write_report(dialog.plan, out)
        except OSError as error:
            self._prompter.error(dialog, self.tr("Import"), str(error))
            return
        dialog.status_label.setText(self.tr("Report saved: {path}").format(path=out))

    def apply(self, dialog: DryRunDialog) -> None:
        plan = dialog.plan
        locale = QLocale()
        if not self._prompter.confirm(
            dialog,
            self.tr("Apply the import"),
            self.tr(
                "Add {added} households and change {changed}? Every change goes into the"
                " change log under your name."
            ).format(
                added=locale.toString(len(plan.additions)),
                changed=locale.toString(len(plan.updates)),
            ),
        ):
            return
        dialog.apply_button.setEnabled(False)
        dialog.status_label.setText(self.tr("Writing…"))
        factory, user, wait = self._factory, self._user_name, self._before_write

        def work(_report: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> object:
            return apply_plan(factory, plan, user_name=user, before_write=wait)

        def succeeded(summary: object) -> None:
            assert isinstance(summary, ApplySummary)
            self.last_summary = summary
            text = self.tr("Imported: {added} households added, {updated} changed.").format(
                added=locale.toString(summary.added), updated=locale.toString(summary.updated)
            )
            self.result_label.setText(text)
            dialog.accept()
            self.imported.emit(summary)

        def failed(error: Exception) -> None:
            dialog.status_label.setText("")
            text = self.tr("Nothing was written: {reason}").format(
                reason=getattr(error, "message_th", None) or error
            )
            self._prompter.error(dialog, self.tr("Import"), text)

        self._tasks.start(work, on_success=succeeded, on_failure=failed)

    def _refused(self, refused: WorkbookRefused) -> None:
        text = refused.message_th if self._language == THAI else refused.message_en
        self.result_label.setText(text)
        self._prompter.error(self, self.tr("Import"), text)

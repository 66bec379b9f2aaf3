"""Print actions of the register: preview, printer and PDF for one household, batches of
households in the background, and the blank sheet for the field."""

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from desktop.services.household_list import HouseholdFilter
from desktop.services.household_sheet import HouseholdSheetService, SheetOptions
from desktop.ui.background import BackgroundTask, TaskRunner
from desktop.ui.printing.pdf_output import write_pdf
from desktop.ui.printing.sheet_printer import (
    Cancelled,
    PrintCancelled,
    PrintResult,
    Progress,
    SheetPrinter,
    a4_layout,
)
from desktop.ui.prompter import Prompter


def pdf_filter() -> str:
    return QCoreApplication.translate("Printing", "PDF files (*.pdf)")


def ask_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """Qt's print dialog: the clerk picks the printer and copies."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


class HouseholdPrinting:
    """One place for every way the register prints; widgets call it, tests drive it."""

    def __init__(
        self,
        sheets: HouseholdSheetService,
        prompter: Prompter,
        tasks: TaskRunner,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        choose_printer: Callable[[QPrinter, QWidget], bool] = ask_print_dialog,
    ) -> None:
        self._choose_printer = choose_printer
        self._sheets = sheets
        self._prompter = prompter
        self._tasks = tasks
        self._today = today
        self.last_batch: BackgroundTask | None = None

    def household_ids(self, household_filter: HouseholdFilter) -> list[int]:
        """The households the register lists for `household_filter`, in its order."""
        return self._sheets.household_ids(household_filter)

    def options(self) -> SheetOptions:
        return SheetOptions(mask_ids=self._sheets.masks_ids_by_default(), printed_on=self._today())

    # -- one household -----------------------------------------------------------------

    def preview(self, parent: QWidget, household_id: int) -> QPrintPreviewDialog:
        """Open the print preview (window-modal; printing from it goes to the printer)."""
        options = self.options()
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
        dialog.paintRequested.connect(
            lambda device: SheetPrinter().print_documents(
                device,
                [self._sheets.household_html(household_id, options)],
                self._sheets.page_header_text(options),
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_household(self, parent: QWidget, household_id: int) -> PrintResult | None:
        printer = self._printer()
        if not self._choose_printer(printer, parent):
            return None
        options = self.options()
        return SheetPrinter().print_documents(
            printer,
            [self._sheets.household_html(household_id, options)],
            self._sheets.page_header_text(options),
        )

    def save_household_pdf(self, parent: QWidget, household_id: int, key: str) -> Path | None:
        path = self._prompter.save_file(
            parent,
            QCoreApplication.translate("Printing", "Save the household sheet as PDF"),
            Path.home() / f"household-{key}.pdf",
            pdf_filter(),
        )
        if path is None:
            return None
        options = self.options()
        try:
            write_pdf(
                path,
                [self._sheets.household_html(household_id, options)],
                self._sheets.page_header_text(options),
                title=key,
            )
        except OSError as error:
            self._prompter.error(
                parent,
                QCoreApplication.translate("Printing", "Print"),
                QCoreApplication.translate("Printing", "The PDF could not be written: {}").format(
                    error
                ),
            )
            return None
        return path

    def save_blank_pdf(self, parent: QWidget) -> Path | None:
        path = self._prompter.save_file(
            parent,
            QCoreApplication.translate("Printing", "Save a blank household sheet as PDF"),
            Path.home() / "blank-household-sheet.pdf",
            pdf_filter(),
        )
        if path is None:
            return None
        options = self.options()
        write_pdf(path, [self._sheets.blank_html(options)], self._sheets.page_header_text(options))
        return path

    # -- many households -------------------------------------------------------------

    def save_batch_pdf(
        self,
        parent: QWidget,
        household_ids: list[int],
        filter_lines: list[str],
        on_done: Callable[[object], None] | None = None,
    ) -> BackgroundTask | None:
        """Every household in one PDF, a cover first, in the background with progress."""
        path = self._prompter.save_file(
            parent,
            QCoreApplication.translate("Printing", "Save the households' sheets as PDF"),
            Path.home() / "household-sheets.pdf",
            pdf_filter(),
        )
        if path is None:
            return None

        def sink(
            documents: Iterator[str],
            header: str,
            total: int,
            progress: Progress,
            cancelled: Cancelled,
        ) -> Path:
            write_pdf(
                path,
                documents,
                header,
                title=path.stem,
                total=total,
                progress=progress,
                cancelled=cancelled,
            )
            return path

        return self._batch(parent, household_ids, filter_lines, sink, on_done)

    def print_batch(
        self,
        parent: QWidget,
        household_ids: list[int],
        filter_lines: list[str],
        on_done: Callable[[object], None] | None = None,
    ) -> BackgroundTask | None:
        """Every household to the printer the clerk picks, a cover first, in the background."""
        printer = self._printer()
        if not self._choose_printer(printer, parent):
            return None

        def sink(
            documents: Iterator[str],
            header: str,
            total: int,
            progress: Progress,
            cancelled: Cancelled,
        ) -> PrintResult:
            return SheetPrinter().print_documents(
                printer, documents, header, total=total, progress=progress, cancelled=cancelled
            )

        return self._batch(parent, household_ids, filter_lines, sink, on_done)

    def _batch(
        self,
        parent: QWidget,
        household_ids: list[int],
        filter_lines: list[str],
        sink: Callable[[Iterator[str], str, int, Progress, Cancelled], object],
        on_done: Callable[[object], None] | None,
    ) -> BackgroundTask:
        """Render and print sheet after sheet off the GUI thread, with progress and cancel."""
        options = self.options()
        sheets = self._sheets
        total = len(household_ids)
        title = QCoreApplication.translate("Printing", "Household summary sheets")
        cover = sheets.cover_html(title, filter_lines, total, options)
        header = sheets.page_header_text(options)

        def documents() -> Iterator[str]:
            yield cover
            for household_id in household_ids:
                yield sheets.household_html(household_id, options)

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return sink(documents(), header, total + 1, progress, cancelled)

        dialog = QProgressDialog(
            QCoreApplication.translate("Printing", "Printing {count} households…").format(
                count=total
            ),
            QCoreApplication.translate("Printing", "Cancel"),
            0,
            total + 1,
            parent,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def finished(result: object) -> None:
            dialog.close()
            if on_done is not None:
                on_done(result)

        def failed(error: Exception) -> None:
            dialog.close()
            if not isinstance(error, PrintCancelled):
                self._prompter.error(
                    parent,
                    QCoreApplication.translate("Printing", "Print"),
                    QCoreApplication.translate("Printing", "Printing stopped: {}").format(error),
                )
            if on_done is not None:
                on_done(None)

        task = self._tasks.start(
            work,
            on_success=finished,
            on_failure=failed,
            on_progress=lambda done, _total: dialog.setValue(done),
        )
        dialog.canceled.connect(task.cancel)
        self.last_batch = task
        return task

    @staticmethod
    def _printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        return printer

"""Print actions of the register: preview, printer and PDF for one household, batches of
households in the background, and the blank sheet for the field."""

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from desktop.services.households.listing import HouseholdFilter
from desktop.services.printing import HouseholdSheetService, SheetOptions
from desktop.ui.printing.pdf_output import PdfFile, write_pdf
from desktop.ui.printing.print_batch import PrintBatch
from desktop.ui.printing.sheet_printer import (
    PrintCancelled,
    PrintJob,
    PrintResult,
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
        *,
        today: Callable[[], dt.date] = dt.date.today,
        choose_printer: Callable[[QPrinter, QWidget], bool] = ask_print_dialog,
    ) -> None:
        self._choose_printer = choose_printer
        self._sheets = sheets
        self._prompter = prompter
        self._today = today
        self.last_batch: PrintBatch | None = None

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

    def save_project_pdf(self, parent: QWidget, project_id: int) -> Path | None:
        """The project's sheet (details, key results by quarter, households reached)."""
        path = self._prompter.save_file(
            parent,
            QCoreApplication.translate("Printing", "Save the project sheet as PDF"),
            Path.home() / f"project-{project_id}.pdf",
            pdf_filter(),
        )
        if path is None:
            return None
        options = self.options()
        try:
            write_pdf(
                path,
                [self._sheets.project_html(project_id, options)],
                self._sheets.page_header_text(options),
                title=f"project-{project_id}",
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
    ) -> PrintBatch | None:
        """Every household in one PDF, a cover first, with progress and Cancel."""
        path = self._prompter.save_file(
            parent,
            QCoreApplication.translate("Printing", "Save the households' sheets as PDF"),
            Path.home() / "household-sheets.pdf",
            pdf_filter(),
        )
        if path is None:
            return None
        holder: dict[str, PdfFile] = {}

        def open_job(header: str) -> PrintJob:
            pdf = holder["pdf"] = PdfFile(path, path.stem)
            assert pdf.writer is not None
            return PrintJob(pdf.writer, header)

        def finish(job: PrintJob) -> Path:
            job.finish()
            holder["pdf"].commit()
            return path

        def abort() -> None:
            if "pdf" in holder:
                holder["pdf"].discard()

        return self._batch(parent, household_ids, filter_lines, open_job, finish, abort, on_done)

    def print_batch(
        self,
        parent: QWidget,
        household_ids: list[int],
        filter_lines: list[str],
        on_done: Callable[[object], None] | None = None,
    ) -> PrintBatch | None:
        """Every household to the printer the clerk picks, a cover first."""
        printer = self._printer()
        if not self._choose_printer(printer, parent):
            return None
        return self._batch(
            parent,
            household_ids,
            filter_lines,
            lambda header: PrintJob(printer, header),
            lambda job: job.finish(),
            lambda: None,
            on_done,
        )

    def _batch(
        self,
        parent: QWidget,
        household_ids: list[int],
        filter_lines: list[str],
        open_job: Callable[[str], PrintJob],
        finish: Callable[[PrintJob], object],
        abort: Callable[[], None],
        on_done: Callable[[object], None] | None,
    ) -> PrintBatch:
        """A cover, then a sheet per household, printed a sheet per event-loop turn."""
        options = self.options()
        sheets = self._sheets
        total = len(household_ids)
        title = QCoreApplication.translate("Printing", "Household summary sheets")
        cover = sheets.cover_html(title, filter_lines, total, options)
        header = sheets.page_header_text(options)

        def documents() -> Iterator[str]:
            yield cover
            yield from sheets.households_html(household_ids, options)

        batch = PrintBatch(documents(), total + 1, lambda: open_job(header), finish, abort)
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

        def succeeded(result: object) -> None:
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

        batch.progressed.connect(lambda done, _total: dialog.setValue(done))
        batch.succeeded.connect(succeeded)
        batch.failed.connect(failed)
        dialog.canceled.connect(batch.cancel)
        self.last_batch = batch
        batch.start()
        return batch

    @staticmethod
    def _printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        return printer

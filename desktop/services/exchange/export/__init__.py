"""Writing the exchange workbook: the data sheets, the metadata and summary sheets, and a
provincial office's own sheets."""

from desktop.services.exchange.export.workbook import (
    ExportCancelled,
    ExportOptions,
    ExportProblem,
    ExportSummary,
    InvalidExportOptions,
    export_workbook,
)

__all__ = [
    "ExportCancelled",
    "ExportOptions",
    "ExportProblem",
    "ExportSummary",
    "InvalidExportOptions",
    "export_workbook",
]

"""Writing the exchange workbook: the data sheets, the metadata and summary sheets, and a
provincial office's own sheets."""

from desktop.services.exchange.export.sending import (
    ExportNotSignedOff,
    NotSignedOffReason,
    not_signed_off_reason,
)
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
    "ExportNotSignedOff",
    "ExportOptions",
    "ExportProblem",
    "ExportSummary",
    "InvalidExportOptions",
    "NotSignedOffReason",
    "export_workbook",
    "not_signed_off_reason",
]

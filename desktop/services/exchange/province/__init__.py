"""A provincial office consolidating its districts: the province's target list, a district's
projects and assistance, and national IDs found in two districts."""

from desktop.services.exchange.province.id_conflicts import (
    NOTE_LIMIT,
    ConflictRefused,
    ConflictRow,
    IdConflictService,
    Owner,
    PersonSide,
)
from desktop.services.exchange.province.mapping_file import (
    MappingFileError,
    load_mapping,
    save_mapping,
)
from desktop.services.exchange.province.target_list import (
    PROVINCE_LIST_FIELDS,
    MappingMemory,
    TablePreview,
    preview_table,
)
from desktop.services.exchange.province.target_list_report import list_report_lines
from desktop.services.exchange.province.target_outcomes import OUTCOME_LABELS, RowOutcome

__all__ = [
    "NOTE_LIMIT",
    "OUTCOME_LABELS",
    "PROVINCE_LIST_FIELDS",
    "ConflictRefused",
    "ConflictRow",
    "IdConflictService",
    "MappingFileError",
    "MappingMemory",
    "Owner",
    "PersonSide",
    "RowOutcome",
    "TablePreview",
    "list_report_lines",
    "load_mapping",
    "preview_table",
    "save_mapping",
]

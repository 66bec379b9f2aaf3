"""What an import's dry run found (desktop/services/exchange/import_/importer.py): the plan the
clerk sees and confirms, and what applying it did. Plain data, no Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.exchange.import_.compare import Provided
from desktop.services.exchange.import_.conflicts import ConflictPreview
from desktop.services.exchange.import_.diff import FieldChange
from desktop.services.exchange.import_.read_only import ReadOnlyEdits
from desktop.services.exchange.province.case_compare import CaseChanges
from desktop.services.exchange.province.project_compare import ProjectChanges
from desktop.services.exchange.province.projects import DistrictProjects
from desktop.services.exchange.province.target_outcomes import ListRows
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.staging import Staging


class ImportMode(enum.Enum):
    ADD_ONLY = "add"
    UPDATE_ONLY = "update"
    ADD_AND_UPDATE = "both"


class WorkbookKind(enum.StrEnum):
    EXCHANGE = "exchange"
    TABLE = "table"


@dataclass(frozen=True, slots=True)
class PlannedHousehold:
    key: str  # the workbook's household key ("" for a list: the key is given on apply)
    label: str  # "บ้านเลขที่ 12 หมู่ 3 บ้านนา ต.ในเมือง — สมชาย ใจดี"
    sheet: str
    row: int
    members: int


@dataclass(frozen=True)
class HouseholdUpdate:
    household_id: int
    key: str  # the office household's key
    label: str
    changes: tuple[FieldChange, ...]
    ordinal: int  # the staged household
    fingerprint: str = field(default="", repr=False)  # checked again on apply


@dataclass(frozen=True)
class Rejection:
    sheet: str
    row: int  # Excel row number, 1-based
    column: str  # "F (ชื่อ)", or "" when the problem is the whole row
    field: str
    code: RejectCode
    message_th: str
    message_en: str


@dataclass
class ImportPlan:
    path: Path
    kind: WorkbookKind
    mode: ImportMode
    additions: list[PlannedHousehold]
    updates: list[HouseholdUpdate]
    unchanged: int
    skipped: int  # good households the mode leaves out (existing in ADD_ONLY, new in UPDATE_ONLY)
    rejections: list[Rejection]  # the first MAX_LISTED_REJECTIONS
    rejection_count: int
    new_villages: list[str]  # "67010105 บ้านใหม่"
    provided: Provided
    district: str  # the office's district; "" in a provincial office
    staging: Staging = field(repr=False)
    # A provincial office: people whose national ID another district's household holds
    # (imported with the ID held back, listed for a person to resolve) and people left out
    # because the province already gave their ID to another household.
    province: bool = False  # a provincial office's import
    conflicts: list[ConflictPreview] = field(default_factory=list)
    settled: int = 0
    # A provincial office importing a district's own workbook: its projects and assistance
    # (desktop/services/exchange/province/projects.py) and what they would change.
    district_projects: DistrictProjects | None = field(default=None, repr=False)
    project_changes: ProjectChanges = field(default_factory=ProjectChanges)
    case_changes: CaseChanges = field(default_factory=CaseChanges)  # its plans and visits
    # A list (WorkbookKind.TABLE): every row's outcome, the mapping and the fuzzy place names.
    list_rows: ListRows | None = field(default=None, repr=False)
    # A district office: edits of the sheets it does not import (projects, assistance...),
    # which the dry run lists so none vanishes silently.
    read_only: ReadOnlyEdits = field(default_factory=ReadOnlyEdits)

    @property
    def is_clean(self) -> bool:
        return self.rejection_count == 0

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.additions
            or self.updates
            or self.project_changes.changes_anything
            or self.case_changes.changes_anything
            or any(not conflict.already_listed for conflict in self.conflicts)
        )

    def close(self) -> None:
        self.staging.close()

    def __enter__(self) -> ImportPlan:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class ApplySummary:
    added: int
    updated: int
    household_ids: list[int] = field(default_factory=list)

"""Importing households from a workbook: the dry run (plan: compare, diff, conflicts, checks,
report), then applying the plan in one transaction."""

from desktop.services.exchange.import_.importer import (
    WorkbookRefused,
    apply_plan,
    identify_workbook,
    plan_import,
)
from desktop.services.exchange.import_.plan import (
    ApplySummary,
    ImportMode,
    ImportPlan,
    WorkbookKind,
)
from desktop.services.exchange.import_.read_only import edit_line, notice_line
from desktop.services.exchange.import_.report import summary_lines, write_report

__all__ = [
    "ApplySummary",
    "ImportMode",
    "ImportPlan",
    "WorkbookKind",
    "WorkbookRefused",
    "apply_plan",
    "edit_line",
    "identify_workbook",
    "notice_line",
    "plan_import",
    "summary_lines",
    "write_report",
]

"""Writing a checked, cleaned project draft inside the caller's transaction: the project,
its areas, key results and progress reports matched by id, each change logged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ProgressReport, Project, ProjectArea, ProjectIndicator
from desktop.services.projects.records import (
    KeyResultDraft,
    ProgressDraft,
    ProjectDraft,
    RecordNotFound,
)
from desktop.services.projects.rules import FISCAL_YEAR_MIN
from desktop.services.safety import record_changes

__all__ = ["ProjectLog", "WrittenProject", "write_project"]

_PROJECT_COLUMNS = (
    "agency_id",
    "fiscal_year",
    "umbrella_code",
    "name",
    "rationale",
    "objectives",
    "target_group",
    "target_count",
    "budget_source",
    "budget_satang",
    "start_date",
    "end_date",
    "responsible_person",
    "responsible_phone",
    "status",
    "steps",
    "evaluation_method",
    "evaluation_tools",
    "evidence",
)
_REPORT_COLUMNS = ("fiscal_year", "quarter", "value", "money_spent_satang", "result", "problems")
Slot = tuple[int, int]  # a report's (fiscal year, quarter)
Values = dict[str, object]


@dataclass(frozen=True)
class WrittenProject:
    project_id: int
    key_results: list[tuple[int, list[int]]]  # per drafted key result: its id, report ids


class ProjectLog:
    """Change-log rows of one save or delete, all with one user and time; ``count``
    counts the rows added."""

    def __init__(self, session: Session, user_name: str, at: dt.datetime) -> None:
        self._session = session
        self._user_name = user_name
        self._at = at
        self.count = 0

    def change(
        self, table: str, record_id: int, old: Mapping[str, object], new: Mapping[str, object]
    ) -> None:
        """An insert when ``old`` is empty, a delete when ``new`` is, else an update."""
        action = "insert" if not old else "delete" if not new else "update"
        self.count += record_changes(
            self._session,
            user_name=self._user_name,
            table_name=table,
            record_id=record_id,
            old=old,
            new=new,
            action=action,
            at=self._at,
        )

    def deleted_project(self, project: Project) -> None:
        """The delete rows of a project and every key result and report it has."""
        for key_result in project.key_results:
            self.deleted_key_result(key_result)
        self.change("projects", project.id, _project_values(project, _areas_of(project)), {})

    def deleted_key_result(self, key_result: ProjectIndicator) -> None:
        for report in key_result.reports:
            self.change("progress_reports", report.id, _report_values(key_result, report), {})
        self.change("project_indicators", key_result.id, _key_result_values(key_result), {})


def _areas_text(areas: list[tuple[str, str | None]]) -> str:
    """Areas as change-log text: sorted codes, a village's code when it names one."""
    return ",".join(sorted(village or subdistrict for subdistrict, village in areas))


def _areas_of(project: Project) -> str:
    return _areas_text([(area.subdistrict_code, area.village_code) for area in project.areas])


def _project_values(project: Project, areas: str) -> Values:
    return {**{name: getattr(project, name) for name in _PROJECT_COLUMNS}, "areas": areas}


def _key_result_values(key_result: ProjectIndicator) -> Values:
    return {
        "project_id": key_result.project_id,
        "seq": key_result.seq,
        "text": key_result.text,
        "unit": key_result.unit,
        "baseline": float(key_result.baseline),
        "target": float(key_result.target),
    }


def _report_values(key_result: ProjectIndicator, report: ProgressReport) -> Values:
    values: Values = {"project_id": key_result.project_id, "project_indicator_id": key_result.id}
    values.update({name: getattr(report, name) for name in _REPORT_COLUMNS})
    values["value"] = float(report.value)
    return values


def write_project(session: Session, draft: ProjectDraft, log: ProjectLog) -> WrittenProject:
    """Insert or update the project of ``draft`` (checked and cleaned) and its parts."""
    if draft.id is None:
        project = Project()
        session.add(project)
        old: Values = {}
    else:
        found = session.get(Project, draft.id)
        if found is None:
            raise RecordNotFound("projects", draft.id)
        project = found
        old = _project_values(project, _areas_of(project))
    for name in _PROJECT_COLUMNS:
        setattr(project, name, getattr(draft, name))
    session.flush()
    _write_areas(session, project.id, draft)
    session.flush()
    session.expire(project, ["areas"])
    log.change("projects", project.id, old, _project_values(project, _areas_of(project)))
    written = _write_key_results(session, project, draft.key_results, log)
    return WrittenProject(project.id, written)


def _write_areas(session: Session, project_id: int, draft: ProjectDraft) -> None:
    """Make the project's areas those of the draft (duplicates once), keeping the rows
    that stay."""
    wanted = list(dict.fromkeys((area.subdistrict_code, area.village_code) for area in draft.areas))
    current = {
        (row.subdistrict_code, row.village_code): row
        for row in session.scalars(select(ProjectArea).where(ProjectArea.project_id == project_id))
    }
    for key, row in current.items():
        if key not in wanted:
            session.delete(row)
    session.flush()
    session.add_all(
        ProjectArea(project_id=project_id, subdistrict_code=subdistrict, village_code=village)
        for subdistrict, village in wanted
        if (subdistrict, village) not in current
    )


def _write_key_results(
    session: Session, project: Project, drafts: list[KeyResultDraft], log: ProjectLog
) -> list[tuple[int, list[int]]]:
    """Delete, then update, then insert key results and reports, logging each."""
    existing = {key_result.id: key_result for key_result in project.key_results}
    kept = {draft.id: existing[draft.id] for draft in drafts if draft.id in existing}
    for key_result_id, key_result in existing.items():
        if key_result_id not in kept:
            log.deleted_key_result(key_result)
            project.key_results.remove(key_result)
    for draft in drafts:
        if draft.id in kept:
            _delete_dropped_reports(kept[draft.id], draft, log)
    session.flush()  # deletes first: a new report may take a deleted one's quarter
    olds = {key_result.id: _key_result_values(key_result) for key_result in kept.values()}
    for seq, draft in enumerate(drafts, start=1):
        if draft.id in kept:
            _update_key_result(session, kept[draft.id], draft, seq, log)
    session.flush()
    for key_result_id, key_result in kept.items():
        log.change(
            "project_indicators", key_result_id, olds[key_result_id], _key_result_values(key_result)
        )
    objects: list[tuple[ProjectIndicator, list[ProgressReport]]] = []
    added: list[tuple[ProjectIndicator, ProgressReport]] = []
    new_key_results: list[ProjectIndicator] = []
    for seq, draft in enumerate(drafts, start=1):
        key_result = kept.get(draft.id) if draft.id is not None else None
        if key_result is None:
            key_result = ProjectIndicator()
            _set_key_result(key_result, draft, seq)
            project.key_results.append(key_result)
            new_key_results.append(key_result)
        reports = _report_objects(key_result, draft.reports, added)
        objects.append((key_result, reports))
    session.flush()
    for key_result in new_key_results:
        log.change("project_indicators", key_result.id, {}, _key_result_values(key_result))
    for key_result, report in added:
        log.change("progress_reports", report.id, {}, _report_values(key_result, report))
    return [(key_result.id, [report.id for report in reports]) for key_result, reports in objects]


def _set_key_result(key_result: ProjectIndicator, draft: KeyResultDraft, seq: int) -> None:
    key_result.seq = seq
    key_result.text = draft.text
    key_result.unit = draft.unit
    key_result.baseline = float(draft.baseline)
    key_result.target = float(draft.target)


def _delete_dropped_reports(
    key_result: ProjectIndicator, draft: KeyResultDraft, log: ProjectLog
) -> None:
    drafted = {report.id for report in draft.reports if report.id is not None}
    for report in list(key_result.reports):
        if report.id not in drafted:
            log.change("progress_reports", report.id, _report_values(key_result, report), {})
            key_result.reports.remove(report)


def _update_key_result(
    session: Session,
    key_result: ProjectIndicator,
    draft: KeyResultDraft,
    seq: int,
    log: ProjectLog,
) -> None:
    """Update a kept key result and its kept reports; a report changing quarter moves one
    at a time so that no two share a quarter at any moment (a swap goes via a free one)."""
    _set_key_result(key_result, draft, seq)
    reports = {report.id: report for report in key_result.reports}
    pairs = [(reports[d.id], d) for d in draft.reports if d.id in reports]
    olds = {report.id: _report_values(key_result, report) for report, _ in pairs}
    occupied: dict[Slot, ProgressReport] = {
        (report.fiscal_year, report.quarter): report for report in key_result.reports
    }
    moves: list[tuple[ProgressReport, Slot]] = []
    for report, drafted in pairs:
        report.value = float(drafted.value)
        report.money_spent_satang = drafted.money_spent_satang
        report.result, report.problems = drafted.result, drafted.problems
        slot = (drafted.fiscal_year, drafted.quarter)
        if slot != (report.fiscal_year, report.quarter):
            moves.append((report, slot))
    while moves:
        ready = next((move for move in moves if move[1] not in occupied), None)
        if ready is None:  # a cycle: park its first report in a quarter nobody holds
            report, _ = moves[0]
            _move(session, occupied, report, _free_slot(occupied))
            continue
        moves.remove(ready)
        _move(session, occupied, *ready)
    for report, _ in pairs:
        log.change(
            "progress_reports", report.id, olds[report.id], _report_values(key_result, report)
        )


def _free_slot(occupied: Mapping[Slot, ProgressReport]) -> Slot:
    year = FISCAL_YEAR_MIN
    while True:
        for quarter in (1, 2, 3, 4):
            if (year, quarter) not in occupied:
                return year, quarter
        year += 1


def _move(
    session: Session, occupied: dict[Slot, ProgressReport], report: ProgressReport, slot: Slot
) -> None:
    del occupied[report.fiscal_year, report.quarter]
    report.fiscal_year, report.quarter = slot
    occupied[slot] = report
    session.flush()


def _report_objects(
    key_result: ProjectIndicator,
    drafts: list[ProgressDraft],
    added: list[tuple[ProjectIndicator, ProgressReport]],
) -> list[ProgressReport]:
    """The key result's report objects in drafted order, new ones appended to it."""
    current = {report.id: report for report in key_result.reports}
    objects = []
    for drafted in drafts:
        report = current.get(drafted.id) if drafted.id is not None else None
        if report is None:
            report = ProgressReport(**{name: getattr(drafted, name) for name in _REPORT_COLUMNS})
            report.value = float(drafted.value)
            key_result.reports.append(report)
            added.append((key_result, report))
        objects.append(report)
    return objects

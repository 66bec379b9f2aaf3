"""Projects under the OKR umbrellas with their key results and quarterly progress reports:
list, load, check, save, delete, and how far a project reached.

Each call is one session; every write is one transaction that also writes the change log
(tables ``projects``, ``project_indicators`` and ``progress_reports``; a project's areas
are logged as its ``areas`` field), preceded by ``before_write``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Assistance, Project
from desktop.services.projects.queries import (
    fiscal_years,
    last_project_save,
    load_draft,
    origin_districts,
    project_choices,
    project_reach,
    project_rows,
)
from desktop.services.projects.records import (
    ProjectChoice,
    ProjectDraft,
    ProjectFilter,
    ProjectReach,
    ProjectRow,
    RecordNotFound,
    RecordProblem,
    RecordProblemCode,
    RecordRejected,
)
from desktop.services.projects.rules import clean, problems
from desktop.services.projects.write import ProjectLog, write_project
from desktop.services.safety import (
    claim_version,
    raise_version,
    raise_versions,
    refuse_locked_project,
    utc_now,
)
from desktop.services.thai import fiscal_year_bounds, fiscal_year_of

__all__ = ["ProjectService"]


class ProjectService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    # Reads ----------------------------------------------------------------------------

    def list_projects(self, project_filter: ProjectFilter) -> list[ProjectRow]:
        """The projects the filter lets through, newest fiscal year first, then by name."""
        with self._factory() as session:
            return project_rows(session, project_filter)

    def fiscal_years(self) -> list[int]:
        """The fiscal years that have projects, newest first."""
        with self._factory() as session:
            return fiscal_years(session)

    def origin_districts(self) -> list[tuple[str, str]]:
        """A provincial office: (code, Thai name) of the districts whose projects it
        consolidated, for the list's district filter (empty in a district office)."""
        with self._factory() as session:
            return origin_districts(session)

    def choices(self, fiscal_year: int | None = None) -> list[ProjectChoice]:
        """Projects for a picker (of one fiscal year, or all), ordered as the list."""
        with self._factory() as session:
            return project_choices(session, fiscal_year)

    def new_draft(self, fiscal_year: int | None = None) -> ProjectDraft:
        """A planned project of ``fiscal_year`` (default: the current one), running the
        whole fiscal year."""
        year = fiscal_year if fiscal_year is not None else fiscal_year_of(date.today())
        start, end = fiscal_year_bounds(year)
        return ProjectDraft(fiscal_year=year, start_date=start, end_date=end, status="planned")

    def load(self, project_id: int) -> ProjectDraft:
        """The project as a draft (RecordNotFound when it does not exist)."""
        with self._factory() as session:
            return load_draft(session, project_id)

    def reach(self, project_id: int) -> ProjectReach:
        """Households reached, money given and spent, each key result's latest value."""
        with self._factory() as session:
            return project_reach(session, project_id)

    # Checks ---------------------------------------------------------------------------

    def check(self, draft: ProjectDraft, today: date | None = None) -> list[RecordProblem]:
        """Every problem of the draft (its text stripped); warnings have blocking=False.

        ``today`` is accepted for callers that pass the day; no rule depends on it yet.
        """
        with self._factory() as session:
            return problems(session, clean(draft))

    # Writes ---------------------------------------------------------------------------

    def save(self, draft: ProjectDraft, user_name: str) -> int:
        """Write the project (text stripped), its areas, key results and reports in one
        transaction with the change log; return the project's id.

        Key results and reports are matched by id: changed ones are updated, new ones
        inserted, those no longer in the draft deleted; a key result's seq is its position
        (from 1). A stored project is saved only over the version the draft was loaded at
        (``draft.version``, claimed before anything is read), and a save that changed
        something raises it by one; to overwrite another clerk's newer save on purpose,
        the form sets ``draft.version`` to the stored one and saves again.

        Raises RecordRejected (nothing written) on a blocking problem, RecordChanged when
        another save of the project came after its version (with who saved, and when),
        RecordDeleted (RecordNotFound for a draft without a version) when the project
        being updated no longer exists and RecordLocked when a period lock holds the
        project as stored or as it would be saved. Once committed, the ids and the version
        are written back into ``draft`` (the project's, each key result's and each
        report's), so the form can keep editing it and save again.
        """
        values = clean(draft)
        self._before_write()
        with self._factory.begin() as session:
            if values.id is not None and values.version is not None:
                project_id = values.id
                claim_version(
                    session,
                    "projects",
                    project_id,
                    values.version,
                    lambda: last_project_save(session, project_id),
                )
            refuse_locked_project(  # period locks: as stored and as about to be saved
                session,
                values.id,
                fiscal_year=values.fiscal_year,
                subdistrict_codes=[area.subdistrict_code for area in values.areas],
            )
            blocking = [p for p in problems(session, values) if p.blocking]
            if blocking:
                raise RecordRejected(blocking)
            log = ProjectLog(session, user_name, utc_now())
            written = write_project(session, values, log)
            project_id = written.project_id
            version = _saved_version(session, values, project_id, log.count)
        draft.id, draft.version = project_id, version
        for key_result, (key_result_id, report_ids) in zip(
            draft.key_results, written.key_results, strict=True
        ):
            key_result.id = key_result_id
            for report, report_id in zip(key_result.reports, report_ids, strict=True):
                report.id = report_id
        return project_id

    def delete(self, project_id: int, user_name: str) -> None:
        """Delete a project with its areas, key results and reports, unless assistance was
        recorded under it (RecordRejected IN_USE with the count) or a period lock holds it
        (RecordLocked)."""
        self._before_write()
        with self._factory.begin() as session:
            project = session.get(Project, project_id)
            if project is None:
                raise RecordNotFound("projects", project_id)
            refuse_locked_project(session, project_id)  # period locks
            uses = session.scalar(
                select(func.count())
                .select_from(Assistance)
                .where(Assistance.project_id == project_id)
            )
            if uses:
                raise RecordRejected(
                    [RecordProblem(RecordProblemCode.IN_USE, "id", params={"count": str(uses)})]
                )
            ProjectLog(session, user_name, utc_now()).deleted_project(project)
            session.delete(project)


def _saved_version(session: Session, draft: ProjectDraft, project_id: int, changes: int) -> int:
    """The project's version once this save commits: 1 for a new one, one up from the
    claimed version when the save changed something."""
    if draft.id is None:
        return 1
    if draft.version is None:  # a draft made without one: nothing was claimed
        if changes:
            raise_versions(session, "projects", [project_id])
        return int(session.scalar(select(Project.version).where(Project.id == project_id)))
    if changes:
        return raise_version(session, "projects", project_id, draft.version)
    return draft.version

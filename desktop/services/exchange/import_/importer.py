"""Importing households from a workbook: always a dry run (``plan_import``) first, then
``apply_plan`` once the clerk confirms. Plain Python, no Qt.

Two kinds of workbook: our own exchange workbook (a round trip, or a province
consolidating its districts) and any other table (the province's target-household list,
read through a column mapping). The plan lists what would be added, what would change
(field by field, old → new) and what is rejected (sheet, row, column, reason); rows with
problems are rejected one by one and the rest still plan, a workbook-level problem raises
WorkbookRefused. Nothing is written by planning.

``apply_plan`` writes in ONE transaction with the change log, and re-checks inside it:
if the database changed since the dry run in a way that touches the plan (a household to
add now has a match, a household to update changed or vanished), it raises
WorkbookRefused(STALE_PLAN) and writes nothing; the caller runs the dry run again. When a
period lock holds the area of a household to add or update, it raises RecordLocked
(desktop/services/safety/period_locks.py) and writes nothing.
A plan holds a staging file: ``close()`` it (or use ``with``) when done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.office_area import office_district_codes, province_office_code
from db.settings_store import OFFICE_DISTRICT, get_setting
from desktop.services.exchange.import_.checks import (
    check_villages,
    link_and_check,
    match_households,
    params_of,
    rejection_rows,
)
from desktop.services.exchange.import_.compare import (
    Provided,
    load_office,
    load_staged,
    mark_unchanged,
)
from desktop.services.exchange.import_.conflicts import (
    ConflictPreview,
    conflict_previews,
    hold_cross_district_ids,
    reject_outside_province,
)
from desktop.services.exchange.import_.diff import (
    Describer,
    FieldChange,
    compute_operations,
    fingerprint,
)
from desktop.services.exchange.import_.lookups import read_lookups
from desktop.services.exchange.import_.plan import (
    ApplySummary,
    HouseholdUpdate,
    ImportMode,
    ImportPlan,
    PlannedHousehold,
    Rejection,
    WorkbookKind,
)
from desktop.services.exchange.import_.read_only import ReadOnlyEdits, read_only_edits
from desktop.services.exchange.import_.report import write_report
from desktop.services.exchange.import_.writer import write_plan
from desktop.services.exchange.province.case_compare import compare_cases
from desktop.services.exchange.province.district_import import (
    district_projects,
    planned_households,
    project_origins,
    refuse_other_province,
)
from desktop.services.exchange.province.project_compare import compare
from desktop.services.exchange.province.target_list import (
    PROVINCE_LIST_FIELDS,
    ListField,
    MappingMemory,
    TablePreview,
    preview_table,
)
from desktop.services.exchange.province.target_outcomes import (
    ListReading,
    list_rows,
    name_housemates,
)
from desktop.services.exchange.province.target_rows import read_province_list
from desktop.services.exchange.reading.household_sheets import read_exchange
from desktop.services.exchange.reading.messages import (
    RefusalCode,
    RejectCode,
    WorkbookRefused,
    rejection_text,
)
from desktop.services.exchange.reading.parsing import check_metadata, is_exchange
from desktop.services.exchange.reading.staging import MAX_LISTED_REJECTIONS, Staging
from desktop.services.exchange.reading.xlsx_file import XlsxFile, column_letter

__all__ = [
    "ApplySummary",
    "ConflictPreview",
    "FieldChange",
    "HouseholdUpdate",
    "ImportCancelled",
    "ImportMode",
    "ImportPlan",
    "PlannedHousehold",
    "Rejection",
    "WorkbookKind",
    "WorkbookRefused",
    "apply_plan",
    "identify_workbook",
    "plan_import",
]


def database_path(session_factory: sessionmaker[Session]) -> Path:
    bind = session_factory.kw.get("bind")
    database = getattr(getattr(bind, "url", None), "database", None)
    if not database or database == ":memory:":
        raise ValueError("importing needs an office database file")
    return Path(database)


def identify_workbook(path: Path) -> WorkbookKind:
    """EXCHANGE when our metadata sheet names our format, else TABLE; WorkbookRefused for
    a file that cannot be read at all."""
    with XlsxFile(Path(path)) as book:
        return WorkbookKind.EXCHANGE if is_exchange(book) else WorkbookKind.TABLE


def plan_import(
    session_factory: sessionmaker[Session],
    path: Path,
    *,
    mode: ImportMode = ImportMode.ADD_AND_UPDATE,
    mapping: dict[int, str | None] | None = None,
    sheet: str | None = None,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    helper_from_bytes: int | None = None,
    refused_places: frozenset[str] = frozenset(),
) -> ImportPlan:
    """The dry run. ``mapping`` and ``sheet`` apply to a table (a province list); an
    exchange workbook ignores them. ``progress(done, total)`` is told the bytes of sheet
    XML read so far (reading is most of the time; the checks after it are not counted);
    ``cancelled()`` is asked as often and, when true, ImportCancelled is raised.
    ``helper_from_bytes``: how much XML the indicator results and stage history must hold
    for a helper process to read them (desktop/services/exchange/reading/helper.py; None: its
    HELPER_FROM_BYTES; 0: always, as the self-test does to prove the bundle can).
    ``refused_places``: a list's subdistrict or village names, as written, that the clerk
    said the fuzzy matcher took for the wrong place (their rows are refused).
    Raises WorkbookRefused; writes nothing."""
    today = today or dt.date.today()
    office_path = database_path(session_factory)
    staging = Staging()
    try:
        with XlsxFile(Path(path)) as book, session_factory() as session:
            if progress is not None or cancelled is not None:
                _report_progress(book, progress, cancelled)
            lookups = read_lookups(session, today)
            district = get_setting(session, OFFICE_DISTRICT)
            province = bool(province_office_code(session))
            districts = office_district_codes(session) if province else []
            found_projects = None
            reading = None
            read_only = ReadOnlyEdits()
            if is_exchange(book):
                kind = WorkbookKind.EXCHANGE
                items = check_metadata(book)
                read_exchange(book, staging, lookups, helper_from_bytes=helper_from_bytes)
                provided = Provided()
                if province:
                    refuse_other_province(session, items)
                    found_projects = district_projects(session, book, staging, lookups, items)
                else:
                    read_only = read_only_edits(session, book, items)
            else:
                kind = WorkbookKind.TABLE
                # A provincial office reads subdistrict names across its province.
                area = district or province_office_code(session)
                provided, reading = read_province_list(
                    book, staging, lookups, session, area, mapping, sheet, refused_places
                )
            code_names = _code_names(lookups.codes)
            numbers = {id_: number for (_, number), id_ in lookups.indicators.items()}
        plan = _plan(
            staging,
            office_path,
            Path(path),
            kind,
            mode,
            provided,
            district,
            code_names,
            numbers,
            province_districts=districts if province else None,
            reading=reading,
        )
        plan.read_only = read_only
        if found_projects is not None:
            plan.district_projects = found_projects
            with session_factory() as session:
                households = planned_households(staging)
                plan.project_changes = compare(session, found_projects, households)
                plan.case_changes = compare_cases(
                    session,
                    found_projects.cases,
                    found_projects.district,
                    households,
                    project_origins(session, found_projects),
                )
        return plan
    except BaseException:
        staging.close()
        raise


class ImportCancelled(Exception):
    """The ``cancelled`` callback of plan_import said stop; nothing was kept."""


def _report_progress(
    book: XlsxFile,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    total = max(book.sheets_size, 1)
    done = [0]

    def read(size: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        done[0] = min(done[0] + size, total)
        if progress is not None:
            progress(done[0], total)

    book.on_bytes = read


def _code_names(codes: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    return {
        list_name: {
            code: word for word, code in names.items() if not word.isascii() or word == code
        }
        for list_name, names in codes.items()
    }


def _plan(
    staging: Staging,
    office_path: Path,
    path: Path,
    kind: WorkbookKind,
    mode: ImportMode,
    provided: Provided,
    district: str,
    code_names: dict[str, dict[str, str]],
    numbers: dict[int, int],
    *,
    province_districts: list[str] | None = None,
    reading: ListReading | None = None,
) -> ImportPlan:
    province = province_districts is not None
    staging.mark("read")
    staging.fill_name_keys()
    link_and_check(staging)
    staging.mark("checks")
    staging.attach_office(office_path)
    try:
        check_villages(staging)
        settled = 0
        if province_districts is not None:
            reject_outside_province(staging, province_districts)
            settled = hold_cross_district_ids(staging)
        match_households(staging)
        staging.mark("matching")
        if provided.replace:
            mark_unchanged(staging)
            staging.mark("signatures")
        else:
            staging.run(
                "UPDATE s_households SET action = 'update' WHERE match_id IS NOT NULL AND bad = 0"
            )
        staging.run("UPDATE s_households SET action = 'add' WHERE match_id IS NULL AND bad = 0")
        skipped = 0
        if mode is ImportMode.ADD_ONLY:
            skipped = staging.run(
                "UPDATE s_households SET action = 'skip' WHERE action IN ('update', 'same')"
            ).rowcount
        elif mode is ImportMode.UPDATE_ONLY:
            skipped = staging.run(
                "UPDATE s_households SET action = 'skip' WHERE action = 'add'"
            ).rowcount
        describer = Describer(code_names, numbers)
        updates = _updates(staging, provided, describer)
        staging.mark("changes")
        new_villages = [
            f"{code} {name}"
            for code, name in staging.run(
                "SELECT v.code, v.name_th FROM s_villages v WHERE EXISTS (SELECT 1 FROM"
                " s_households h WHERE h.village_code = v.code AND h.action IN ('add', 'update'))"
                " ORDER BY v.code"
            )
        ]
    finally:
        staging.detach_office()
    unchanged = staging.scalar("SELECT count(*) FROM s_households WHERE action = 'same'")
    conflicts = conflict_previews(staging)
    rows = None
    if reading is not None:
        name_housemates(staging)
        rows = list_rows(staging, reading)
    return ImportPlan(
        path=path,
        kind=kind,
        mode=mode,
        additions=_additions(staging),
        updates=updates,
        unchanged=unchanged,
        skipped=skipped,
        rejections=_rejections(staging),
        rejection_count=staging.scalar("SELECT count(*) FROM s_rejections"),
        new_villages=new_villages,
        provided=provided,
        district=district,
        staging=staging,
        conflicts=conflicts,
        settled=settled,
        province=province,
        list_rows=rows,
    )


_LABEL = (
    "SELECT h.ord, h.key, h.sheet, h.row, 'บ้านเลขที่ ' || h.house_no"
    " || coalesce(' หมู่ ' || coalesce(h.moo, CAST(substr(h.village_code, 7) AS INTEGER)), '')"
    " || CASE WHEN h.village_name != '' THEN ' ' || h.village_name ELSE '' END"
    " || CASE WHEN h.subdistrict_name != '' THEN ' ต.' || h.subdistrict_name ELSE '' END"
    " || coalesce(' — ' || (SELECT trim(m.first_name || ' ' || m.last_name) FROM s_members m"
    "   WHERE m.hh = h.ord AND m.is_head), ''),"
    " (SELECT count(*) FROM s_members m WHERE m.hh = h.ord)"
    " FROM s_households h WHERE h.action = ? ORDER BY h.ord"
)


def _additions(staging: Staging) -> list[PlannedHousehold]:
    return [
        PlannedHousehold("" if key.startswith("~") else key, label, sheet, row, members)
        for _ord, key, sheet, row, label, members in staging.run(_LABEL, ("add",))
    ]


def _updates(staging: Staging, provided: Provided, describer: Describer) -> list[HouseholdUpdate]:
    def fetch(sql: str, params: object) -> list[tuple[object, ...]]:
        return staging.run(sql, params).fetchall()  # type: ignore[arg-type]

    found: list[HouseholdUpdate] = []
    same: list[tuple[int]] = []
    labels = {row[0]: row[4] for row in staging.run(_LABEL, ("update",)).fetchall()}
    targets = staging.run(
        "SELECT ord, match_id FROM s_households WHERE action = 'update' ORDER BY ord"
    ).fetchall()
    for ordinal, household_id in targets:
        office = load_office(fetch, household_id, db="office.")
        staged = load_staged(staging, ordinal)
        if office is None:
            continue
        ops = compute_operations(office, staged, provided)
        changes = describer.changes(ops, staged)
        if not changes:
            same.append((ordinal,))
            continue
        label = labels.get(ordinal, "")
        key = office.values["key"]
        found.append(HouseholdUpdate(household_id, key, label, changes, ordinal, fingerprint(ops)))
    staging.connection.executemany("UPDATE s_households SET action = 'same' WHERE ord = ?", same)
    return found


def _rejections(staging: Staging) -> list[Rejection]:
    out = []
    for sheet, row, col, header, field_name, code, params in rejection_rows(
        staging, MAX_LISTED_REJECTIONS
    ):
        reject = RejectCode(code)
        thai, english = rejection_text(reject, params_of(params))
        column = ""
        if col is not None:
            column = f"{column_letter(col)} ({header})" if header else column_letter(col)
        out.append(Rejection(sheet, row, column, field_name, reject, thai, english))
    return out


def apply_plan(
    session_factory: sessionmaker[Session],
    plan: ImportPlan,
    *,
    user_name: str,
    before_write: Callable[[], None] = lambda: None,
) -> ApplySummary:
    """Write the plan in one transaction (see the module's note on re-checking)."""
    if not plan.changes_anything:
        return ApplySummary(0, 0)
    before_write()
    added, updated = write_plan(session_factory, plan, user_name=user_name)
    return ApplySummary(len(added), len(updated), added + updated)


__all__ += [
    "PROVINCE_LIST_FIELDS",
    "ListField",
    "MappingMemory",
    "RefusalCode",
    "TablePreview",
    "database_path",
    "preview_table",
    "write_report",
]

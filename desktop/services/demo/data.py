"""A realistic, deterministic demo district: villages, target households and their members,
indicator results, stage histories, agencies, projects, progress and assistance.

Rows are built as plain dicts with their primary keys assigned here (after the current
maximum of each table), so children reference parents without a round trip, and written
with SQLAlchemy Core ``insert(table)`` executemany in batches inside the caller's single
transaction. ``DemoBatchBuilder`` (generation) and ``write_batch`` (insertion) are separate
so a benchmark can time them apart. ``generate_demo`` then fills the household list's
derived columns and search rows of each batch (db.household_summary).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.base import Base
from db.database import open_database
from db.household_summary import refresh_household_summaries
from db.id_sequences import catch_up_id_sequences
from db.settings_store import (
    OFFICE_CLERK,
    OFFICE_DISTRICT,
    OFFICE_IS_DEMO,
    get_setting,
    set_setting,
)
from desktop.services.demo.assessment import AssessmentFactory
from desktop.services.demo.cases import CaseFactory
from desktop.services.demo.context import DemoContext, load_context
from desktop.services.demo.evidence import add_demo_evidence
from desktop.services.demo.people import SURVEY_YEAR, PeopleFactory, Row
from desktop.services.demo.practice_set import add_practice_set
from desktop.services.demo.progress import report_progress_from_assistance
from desktop.services.demo.projects import ProjectFactory
from desktop.services.demo.villages import VillagePlan, plan_villages
from desktop.services.demo.words import FIRST_NAMES_FEMALE, LAST_NAMES
from desktop.services.thai import to_be_year

__all__ = [
    "BATCH_HOUSEHOLDS",
    "Batch",
    "DemoBatchBuilder",
    "DemoCancelled",
    "DemoContext",
    "DemoSummary",
    "create_demo_database",
    "generate_demo",
    "load_context",
    "write_batch",
]

Batch = dict[str, list[Row]]  # table name → rows, in insert order

DEMO_CLERK = "ผู้ใช้ตัวอย่าง"
BATCH_HOUSEHOLDS = 2_000
REFERENCE_TABLES = (
    "villages",
    "agencies",
    "projects",
    "project_areas",
    "project_indicators",
    "progress_reports",
)
HOUSEHOLD_TABLES = (  # in insert order: assistance refers to plan activities
    "households",
    "members",
    "income_lines",
    "stage_assessments",
    "indicator_results",
    "development_plans",
    "plan_problems",
    "plan_activities",
    "follow_up_visits",
    "assistance",
)


class DemoCancelled(Exception):
    """Raised when the caller's ``cancelled()`` says stop; the transaction must roll back."""


@dataclass(frozen=True)
class DemoSummary:
    households: int
    members: int
    indicator_results: int
    projects: int
    assistance: int


class DemoBatchBuilder:
    """Generates the demo rows batch by batch; the first batch also holds reference rows."""

    def __init__(self, context: DemoContext, households: int, seed: int = 2567) -> None:
        if households < 0:
            raise ValueError("households must not be negative")
        self.context = context
        self.total = households
        self.done = 0
        rng = self._rng = random.Random(seed)
        ids = dict(context.next_ids)
        self._ids = ids
        self._villages: list[VillagePlan] = plan_villages(
            rng, context.district_code, context.subdistricts, context.existing_villages
        )
        self._village_weights = list(_cumulative([rng.uniform(0.5, 1.5) for _ in self._villages]))
        self._people = PeopleFactory(
            rng, context.district_code, ids["members"], ids["income_lines"],
            context.taken_national_ids,
        )  # fmt: skip
        staff = tuple(self._people_names(6))
        self._assessments = AssessmentFactory(
            rng, context.indicator_ids, context.income_threshold_baht, staff,
            ids["indicator_results"], ids["stage_assessments"],
        )  # fmt: skip
        self._projects = ProjectFactory(
            rng, ids, context.district_name, context.province_name,
            list(context.subdistricts), context.umbrellas,
        )  # fmt: skip
        self._cases = CaseFactory(
            seed, ids, {i: n for n, i in context.indicator_ids.items()}, staff,
            self._projects.projects,
        )  # fmt: skip
        self._next_household_id = ids["households"]
        self._serial = context.first_household_serial
        self._house_code_index = rng.randrange(10_000_000)
        self._reference_pending = True

    def _people_names(self, count: int) -> list[str]:
        return [f"{self._rng.choice(FIRST_NAMES_FEMALE)} {self._rng.choice(LAST_NAMES)}"
                for _ in range(count)]  # fmt: skip

    @property
    def remaining(self) -> int:
        return self.total - self.done

    def next_batch(self, size: int = BATCH_HOUSEHOLDS) -> Batch:
        """The rows of the next ``size`` households (fewer at the end), in insert order."""
        batch: Batch = {}
        if self._reference_pending:
            for table in REFERENCE_TABLES:
                batch[table] = []
            batch["villages"] = [plan.row for plan in self._villages if plan.is_new]
            self._projects.build(self.total, batch)
            self._reference_pending = False
        for table in HOUSEHOLD_TABLES:
            batch[table] = []
        for _ in range(max(0, min(size, self.remaining))):
            self._household(batch)
            self.done += 1
        return {table: rows for table, rows in batch.items() if rows}

    def _house_code(self) -> str | None:
        if self._rng.random() >= 0.9:
            return None
        taken = self.context.taken_house_codes
        while True:
            serial = (self._house_code_index * 7_919_041 + 1_234_567) % 10_000_000
            self._house_code_index += 1
            code = f"{self.context.district_code}{serial:07d}"
            if code not in taken:
                return code

    def _household(self, batch: Batch) -> None:
        rng = self._rng
        household_id = self._next_household_id
        self._next_household_id += 1
        village = self._villages[
            _bisect(self._village_weights, rng.random() * self._village_weights[-1])
        ]
        people = self._people.plan()
        facts = self._people.write(household_id, people, batch["members"], batch["income_lines"])
        first_result, first_help = len(batch["indicator_results"]), len(batch["assistance"])
        failed_dimensions, failed_count, verified_on = self._assessments.write_results(
            household_id, facts, batch["indicator_results"]
        )
        stage, stage_date = self._assessments.write_stages(
            household_id, failed_count, batch["stage_assessments"]
        )
        source = rng.choices(("tpmap", "thaiqm", "office"), (85, 10, 5))[0]
        batch["households"].append(
            {
                "id": household_id,
                "key": f"{self.context.district_code}-{self._serial:06d}",
                "house_code": self._house_code(),
                "house_no": village.next_house_no(rng),
                "village_code": village.code,
                "source_list": source,
                "has_welfare_card": any(m["welfare_card"] for m in batch["members"][-len(facts) :]),
                "welfare_registered": rng.random() < 0.93,
                "current_stage": stage,
                # As the household form keeps it: the day the answers were verified.
                "last_verified_on": verified_on or stage_date,
                "notes": "",
            }
        )
        self._serial += 1
        self._projects.assist(
            household_id, village.subdistrict_code, failed_dimensions, facts, batch["assistance"]
        )
        last_visit = self._cases.write(
            household_id, stage, stage_date, batch["indicator_results"][first_result:],
            batch["assistance"][first_help:], batch,
        )  # fmt: skip
        if last_visit is not None:  # the last visit reassessed the stage, as a team does
            last_visit["stage_assessment_id"] = self._assessments.reassess(
                household_id, stage, last_visit["visited_on"], last_visit["visited_by"],
                batch["stage_assessments"],
            )  # fmt: skip
            if verified_on is None:  # no answer verified: the stage's date stands for it
                batch["households"][-1]["last_verified_on"] = last_visit["visited_on"]


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _bisect(cumulative: list[float], value: float) -> int:
    return min(bisect_right(cumulative, value), len(cumulative) - 1)


def write_batch(session: Session, batch: Batch) -> None:
    """Insert one batch with Core executemany, table by table in the batch's order."""
    connection = session.connection()
    tables = Base.metadata.tables
    for table, rows in batch.items():
        if rows:
            connection.execute(insert(tables[table]), rows)


def generate_demo(
    session: Session,
    households: int,
    *,
    seed: int = 2567,
    district_code: str = "6701",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Write a demo district into ``session``'s transaction (the caller commits)."""
    builder = DemoBatchBuilder(load_context(session, district_code), households, seed)
    counts: dict[str, int] = dict.fromkeys(("households", "members", "indicator_results"), 0)
    counts.update(projects=0, assistance=0)
    first = True
    while first or builder.remaining:
        first = False
        if cancelled is not None and cancelled():
            raise DemoCancelled
        batch = builder.next_batch(BATCH_HOUSEHOLDS)
        write_batch(session, batch)
        refresh_household_summaries(session, [row["id"] for row in batch.get("households", ())])
        for table in counts:
            counts[table] += len(batch.get(table, ()))
        if progress is not None:
            progress(builder.done, households)
    report_progress_from_assistance(session)
    catch_up_id_sequences(session)
    set_setting(session, OFFICE_DISTRICT, district_code)
    set_setting(session, OFFICE_IS_DEMO, "1")
    if not get_setting(session, OFFICE_CLERK):
        set_setting(session, OFFICE_CLERK, DEMO_CLERK)
    session.flush()
    return DemoSummary(**counts)


def create_demo_database(
    path: Path,
    households: int,
    *,
    seed: int = 2567,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """A new demo database file at ``path``; nothing is left behind on cancel or error."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    try:
        database = open_database(path)
        try:
            with database.session_factory.begin() as session:
                summary = generate_demo(
                    session, households, seed=seed, progress=progress, cancelled=cancelled
                )
                # This year's households can be keyed: a set for practice covers it.
                add_practice_set(
                    session,
                    first_year=SURVEY_YEAR + 1,
                    last_year=to_be_year(dt.date.today().year) + 1,
                )
                add_demo_evidence(session)  # a signed sheet for a share of the visits
                return summary
        finally:
            database.close()
    except BaseException:
        for leftover in (
            path,
            *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")),
        ):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise

"""The demo's quarterly reports, told from the assistance the demo recorded.

Projects and their reports are made before the households they help, so the demo first
writes placeholder figures; once every household is written, the key result that counts
households helped reports, each quarter, how many distinct households the project had
helped by that quarter's last day, and any other key result counted in households never
reports more than that (3 of 37 households helped is not 85.7 % of the target).
"""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Assistance, ProgressReport, ProjectIndicator
from desktop.services.thai import quarter_bounds

HOUSEHOLDS_UNIT = "ครัวเรือน"
HELPED_RESULT_SEQ = 1  # the demo's first key result counts the households helped


def households_helped_by(session: Session, project_id: int, last_day: object) -> int:
    """Distinct households ``project_id`` had helped on or before ``last_day``."""
    return int(
        session.scalar(
            select(func.count(func.distinct(Assistance.household_id))).where(
                Assistance.project_id == project_id, Assistance.given_on <= last_day
            )
        )
        or 0
    )


def report_progress_from_assistance(session: Session) -> int:
    """Rewrite the households-counting reports from the assistance; returns how many."""
    rows = session.execute(
        select(ProgressReport, ProjectIndicator.project_id, ProjectIndicator.seq)
        .join(ProjectIndicator, ProjectIndicator.id == ProgressReport.project_indicator_id)
        .where(ProjectIndicator.unit == HOUSEHOLDS_UNIT)
    ).all()
    helped: dict[tuple[int, int, int], int] = {}
    for report, project_id, seq in rows:
        key = (project_id, report.fiscal_year, report.quarter)
        if key not in helped:
            last_day = quarter_bounds(report.fiscal_year, report.quarter)[1]
            helped[key] = households_helped_by(session, project_id, last_day)
        if seq == HELPED_RESULT_SEQ:
            report.value = float(helped[key])
        else:
            report.value = float(min(report.value, helped[key]))
    session.flush()
    return len(rows)

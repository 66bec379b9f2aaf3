"""The schema keeps the data honest: round trips, uniqueness, one head, checks, FKs."""

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.database import OfficeDatabase
from db.models import (
    Agency,
    Assistance,
    Household,
    IncomeLine,
    Indicator,
    IndicatorResult,
    Member,
    ProgressReport,
    Project,
    ProjectIndicator,
    StageAssessment,
    Village,
)

VILLAGE = "67010101"


def _household(session: Session, key: str = "6701-000001", **extra: object) -> Household:
    if session.get(Village, VILLAGE) is None:
        session.add(Village(code=VILLAGE, subdistrict_code="670101", moo=1, name_th="บ้านหนองนา"))
    household = Household(key=key, house_no="12/3", village_code=VILLAGE, **extra)
    session.add(household)
    session.flush()
    return household


def test_a_whole_household_round_trips(office_db: OfficeDatabase) -> None:
    with office_db.session_factory.begin() as session:
        household = _household(session, house_code="67010000012", current_stage="survival")
        head = Member(
            first_name="สมชาย",
            last_name="ใจดี",
            national_id="3670300123484",
            sex="M",
            birth_date=dt.date(1970, 5, 1),
            relation="head",
            is_head=True,
            literate=True,
        )
        head.income_lines.append(
            IncomeLine(survey_year=2567, category="farming", amount_satang=4_500_000)
        )
        household.members.append(head)
        household.members.append(
            Member(first_name="สมหญิง", last_name="ใจดี", seq=2, relation="wife", sex="F")
        )
        indicator = session.scalar(select(Indicator).where(Indicator.number == 22))
        assert indicator is not None
        session.add(
            IndicatorResult(
                household_id=household.id,
                indicator_id=indicator.id,
                survey_year=2567,
                status="failed",
                derived_status="failed",
                derived_value=22500.0,
            )
        )
        session.add(
            StageAssessment(
                household_id=household.id,
                stage="survival",
                assessed_on=dt.date(2024, 3, 15),
                assessor="สมศรี",
            )
        )
        agency = Agency(code="CDD", name="สำนักงานพัฒนาชุมชนอำเภอ")
        project = Project(
            agency=agency,
            fiscal_year=2567,
            umbrella_code="income",
            name="ส่งเสริมอาชีพ",
            budget_satang=10_000_000,
            status="running",
        )
        project.key_results.append(
            ProjectIndicator(text="ครัวเรือนมีรายได้เพิ่ม", unit="ครัวเรือน", target=30)
        )
        session.add_all([agency, project])
        session.flush()
        session.add(
            ProgressReport(
                project_indicator_id=project.key_results[0].id,
                fiscal_year=2567,
                quarter=2,
                value=12,
            )
        )
        session.add(
            Assistance(
                household_id=household.id,
                member_id=head.id,
                project_id=project.id,
                given_on=dt.date(2024, 4, 2),
                dimension="income",
                kind="occupation_kit",
                value_satang=300_000,
            )
        )
    with office_db.session_factory() as session:
        loaded = session.scalar(select(Household).where(Household.key == "6701-000001"))
        assert loaded is not None
        assert [m.first_name for m in loaded.members] == ["สมชาย", "สมหญิง"]
        assert loaded.members[0].income_lines[0].amount_satang == 4_500_000
        assert loaded.members[0].birth_date == dt.date(1970, 5, 1)
        assert loaded.current_stage == "survival"
        assert session.scalar(select(Assistance.value_satang)) == 300_000
        assert session.scalar(select(ProgressReport.quarter)) == 2


def _violates(office_db: OfficeDatabase, change: Callable[[Session], None]) -> None:
    with pytest.raises(IntegrityError), office_db.session_factory.begin() as session:
        change(session)
    with office_db.session_factory() as session:  # the failed transaction left nothing
        assert session.scalar(select(func.count()).select_from(Household)) == 0


def test_a_national_id_belongs_to_one_person(office_db: OfficeDatabase) -> None:
    def change(session: Session) -> None:
        household = _household(session)
        household.members.append(Member(first_name="ก", national_id="3670300123484"))
        household.members.append(Member(first_name="ข", national_id="3670300123484"))
        session.flush()

    _violates(office_db, change)


def test_a_house_code_is_unique_when_present(office_db: OfficeDatabase) -> None:
    with office_db.session_factory.begin() as session:
        _household(session, key="6701-000001")
        _household(session, key="6701-000002")  # two households without a house code: fine

    with pytest.raises(IntegrityError), office_db.session_factory.begin() as session:
        _household(session, key="6701-000003", house_code="67010000099")
        _household(session, key="6701-000004", house_code="67010000099")


def test_a_household_has_at_most_one_head(office_db: OfficeDatabase) -> None:
    def change(session: Session) -> None:
        household = _household(session)
        household.members.append(Member(first_name="ก", is_head=True))
        household.members.append(Member(first_name="ข", is_head=True))
        session.flush()

    _violates(office_db, change)


@pytest.mark.parametrize(
    ("field", "value"),
    [("national_id", "36703OO123484"), ("national_id", "367030012348"), ("sex", "X")],
)
def test_member_checks(office_db: OfficeDatabase, field: str, value: str) -> None:
    def change(session: Session) -> None:
        household = _household(session)
        household.members.append(Member(first_name="ก", **{field: value}))
        session.flush()

    _violates(office_db, change)


def test_stage_values_are_checked(office_db: OfficeDatabase) -> None:
    _violates(office_db, lambda session: _household(session, current_stage="rich"))


def test_a_quarter_is_one_to_four(office_db: OfficeDatabase) -> None:
    def change(session: Session) -> None:
        _household(session)
        project = Project(agency=Agency(code="A", name="ก"), fiscal_year=2567, name="ข")
        project.key_results.append(ProjectIndicator(text="ค"))
        session.add(project)
        session.flush()
        session.add(
            ProgressReport(
                project_indicator_id=project.key_results[0].id, fiscal_year=2567, quarter=5
            )
        )
        session.flush()

    _violates(office_db, change)


def test_foreign_keys_are_enforced(office_db: OfficeDatabase) -> None:
    def change(session: Session) -> None:
        _household(session)
        session.add(Member(household_id=999_999, first_name="ก"))
        session.flush()

    _violates(office_db, change)


def test_deleting_a_household_takes_its_members_along(office_db: OfficeDatabase) -> None:
    with office_db.session_factory.begin() as session:
        household = _household(session)
        household.members.append(Member(first_name="ก", national_id="3670300123484"))
    with office_db.session_factory.begin() as session:
        session.execute(Household.__table__.delete())
    with office_db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0

"""The office this database belongs to: setting it up, describing it, counting its records."""

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.database import OfficeDatabase, open_database
from db.models import Assistance, District, Household, Member, Project, Province
from db.settings_store import (
    LAST_MANUAL_BACKUP,
    MASK_NATIONAL_IDS,
    OFFICE_CLERK,
    OFFICE_DISTRICT,
    OFFICE_IS_DEMO,
    OFFICE_PROVINCE,
    PROVINCE_GOAL_PERCENT,
    get_setting,
    read_goal_percent,
    set_setting,
)
from desktop.services.safety import ensure_first_user
from desktop.services.thai import thai_sort_key


@dataclass(frozen=True)
class AreaChoice:
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class OfficeProfile:
    district_code: str  # "" for a provincial office
    district_th: str
    district_en: str
    province_code: str
    province_th: str
    province_en: str
    clerk_name: str
    is_demo: bool

    @property
    def is_province(self) -> bool:
        """A provincial office: it consolidates the workbooks of its districts."""
        return not self.district_code

    @property
    def office_name_th(self) -> str:
        if self.is_province:
            return f"สำนักงานพัฒนาชุมชนจังหวัด{self.province_th}"
        return f"สำนักงานพัฒนาชุมชนอำเภอ{self.district_th}"


@dataclass(frozen=True)
class OfficeCounts:
    households: int
    members: int
    projects: int
    assistance: int


class SetupProblem(enum.Enum):
    NO_DISTRICT = "no_district"
    NO_CLERK = "no_clerk"
    NO_PROVINCE = "no_province"


class OfficeSetupError(ValueError):
    def __init__(self, problem: SetupProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def province_choices() -> list[AreaChoice]:
    """All 77 provinces in Thai dictionary order (no database needed: first start)."""
    import geothai  # read only on a first start: keep it off the normal start-up path

    choices = [AreaChoice(p.code, p.name_th, p.name_en) for p in geothai.provinces()]
    return sorted(choices, key=lambda c: thai_sort_key(c.name_th))


def district_choices(province_code: str) -> list[AreaChoice]:
    import geothai

    choices = [AreaChoice(d.code, d.name_th, d.name_en) for d in geothai.districts(province_code)]
    return sorted(choices, key=lambda c: thai_sort_key(c.name_th))


class OfficeService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def set_up(self, district_code: str, clerk_name: str, *, is_demo: bool = False) -> None:
        self._set_up(clerk_name, district_code=district_code, is_demo=is_demo)

    def set_up_province(self, province_code: str, clerk_name: str) -> None:
        """A provincial office: it imports its districts' workbooks into one database."""
        self._set_up(clerk_name, province_code=province_code)

    def _set_up(
        self,
        clerk_name: str,
        *,
        district_code: str = "",
        province_code: str = "",
        is_demo: bool = False,
    ) -> None:
        clerk_name = " ".join(clerk_name.split())
        if not clerk_name:
            raise OfficeSetupError(SetupProblem.NO_CLERK)
        with self._session_factory.begin() as session:
            if province_code and session.get(Province, province_code) is None:
                raise OfficeSetupError(SetupProblem.NO_PROVINCE)
            if not province_code and session.get(District, district_code) is None:
                raise OfficeSetupError(SetupProblem.NO_DISTRICT)
            set_setting(session, OFFICE_PROVINCE, province_code)
            set_setting(session, OFFICE_DISTRICT, "" if province_code else district_code)
            set_setting(session, OFFICE_CLERK, clerk_name)
            set_setting(session, OFFICE_IS_DEMO, "1" if is_demo else "0")
            ensure_first_user(session, clerk_name)  # issue 7: the first clerk, a supervisor

    def profile(self) -> OfficeProfile | None:
        with self._session_factory() as session:
            province = session.get(Province, get_setting(session, OFFICE_PROVINCE))
            district = None
            if province is None:
                district = session.get(District, get_setting(session, OFFICE_DISTRICT))
                province = district.province if district is not None else None
            if province is None:
                return None
            return OfficeProfile(
                district_code=district.code if district else "",
                district_th=district.name_th if district else "",
                district_en=district.name_en if district else "",
                province_code=province.code,
                province_th=province.name_th,
                province_en=province.name_en,
                clerk_name=get_setting(session, OFFICE_CLERK),
                is_demo=get_setting(session, OFFICE_IS_DEMO) == "1",
            )

    def masks_national_ids(self) -> bool:
        """PDPA: show national IDs as 3-6703-XXXXX-XX-4 on screen, in print and exports."""
        with self._session_factory() as session:
            return get_setting(session, MASK_NATIONAL_IDS, "0") == "1"

    def set_masks_national_ids(self, masked: bool) -> None:
        with self._session_factory.begin() as session:
            set_setting(session, MASK_NATIONAL_IDS, "1" if masked else "0")

    def goal_percent(self) -> float:
        """The province's goal: this share of target households out of survival (95)."""
        with self._session_factory() as session:
            return read_goal_percent(session)

    def set_goal_percent(self, percent: float) -> None:
        if not 0 < percent <= 100:
            raise ValueError(f"a goal is a percent above 0 and at most 100, not {percent}")
        with self._session_factory.begin() as session:
            set_setting(session, PROVINCE_GOAL_PERCENT, f"{percent:g}")

    def last_manual_backup(self) -> dt.datetime | None:
        """When "Back up now" last wrote a copy (to a folder of the clerk's choosing)."""
        with self._session_factory() as session:
            text = get_setting(session, LAST_MANUAL_BACKUP, "")
        try:
            return dt.datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def set_last_manual_backup(self, moment: dt.datetime) -> None:
        with self._session_factory.begin() as session:
            set_setting(session, LAST_MANUAL_BACKUP, moment.astimezone(dt.UTC).isoformat())

    def counts(self) -> OfficeCounts:
        with self._session_factory() as session:

            def count(model: type) -> int:
                return session.scalar(select(func.count()).select_from(model)) or 0

            return OfficeCounts(
                households=count(Household),
                members=count(Member),
                projects=count(Project),
                assistance=count(Assistance),
            )


def create_office(
    path: Path | str, district_code: str, clerk_name: str, *, province_code: str = ""
) -> OfficeDatabase:
    """A new office database at `path` (a file, or an empty PostgreSQL database named by
    its URL), set up for one district (or, given ``province_code`` and no district, a
    provincial office); nothing is left of a file on failure."""
    if isinstance(path, Path) and path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    database = open_database(path)
    if database.on_server and OfficeService(database.session_factory).profile() is not None:
        database.close()  # a server database already set up is never set up again
        raise FileExistsError(path)
    try:
        office = OfficeService(database.session_factory)
        if district_code:
            office.set_up(district_code, clerk_name)
        else:
            office.set_up_province(province_code, clerk_name)
    except Exception:
        database.close()
        if isinstance(path, Path):
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    return database

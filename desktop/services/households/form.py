"""The use cases behind the household form: choices, load, validate, suggest, save, delete.

Each call is one session; every write is one transaction that also writes the change
log, preceded by ``before_write`` (the app passes the database integrity gate's wait).
The form gets plain dataclasses back and never holds ORM objects.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from db.household_summary import refresh_household_summaries
from db.models import CodeItem, Household, Subdistrict, Village
from db.office_area import office_district_codes, own_key_prefix
from db.reference_data import code_synonyms
from desktop.services.households.draft import HEAD_RELATION, HouseholdDraft, MemberDraft, clean_name
from desktop.services.households.duplicates import DuplicateMatch, find_duplicates
from desktop.services.households.indicator_sets import (
    blank_answers,
    income_threshold_for,
    indicator_set_for,
)
from desktop.services.households.indicator_suggestions import Suggestion, suggest_indicators
from desktop.services.households.problems import Problem, ProblemCode, problem
from desktop.services.households.reading import read_draft
from desktop.services.households.record import HouseholdRecord
from desktop.services.households.rules import validate_household
from desktop.services.households.store import (
    HouseholdNotFound,
    last_household_save,
    load_draft,
    person_name,
)
from desktop.services.households.write import write_household
from desktop.services.safety import (
    ChangeEntry,
    ChangeWriter,
    RecordChanged,
    RecordDeleted,
    claim_version,
    history,
    raise_version,
    raise_versions,
    record_changes,
    refuse_locked_household,
    utc_now,
)
from desktop.services.thai import thai_sort_key, to_be_year

__all__ = [
    "ChangeEntry",
    "CodeChoice",
    "DuplicateMatch",
    "HouseholdFormService",
    "HouseholdNotFound",
    "Problem",
    "ProblemCode",
    "RecordChanged",
    "RecordDeleted",
    "Review",
    "SaveResult",
    "Suggestion",
    "ValidationFailed",
    "VillageAddError",
    "VillageChoice",
    "VillageProblem",
]

MIN_MOO, MAX_MOO = 1, 99


@dataclass(frozen=True)
class CodeChoice:
    code: str
    name_th: str
    name_en: str
    typed_as: tuple[str, ...] = ()  # what else picks it when typed: the code, synonyms


@dataclass(frozen=True)
class VillageChoice:
    code: str
    moo: int
    name_th: str


@dataclass(frozen=True)
class SaveResult:
    household_id: int
    key: str
    changes: int  # change-log rows written
    version: int = 1  # the household's version after the save


@dataclass(frozen=True)
class Review:
    """What the form shows of a draft as it stands: its problems, the indicator
    suggestions and the duplicates found, all from one reading of its text."""

    problems: list[Problem]
    suggestions: dict[int, Suggestion]
    duplicates: list[DuplicateMatch]


class ValidationFailed(Exception):
    """The save was refused; nothing was written. ``problems`` are the blocking ones."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code.value}" for p in problems))
        self.problems = problems


class VillageProblem(enum.Enum):
    BAD_MOO = "bad_moo"  # not 1–99
    MOO_TAKEN = "moo_taken"  # the subdistrict already has this หมู่ที่
    EMPTY_NAME = "empty_name"
    UNKNOWN_SUBDISTRICT = "unknown_subdistrict"  # not a subdistrict of the office's district


class VillageAddError(ValueError):
    def __init__(self, reason: VillageProblem) -> None:
        super().__init__(reason.value)
        self.reason = reason


class HouseholdFormService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._session_factory = session_factory
        self._before_write = before_write

    # Choices --------------------------------------------------------------------------

    def subdistricts(self) -> list[CodeChoice]:
        """The subdistricts of the office's district, in Thai dictionary order."""
        with self._session_factory() as session:
            districts = office_district_codes(session)
            rows = session.scalars(
                select(Subdistrict).where(Subdistrict.district_code.in_(districts))
            )
            choices = [CodeChoice(row.code, row.name_th, row.name_en) for row in rows]
        return sorted(choices, key=lambda choice: thai_sort_key(choice.name_th))

    def villages(self, subdistrict_code: str) -> list[VillageChoice]:
        with self._session_factory() as session:
            rows = session.scalars(
                select(Village)
                .where(Village.subdistrict_code == subdistrict_code)
                .order_by(Village.moo)
            )
            return [VillageChoice(row.code, row.moo, row.name_th) for row in rows]

    def add_village(
        self, subdistrict_code: str, moo: int, name_th: str, *, user_name: str = ""
    ) -> VillageChoice:
        """A new village (หมู่ที่ ``moo``) of a subdistrict of the office's district,
        logged in the change log (by the village's rowid: its key is text)."""
        name = clean_name(name_th)
        if not MIN_MOO <= moo <= MAX_MOO:
            raise VillageAddError(VillageProblem.BAD_MOO)
        if not name:
            raise VillageAddError(VillageProblem.EMPTY_NAME)
        self._before_write()
        with self._session_factory.begin() as session:
            subdistrict = session.get(Subdistrict, subdistrict_code)
            districts = office_district_codes(session)
            if subdistrict is None or (districts and subdistrict.district_code not in districts):
                raise VillageAddError(VillageProblem.UNKNOWN_SUBDISTRICT)
            code = f"{subdistrict_code}{moo:02d}"
            if session.get(Village, code) is not None:
                raise VillageAddError(VillageProblem.MOO_TAKEN)
            values = {
                "code": code,
                "subdistrict_code": subdistrict_code,
                "moo": moo,
                "name_th": name,
            }
            session.add(Village(**values))
            session.flush()
            rowid = session.execute(
                text("SELECT rowid FROM villages WHERE code = :code"), {"code": code}
            ).scalar_one()
            record_changes(
                session,
                user_name=user_name,
                table_name="villages",
                record_id=rowid,
                old={},
                new=values,
                action="insert",
            )
        return VillageChoice(code, moo, name)

    def code_list(self, list_name: str) -> list[CodeChoice]:
        """The list's codes in use (not retired), in the list's order."""
        with self._session_factory() as session:
            rows = session.scalars(
                select(CodeItem)
                .where(CodeItem.list_name == list_name, CodeItem.retired.is_(False))
                .order_by(CodeItem.sort_order, CodeItem.code)
            )
            synonyms = code_synonyms(list_name)
            return [
                CodeChoice(
                    row.code,
                    row.name_th,
                    row.name_en,
                    (row.code, *synonyms.get(row.code, ())),
                )
                for row in rows
            ]

    def income_threshold(self, survey_year: int) -> int:
        with self._session_factory() as session:
            return income_threshold_for(session, survey_year)

    # Drafts ---------------------------------------------------------------------------

    def new_draft(
        self, *, today: date, subdistrict_code: str = "", village_code: str = ""
    ) -> HouseholdDraft:
        """An empty household: one head member, all indicators unanswered."""
        survey_year = to_be_year(today.year)
        with self._session_factory() as session:
            answers = blank_answers(session, indicator_set_for(session, survey_year))
        return HouseholdDraft(
            subdistrict_code=subdistrict_code or village_code[:6],
            village_code=village_code,
            members=[MemberDraft(relation=HEAD_RELATION, is_head=True)],
            survey_year=survey_year,
            indicators=answers,
        )

    def load(self, household_id: int) -> HouseholdDraft:
        """The household as a draft: the latest survey year's answers and incomes."""
        with self._session_factory() as session:
            return load_draft(session, household_id, today=date.today())

    def review(self, draft: HouseholdDraft, *, today: date) -> Review:
        """Problems, suggestions and duplicates of the draft: its text is read once."""
        record = read_draft(draft, today=today)
        with self._session_factory() as session:
            threshold = income_threshold_for(session, record.survey_year)
            return Review(
                self._problems(session, record, today, threshold),
                suggest_indicators(record, today=today, income_threshold=threshold),
                find_duplicates(session, record),
            )

    def validate(self, draft: HouseholdDraft, *, today: date) -> list[Problem]:
        record = read_draft(draft, today=today)
        with self._session_factory() as session:
            return self._problems(session, record, today)

    def suggestions(self, draft: HouseholdDraft, *, today: date) -> dict[int, Suggestion]:
        threshold = self.income_threshold(draft.survey_year)
        record = read_draft(draft, today=today)
        return suggest_indicators(record, today=today, income_threshold=threshold)

    def find_duplicates(self, draft: HouseholdDraft, *, today: date) -> list[DuplicateMatch]:
        record = read_draft(draft, today=today)
        with self._session_factory() as session:
            return find_duplicates(session, record)

    def history(self, household_id: int) -> list[ChangeEntry]:
        """The household's change log, newest first."""
        with self._session_factory() as session:
            return history(session, household_id)

    # Writes ---------------------------------------------------------------------------

    def save(self, draft: HouseholdDraft, *, user_name: str, today: date) -> SaveResult:
        """Read the draft's text once, validate the values and write them in one
        transaction, with the change log.

        A stored household is saved only over the version the draft was loaded at
        (``draft.version``, claimed before anything is read: safety/record_versions.py),
        and a save that changed something raises that version by one.

        Once committed, the ids the save assigned are written back into ``draft``: its
        ``id``, ``key`` and ``version``, each member's ``id`` and each stage entry's ``id``
        (None for a blank entry, which is not saved). Nothing else in it changes, so the
        form can keep editing the same draft and save it again (an update) without loading
        it anew.

        Raises ValidationFailed (nothing written) on a blocking problem or an ID or house
        code used by another household; RecordChanged when another save of the household
        came after its version (with who saved, and when); RecordDeleted when it was
        deleted meanwhile (HouseholdNotFound for a draft without a version); RecordLocked
        when a period lock holds the household or its village's area (read from the
        database in the save's own transaction). The draft is left as it was when anything
        is raised.
        """
        record = read_draft(draft, today=today)
        self._before_write()
        with self._session_factory.begin() as session:
            if record.id is not None and record.version is not None:
                claim_version(
                    session,
                    "households",
                    record.id,
                    record.version,
                    lambda: last_household_save(session, record.id),
                )
            refuse_locked_household(session, record.id, record.village_code)  # period locks
            threshold = income_threshold_for(session, record.survey_year)
            problems = self._problems(session, record, today, threshold)
            blocking = [p for p in problems if p.blocking]
            blocking += [
                _duplicate_problem(match)
                for match in find_duplicates(session, record)
                if match.blocking and match.in_other_household(record)
            ]
            if blocking:
                raise ValidationFailed(blocking)
            log = ChangeWriter(session, user_name, utc_now())
            written = write_household(
                session,
                record,
                log,
                suggestions=suggest_indicators(record, today=today, income_threshold=threshold),
                district_code=lambda: own_key_prefix(session, record.village_code),
            )
            household = written.household
            refresh_household_summaries(session, [household.id])
            result = SaveResult(
                household.id, household.key, log.count, _saved_version(session, record, log)
            )
            member_ids = [member.id for member in written.members]
            stage_ids = [stage.id if stage is not None else None for stage in written.stages]
        draft.id, draft.key = result.household_id, result.key  # committed: the ids hold
        draft.version = result.version
        for drafted, member_id in zip(draft.members, member_ids, strict=True):
            drafted.id = member_id
        for entry, stage_id in zip(draft.stages, stage_ids, strict=True):
            entry.id = stage_id
        return result

    def delete(self, household_id: int, *, user_name: str) -> None:
        """Delete a household (members, incomes, answers, stages, assistance cascade).
        RecordLocked (nothing deleted) when a period lock holds it."""
        self._before_write()
        with self._session_factory.begin() as session:
            household = session.get(Household, household_id)
            if household is None:
                raise HouseholdNotFound(household_id)
            refuse_locked_household(session, household_id)  # period locks
            head = next((member for member in household.members if member.is_head), None)
            summary = {
                "key": household.key,
                "house_no": household.house_no,
                "village_code": household.village_code,
                "head": person_name(head) if head is not None else "",
                "members": len(household.members),
            }
            record_changes(
                session,
                user_name=user_name,
                table_name="households",
                record_id=household_id,
                old=summary,
                new={},
                action="delete",
                at=utc_now(),
            )
            session.delete(household)

    # Helpers --------------------------------------------------------------------------

    def _problems(
        self,
        session: Session,
        record: HouseholdRecord,
        today: date,
        threshold: int | None = None,
    ) -> list[Problem]:
        if threshold is None:
            threshold = income_threshold_for(session, record.survey_year)
        problems = validate_household(record, today=today, income_threshold=threshold)
        village = record.village_code
        if village and session.get(Village, village) is None:
            problems.insert(0, problem("village_code", ProblemCode.VILLAGE_UNKNOWN))
        return problems


def _saved_version(session: Session, record: HouseholdRecord, log: ChangeWriter) -> int:
    """The household's version once this save commits: 1 for a new one, one up from the
    claimed version when the save changed something."""
    if record.id is None:
        return 1
    if record.version is None:  # a draft kept on disk before versions: nothing was claimed
        if log.count:
            raise_versions(session, "households", [record.id])
        return int(session.scalar(select(Household.version).where(Household.id == record.id)))
    if log.count:
        return raise_version(session, "households", record.id, record.version)
    return record.version


def _duplicate_problem(match: DuplicateMatch) -> Problem:
    params = {"household_key": match.household_key, "house_no": match.house_no}
    if match.kind == "house_code":
        return problem(match.field, ProblemCode.HOUSE_CODE_IN_OTHER_HOUSEHOLD, **params)
    return problem(
        match.field, ProblemCode.ID_IN_OTHER_HOUSEHOLD, person_name=match.person_name, **params
    )

"""Reading a draft's text into a typed record, once, with the problems of what does not read.

This is the form's one edge between text and values: BE dates (and the CE year a clerk
typed by mistake, with the BE date meant), national IDs (checksum), house codes and baht
amounts are parsed here and nowhere below.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.services.households.draft import (
    HouseholdDraft,
    IncomeDraft,
    IndicatorAnswer,
    InvalidMoney,
    MemberDraft,
    MoneyProblem,
    StageEntry,
    clean_name,
    income_path,
    indicator_path,
    member_path,
    parse_baht,
    stage_path,
)
from desktop.services.households.problems import Problem, ProblemCode, problem
from desktop.services.households.record import (
    AnswerRecord,
    HouseholdRecord,
    IncomeRecord,
    MemberRecord,
    StageRecord,
)
from desktop.services.thai import (
    DateProblem,
    DateStyle,
    IdProblem,
    InvalidNationalId,
    InvalidThaiDate,
    clean_national_id,
    format_be_date,
    normalize_digits,
    parse_be_date,
    to_be_year,
    validate_national_id,
)

HOUSE_CODE_LENGTH = 11
MIN_YEAR = 2400  # BE; a year typed before it is refused
CE_YEARS = range(1900, 2201)  # a year typed in this range was meant as CE

_ID_CODES = {
    IdProblem.NOT_DIGITS: ProblemCode.ID_NOT_DIGITS,
    IdProblem.WRONG_LENGTH: ProblemCode.ID_LENGTH,
    IdProblem.BAD_FIRST_DIGIT: ProblemCode.ID_FIRST_DIGIT,
    IdProblem.BAD_CHECKSUM: ProblemCode.ID_CHECKSUM,
}
_MONEY_CODES = {
    MoneyProblem.FORMAT: ProblemCode.MONEY_FORMAT,
    MoneyProblem.DECIMALS: ProblemCode.MONEY_DECIMALS,
}
_LAST_NUMBER = re.compile(r"(\d+)(\D*)$")


def clean_house_code(text: str) -> str:
    """The digits of a typed house code (Thai digits, spaces and dashes allowed)."""
    return clean_national_id(text)


class _Reader:
    """Reads one draft; each problem is kept under its field's path."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.problems: dict[str, Problem] = {}

    def date(self, text: str, path: str) -> date | None:
        """The date of BE text; None when blank, or when it does not read or lies ahead."""
        try:
            value = parse_be_date(text)
        except InvalidThaiDate as error:
            if error.reason is not DateProblem.EMPTY:
                self.problems[path] = _date_problem(error, path, self.today)
            return None
        if value > self.today:
            today = format_be_date(self.today)
            self.problems[path] = problem(path, ProblemCode.DATE_IN_FUTURE, today=today)
            return None
        return value

    def national_id(self, text: str, path: str) -> str | None:
        if not clean_national_id(text):
            return None
        try:
            return validate_national_id(text)
        except InvalidNationalId as error:
            digits = clean_national_id(text)
            params = {"length": str(len(digits))} if error.reason is IdProblem.WRONG_LENGTH else {}
            if error.reason is IdProblem.BAD_FIRST_DIGIT:
                params = {"digit": digits[0]}
            self.problems[path] = problem(path, _ID_CODES[error.reason], **params)
            return None

    def house_code(self, text: str) -> str:
        code = clean_house_code(text)
        if code and not (len(code) == HOUSE_CODE_LENGTH and code.isdecimal()):
            length = str(len(code))
            self.problems["house_code"] = problem(
                "house_code", ProblemCode.HOUSE_CODE_FORMAT, length=length
            )
            return ""
        return code

    def satang(self, text: str, path: str) -> int | None:
        try:
            return parse_baht(text)
        except InvalidMoney as error:
            self.problems[path] = problem(path, _MONEY_CODES[error.reason])
            return None

    def income(self, line: IncomeDraft, member_index: int, line_index: int) -> IncomeRecord:
        if line.is_blank():
            return IncomeRecord("", 0, 0, blank=True)
        amount = self.satang(line.amount, income_path(member_index, line_index, "amount"))
        cost = self.satang(line.cost, income_path(member_index, line_index, "cost"))
        return IncomeRecord(line.category.strip(), amount, cost, bool(line.amount.strip()))

    def member(self, member: MemberDraft, index: int) -> MemberRecord:
        return MemberRecord(
            id=member.id,
            title=member.title.strip(),
            first_name=clean_name(member.first_name),
            last_name=clean_name(member.last_name),
            national_id=self.national_id(member.national_id, member_path(index, "national_id")),
            sex=member.sex or None,
            birth_date=self.date(member.birth_date, member_path(index, "birth_date")),
            relation=member.relation,
            is_head=member.is_head,
            education_status=member.education_status,
            education_level=member.education_level,
            literate=member.literate,
            occupation_main=member.occupation_main,
            occupation_second=member.occupation_second,
            disability=member.disability,
            chronic_illness=member.chronic_illness,
            bedridden=member.bedridden,
            welfare_card=member.welfare_card,
            lives_here=member.lives_here,
            incomes=tuple(
                self.income(line, index, line_index)
                for line_index, line in enumerate(member.incomes)
            ),
        )

    def answer(self, answer: IndicatorAnswer) -> AnswerRecord:
        path = indicator_path(answer.number, "verified_on")
        return AnswerRecord(
            answer.indicator_id,
            answer.number,
            answer.dimension,
            answer.text_th,
            answer.text_en,
            answer.status,
            clean_name(answer.verified_by),
            self.date(answer.verified_on, path),
        )

    def stage(self, entry: StageEntry, index: int) -> StageRecord:
        blank = entry.is_blank()
        assessed_on = (
            None if blank else self.date(entry.assessed_on, stage_path(index, "assessed_on"))
        )
        return StageRecord(
            entry.id,
            entry.stage,
            assessed_on,
            clean_name(entry.assessor),
            entry.reason.strip(),
            blank,
        )


def read_draft(draft: HouseholdDraft, *, today: date) -> HouseholdRecord:
    """The draft's values, each text read once; ``reading_problems`` says what did not read
    (a date that lies after ``today`` is one)."""
    reader = _Reader(today)
    house_code = reader.house_code(draft.house_code)
    members = tuple(reader.member(member, index) for index, member in enumerate(draft.members))
    answers = tuple(reader.answer(answer) for answer in draft.indicators)
    stages = tuple(reader.stage(entry, index) for index, entry in enumerate(draft.stages))
    return HouseholdRecord(
        id=draft.id,
        key=draft.key,
        subdistrict_code=draft.subdistrict_code.strip(),
        village_code=draft.village_code.strip(),
        house_no=clean_name(draft.house_no),
        house_code=house_code,
        source_list=draft.source_list.strip(),
        has_welfare_card=draft.has_welfare_card,
        welfare_registered=draft.welfare_registered,
        members=members,
        survey_year=draft.survey_year,
        indicators=answers,
        stages=stages,
        notes=draft.notes.strip(),
        version=draft.version,
        reading_problems=reader.problems,
    )


def _date_problem(error: InvalidThaiDate, path: str, today: date) -> Problem:
    if error.reason is DateProblem.NO_SUCH_DATE:
        return problem(path, ProblemCode.DATE_NO_SUCH_DAY)
    typed = _LAST_NUMBER.search(normalize_digits(error.text).strip())
    if error.reason is not DateProblem.YEAR_OUT_OF_RANGE or typed is None:
        return problem(path, ProblemCode.DATE_FORMAT)
    year = int(typed[1])
    if year in CE_YEARS:
        be_year = to_be_year(year)
        fixed = f"{typed.string[: typed.start(1)]}{be_year}{typed[2]}"
        try:
            suggested = format_be_date(parse_be_date(fixed), DateStyle.NUMERIC)
        except InvalidThaiDate:
            suggested = ""
        return problem(
            path,
            ProblemCode.DATE_LOOKS_CE,
            typed_year=str(year),
            be_year=str(be_year),
            suggested=suggested,
        )
    if len(typed[1]) <= 2:
        return problem(path, ProblemCode.DATE_SHORT_YEAR, typed_year=typed[1])
    if year < MIN_YEAR:
        return problem(path, ProblemCode.DATE_BEFORE_2400, typed_year=str(year))
    return problem(path, ProblemCode.DATE_IN_FUTURE, today=format_be_date(today))

"""The rules of the check before sending, one SQL statement each, in one registry.

Every rule is a statement over the whole office returning ``(household_id, item, detail)``
rows, one per problem: the household at fault (an assistance record's household id even
when that household is gone), the member's number or the record's id the problem sits on
(NULL for the household as a whole) and a short detail (a name, a date, a count). The
statements take the named parameters of ``RuleParameters.values()`` and nothing else, so
the same text runs through SQLAlchemy in the app and through bare sqlite3 in the
benchmark's floor.

The household form's own rules (desktop/services/households/rules.py) judge one draft
while it is keyed; these judge what is stored, set-based, so that 100,000 households are
checked in seconds. Where both judge the same thing (a head, an ID's check digit, a birth
date) they agree: tests/test_quality_check.py loads every household of a generated office
into the form and compares.

A new rule is one more ``QualityRule`` in ``RULES`` (its code, its Thai and English name,
message and field, its statement); the check, the report, the command line and the screen
pick it up from there. A rule over tables a database may not have yet names them in
``tables`` and is skipped where they are missing: "stage assessed after the last visit"
reads the follow-up visits of case management, and starts judging once they exist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.services.thai import to_be_year

MAX_PLAUSIBLE_AGE = 120  # the household form warns above this age (AGE_OVER_120)
ID_FIRST_DIGITS = "12345678"  # a national ID never starts with 0 or 9 (stdnum's pin rule)


@dataclass(frozen=True)
class QualityRule:
    """One rule of the check: what it is called, what it says, where, and its statement.

    ``message_th`` / ``message_en`` take ``{item}`` (the member's number or the record's
    id) and ``{detail}``; ``field_th`` / ``field_en`` say where in the household the clerk
    looks."""

    code: str
    name_th: str
    name_en: str
    message_th: str
    message_en: str
    field_th: str
    field_en: str
    sql: str
    tables: tuple[str, ...] = ()  # needed beyond the core schema: skipped while missing

    def message(self, language: str, *, item: int | None, detail: str) -> str:
        text = self.message_th if language == "th" else self.message_en
        return text.format(item="" if item is None else item, detail=detail)

    def name(self, language: str) -> str:
        return self.name_th if language == "th" else self.name_en

    def field(self, language: str) -> str:
        return self.field_th if language == "th" else self.field_en


@dataclass(frozen=True)
class RuleParameters:
    """What the statements compare with: the day of the check and the survey year whose
    indicator answers every household must have."""

    today: dt.date
    survey_year: int  # BE

    def values(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "oldest_birth": oldest_plausible_birth(self.today).isoformat(),
            "survey_year": self.survey_year,
        }


def oldest_plausible_birth(today: dt.date) -> dt.date:
    """The latest birth date of someone over MAX_PLAUSIBLE_AGE on ``today`` (the form's
    ``age_on(birth, today) > 120``): the same day 121 years back, 28 February for 29th."""
    year = today.year - MAX_PLAUSIBLE_AGE - 1
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return dt.date(year, today.month, day)


def default_survey_year(latest_answered: int | None, today: dt.date) -> int:
    """The office's current survey year: the latest year any household has indicator
    answers for (each household's form opens on its latest year; the office's survey of a
    year is done once every household has that year), else the BE year of today, the
    year a new household's form starts in."""
    return latest_answered if latest_answered is not None else to_be_year(today.year)


_CHECK_SUM = " + ".join(
    f"substr(m.national_id, {position}, 1) * {14 - position}" for position in range(1, 13)
)
_MEMBER_NAME = "trim(m.first_name || ' ' || m.last_name)"


def _be_date(column: str) -> str:
    """SQL of an ISO date column as BE text, ``15/03/2568``."""
    return f"strftime('%d/%m/', {column}) || (CAST(strftime('%Y', {column}) AS INTEGER) + 543)"


RULES: tuple[QualityRule, ...] = (
    QualityRule(
        "no_members",
        "ไม่มีสมาชิก",
        "No members",
        "ครัวเรือนไม่มีสมาชิก",
        "The household has no members.",
        "สมาชิก",
        "Members",
        "SELECT h.id, NULL, '' FROM households AS h"
        " WHERE NOT EXISTS (SELECT 1 FROM members AS m WHERE m.household_id = h.id)",
    ),
    QualityRule(
        "no_head",
        "ไม่มีหัวหน้าครัวเรือน",
        "No head",
        "ไม่มีสมาชิกคนใดเป็นหัวหน้าครัวเรือน",
        "No member is marked as the head.",
        "สมาชิก: หัวหน้าครัวเรือน",
        "Members: head",
        # NOT IN a list of the heads' households: a third of the time NOT EXISTS takes
        "SELECT h.id, NULL, '' FROM households AS h"
        " WHERE h.id NOT IN (SELECT household_id FROM members WHERE is_head = 1)"
        " AND h.id IN (SELECT household_id FROM members)",
    ),
    QualityRule(
        "many_heads",
        "หัวหน้าครัวเรือนเกินหนึ่งคน",
        "More than one head",
        "มีหัวหน้าครัวเรือน {detail} คน (ต้องมี 1 คน)",
        "{detail} members are marked as the head (exactly one needed).",
        "สมาชิก: หัวหน้าครัวเรือน",
        "Members: head",
        "SELECT m.household_id, NULL, count(*) FROM members AS m WHERE m.is_head = 1"
        " GROUP BY m.household_id HAVING count(*) > 1",
    ),
    QualityRule(
        "id_invalid",
        "เลขประจำตัวประชาชนไม่ถูกต้อง",
        "National ID not valid",
        "สมาชิกลำดับที่ {item} ({detail}): เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบหรือหลักแรก)",
        "Member {item} ({detail}): the national ID is not valid (check digit or first digit).",
        "สมาชิก: เลขประจำตัวประชาชน",
        "Members: national ID",
        f"SELECT m.household_id, m.seq, {_MEMBER_NAME} FROM members AS m"
        " WHERE m.national_id IS NOT NULL"
        f" AND (instr('{ID_FIRST_DIGITS}', substr(m.national_id, 1, 1)) = 0"
        f" OR (11 - ({_CHECK_SUM}) % 11) % 10 != substr(m.national_id, 13, 1) + 0)",
    ),
    QualityRule(
        "id_repeated",
        "เลขประจำตัวประชาชนซ้ำในสำนักงาน",
        "National ID repeated in the office",
        "สมาชิกลำดับที่ {item} ({detail}): เลขประจำตัวประชาชนซ้ำกับสมาชิกคนอื่นในสำนักงาน",
        "Member {item} ({detail}): another member of the office has the same national ID.",
        "สมาชิก: เลขประจำตัวประชาชน",
        "Members: national ID",
        f"SELECT m.household_id, m.seq, {_MEMBER_NAME} FROM members AS m"
        " WHERE m.national_id IN (SELECT national_id FROM members"
        " WHERE national_id IS NOT NULL GROUP BY national_id HAVING count(*) > 1)",
    ),
    QualityRule(
        "birth_in_future",
        "วันเกิดอยู่ในอนาคต",
        "Birth date in the future",
        "สมาชิกลำดับที่ {item} ({detail}): วันเกิดยังมาไม่ถึง",
        "Member {item} ({detail}): the birth date has not come yet.",
        "สมาชิก: วันเกิด",
        "Members: birth date",
        f"SELECT m.household_id, m.seq, {_MEMBER_NAME} FROM members AS m"
        " WHERE m.birth_date > :today",
    ),
    QualityRule(
        "age_over_120",
        "อายุเกิน 120 ปี",
        "Older than 120",
        "สมาชิกลำดับที่ {item} ({detail}): อายุเกิน 120 ปี ตรวจสอบวันเกิด (ปี พ.ศ. หรือ ค.ศ.)",
        "Member {item} ({detail}): older than 120; check the birth date (BE or CE year).",
        "สมาชิก: วันเกิด",
        "Members: birth date",
        f"SELECT m.household_id, m.seq, {_MEMBER_NAME} FROM members AS m"
        " WHERE m.birth_date <= :oldest_birth",
    ),
    QualityRule(
        "income_invalid",
        "รายได้ไม่ถูกต้อง",
        "Income not valid",
        "สมาชิกลำดับที่ {item}: รายได้ปี {detail} ติดลบหรือไม่ระบุประเภท",
        "Member {item}: an income line of {detail} is negative or has no category.",
        "สมาชิก: รายได้",
        "Members: income",
        "SELECT m.household_id, m.seq, l.survey_year FROM income_lines AS l"
        " JOIN members AS m ON m.id = l.member_id"
        " WHERE l.amount_satang < 0 OR l.cost_satang < 0 OR trim(l.category) = ''",
    ),
    QualityRule(
        "no_answers",
        "ไม่มีผลตัวชี้วัดปีสำรวจปัจจุบัน",
        "No indicator answers this survey year",
        "ยังไม่มีผลตัวชี้วัด จปฐ. ของปีสำรวจ {detail}",
        "No indicator answers for survey year {detail} yet.",
        "ตัวชี้วัด",
        "Indicators",
        "SELECT h.id, NULL, :survey_year FROM households AS h"
        " WHERE NOT EXISTS (SELECT 1 FROM indicator_results AS r"
        " WHERE r.household_id = h.id AND r.survey_year = :survey_year)",
    ),
    QualityRule(
        "no_stage",
        "ยังไม่ประเมินระดับการพัฒนา",
        "Stage not assessed",
        "ยังไม่มีการประเมินระดับการพัฒนา",
        "The household's stage has never been assessed.",
        "ระดับการพัฒนา",
        "Stages",
        "SELECT h.id, NULL, '' FROM households AS h"
        " WHERE NOT EXISTS (SELECT 1 FROM stage_assessments AS s WHERE s.household_id = h.id)",
    ),
    QualityRule(
        "stage_before_last_visit",
        "ไม่ได้ประเมินระดับหลังการเยี่ยมครั้งล่าสุด",
        "Stage not assessed after the last visit",
        "เยี่ยมติดตามครั้งล่าสุดเมื่อ {detail} แต่ยังไม่ได้ประเมินระดับการพัฒนาหลังจากนั้น",
        "Last visited on {detail}, but the stage was not assessed after that.",
        "ระดับการพัฒนา",
        "Stages",
        f"SELECT v.household_id, NULL, {_be_date('max(v.visited_on)')}"
        " FROM follow_up_visits AS v GROUP BY v.household_id"
        " HAVING max(v.visited_on) > coalesce((SELECT max(s.assessed_on)"
        " FROM stage_assessments AS s WHERE s.household_id = v.household_id), '')",
        tables=("follow_up_visits",),
    ),
    QualityRule(
        "assistance_outside_project",
        "ช่วยเหลือนอกช่วงเวลาโครงการ",
        "Assistance outside the project's dates",
        "ความช่วยเหลือเลขที่ {item}: วันที่ให้อยู่นอกช่วงเวลาของโครงการ {detail}",
        "Assistance no. {item}: given outside the dates of project {detail}.",
        "การช่วยเหลือ: วันที่ให้",
        "Assistance: date given",
        "SELECT a.household_id, a.id, p.name FROM assistance AS a"
        " JOIN projects AS p ON p.id = a.project_id"
        " WHERE a.given_on < p.start_date OR a.given_on > p.end_date",
    ),
    QualityRule(
        "assistance_unknown_household",
        "ช่วยเหลือครัวเรือนที่ไม่อยู่ในทะเบียน",
        "Assistance to a household not in the register",
        "ความช่วยเหลือเลขที่ {item}: ไม่มีครัวเรือนนี้ในทะเบียน",
        "Assistance no. {item}: the household is not in the register.",
        "การช่วยเหลือ",
        "Assistance",
        "SELECT a.household_id, a.id, '' FROM assistance AS a"
        " WHERE NOT EXISTS (SELECT 1 FROM households AS h WHERE h.id = a.household_id)",
    ),
)

RULE_BY_CODE: dict[str, QualityRule] = {rule.code: rule for rule in RULES}
assert len(RULE_BY_CODE) == len(RULES), "rule codes are unique"

"""What the clerk keys from paper on the day: the office, the second user, one household of
four written out in full, three one-person households, and the help they all received.

Each value is kept as it stands on paper (what `data_characters` counts) beside the keys
that enter it: a choice box is picked by typing the start of its entry, so its keys are
fewer than its characters.
"""

from __future__ import annotations

from dataclasses import dataclass

PROVINCE = "เพชรบูรณ์"
DISTRICT = "เมืองเพชรบูรณ์"
DISTRICT_CODE = "6701"
FIRST_CLERK = "สมศรี ใจดี"
SECOND_CLERK = "มานี รักเรียน"
SECOND_PASSWORD = "ขอนแก่น42"
AGENCY = "องค์การบริหารส่วนจังหวัดเพชรบูรณ์"


@dataclass(frozen=True)
class Choice:
    """An entry of a choice box: its text on paper, and the start typed to pick it."""

    text: str
    typed: str


@dataclass(frozen=True)
class Person:
    title: Choice
    first_name: str
    last_name: str
    national_id: str
    sex: Choice
    birth_be: str  # dd/mm/yyyy in the Buddhist era, as on the form
    relation: Choice
    birth_iso: str  # the same date as the database keeps it


MR, MRS, BOY = Choice("นาย", "น"), Choice("นาง", "นาง"), Choice("ด.ช.", "ด")
MALE, FEMALE = Choice("ชาย", "ช"), Choice("หญิง", "ห")
HEAD, WIFE = Choice("หัวหน้าครัวเรือน", ""), Choice("ภรรยา", "ภ")
CHILD, FATHER = Choice("บุตร", "บุ"), Choice("บิดา", "บิ")

SUBDISTRICT = Choice("ในเมือง", "ใน")
SUBDISTRICT_CODE = "670101"
VILLAGE_MOO = "1"  # the new-village box starts at หมู่ที่ 1: nothing to type
VILLAGE_NAME = "บ้านหนองนา"
HOUSE_NO = "45/2"
HOUSE_CODE = "67010000451"
SURNAME = "ใจดี"

MEMBERS = (
    Person(MR, "สมชาย", SURNAME, "3670300123484", MALE, "15/03/2510", HEAD, "1967-03-15"),
    Person(MRS, "สมหญิง", SURNAME, "1670100000013", FEMALE, "02/11/2514", WIFE, "1971-11-02"),
    Person(BOY, "ปิติ", SURNAME, "1670100000021", MALE, "29/02/2555", CHILD, "2012-02-29"),
    Person(MR, "เกียรติ", "แก้วมณี", "1670100000030", MALE, "01/01/2490", FATHER, "1947-01-01"),
)

PASSED, FAILED, NOT_APPLICABLE = (
    Choice("ผ่าน", "ผ"),
    Choice("ไม่ผ่าน", "ไ"),
    Choice("ไม่เกี่ยวข้อง", "ไม่เ"),
)
# The 17 indicators in the form's order (by dimension): no newborn and no child of 3-5, so
# 1 and 15 do not apply; the house is not secure (8); the grandfather has no income (21).
INDICATORS = {
    1: NOT_APPLICABLE, 4: PASSED, 5: PASSED, 7: PASSED,
    8: FAILED, 9: PASSED, 10: PASSED, 11: PASSED,
    15: NOT_APPLICABLE, 16: PASSED, 17: PASSED, 19: PASSED,
    20: PASSED, 21: FAILED, 22: PASSED,
    27: PASSED, 28: PASSED,
}  # fmt: skip
STATUS_CODES = {PASSED: "passed", FAILED: "failed", NOT_APPLICABLE: "na"}
STAGE = Choice("อยู่รอด", "อ")
SEARCH = "ยรต"  # inside เกียรติ, a member who is not the head
VISIT_FINDINGS = "ลูกไปโรงเรียนครบแล้ว รายได้ยังไม่พอ"
# The development plan made after the visit: a goal for each problem proposed (indicators
# 8 and 21), one activity with the agency and a due date (BE).
PLAN_GOALS = ("ซ่อมบ้านให้มั่นคง", "ปู่มีรายได้จากการจักสาน")
PLAN_ACTIVITY = "ฝึกอาชีพจักสาน"
PLAN_DUE = "31/03/2570"
SET_BOOK_NAME = "ชุดตัวชี้วัดจากจังหวัด.xlsx"  # the indicator set the province sent


@dataclass(frozen=True)
class SmallHousehold:
    """A one-person household keyed after the first with Save and next."""

    house_no: str
    person: Person


SMALL_HOUSEHOLDS = (
    SmallHousehold(
        "46", Person(MRS, "บุญมา", "ศรีสุข", "3670100045617", FEMALE, "05/05/2490", HEAD, "")
    ),
    SmallHousehold("47", Person(MR, "ทองดี", "มีสุข", "3670100045625", MALE, "10/10/2500", HEAD, "")),
    SmallHousehold(
        "48/1", Person(MR, "ประเสริฐ", "ชัยมงคล", "3670100045633", MALE, "20/06/2505", HEAD, "")
    ),
)

HELP_KIND = Choice("ถุงยังชีพ/สิ่งของ", "ถ")
HELP_DIMENSION = Choice("ความเป็นอยู่", "ค")
HELP_VALUE = "500"
HELP_OUTCOME = "ได้รับถุงยังชีพ"


def data_characters() -> int:
    """The characters of the first household as written on paper: every typed value and
    the text of every entry chosen (combining Thai marks count: each is a keystroke)."""
    values: list[str] = [SUBDISTRICT.text, VILLAGE_MOO, VILLAGE_NAME, HOUSE_NO, HOUSE_CODE]
    for person in MEMBERS:
        values += [
            person.title.text,
            person.first_name,
            person.last_name,
            person.national_id,
            person.sex.text,
            person.birth_be,
            person.relation.text,
        ]
    values += [answer.text for answer in INDICATORS.values()]
    values.append(STAGE.text)
    return sum(len(value) for value in values)


def every_character() -> str:
    """All the text the day types, for binding its characters to keys beforehand."""
    texts = [PROVINCE, DISTRICT, FIRST_CLERK, SECOND_CLERK, SECOND_PASSWORD, VILLAGE_NAME]
    texts += [VISIT_FINDINGS, SET_BOOK_NAME, *PLAN_GOALS, PLAN_ACTIVITY]
    texts += [SEARCH, HELP_OUTCOME, HELP_KIND.typed, HELP_DIMENSION.typed, STAGE.typed, "อ"]
    texts += [SUBDISTRICT.typed] + [answer.typed for answer in INDICATORS.values()]
    for person in MEMBERS + tuple(small.person for small in SMALL_HOUSEHOLDS):
        texts += [person.title.typed, person.first_name, person.last_name]
        texts += [person.sex.typed, person.relation.typed]
    return "".join(texts)

"""A clean four-member household draft for the household form's tests."""

import json
from datetime import date
from pathlib import Path

from desktop.services.households import (
    HouseholdDraft,
    IncomeDraft,
    IndicatorAnswer,
    MemberDraft,
    StageEntry,
)

TODAY = date(2025, 6, 15)  # 15 มิ.ย. 2568
SURVEY_YEAR = 2568
SUBDISTRICT = "670101"
VILLAGE = "67010101"
VERIFIER = "สมศรี ใจดี"
IDS = (
    "3670300123484",
    "1670300001013",
    "1670300001021",
    "1670300001030",
    "1670300001048",
    "1670300001056",
    "1670300001064",
    "1670300001072",
)
# The 17 indicators TPMAP uses, by their number in the จปฐ. 2560-2564 set.
TPMAP_NUMBERS = [1, 4, 5, 7, 8, 9, 10, 11, 15, 16, 17, 19, 20, 21, 22, 27, 28]
# Suggested answers of the clean household (see `members`), then the others.
ANSWERS = {16: "passed", 19: "passed", 20: "passed", 21: "failed", 22: "passed", 1: "na"}


def seeded_answers() -> list[IndicatorAnswer]:
    """The 17 indicators of the seed set, unanswered, with made-up ids (no database)."""
    path = Path(__file__).parents[1] / "db" / "seed_data" / "indicators_2560_2564.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["indicators"]
    return [
        IndicatorAnswer(100 + n, row["number"], row["dimension"], row["text_th"], row["text_en"])
        for n, row in enumerate(rows)
    ]


def members() -> list[MemberDraft]:
    """Head 58, wife 55, son 10 at school, grandmother 78 without work."""
    return [
        MemberDraft(
            title="mr", first_name="สมชาย", last_name="ใจดี", national_id="3-6703-00123-48-4",
            sex="M", birth_date="15/03/2510", relation="head", is_head=True,
            education_status="finished", education_level="primary", literate=True,
            occupation_main="farmer", welfare_card=True,
            incomes=[IncomeDraft("farming", "120,000", "20,000")],
        ),
        MemberDraft(
            title="mrs", first_name="สมหญิง", last_name="ใจดี", national_id=IDS[1], sex="F",
            birth_date="1 ม.ค. 2513", relation="wife", education_status="finished",
            education_level="lower_sec", literate=True, occupation_main="trader",
            occupation_second="laborer", incomes=[IncomeDraft("business", "๖๐๐๐๐")],
        ),
        MemberDraft(
            title="boy", first_name="สมปอง", last_name="ใจดี", national_id=IDS[2], sex="M",
            birth_date="10/10/2557", relation="child", education_status="studying",
            education_level="primary", literate=True, occupation_main="student",
        ),
        MemberDraft(
            title="mrs", first_name="บุญมา", last_name="ใจดี", national_id=IDS[3], sex="F",
            birth_date="05/05/2490", relation="mother", literate=False, occupation_main="none",
            chronic_illness=True,
            incomes=[IncomeDraft("elderly_allowance", "7200.00")],
        ),
    ]  # fmt: skip


def fill(draft: HouseholdDraft) -> HouseholdDraft:
    """Make ``draft`` (with its indicator list) the clean household; return it."""
    draft.subdistrict_code, draft.village_code = SUBDISTRICT, VILLAGE
    draft.house_no, draft.house_code = "12/3", "6701-0000-001"
    draft.has_welfare_card = True
    draft.survey_year = SURVEY_YEAR
    draft.members = members()
    for answer in draft.indicators:
        answer.status = ANSWERS.get(answer.number, "passed")
        answer.verified_by, answer.verified_on = VERIFIER, "01/06/2568"
    draft.stages = [
        StageEntry(stage="survival", assessed_on="01/03/2567", assessor=VERIFIER, reason="เริ่ม"),
        StageEntry(stage="sufficiency", assessed_on="10/06/2568", assessor=VERIFIER),
    ]
    draft.notes = "ทดสอบ"
    return draft


def clean_draft() -> HouseholdDraft:
    return fill(HouseholdDraft(indicators=seeded_answers()))

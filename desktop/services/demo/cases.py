"""Demo development plans and follow-up visits: about 30 % of the households at the
survival stage get a current plan (one problem per failing indicator, up to four, each
with a goal and one or two activities) and one to three visits after it. An activity
whose dimension a project already helped the household in names that project, and the
assistance row is recorded against it.

Drawn from a random generator of their own (seeded from the demo's seed), so the rest
of the demo (people, answers, stages, assistance) comes out as it did before plans.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.services.demo.people import Row
from desktop.services.demo.projects import ProjectInfo
from desktop.services.demo.words import INDICATOR_DIMENSION
from desktop.services.thai import to_be_year

PLANNED_SHARE = 0.30  # of the survival-stage households
LAST_VISIT_DAY = dt.date(2025, 9, 30)  # the end of fiscal year 2568, as the demo's other dates
MAX_PROBLEMS = 4
CASE_TABLES = ("development_plans", "plan_problems", "plan_activities", "follow_up_visits")

GOALS = {
    "health": ("สมาชิกดูแลสุขภาพได้ตามเกณฑ์", "กินอาหารปลอดภัยครบทุกมื้อ"),
    "living": ("บ้านมั่นคง มีน้ำใช้พอตลอดปี", "จัดบ้านให้สะอาด ถูกสุขลักษณะ"),
    "education": ("เด็กทุกคนได้เรียนตามเกณฑ์", "ผู้ใหญ่อ่านออกเขียนได้"),
    "income": ("มีอาชีพและรายได้พอใช้จ่าย", "รายได้ต่อคนผ่านเกณฑ์ จปฐ."),
    "access": ("ผู้สูงอายุและผู้พิการได้รับการดูแล", "ได้รับสิทธิสวัสดิการครบ"),
}
ACTIVITIES = {
    "health": ("ตรวจสุขภาพโดย อสม.", "อบรมโภชนาการในครัวเรือน", "ส่งต่อ รพ.สต."),
    "living": ("ซ่อมแซมบ้าน", "จัดหาโอ่งเก็บน้ำ", "ทำความสะอาดบ้านร่วมกับชุมชน"),
    "education": ("ประสานโรงเรียนรับเด็กเข้าเรียน", "เรียนหนังสือกับ กศน.", "ทุนการศึกษา"),
    "income": ("ฝึกอาชีพเพาะเห็ด", "ปลูกผักสวนครัวขาย", "เลี้ยงไก่ไข่", "กู้ยืมกองทุนหมู่บ้าน"),
    "access": ("ขึ้นทะเบียนเบี้ยยังชีพ", "เยี่ยมบ้านโดยอาสาสมัคร", "จัดหากายอุปกรณ์"),
}
FINDINGS = (
    "ครัวเรือนทำกิจกรรมตามแผนต่อเนื่อง",
    "รายได้เพิ่มขึ้นเล็กน้อย ยังต้องติดตาม",
    "ยังไม่ได้เริ่มกิจกรรม รอการสนับสนุน",
    "สมาชิกเจ็บป่วย กิจกรรมล่าช้า",
    "ปลูกผักขายได้ มีรายได้เสริม",
)
STATUS_WEIGHTS = (("planned", 40), ("doing", 30), ("done", 20), ("dropped", 10))


class CaseFactory:
    """Plan and visit rows for the households it is shown, with their own id counters."""

    def __init__(
        self,
        seed: int,
        ids: dict[str, int],
        indicator_numbers: dict[int, int],
        staff: tuple[str, ...],
        projects: list[ProjectInfo],
    ) -> None:
        self._rng = random.Random(f"{seed}-cases")
        self._ids = ids
        self._numbers = indicator_numbers  # indicator id → number
        self._staff = staff
        self._projects = projects  # the project factory's list, filled with the first batch

    def _take_id(self, table: str) -> int:
        value = self._ids[table]
        self._ids[table] = value + 1
        return value

    def write(
        self,
        household_id: int,
        stage: str,
        stage_date: dt.date,
        results: list[Row],
        assistance: list[Row],
        batch: dict[str, list[Row]],
    ) -> Row | None:
        """Maybe a plan and visits for the household (``results`` and ``assistance`` are
        its own rows); linked assistance rows get their ``plan_activity_id``. Returns the
        last visit's row (its stage is reassessed by the caller), None without a plan."""
        rng = self._rng
        failed = sorted(
            self._numbers[row["indicator_id"]] for row in results if row["status"] == "failed"
        )
        if stage != "survival" or not failed or rng.random() >= PLANNED_SHARE:
            return None
        made_on = stage_date + dt.timedelta(days=rng.randint(7, 60))
        maker = rng.choice(self._staff)
        plan_id = self._take_id("development_plans")
        batch["development_plans"].append(
            {
                "id": plan_id,
                "household_id": household_id,
                "title": f"แผนพัฒนาครัวเรือน ปี {to_be_year(made_on.year)}",
                "made_on": made_on,
                "is_current": True,
                "created_by": maker,
                "notes": "",
            }
        )
        helped = {row["dimension"]: row for row in assistance if row.get("dimension")}
        for seq, number in enumerate(failed[:MAX_PROBLEMS], start=1):
            dimension = INDICATOR_DIMENSION[number]
            problem_id = self._take_id("plan_problems")
            batch["plan_problems"].append(
                {
                    "id": problem_id,
                    "plan_id": plan_id,
                    "seq": seq,
                    "indicator_id": next(i for i, n in self._numbers.items() if n == number),
                    "dimension": dimension,
                    "goal": rng.choice(GOALS[dimension]),
                }
            )
            for activity_seq in range(1, rng.choice((1, 1, 2)) + 1):
                self._activity(problem_id, activity_seq, dimension, made_on, helped, batch)
        visited_on = made_on
        for number in range(rng.choice((1, 2, 2, 3))):
            visited_on += dt.timedelta(days=rng.randint(45, 120))
            if visited_on > LAST_VISIT_DAY:  # the demo's data ends with fiscal year 2568
                if number:
                    break
                visited_on = max(made_on + dt.timedelta(days=1), LAST_VISIT_DAY)
            batch["follow_up_visits"].append(
                {
                    "id": self._take_id("follow_up_visits"),
                    "household_id": household_id,
                    "visited_on": visited_on,
                    "visited_by": rng.choice(self._staff),
                    "findings": rng.choice(FINDINGS),
                    "stage_assessment_id": None,
                    "next_visit_due": visited_on + dt.timedelta(days=90),
                }
            )
        return batch["follow_up_visits"][-1]

    def _activity(
        self,
        problem_id: int,
        seq: int,
        dimension: str,
        made_on: dt.date,
        helped: dict[str, Row],
        batch: dict[str, list[Row]],
    ) -> None:
        rng = self._rng
        given = helped.pop(dimension, None) if seq == 1 else None
        activity_id = self._take_id("plan_activities")
        if given is not None:  # the help the household got serves this activity
            project_id, agency_id = given["project_id"], given["agency_id"]
            status = rng.choice(("doing", "done"))
            given["plan_activity_id"] = activity_id
        else:
            project_id = None
            agencies = sorted({project.agency_id for project in self._projects})
            agency_id = rng.choice(agencies) if agencies else None
            status = rng.choices(*zip(*STATUS_WEIGHTS, strict=True))[0]
        batch["plan_activities"].append(
            {
                "id": activity_id,
                "problem_id": problem_id,
                "seq": seq,
                "text": rng.choice(ACTIVITIES[dimension]),
                "agency_id": agency_id,
                "project_id": project_id,
                "due_on": made_on + dt.timedelta(days=rng.randint(90, 270)),
                "status": status,
            }
        )

"""Demo agencies, projects under the OKR umbrellas, key results, progress and assistance."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from desktop.services.demo.people import PersonFacts, Row
from desktop.services.demo.words import (
    AGENCY_TEMPLATES,
    ASSISTANCE_OUTCOMES,
    FIRST_NAMES_FEMALE,
    FIRST_NAMES_MALE,
    LAST_NAMES,
    PROGRESS_PROBLEMS,
    PROGRESS_RESULTS,
    PROJECT_TEMPLATES,
    ProjectTemplate,
)
from desktop.services.thai import fiscal_year_bounds

FISCAL_YEARS = (2567, 2568)
PROJECTS_PER_UMBRELLA_AND_YEAR = 2
ASSISTED_SHARE = 0.30
_DIMENSION_TH = {
    "health": "สุขภาพ",
    "living": "ความเป็นอยู่",
    "education": "การศึกษา",
    "income": "รายได้",
    "access": "การเข้าถึงบริการรัฐ",
}
_BUDGET_SOURCE = {
    "central": ("province", "ministry", "district"),
    "local_gov": ("local_gov",),
    "state_enterprise": ("fund",),
    "community": ("fund", "private"),
}
_MEMBER_KINDS = frozenset({"training", "occupation_kit", "cash", "health_care"})


@dataclass(frozen=True)
class ProjectInfo:
    """What the assistance step needs to know about one project."""

    id: int
    agency_id: int
    template: ProjectTemplate
    start: dt.date
    end: dt.date
    subdistricts: frozenset[str]


class ProjectFactory:
    """Builds the reference rows once, then picks assistance for household after household."""

    def __init__(
        self,
        rng: random.Random,
        next_ids: dict[str, int],
        district_name: str,
        province_name: str,
        subdistricts: list[tuple[str, str]],
        umbrellas: frozenset[str],
    ) -> None:
        self._rng = rng
        self._ids = next_ids
        self._district = district_name
        self._province = province_name
        self._subdistricts = subdistricts
        self._umbrellas = umbrellas
        self.projects: list[ProjectInfo] = []
        self._by_subdistrict: dict[str, list[ProjectInfo]] = {}

    def _take_id(self, table: str) -> int:
        value = self._ids[table]
        self._ids[table] = value + 1
        return value

    def _person(self) -> str:
        rng = self._rng
        if rng.random() < 0.5:
            return f"นาย{rng.choice(FIRST_NAMES_MALE)} {rng.choice(LAST_NAMES)}"
        title = "นาง" if rng.random() < 0.6 else "นางสาว"
        return f"{title}{rng.choice(FIRST_NAMES_FEMALE)} {rng.choice(LAST_NAMES)}"

    def build(self, total_households: int, rows: dict[str, list[Row]]) -> None:
        """Append agencies, projects, areas, key results and progress reports to ``rows``."""
        rng = self._rng
        names = [name for _, name in self._subdistricts]
        agency_ids: list[int] = []
        agency_kinds: list[str] = []
        for template in AGENCY_TEMPLATES:
            agency_id = self._take_id("agencies")
            name = template.name.format(
                district=self._district,
                province=self._province,
                subdistrict=rng.choice(names),
                subdistrict2=rng.choice(names),
            )
            rows["agencies"].append(
                {
                    "id": agency_id,
                    "code": f"DEMO-{agency_id:04d}",
                    "name": name,
                    "kind": template.kind,
                    "contact": template.contact,
                }
            )
            agency_ids.append(agency_id)
            agency_kinds.append(template.kind)
        chosen: list[tuple[int, ProjectTemplate]] = []
        for fiscal_year in FISCAL_YEARS:
            for umbrella in ("food", "housing", "income", "health", "social"):
                pool = [t for t in PROJECT_TEMPLATES if t.umbrella == umbrella]
                for template in rng.sample(pool, min(len(pool), PROJECTS_PER_UMBRELLA_AND_YEAR)):
                    chosen.append((fiscal_year, template))
        plans = []
        for fiscal_year, template in chosen:
            wide = rng.random() < 0.3
            count = len(self._subdistricts) if wide else rng.randint(2, 5)
            areas = sorted(code for code, _ in rng.sample(self._subdistricts, count))
            plans.append((fiscal_year, template, areas))
        area_total = sum(len(areas) for _, _, areas in plans)
        expected = ASSISTED_SHARE * 1.2 * total_households
        for fiscal_year, template, areas in plans:
            target = max(1, math.ceil(expected * len(areas) / area_total))
            agency = template.agency
            self._project(
                rows, fiscal_year, template, areas, target, agency_ids[agency], agency_kinds[agency]
            )

    def _project(
        self,
        rows: dict[str, list[Row]],
        fiscal_year: int,
        template: ProjectTemplate,
        areas: list[str],
        target: int,
        agency_id: int,
        agency_kind: str,
    ) -> None:
        rng = self._rng
        project_id = self._take_id("projects")
        first_day, last_day = fiscal_year_bounds(fiscal_year)
        start = first_day + dt.timedelta(days=rng.randint(20, 110))
        end = last_day - dt.timedelta(days=rng.randint(0, 60))
        running = fiscal_year == FISCAL_YEARS[-1] and rng.random() < 0.3
        low, high = template.value_baht
        budget_baht = round(target * (low + high) / 2 * rng.uniform(1.0, 1.3), -3)
        rows["projects"].append(
            {
                "id": project_id,
                "agency_id": agency_id,
                "fiscal_year": fiscal_year,
                "umbrella_code": template.umbrella
                if template.umbrella in self._umbrellas
                else None,
                "name": f"โครงการ{template.name} ประจำปีงบประมาณ {fiscal_year}",
                "rationale": (
                    f"ครัวเรือนเป้าหมายในอำเภอ{self._district}ยังไม่ผ่านเกณฑ์ด้าน"
                    f"{_DIMENSION_TH[template.dimension]} จึงจัดทำโครงการเพื่อแก้ไขปัญหา"
                    f"ตามแนวทาง{self._province}พอเพียง"
                ),
                "objectives": (
                    f"1. เพื่อ{template.name}ให้ครัวเรือนเป้าหมาย\n"
                    "2. เพื่อยกระดับครัวเรือนจากระดับอยู่รอดสู่ระดับพอเพียง"
                ),
                "target_group": "ครัวเรือนเป้าหมายตามระบบ TPMAP และข้อมูล จปฐ.",
                "target_count": target,
                "budget_source": rng.choice(_BUDGET_SOURCE[agency_kind]),
                "budget_satang": int(budget_baht) * 100,
                "start_date": start,
                "end_date": end,
                "responsible_person": self._person(),
                "responsible_phone": f"08{rng.randint(1, 9)}-{rng.randint(100, 999)}-"
                f"{rng.randint(1000, 9999)}",
                "status": "running" if running else "done",
                "steps": "1. คัดเลือกครัวเรือนเป้าหมาย\n2. ประชุมชี้แจง\n"
                "3. ดำเนินกิจกรรมตามแผน\n4. ติดตามและประเมินผล",
                "evaluation_method": "ติดตามเยี่ยมครัวเรือนและเทียบข้อมูล จปฐ. ก่อน-หลังโครงการ",
                "evaluation_tools": "แบบติดตามครัวเรือน แบบสอบถามความพึงพอใจ",
                "evidence": "ภาพถ่ายกิจกรรม ทะเบียนผู้รับความช่วยเหลือ รายงานผลการดำเนินงาน",
            }
        )
        for code in areas:
            rows["project_areas"].append(
                {
                    "id": self._take_id("project_areas"),
                    "project_id": project_id,
                    "subdistrict_code": code,
                    "village_code": None,
                }
            )
        results = [("จำนวนครัวเรือนเป้าหมายที่ได้รับความช่วยเหลือ", "ครัวเรือน", 0.0, float(target))]
        text, unit, extra_target = template.extra_result
        extra_baseline = float(rng.randint(20, 50)) if unit == "ร้อยละ" else 0.0
        results.append((text, unit, extra_baseline, float(extra_target or target)))
        results.append(("ร้อยละความพึงพอใจของผู้เข้าร่วมโครงการ", "ร้อยละ", 0.0, 85.0))
        count = rng.choices((1, 2, 3), (20, 50, 30))[0]
        for seq, (text, unit, baseline, goal) in enumerate(results[:count], start=1):
            indicator_id = self._take_id("project_indicators")
            rows["project_indicators"].append(
                {
                    "id": indicator_id,
                    "project_id": project_id,
                    "seq": seq,
                    "text": text,
                    "unit": unit,
                    "baseline": baseline,
                    "target": goal,
                }
            )
            spend = budget_baht * 100 if seq == 1 else 0
            self._progress(
                rows, indicator_id, fiscal_year, baseline, goal, 3 if running else 4, spend
            )
        info = ProjectInfo(project_id, agency_id, template, start, end, frozenset(areas))
        self.projects.append(info)
        for code in areas:
            self._by_subdistrict.setdefault(code, []).append(info)

    def _progress(
        self,
        rows: dict[str, list[Row]],
        indicator_id: int,
        fiscal_year: int,
        baseline: float,
        goal: float,
        quarters: int,
        budget_satang: float,
    ) -> None:
        rng = self._rng
        share = 0.0
        for quarter in range(1, quarters + 1):
            step = rng.uniform(0.05, 0.25) if quarter == 1 else rng.uniform(0.2, 0.35)
            if quarter == 4:
                step = max(0.0, rng.uniform(0.9, 1.05) - share)
            previous, share = share, min(1.05, share + step)
            rows["progress_reports"].append(
                {
                    "id": self._take_id("progress_reports"),
                    "project_indicator_id": indicator_id,
                    "fiscal_year": fiscal_year,
                    "quarter": quarter,
                    "value": round(baseline + (goal - baseline) * share, 1),
                    "money_spent_satang": int(budget_satang * 0.95 * (share - previous)),
                    "result": rng.choice(PROGRESS_RESULTS),
                    "problems": rng.choice(PROGRESS_PROBLEMS) if rng.random() < 0.25 else "",
                }
            )

    def assist(
        self,
        household_id: int,
        subdistrict: str,
        failed_dimensions: set[str],
        facts: list[PersonFacts],
        rows: list[Row],
    ) -> None:
        """Give about 30 % of households help from 1–2 projects working where they live."""
        rng = self._rng
        if not self.projects or rng.random() >= ASSISTED_SHARE:
            return
        local = self._by_subdistrict.get(subdistrict) or self.projects
        fitting = [p for p in local if p.template.dimension in failed_dimensions] or local
        how_many = 2 if rng.random() < 0.2 and len(fitting) > 1 else 1
        for project in rng.sample(fitting, how_many):
            template = project.template
            low, high = template.value_baht
            member_id: int | None = None
            if template.kind in _MEMBER_KINDS:
                cared = [f for f in facts if f.age >= 60 or f.disability]
                pool = cared if template.kind == "health_care" and cared else facts[:1]
                member_id = rng.choice(pool).member_id
            days = (project.end - project.start).days
            rows.append(
                {
                    "id": self._take_id("assistance"),
                    "household_id": household_id,
                    "member_id": member_id,
                    "project_id": project.id,
                    "agency_id": project.agency_id,
                    "given_on": project.start + dt.timedelta(days=rng.randint(0, days)),
                    "dimension": template.dimension,
                    "kind": template.kind,
                    "value_satang": int(round(rng.randint(low, high), -2)) * 100,
                    "outcome": rng.choice(ASSISTANCE_OUTCOMES),
                    "note": "",
                    "plan_activity_id": None,  # desktop/services/demo/cases.py may set it
                }
            )

"""Demo indicator results (the 17 TPMAP indicators) and stage histories of a household.

Indicators 15, 16, 17, 19, 20, 21 and 22 are derived from the members (``derived_status``)
and the clerk's verified ``status`` agrees with the suggestion almost always; the others
fail at low rates. An indicator that does not apply to the household is ``na``.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.services.demo.people import SURVEY_YEAR, PersonFacts, Row
from desktop.services.demo.words import INDICATOR_DIMENSION, STAGE_REASONS

STAGE_ORDER = ("survival", "sufficiency", "sustainable")
# Failure odds of the indicators not derived from member data, where they apply.
_FAIL_ODDS: dict[int, float] = {
    1: 0.10, 4: 0.04, 5: 0.03, 7: 0.09, 8: 0.08, 9: 0.04, 10: 0.04, 11: 0.06,
    27: 0.06, 28: 0.15,
}  # fmt: skip
# A target household fails at least one indicator; when none did, one of these is failed.
_FALLBACK = (7, 8, 11, 4, 9, 10, 5)
_FALLBACK_WEIGHTS = (30, 25, 20, 10, 6, 5, 4)
_STAGE_ODDS: dict[int, tuple[float, float, float]] = {  # by number of failed indicators
    1: (0.37, 0.42, 0.21),
    2: (0.55, 0.34, 0.11),
    3: (0.70, 0.25, 0.05),
}
FOLLOW_UP_REASON = "ทบทวนเมื่อเยี่ยมติดตาม: ยังไม่ผ่านตัวชี้วัดที่แผนมุ่งแก้"
_ASSESSMENT_WINDOWS = (  # first possible date and length in days, oldest first
    (dt.date(2023, 5, 1), 150),
    (dt.date(2024, 3, 1), 150),
    (dt.date(2025, 1, 6), 150),
)


class AssessmentFactory:
    """Indicator-result and stage-assessment rows, with their own id counters."""

    def __init__(
        self,
        rng: random.Random,
        indicator_ids: dict[int, int],
        income_threshold_baht: int,
        staff: tuple[str, ...],
        first_result_id: int,
        first_assessment_id: int,
    ) -> None:
        self._rng = rng
        self._indicator_ids = sorted(indicator_ids.items())
        self._threshold = income_threshold_baht
        self._staff = staff
        self._next_result_id = first_result_id
        self._next_assessment_id = first_assessment_id

    def derive(self, facts: list[PersonFacts]) -> dict[int, tuple[str, float | None]]:
        """The suggestion from member data for each indicator it can be derived for."""
        derived: dict[int, tuple[str, float | None]] = {}

        def verdict(number: int, applies: list[PersonFacts], ok: bool) -> None:
            if applies:
                derived[number] = ("passed" if ok else "failed", None)
            else:
                derived[number] = ("na", None)

        preschool = [f for f in facts if 3 <= f.age <= 5]
        verdict(15, preschool, all(f.studying for f in preschool))
        school = [f for f in facts if 6 <= f.age <= 14]
        verdict(16, school, all(f.studying for f in school))
        leavers = [f for f in facts if 15 <= f.age <= 17]
        verdict(17, leavers, all(f.studying or f.level != "lower_sec" for f in leavers))
        working_age = [f for f in facts if 15 <= f.age <= 59]
        verdict(19, working_age, all(f.literate for f in working_age))
        able = [f for f in working_age if not (f.studying or f.disability)]
        verdict(20, able, all(f.occupation not in ("", "none") for f in able))
        elderly = [f for f in facts if f.age >= 60 and not f.bedridden and f.age < 80]
        verdict(21, elderly, all(f.occupation not in ("", "none") for f in elderly))
        per_person = sum(f.net_income_baht for f in facts) / len(facts)
        derived[22] = ("passed" if per_person >= self._threshold else "failed", per_person)
        return derived

    def write_results(
        self, household_id: int, facts: list[PersonFacts], rows: list[Row]
    ) -> tuple[set[str], int, dt.date | None]:
        """Append the 17 results of ``SURVEY_YEAR``; return failed dimensions, their count
        and the day the answers were verified (None when nobody verified them)."""
        rng = self._rng
        derived = self.derive(facts)
        applies = {
            1: any(f.age == 0 for f in facts),
            27: any(f.age >= 60 for f in facts),
            28: any(f.disability for f in facts),
        }
        statuses: dict[int, tuple[str, str | None, float | None]] = {}
        for number, _ in self._indicator_ids:
            if number in derived:
                suggestion, value = derived[number]
                status = suggestion
                if suggestion != "na" and rng.random() < 0.03:  # the clerk saw otherwise
                    status = "passed" if suggestion == "failed" else "failed"
                statuses[number] = (status, suggestion, value)
            elif not applies.get(number, True):
                statuses[number] = ("na", None, None)
            else:
                failed = rng.random() < _FAIL_ODDS.get(number, 0.05)
                statuses[number] = ("failed" if failed else "passed", None, None)
        if not any(s[0] == "failed" for s in statuses.values()):
            number = rng.choices(_FALLBACK, _FALLBACK_WEIGHTS)[0]
            statuses[number] = ("failed", None, None)
        verified = rng.random() < 0.85
        verifier = rng.choice(self._staff) if verified else ""
        verified_on = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(180))
        for number, indicator_id in self._indicator_ids:
            status, suggestion, value = statuses[number]
            rows.append(
                {
                    "id": self._next_result_id,
                    "household_id": household_id,
                    "indicator_id": indicator_id,
                    "survey_year": SURVEY_YEAR,
                    "status": status,
                    "derived_status": suggestion,
                    "derived_value": value,
                    "verified_by": verifier,
                    "verified_on": verified_on if verified else None,
                }
            )
            self._next_result_id += 1
        failed = [n for n, s in statuses.items() if s[0] == "failed"]
        return (
            {INDICATOR_DIMENSION[n] for n in failed},
            len(failed),
            (verified_on if verified else None),
        )

    def write_stages(
        self, household_id: int, failed_count: int, rows: list[Row]
    ) -> tuple[str, dt.date]:
        """Append 1–3 stage assessments; return the latest (current) stage and its date."""
        rng = self._rng
        odds = _STAGE_ODDS[min(3, max(1, failed_count))]
        current = rng.choices(range(3), odds)[0]
        count = rng.choices((1, 2, 3), (35, 40, 25))[0]
        stages = [current]
        for _ in range(count - 1):
            stages.append(max(0, stages[-1] - (1 if rng.random() < 0.6 else 0)))
        stages.reverse()
        windows = _ASSESSMENT_WINDOWS[-count:] if rng.random() < 0.7 else _ASSESSMENT_WINDOWS
        assessor = rng.choice(self._staff)
        date = dt.date.min
        for stage, (start, length) in zip(stages, windows, strict=False):
            date = start + dt.timedelta(days=rng.randrange(length))
            name = STAGE_ORDER[stage]
            rows.append(
                {
                    "id": self._next_assessment_id,
                    "household_id": household_id,
                    "stage": name,
                    "assessed_on": date,
                    "assessor": assessor,
                    "reason": rng.choice(STAGE_REASONS[name]),
                }
            )
            self._next_assessment_id += 1
        return STAGE_ORDER[stages[-1]], date

    def reassess(
        self, household_id: int, stage: str, on: dt.date, assessor: str, rows: list[Row]
    ) -> int:
        """A follow-up visit's reassessment that keeps the stage; its id. Draws nothing
        from the generator, so the households after it come out as they did before."""
        assessment_id = self._next_assessment_id
        self._next_assessment_id += 1
        rows.append(
            {
                "id": assessment_id,
                "household_id": household_id,
                "stage": stage,
                "assessed_on": on,
                "assessor": assessor,
                "reason": FOLLOW_UP_REASON,
            }
        )
        return assessment_id

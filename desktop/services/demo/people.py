"""Demo households: members with coherent ages, relations, names, IDs and income.

Everything is drawn from one seeded ``random.Random``, one household after another, so
the output depends only on the seed and the database's starting ids, not on batch sizes.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from desktop.services.demo.words import FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, LAST_NAMES
from desktop.services.thai import national_id_check_digit, thai_sort_key

Row = dict[str, Any]

SURVEY_YEAR = 2567  # BE; the survey date below is in it
SURVEY_DATE = dt.date(2024, 6, 30)
HOUSEHOLD_SIZES = (1, 2, 3, 4, 5, 6, 7, 8)
SIZE_WEIGHTS = (6, 12, 20, 24, 18, 11, 6, 3)  # mean ≈ 4.1 members
_ID_STRIDE = 3_141_593  # odd and not a multiple of 5: index → 7-digit serial is a bijection
_SERIALS = 10_000_000
_EARNING = ("farmer", "laborer", "trader", "employee", "civil_servant", "own_business", "other")
# (category, gross min, gross max, cost share min, cost share max), baht per year
_INCOME_OF: dict[str, tuple[str, int, int, float, float]] = {
    "farmer": ("farming", 25_000, 110_000, 0.3, 0.5),
    "laborer": ("wages", 30_000, 95_000, 0.0, 0.0),
    "trader": ("business", 40_000, 140_000, 0.3, 0.5),
    "employee": ("wages", 100_000, 190_000, 0.0, 0.0),
    "civil_servant": ("wages", 180_000, 360_000, 0.0, 0.0),
    "own_business": ("business", 60_000, 220_000, 0.35, 0.5),
    "other": ("other", 15_000, 60_000, 0.0, 0.0),
}


@dataclass(slots=True)
class Person:
    """A planned member, before it becomes a row."""

    relation: str
    sex: str
    age: int
    married: bool
    shares_last_name: bool


@dataclass(slots=True)
class PersonFacts:
    """What the indicator and assistance steps need to know about a written member."""

    member_id: int
    age: int
    relation: str
    studying: bool
    level: str
    literate: bool | None
    occupation: str
    disability: bool
    bedridden: bool
    net_income_baht: int


class PeopleFactory:
    """Turns plans into member and income rows; keeps the ID and name-key state."""

    def __init__(
        self,
        rng: random.Random,
        district_code: str,
        first_member_id: int,
        first_income_id: int,
        taken_ids: frozenset[str],
    ) -> None:
        self._rng = rng
        self._district = district_code
        self._next_member_id = first_member_id
        self._next_income_id = first_income_id
        self._taken_ids = taken_ids
        self._id_index = rng.randrange(_SERIALS)
        self._name_keys: dict[str, bytes] = {}

    # -- planning -------------------------------------------------------------------
    def plan(self) -> list[Person]:
        """Who lives in one household: head first, then spouse, parent, (grand)children."""
        rng = self._rng
        size = rng.choices(HOUSEHOLD_SIZES, SIZE_WEIGHTS)[0]
        head_sex = "M" if rng.random() < 0.62 else "F"
        head_age = int(rng.triangular(25, 86, 52))
        people = [Person("head", head_sex, head_age, False, True)]
        if size >= 2 and rng.random() < (0.8 if head_age < 70 else 0.5):
            gap = rng.randint(0, 6)
            spouse_sex = "F" if head_sex == "M" else "M"
            spouse_age = head_age - gap if head_sex == "M" else head_age + gap
            relation = "wife" if spouse_sex == "F" else "husband"
            people.append(Person(relation, spouse_sex, max(20, spouse_age), True, True))
            people[0].married = True
        if len(people) < size and head_age <= 58 and rng.random() < 0.15:
            parent_sex = "F" if rng.random() < 0.65 else "M"
            parent_age = min(95, head_age + rng.randint(20, 35))
            relation = "mother" if parent_sex == "F" else "father"
            shares = head_sex == "M" and (parent_sex == "M" or rng.random() < 0.8)
            people.append(Person(relation, parent_sex, parent_age, True, shares))
        if len(people) < size and rng.random() < 0.04:
            age = rng.randint(15, 70)
            relation = "relative" if rng.random() < 0.7 else "lodger"
            shares = relation == "relative" and rng.random() < 0.5
            people.append(Person(relation, rng.choice("MF"), age, age > 30, shares))
        couple = [p for p in people if p.relation in ("head", "wife", "husband")]
        mother_age = next((p.age for p in couple if p.sex == "F"), head_age)
        slots = size - len(people)
        grandchildren = rng.randint(1, slots - 1) if head_age >= 52 and slots >= 2 else 0
        for _ in range(slots - grandchildren):
            low, high = max(0, mother_age - 40), max(0, mother_age - 18)
            age = rng.randint(low, high)
            people.append(Person("child", rng.choice("MF"), age, age >= 25, rng.random() < 0.92))
        for _ in range(grandchildren):
            age = rng.randint(0, min(20, max(0, head_age - 42)))
            people.append(Person("grandchild", rng.choice("MF"), age, False, rng.random() < 0.7))
        return people

    # -- rows -----------------------------------------------------------------------
    def write(
        self, household_id: int, people: list[Person], members: list[Row], incomes: list[Row]
    ) -> list[PersonFacts]:
        """Append one household's member and income rows; return facts about them."""
        rng = self._rng
        family_name = rng.choice(LAST_NAMES)
        facts: list[PersonFacts] = []
        welfare_household = rng.random() < 0.88
        for seq, person in enumerate(people, start=1):
            member_id = self._next_member_id
            self._next_member_id += 1
            first = rng.choice(FIRST_NAMES_MALE if person.sex == "M" else FIRST_NAMES_FEMALE)
            last = family_name if person.shares_last_name else rng.choice(LAST_NAMES)
            birth = self._birth_date(person.age)
            status, level, literate = self._education(person.age)
            occupation, second = self._occupation(person.age, status)
            disability = rng.random() < (0.08 if person.age >= 60 else 0.025)
            bedridden = person.age >= 60 and rng.random() < (0.12 if disability else 0.025)
            card_odds = 0.92 if seq == 1 else 0.6
            welfare_card = person.age >= 18 and welfare_household and rng.random() < card_odds
            lives_here = not (
                person.relation == "child" and person.age >= 18 and rng.random() < 0.2
            )
            name = f"{first} {last}"
            name_key = self._name_keys.get(name)
            if name_key is None:
                name_key = self._name_keys[name] = thai_sort_key(name)
            members.append(
                {
                    "id": member_id,
                    "household_id": household_id,
                    "seq": seq,
                    "title": self._title(person),
                    "first_name": first,
                    "last_name": last,
                    "name_key": name_key,
                    "national_id": self._national_id(birth.year),
                    "sex": person.sex,
                    "birth_date": birth,
                    "relation": person.relation,
                    "is_head": seq == 1,
                    "education_status": status,
                    "education_level": level,
                    "literate": literate,
                    "occupation_main": occupation,
                    "occupation_second": second,
                    "disability": disability,
                    "chronic_illness": rng.random() < (0.35 if person.age >= 60 else 0.12),
                    "bedridden": bedridden,
                    "welfare_card": welfare_card,
                    "lives_here": lives_here,
                }
            )
            net = self._income(member_id, person.age, occupation, second, incomes)
            net += self._allowances(member_id, person.age, disability, welfare_card, incomes)
            facts.append(
                PersonFacts(
                    member_id, person.age, person.relation, status == "studying", level,
                    literate, occupation, disability, bedridden, net,
                )
            )  # fmt: skip
        if any(not m["lives_here"] for m in members[-len(people) :]) or rng.random() < 0.15:
            facts[0].net_income_baht += self._line(
                facts[0].member_id, "remittance", rng.randint(12, 60) * 1000, 0, incomes
            )
        return facts

    def _birth_date(self, age: int) -> dt.date:
        """A birth date that makes the person exactly ``age`` on the survey date."""
        latest = SURVEY_DATE.replace(year=SURVEY_DATE.year - age)
        earliest = SURVEY_DATE.replace(year=SURVEY_DATE.year - age - 1) + dt.timedelta(days=1)
        return earliest + dt.timedelta(days=self._rng.randint(0, (latest - earliest).days))

    def _title(self, person: Person) -> str:
        if person.age < 15:
            return "boy" if person.sex == "M" else "girl"
        if person.sex == "M":
            return "mr"
        married = person.married or (person.age >= 30 and self._rng.random() < 0.6)
        return "mrs" if married else "miss"

    def _national_id(self, birth_year_ce: int) -> str:
        first_digit = "1" if birth_year_ce >= 1984 else "3"
        while True:
            serial = (self._id_index * _ID_STRIDE + 7_654_321) % _SERIALS
            self._id_index += 1
            first12 = f"{first_digit}{self._district}{serial:07d}"
            national_id = first12 + national_id_check_digit(first12)
            if national_id not in self._taken_ids:
                return national_id

    def _education(self, age: int) -> tuple[str, str, bool | None]:
        """(education status, level, literate) plausible for ``age``."""
        r = self._rng.random()
        if age < 3:
            return "", "", None
        if age <= 5:
            return ("studying", "preschool", None) if r < 0.9 else ("never", "none", None)
        if age <= 14:
            level = "primary" if age <= 11 else "lower_sec"
            if r < 0.96:
                return "studying", level, age >= 7
            return "dropped", "primary", age >= 9
        if age <= 17:
            if r < 0.72:
                return "studying", ("upper_sec" if r < 0.55 else "vocational"), True
            return ("finished" if r < 0.92 else "dropped"), "lower_sec", True
        if age <= 22 and r < 0.3:
            return "studying", ("bachelor" if r < 0.2 else "vocational"), True
        if age >= 60:
            if r < 0.12:
                return "never", "none", r < 0.04
            level = "primary" if r < 0.88 else "lower_sec"
            return "finished", level, r > 0.2
        if r < 0.02:
            return "never", "none", False
        older = age >= 45
        cuts = (0.65, 0.8, 0.92, 0.97) if older else (0.27, 0.52, 0.76, 0.88)
        levels = ("primary", "lower_sec", "upper_sec", "vocational", "bachelor")
        level = next((lv for lv, cut in zip(levels, cuts, strict=False) if r < cut), "bachelor")
        literate = self._rng.random() > (0.03 if level == "primary" else 0.005)
        return "finished", level, literate

    def _occupation(self, age: int, education_status: str) -> tuple[str, str]:
        rng = self._rng
        if education_status == "studying" and age >= 6:
            return "student", ""
        if age < 15:
            return "", ""
        if age >= 60 and rng.random() < (0.3 if age < 75 else 0.85):
            return "none", ""
        r = rng.random()
        if r < 0.1:
            return "none", ""
        main = rng.choices(
            ("farmer", "laborer", "trader", "employee", "own_business", "civil_servant", "other"),
            (42, 31, 9, 6, 4, 1, 3),
        )[0]
        second = ""
        if main == "farmer" and rng.random() < 0.3:
            second = "laborer"
        elif main in ("laborer", "employee") and rng.random() < 0.15:
            second = "farmer"
        return main, second

    def _line(self, member_id: int, category: str, baht: int, cost: int, rows: list[Row]) -> int:
        rows.append(
            {
                "id": self._next_income_id,
                "member_id": member_id,
                "survey_year": SURVEY_YEAR,
                "category": category,
                "amount_satang": baht * 100,
                "cost_satang": cost * 100,
            }
        )
        self._next_income_id += 1
        return baht - cost

    def _income(self, member_id: int, age: int, main: str, second: str, rows: list[Row]) -> int:
        net = 0
        for index, occupation in enumerate((main, second)):
            if occupation not in _EARNING:
                continue
            category, low, high, cost_low, cost_high = _INCOME_OF[occupation]
            scale = 0.4 if index else (0.7 if age >= 60 else 1.0)
            gross = round(self._rng.randint(low, high) * scale, -2)
            cost = round(gross * self._rng.uniform(cost_low, cost_high), -2)
            net += self._line(member_id, category, int(gross), int(cost), rows)
        return net

    def _allowances(
        self, member_id: int, age: int, disabled: bool, welfare_card: bool, rows: list[Row]
    ) -> int:
        net = 0
        if age >= 60:  # the stepped elderly allowance, baht a month
            monthly = 600 if age < 70 else 700 if age < 80 else 800 if age < 90 else 1000
            net += self._line(member_id, "elderly_allowance", monthly * 12, 0, rows)
        if disabled:
            net += self._line(member_id, "disability_allowance", 800 * 12, 0, rows)
        if welfare_card:
            net += self._line(member_id, "welfare", self._rng.choice((200, 300)) * 12, 0, rows)
        return net

"""Demo villages (หมู่บ้าน): 6–15 per subdistrict with Thai names, and house numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from desktop.services.demo.people import Row
from desktop.services.demo.words import VILLAGE_FEATURES, VILLAGE_LANDFORMS, VILLAGE_QUALIFIERS

MIN_VILLAGES, MAX_VILLAGES = 6, 15


@dataclass
class VillagePlan:
    code: str
    subdistrict_code: str
    row: Row  # the `villages` row (only inserted when `is_new`)
    is_new: bool
    _last_house_no: int = field(default=0, repr=False)

    def next_house_no(self, rng: random.Random) -> str:
        """The next house number along the village road: "45", sometimes "112/3"."""
        self._last_house_no += rng.randint(1, 30) if self._last_house_no == 0 else rng.randint(1, 4)
        if rng.random() < 0.15:
            return f"{self._last_house_no}/{rng.randint(1, 5)}"
        return str(self._last_house_no)


def _village_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"บ้าน{rng.choice(VILLAGE_LANDFORMS)}{rng.choice(VILLAGE_FEATURES)}"
        if rng.random() < 0.15:
            name += rng.choice(VILLAGE_QUALIFIERS)
        if name not in taken:
            taken.add(name)
            return name


def plan_villages(
    rng: random.Random,
    district_code: str,
    subdistricts: tuple[tuple[str, str], ...],
    existing: tuple[tuple[str, str], ...],
) -> list[VillagePlan]:
    """Villages for every subdistrict: the existing ones where there are any, else new."""
    plans: list[VillagePlan] = []
    by_subdistrict: dict[str, list[str]] = {}
    for village_code, subdistrict_code in existing:
        by_subdistrict.setdefault(subdistrict_code, []).append(village_code)
    for subdistrict_code, subdistrict_name in subdistricts:
        if not subdistrict_code.startswith(district_code):
            raise ValueError(f"subdistrict {subdistrict_code} is not in {district_code}")
        if by_subdistrict.get(subdistrict_code):
            plans.extend(
                VillagePlan(code, subdistrict_code, {}, False)
                for code in by_subdistrict[subdistrict_code]
            )
            continue
        taken: set[str] = set()
        for moo in range(1, rng.randint(MIN_VILLAGES, MAX_VILLAGES) + 1):
            if moo == 1:  # หมู่ 1 often carries the subdistrict's own name
                name = subdistrict_name
                if not name.startswith("บ้าน"):
                    name = f"บ้าน{name}"
                taken.add(name)
            else:
                name = _village_name(rng, taken)
            code = f"{subdistrict_code}{moo:02d}"
            row = {"code": code, "subdistrict_code": subdistrict_code, "moo": moo, "name_th": name}
            plans.append(VillagePlan(code, subdistrict_code, row, True))
    return plans

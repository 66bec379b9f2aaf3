"""Subdistrict and village names as another office writes them, matched to the office's.

A list writes "ต.ตะเบาะ", "ตำบล ตะเบาะ", "ต.ต.ตะเบาะ" or "ตะเบา" for ตะเบาะ, and "ม.3 บ้านนา"
or "บ้านนา" for a village. The level words (ต./ตำบล/อ./อำเภอ for a subdistrict, ม./หมู่/หมู่ที่
and บ้าน for a village) are taken off, however often repeated, before matching, and exactly
one is put back when a name is shown. A name that matches only after a typo is forgiven
(rapidfuzz) is kept as a ``PlaceMatch`` for the clerk to confirm in the dry run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Subdistrict, Village
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.values import CellProblem

SUBDISTRICT_PREFIX = "ต."
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio (0-100) a misspelt name must reach
FUZZY_MARGIN = 5.0  # the runner-up must be this far behind, or the name is ambiguous
_SUBDISTRICT_WORDS = re.compile(r"^\s*(?:ตำบล|ต\s*\.|อำเภอ|อ\s*\.)\s*")
_VILLAGE_WORDS = re.compile(r"^\s*(?:หมู่บ้าน|หมู่ที่|หมู่|ม\s*\.|บ้าน|บ\s*\.)\s*[0-9๐-๙]*\s*")


def _strip(pattern: re.Pattern[str], value: str) -> str:
    core = " ".join(value.split())
    while True:
        shorter = pattern.sub("", core, count=1).strip()
        if shorter == core:
            return core
        core = shorter


def subdistrict_core(value: str) -> str:
    """ "ต.ต.ตะเบาะ" → "ตะเบาะ"."""
    return _strip(_SUBDISTRICT_WORDS, value)


def village_core(value: str) -> str:
    """ "ม.3 บ้านหนองนา" → "หนองนา"."""
    return _strip(_VILLAGE_WORDS, value)


def subdistrict_label(name: str) -> str:
    """A subdistrict name with exactly one "ต." in front."""
    core = subdistrict_core(name)
    return f"{SUBDISTRICT_PREFIX}{core}" if core else ""


def village_label(name: str) -> str:
    """A village name with exactly one "บ้าน" in front."""
    shown = " ".join(name.split())
    while shown.startswith("บ้านบ้าน"):
        shown = shown.removeprefix("บ้าน")
    return shown if not shown or shown.startswith("บ้าน") else f"บ้าน{shown}"


@dataclass
class PlaceMatch:
    """A name in the list that was taken for an office name it does not spell exactly."""

    kind: str  # "subdistrict" | "village"
    written: str  # as the list wrote it
    shown: str  # the office's name, with its one prefix: "ต.ตะเบาะ", "ม.3 บ้านนา"
    code: str
    score: float
    rows: list[int] = field(default_factory=list)


def _best(core: str, choices: dict[str, list[str]]) -> tuple[str, float] | None:
    """The choice a misspelt name stands for, or None (no choice close enough, or two)."""
    from rapidfuzz import fuzz, process  # here: only a province's import needs it, not the start

    found = process.extract(core, list(choices), scorer=fuzz.ratio, limit=2)
    if not found or found[0][1] < FUZZY_CUTOFF:
        return None
    if len(found) > 1 and found[0][1] - found[1][1] < FUZZY_MARGIN:
        return None
    return found[0][0], float(found[0][1])


class PlaceNames:
    """The office's subdistricts (its district first, then its province) and villages."""

    def __init__(
        self, session: Session, district: str, refused: frozenset[str] = frozenset()
    ) -> None:
        rows = session.execute(
            select(Subdistrict.code, Subdistrict.name_th, Subdistrict.district_code)
        ).all()
        self.local: dict[str, list[str]] = {}
        self.province: dict[str, list[str]] = {}
        self.names: dict[str, str] = {}
        for code, name_th, district_code in rows:
            self.names[code] = name_th
            if district_code == district:
                self.local.setdefault(subdistrict_core(name_th), []).append(code)
            elif district_code[:2] == district[:2]:
                self.province.setdefault(subdistrict_core(name_th), []).append(code)
        self.villages: dict[str, dict[str, list[str]]] = {}
        self.village_names: dict[str, str] = {}
        for code, name_th, subdistrict in session.execute(
            select(Village.code, Village.name_th, Village.subdistrict_code)
        ).all():
            self.village_names[code] = name_th
            self.villages.setdefault(subdistrict, {}).setdefault(village_core(name_th), []).append(
                code
            )
        self.refused = refused  # names the clerk said were not what the matcher took them for
        self.matches: dict[tuple[str, str], PlaceMatch] = {}

    def subdistrict_code(self, value: str, row: int) -> str:
        core = subdistrict_core(value)
        found = self.local.get(core) or self.province.get(core) or []
        if not found:
            for choices in (self.local, self.province):
                best = _best(core, choices) if value not in self.refused else None
                if best is not None:
                    found = choices[best[0]]
                    if len(found) == 1:
                        self._note("subdistrict", value, found[0], best[1], row)
                    break
        if not found:
            raise CellProblem(RejectCode.SUBDISTRICT_UNKNOWN, value=value)
        if len(found) > 1:
            raise CellProblem(RejectCode.SUBDISTRICT_AMBIGUOUS, value=value)
        return found[0]

    def village_code(self, subdistrict: str, value: str, row: int) -> str | None:
        """The village of ``subdistrict`` a name stands for; None when none is close."""
        choices = self.villages.get(subdistrict, {})
        core = village_core(value)
        found = choices.get(core, [])
        if not found and value not in self.refused:
            best = _best(core, choices)
            if best is not None and len(choices[best[0]]) == 1:
                found = choices[best[0]]
                self._note("village", value, found[0], best[1], row)
        return found[0] if len(found) == 1 else None

    def shown(self, kind: str, code: str) -> str:
        if kind == "subdistrict":
            return subdistrict_label(self.names.get(code, ""))
        moo = int(code[6:])
        return f"ม.{moo} {village_label(self.village_names.get(code, ''))}"

    def _note(self, kind: str, written: str, code: str, score: float, row: int) -> None:
        key = (kind, written)
        if key not in self.matches:
            self.matches[key] = PlaceMatch(kind, written, self.shown(kind, code), code, score)
        self.matches[key].rows.append(row)

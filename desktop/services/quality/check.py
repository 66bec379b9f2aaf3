"""Running every rule over the whole office, into a report by village.

One read transaction: the rules' statements (desktop/services/quality/rules.py), one
statement for the households' addresses and one for the change log's latest row, so the
report describes one consistent state of the database and says which (``change_id``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from desktop.services.quality.rules import RULES, QualityRule, RuleParameters, default_survey_year

UNKNOWN_VILLAGE = ""  # the village code of problems whose household is not in the register


class CheckCancelled(Exception):
    """The clerk cancelled the check; nothing was recorded."""


@dataclass(frozen=True)
class QualityProblem:
    rule: str  # QualityRule.code
    household_id: int
    household_key: str  # "" when the household is not in the register
    house_no: str
    village_code: str  # UNKNOWN_VILLAGE when the household is not in the register
    item: int | None  # the member's number, the assistance record's id; None: household
    detail: str

    @property
    def in_register(self) -> bool:
        return bool(self.household_key)


@dataclass(frozen=True)
class VillageReport:
    village_code: str  # UNKNOWN_VILLAGE for problems of households not in the register
    moo: int
    village_name: str
    subdistrict_name: str
    households: int
    counts: dict[str, int]  # rule code -> problems, only rules that found some
    problems: tuple[QualityProblem, ...]

    @property
    def problem_count(self) -> int:
        return len(self.problems)


@dataclass(frozen=True)
class QualityReport:
    checked_at: dt.datetime  # aware UTC
    today: dt.date
    survey_year: int
    households: int
    change_id: int  # the change log's latest row when checked (0: none)
    rules: tuple[str, ...]  # the codes of the rules run, in order
    villages: tuple[VillageReport, ...]  # every village with households or problems
    counts: dict[str, int] = field(default_factory=dict)  # rule code -> problems, office

    @property
    def problem_count(self) -> int:
        return sum(self.counts.values())

    @property
    def is_clean(self) -> bool:
        return self.problem_count == 0

    def problems(self) -> list[QualityProblem]:
        return [problem for village in self.villages for problem in village.problems]


ProgressFn = Callable[[int, int], None]

_HOUSEHOLDS_SQL = "SELECT id, key, house_no, village_code, house_no_key FROM households"
_VILLAGES_SQL = (
    "SELECT v.code, v.moo, v.name_th, coalesce(s.name_th, ''), count(h.id)"
    " FROM villages AS v LEFT JOIN subdistricts AS s ON s.code = v.subdistrict_code"
    " LEFT JOIN households AS h ON h.village_code = v.code GROUP BY v.code ORDER BY v.code"
)
_TABLES_SQL = "SELECT name FROM sqlite_master WHERE type = 'table'"
LATEST_CHANGE_SQL = "SELECT coalesce(max(id), 0) FROM change_log"
LATEST_SURVEY_YEAR_SQL = "SELECT max(survey_year) FROM indicator_results"


def latest_survey_year(connection: Connection) -> int | None:
    return connection.exec_driver_sql(LATEST_SURVEY_YEAR_SQL).scalar()


def applicable_rules(
    connection: Connection, rules: Sequence[QualityRule] = RULES
) -> tuple[QualityRule, ...]:
    """The rules whose extra tables the database has (all of them, once it is current)."""
    tables = {name for (name,) in connection.exec_driver_sql(_TABLES_SQL)}
    return tuple(rule for rule in rules if set(rule.tables) <= tables)


def run_check(
    connection: Connection,
    *,
    today: dt.date,
    survey_year: int | None = None,
    rules: Sequence[QualityRule] = RULES,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> QualityReport:
    """Every rule over the office as ``connection`` sees it (run it in one transaction).

    ``survey_year`` defaults to the office's current survey year (``default_survey_year``).
    Raises CheckCancelled between rules once ``cancelled()``."""
    checked_at = dt.datetime.now(dt.UTC)
    year = survey_year or default_survey_year(latest_survey_year(connection), today)
    params = RuleParameters(today, year).values()
    rules = applicable_rules(connection, rules)
    steps = len(rules) + 1
    found: list[tuple[str, int, int | None, str]] = []
    for done, rule in enumerate(rules):
        if cancelled():
            raise CheckCancelled
        if progress is not None:
            progress(done, steps)
        for household_id, item, detail in connection.exec_driver_sql(rule.sql, params):
            found.append((rule.code, household_id, item, "" if detail is None else str(detail)))
    change_id = connection.exec_driver_sql(LATEST_CHANGE_SQL).scalar_one()
    report = _fold(connection, found, rules, checked_at, today, year, change_id)
    if progress is not None:
        progress(steps, steps)
    return report


def _fold(
    connection: Connection,
    found: list[tuple[str, int, int | None, str]],
    rules: Sequence[QualityRule],
    checked_at: dt.datetime,
    today: dt.date,
    survey_year: int,
    change_id: int,
) -> QualityReport:
    """The problems grouped by village, each village's in house-number order."""
    address = {
        row[0]: row[1:] for row in connection.exec_driver_sql(_HOUSEHOLDS_SQL)
    }  # id -> key, house_no, village_code, house_no_key
    order = {rule.code: position for position, rule in enumerate(rules)}
    by_village: dict[str, list[tuple[tuple, QualityProblem]]] = defaultdict(list)
    for code, household_id, item, detail in found:
        key, house_no, village, house_key = address.get(household_id, ("", "", UNKNOWN_VILLAGE, ""))
        problem = QualityProblem(code, household_id, key, house_no, village, item, detail)
        sort_key = (house_key, household_id, order[code], item or 0)
        by_village[village].append((sort_key, problem))
    villages = []
    for code, moo, name, subdistrict, households in connection.exec_driver_sql(_VILLAGES_SQL):
        if households or code in by_village:
            villages.append(_village(code, moo, name, subdistrict, households, by_village))
    if UNKNOWN_VILLAGE in by_village:
        villages.append(_village(UNKNOWN_VILLAGE, 0, "", "", 0, by_village))
    counts = Counter(problem.rule for village in villages for problem in village.problems)
    return QualityReport(
        checked_at=checked_at,
        today=today,
        survey_year=survey_year,
        households=len(address),
        change_id=change_id,
        rules=tuple(rule.code for rule in rules),
        villages=tuple(villages),
        counts={rule.code: counts[rule.code] for rule in rules if counts[rule.code]},
    )


def _village(
    code: str,
    moo: int,
    name: str,
    subdistrict: str,
    households: int,
    by_village: dict[str, list[tuple[tuple, QualityProblem]]],
) -> VillageReport:
    problems = tuple(problem for _key, problem in sorted(by_village.get(code, []), key=_first))
    counts = Counter(problem.rule for problem in problems)
    return VillageReport(code, moo, name, subdistrict, households, dict(counts), problems)


def _first(pair: tuple[tuple, QualityProblem]) -> tuple:
    return pair[0]

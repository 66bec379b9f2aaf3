"""The check before sending: each rule, planted in a generated office, finds exactly what
was planted and nothing in a clean office; the rules agree with the household form's on
every household; the report groups by village; the sign-off holds only while the data is
what was checked."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import OfficeDatabase, open_database
from desktop.services.households import ProblemCode
from desktop.services.office import build_services
from desktop.services.quality import (
    RULE_BY_CODE,
    RULES,
    UNKNOWN_VILLAGE,
    QualityService,
    SignOffProblem,
    SignOffRefused,
)
from desktop.services.safety import NotAllowed
from tests.exchange_office import small_office
from tests.quality_office import PLANTINGS, prepare, unguarded

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 30-household office to copy from."""
    folder = tmp_path_factory.mktemp("quality")
    small_office(folder, 30).close()
    return folder / "small.sqlite3"


@pytest.fixture
def office(generated: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "office.sqlite3"
    path.write_bytes(generated.read_bytes())
    yield path


def check(path: Path, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
    database = open_database(path)
    try:
        return QualityService(database.session_factory).check(today=today)
    finally:
        database.close()


def found_by(report, code: str) -> set[tuple[int, int | None]]:  # type: ignore[no-untyped-def]
    return {(p.household_id, p.item) for p in report.problems() if p.rule == code}


def test_every_rule_has_a_planting() -> None:
    assert set(PLANTINGS) == set(RULE_BY_CODE)


def test_a_clean_generated_office_has_no_problems(office: Path) -> None:
    report = check(office)
    assert report.households == 30
    assert report.is_clean, report.counts
    assert sum(village.households for village in report.villages) == 30


@pytest.mark.parametrize("code", [rule.code for rule in RULES])
def test_each_rule_finds_exactly_what_was_planted(office: Path, code: str) -> None:
    with unguarded(office) as connection:
        prepare(connection)
        planted = PLANTINGS[code](connection, random.Random(code), TODAY)
    report = check(office)
    assert found_by(report, code) == planted
    others = {rule for rule in report.counts if rule != code}
    # emptying a household's members leaves it without a head too; nothing else spills
    assert others <= {"no_head"} if code == "no_members" else not others, report.counts


# The household form's own rules, for the rules that judge the same thing --------------

FORM_CODES: dict[str, set[ProblemCode]] = {
    "no_members": {ProblemCode.NO_MEMBERS},
    "no_head": {ProblemCode.NO_HEAD},
    "many_heads": {ProblemCode.MANY_HEADS},
    "id_invalid": {ProblemCode.ID_CHECKSUM, ProblemCode.ID_FIRST_DIGIT},
    "birth_in_future": {ProblemCode.DATE_IN_FUTURE},
    "age_over_120": {ProblemCode.AGE_OVER_120},
    "income_invalid": {ProblemCode.MONEY_FORMAT, ProblemCode.REQUIRED},
}


def _form_rules(database: OfficeDatabase, household_id: int) -> set[str]:
    """The check's rules the household form's validation reports for the household."""
    form = build_services(database).household_form
    problems = form.validate(form.load(household_id), today=TODAY)
    rules = set()
    for problem in problems:
        for rule, codes in FORM_CODES.items():
            if problem.code not in codes:
                continue
            on_income = ".incomes[" in problem.field
            if rule == "income_invalid" and not on_income:
                continue
            if rule == "birth_in_future" and not problem.field.endswith(".birth_date"):
                continue
            rules.add(rule)
    return rules


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_check_agrees_with_the_household_form_on_every_household(
    office: Path, seed: int
) -> None:
    chance = random.Random(seed)
    with unguarded(office) as connection:
        prepare(connection)
        for code in chance.sample(sorted(FORM_CODES), k=5):
            PLANTINGS[code](connection, chance, TODAY)
    report = check(office)
    database = open_database(office)
    try:
        with database.engine.connect() as connection:
            found = connection.exec_driver_sql("SELECT id FROM households ORDER BY id")
            ids = [household_id for (household_id,) in found]
        judged = 0
        for household_id in ids:
            by_check = {
                p.rule
                for p in report.problems()
                if p.household_id == household_id and p.rule in FORM_CODES
            }
            assert by_check == _form_rules(database, household_id), household_id
            judged += bool(by_check)
        assert judged >= 5  # every planting was seen by both
    finally:
        database.close()


# The report -----------------------------------------------------------------------------


def test_the_report_counts_problems_by_village(office: Path) -> None:
    with unguarded(office) as connection:
        prepare(connection)
        chance = random.Random(7)
        planted = PLANTINGS["no_stage"](connection, chance, TODAY)
        planted |= PLANTINGS["no_stage"](connection, chance, TODAY)
        gone = PLANTINGS["assistance_unknown_household"](connection, chance, TODAY)
        villages = dict(connection.execute("SELECT id, village_code FROM households").fetchall())
    report = check(office)
    assert report.counts == {"no_stage": 2, "assistance_unknown_household": 1}
    expected: dict[str, int] = {}
    for household_id, _item in planted:
        expected[villages[household_id]] = expected.get(villages[household_id], 0) + 1
    shown = {v.village_code: v.counts.get("no_stage", 0) for v in report.villages}
    assert {code: count for code, count in shown.items() if count} == expected
    unknown = next(v for v in report.villages if v.village_code == UNKNOWN_VILLAGE)
    assert [(p.household_id, p.item) for p in unknown.problems] == sorted(gone)
    assert not unknown.problems[0].in_register
    problem = next(p for p in report.problems() if p.rule == "no_stage")
    assert problem.household_key.startswith("6701-") and problem.house_no


def test_rule_texts_are_thai_and_english() -> None:
    for rule in RULES:
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in rule.name_th + rule.message_th)
        assert rule.message("en", item=2, detail="x").isascii()


def test_the_current_survey_year_is_the_latest_answered(office: Path) -> None:
    """A household surveyed for a newer year makes that year the office's current one:
    every household not yet surveyed for it is then a problem."""
    with unguarded(office) as connection:
        year = connection.execute("SELECT max(survey_year) FROM indicator_results").fetchone()[0]
        first = connection.execute("SELECT min(household_id) FROM indicator_results").fetchone()[0]
        connection.execute(
            "UPDATE indicator_results SET survey_year = ? WHERE household_id = ?",
            (year + 1, first),
        )
    report = check(office)
    assert report.survey_year == year + 1
    assert report.counts == {"no_answers": 29}


# Signing off ------------------------------------------------------------------------------


def _first_household(database: OfficeDatabase) -> int:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT min(id) FROM households").scalar_one()


def _supervisor_and_clerk(database: OfficeDatabase) -> tuple[str, str]:
    users = build_services(database).users
    supervisor = users.list_users()[0]
    assert supervisor.is_supervisor
    users.add_user("สมชาย เสมียน", "clerk", None, by=supervisor.name)
    return supervisor.name, "สมชาย เสมียน"


def test_sign_off_only_by_a_supervisor_after_a_clean_current_check(office: Path) -> None:
    database = open_database(office)
    try:
        services = build_services(database)
        supervisor, clerk = _supervisor_and_clerk(database)
        quality = QualityService(database.session_factory)
        with pytest.raises(SignOffRefused) as refused:
            quality.sign_off(by=supervisor)
        assert refused.value.code is SignOffProblem.NOT_CHECKED
        report = quality.check(today=TODAY)
        state = quality.record_check(report, by=clerk)
        assert state.checked and state.checked_by == clerk and not state.signed_off
        with pytest.raises(NotAllowed):
            quality.sign_off(by=clerk)
        state = quality.sign_off(by=supervisor)
        assert state.ready_to_send and state.signed_off_by == supervisor

        # an edit after the sign-off makes it stale
        form = services.household_form
        draft = form.load(_first_household(database))
        draft.notes = "แก้ไขหลังรับรอง"
        form.save(draft, user_name=clerk, today=TODAY)
        state = quality.state()
        assert state.stale and not state.signed_off and not state.ready_to_send
        with pytest.raises(SignOffRefused) as refused:
            quality.sign_off(by=supervisor)
        assert refused.value.code is SignOffProblem.CHANGED
    finally:
        database.close()


def test_no_sign_off_while_the_check_found_problems(office: Path) -> None:
    with unguarded(office) as connection:
        prepare(connection)
        PLANTINGS["no_stage"](connection, random.Random(3), TODAY)
    database = open_database(office)
    try:
        supervisor, _clerk = _supervisor_and_clerk(database)
        quality = QualityService(database.session_factory)
        report = quality.check(today=TODAY)
        quality.record_check(report, by=supervisor)
        with pytest.raises(SignOffRefused) as refused:
            quality.sign_off(by=supervisor)
        assert refused.value.code is SignOffProblem.PROBLEMS
        # The household left without a stage (and, if it was visited, its visit too).
        found = sum(report.counts.values())
        assert found >= 1 and f"พบปัญหา {found} รายการ" in refused.value.message_th
        assert not quality.state().signed_off
    finally:
        database.close()


def test_a_rule_over_tables_the_database_lacks_is_skipped(office: Path) -> None:
    """A rule names the tables it reads: on a file without them (case management's visits
    before migration 0005) it is not run, which is not an error; with them, it is."""
    assert "stage_before_last_visit" in check(office).rules
    with unguarded(office) as connection:
        connection.execute("DROP TABLE follow_up_visits")
    assert "stage_before_last_visit" not in check(office).rules

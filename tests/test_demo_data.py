"""The demo district generator: shape, coherence, determinism, cancellation, integrity."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum.th import pin

from db.database import open_database
from db.models import Household, Setting, Village
from db.settings_store import OFFICE_CLERK, OFFICE_DISTRICT, OFFICE_IS_DEMO
from desktop.services.demo import DemoCancelled, create_demo_database, generate_demo
from desktop.services.demo import data as demo_data
from desktop.services.demo.data import DemoBatchBuilder, DemoSummary, load_context

HOUSEHOLDS = 300


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[sqlite3.Connection, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    with database.session_factory.begin() as session:
        summary = generate_demo(session, HOUSEHOLDS)
    database.close()
    connection = sqlite3.connect(path)
    yield connection, summary
    connection.close()


def _one(connection: sqlite3.Connection, sql: str) -> object:
    return connection.execute(sql).fetchone()[0]


def _people(path: Path, households: int, seed: int, limit: int = 20) -> list[tuple]:
    database = open_database(path)
    with database.session_factory.begin() as session:
        generate_demo(session, households, seed=seed)
    database.close()
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT title, first_name, last_name, national_id, birth_date FROM members"
            f" ORDER BY id LIMIT {limit}"
        ).fetchall()


def test_summary_matches_the_rows(demo) -> None:
    connection, summary = demo
    assert summary.households == HOUSEHOLDS == _one(connection, "SELECT count(*) FROM households")
    assert summary.members == _one(connection, "SELECT count(*) FROM members")
    assert summary.indicator_results == 17 * HOUSEHOLDS
    assert summary.projects == _one(connection, "SELECT count(*) FROM projects")
    assert 15 <= summary.projects <= 25
    assert summary.assistance == _one(connection, "SELECT count(*) FROM assistance")
    assisted = _one(connection, "SELECT count(DISTINCT household_id) FROM assistance")
    assert 0.2 * HOUSEHOLDS <= assisted <= 0.4 * HOUSEHOLDS
    assert _one(connection, "SELECT count(*) FROM agencies") == 8


def test_every_household_has_exactly_one_head(demo) -> None:
    connection, _ = demo
    bad = connection.execute(
        "SELECT h.id FROM households h LEFT JOIN members m ON m.household_id = h.id"
        " GROUP BY h.id HAVING sum(m.is_head = 1) != 1"
        " OR sum(m.is_head = 1 AND m.relation = 'head') != 1 OR sum(m.relation = 'head') != 1"
    ).fetchall()
    assert bad == []


def test_national_ids_are_valid_unique_and_coherent(demo) -> None:
    connection, _ = demo
    rows = connection.execute("SELECT national_id, birth_date FROM members").fetchall()
    ids = [national_id for national_id, _ in rows]
    assert all(len(i) == 13 and i.isdigit() and pin.is_valid(i) for i in ids)
    assert len(set(ids)) == len(ids)
    for national_id, birth_date in rows:
        assert national_id[1:5] == "6701"
        assert national_id[0] == ("1" if birth_date >= "1984-01-01" else "3")


def test_household_sizes(demo) -> None:
    connection, _ = demo
    low, high, mean = connection.execute(
        "SELECT min(n), max(n), avg(n) FROM"
        " (SELECT count(*) AS n FROM members GROUP BY household_id)"
    ).fetchone()
    assert low >= 1 and high <= 8
    assert 3 <= mean <= 5


def test_seventeen_indicator_results_with_na_where_they_do_not_apply(demo) -> None:
    connection, _ = demo
    counts = connection.execute(
        "SELECT h.id, count(r.id), count(DISTINCT r.indicator_id) FROM households h"
        " LEFT JOIN indicator_results r ON r.household_id = h.id AND r.survey_year = 2567"
        " GROUP BY h.id"
    ).fetchall()
    assert all(n == 17 and distinct == 17 for _, n, distinct in counts)
    wrong_na = connection.execute(
        "SELECT count(*) FROM indicator_results r JOIN indicators i ON i.id = r.indicator_id"
        " WHERE (i.number = 27 AND (r.status = 'na') = EXISTS (SELECT 1 FROM members m"
        "   WHERE m.household_id = r.household_id AND m.birth_date <= '1964-06-30'))"
        " OR (i.number = 28 AND (r.status = 'na') = EXISTS (SELECT 1 FROM members m"
        "   WHERE m.household_id = r.household_id AND m.disability = 1))"
    ).fetchone()[0]
    assert wrong_na == 0
    failed = [
        n
        for (n,) in connection.execute(
            "SELECT sum(status = 'failed') FROM indicator_results GROUP BY household_id"
        )
    ]
    assert min(failed) >= 1  # target households fail at least one indicator
    assert sum(1 <= n <= 3 for n in failed) > 0.7 * len(failed)
    by_dimension = dict(
        connection.execute(
            "SELECT i.dimension, count(DISTINCT r.household_id) FROM indicator_results r"
            " JOIN indicators i ON i.id = r.indicator_id WHERE r.status = 'failed'"
            " GROUP BY i.dimension"
        ).fetchall()
    )
    assert max(by_dimension, key=by_dimension.__getitem__) == "income"


def test_current_stage_is_the_latest_assessment(demo) -> None:
    connection, _ = demo
    mismatches = connection.execute(
        "SELECT h.id FROM households h WHERE h.current_stage IS NOT (SELECT s.stage"
        " FROM stage_assessments s WHERE s.household_id = h.id"
        " ORDER BY s.assessed_on DESC, s.id DESC LIMIT 1)"
        " OR h.last_verified_on IS NOT coalesce("
        "   (SELECT max(r.verified_on) FROM indicator_results r WHERE r.household_id = h.id),"
        "   (SELECT max(s.assessed_on) FROM stage_assessments s WHERE s.household_id = h.id))"
    ).fetchall()
    assert mismatches == []
    per_household = [
        n
        for (n,) in connection.execute(
            "SELECT count(*) FROM stage_assessments GROUP BY household_id"
        )
    ]
    # 1–3 assessments, and one more where the last follow-up visit reassessed the stage.
    assert len(per_household) == HOUSEHOLDS and set(per_household) <= {1, 2, 3, 4}
    survival = _one(connection, "SELECT avg(current_stage = 'survival') FROM households")
    assert 0.35 <= survival <= 0.65


def test_villages_belong_to_the_district(demo) -> None:
    connection, _ = demo
    subdistricts = {
        code for (code,) in connection.execute(
            "SELECT code FROM subdistricts WHERE district_code = '6701'"
        )
    }  # fmt: skip
    villages = connection.execute("SELECT code, subdistrict_code, moo, name_th FROM villages")
    rows = villages.fetchall()
    per_subdistrict: dict[str, int] = {}
    for code, subdistrict, moo, name in rows:
        assert code[:6] == subdistrict and subdistrict in subdistricts
        assert code.endswith(f"{moo:02d}") and len(code) == 8
        assert name.startswith("บ้าน")
        per_subdistrict[subdistrict] = per_subdistrict.get(subdistrict, 0) + 1
    assert set(per_subdistrict) == subdistricts
    assert all(6 <= n <= 15 for n in per_subdistrict.values())


def test_children_are_younger_than_their_head(demo) -> None:
    connection, _ = demo
    older = connection.execute(
        "SELECT c.id FROM members c JOIN members h"
        " ON h.household_id = c.household_id AND h.is_head = 1"
        " WHERE c.relation IN ('child', 'grandchild') AND c.birth_date <= h.birth_date"
    ).fetchall()
    assert older == []
    heads = connection.execute(
        "SELECT min(birth_date), max(birth_date) FROM members WHERE is_head = 1"
    ).fetchone()
    assert heads[0] >= "1937-01-01" and heads[1] <= "1999-12-31"  # heads 25–86 in 2024


def test_titles_and_codes_come_from_the_code_lists(demo) -> None:
    connection, _ = demo
    checks = {
        "title": "SELECT DISTINCT title FROM members",
        "relation": "SELECT DISTINCT relation FROM members",
        "occupation": "SELECT DISTINCT occupation_main FROM members WHERE occupation_main != ''",
        "education_level": "SELECT DISTINCT education_level FROM members"
        " WHERE education_level != ''",
        "income_category": "SELECT DISTINCT category FROM income_lines",
        "assistance_type": "SELECT DISTINCT kind FROM assistance",
        "source_list": "SELECT DISTINCT source_list FROM households",
        "budget_source": "SELECT DISTINCT budget_source FROM projects",
        "agency_kind": "SELECT DISTINCT kind FROM agencies",
    }
    for list_name, sql in checks.items():
        known = {
            code for (code,) in connection.execute(
                "SELECT code FROM code_items WHERE list_name = ?", (list_name,)
            )
        }  # fmt: skip
        used = {value for (value,) in connection.execute(sql)}
        assert used and used <= known, list_name
    young_titled_adult = _one(
        connection,
        "SELECT count(*) FROM members WHERE (title IN ('boy', 'girl')) !="
        " (birth_date > '2009-06-30')",
    )
    assert young_titled_adult == 0


def test_settings_mark_a_demo_office(demo) -> None:
    connection, _ = demo
    settings = dict(connection.execute("SELECT key, value FROM settings").fetchall())
    assert settings[OFFICE_DISTRICT] == "6701"
    assert settings[OFFICE_IS_DEMO] == "1"
    assert settings[OFFICE_CLERK] == "ผู้ใช้ตัวอย่าง"


def test_the_file_is_intact(demo) -> None:
    connection, _ = demo
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_same_seed_same_people_other_seed_other_people(demo, tmp_path: Path) -> None:
    connection, _ = demo
    first = _people(tmp_path / "a.sqlite3", 40, seed=2567)
    again = _people(tmp_path / "b.sqlite3", 40, seed=2567)
    other = _people(tmp_path / "c.sqlite3", 40, seed=7)
    assert len(first) == 20 and first == again
    assert first != other
    # The rows do not depend on how many households are asked for (nor on batch size).
    in_fixture = connection.execute(
        "SELECT title, first_name, last_name, national_id, birth_date FROM members"
        " ORDER BY id LIMIT 20"
    ).fetchall()
    assert in_fixture == first


def test_batches_hold_reference_rows_first_then_households(tmp_path: Path) -> None:
    database = open_database(tmp_path / "batches.sqlite3")
    with database.session_factory() as session:
        builder = DemoBatchBuilder(load_context(session, "6701"), 25)
    database.close()
    first = builder.next_batch(10)
    assert list(first)[:2] == ["villages", "agencies"]
    assert len(first["households"]) == 10
    second = builder.next_batch(100)
    assert "villages" not in second and len(second["households"]) == 15
    assert builder.remaining == 0 and builder.next_batch(10) == {}
    member_ids = [row["id"] for row in first["members"] + second["members"]]
    assert member_ids == list(range(1, len(member_ids) + 1))


def test_cancel_rolls_everything_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_data, "BATCH_HOUSEHOLDS", 50)
    database = open_database(tmp_path / "cancel.sqlite3")
    reported: list[tuple[int, int]] = []
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks >= 3

    with pytest.raises(DemoCancelled), database.session_factory.begin() as session:
        generate_demo(
            session, 300, progress=lambda done, total: reported.append((done, total)),
            cancelled=cancelled,
        )  # fmt: skip
    assert reported == [(50, 300), (100, 300)]  # two batches were written, then rolled back
    with database.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 0
        assert session.scalar(select(func.count()).select_from(Village)) == 0
        assert session.get(Setting, OFFICE_IS_DEMO) is None
    database.close()


def test_create_demo_database_leaves_no_file_on_cancel(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(DemoCancelled):
        create_demo_database(path, 30, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_create_demo_database_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "precious.sqlite3"
    path.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        create_demo_database(path, 5)
    assert path.read_bytes() == b"keep me"


def test_create_demo_database_writes_a_complete_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    summary = create_demo_database(path, 20, seed=1)
    assert summary.households == 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite3"]
    with sqlite3.connect(path) as connection:
        assert _one(connection, "SELECT count(*) FROM households") == 20
        assert _one(connection, "PRAGMA integrity_check") == "ok"


def test_last_verified_matches_the_verified_answers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Saving an untouched demo household must not log a change the clerk didn't make."""
    import datetime as dt

    from desktop.services.households.form import HouseholdFormService
    from desktop.services.office import create_office

    database = create_office(tmp_path / "o.sqlite3", "6701", "สมศรี ใจดี")
    try:
        with database.session_factory.begin() as session:
            generate_demo(session, 30)
        service = HouseholdFormService(database.session_factory)
        today = dt.date(2026, 11, 21)
        for household_id in range(1, 31):
            draft = service.load(household_id)
            if [p for p in service.validate(draft, today=today) if p.blocking]:
                continue
            before = len(service.history(household_id))
            service.save(draft, user_name="ทดสอบ", today=today)
            after = service.history(household_id)
            assert len(after) == before, [e.field for e in after[: len(after) - before]]
    finally:
        database.close()


PLAN_ROWS = (
    "SELECT p.household_id, p.title, p.made_on, p.created_by, pr.goal, a.text, a.status,"
    " a.due_on, a.project_id FROM development_plans p"
    " JOIN plan_problems pr ON pr.plan_id = p.id JOIN plan_activities a ON a.problem_id = pr.id"
    " ORDER BY p.id, pr.seq, a.seq"
)


def _plans(path: Path, households: int, seed: int) -> list[tuple]:
    database = open_database(path)
    with database.session_factory.begin() as session:
        generate_demo(session, households, seed=seed)
    database.close()
    with sqlite3.connect(path) as connection:
        return connection.execute(PLAN_ROWS).fetchall()


def test_a_share_of_survival_households_have_a_current_plan_and_visits(demo) -> None:
    connection, _ = demo
    survival = _one(connection, "SELECT count(*) FROM households WHERE current_stage = 'survival'")
    planned = _one(connection, "SELECT count(DISTINCT household_id) FROM development_plans")
    assert 0.15 * survival <= planned <= 0.40 * survival  # type: ignore[operator]
    assert (
        _one(
            connection,
            "SELECT count(*) FROM development_plans p JOIN households h ON h.id = p.household_id"
            " WHERE h.current_stage != 'survival' OR NOT p.is_current",
        )
        == 0
    )
    # every problem is an indicator the household failed; every plan was visited after it
    assert (
        _one(
            connection,
            "SELECT count(*) FROM plan_problems pr JOIN development_plans p ON p.id = pr.plan_id"
            " WHERE NOT EXISTS (SELECT 1 FROM indicator_results r WHERE r.household_id ="
            " p.household_id AND r.indicator_id = pr.indicator_id AND r.status = 'failed')",
        )
        == 0
    )
    assert (
        _one(
            connection,
            "SELECT count(*) FROM development_plans p WHERE NOT EXISTS (SELECT 1 FROM"
            " follow_up_visits v WHERE v.household_id = p.household_id"
            " AND v.visited_on > p.made_on)",
        )
        == 0
    )
    # help linked to an activity went to that plan's household, from the activity's project
    linked = connection.execute(
        "SELECT a.household_id = p.household_id AND a.project_id = pa.project_id"
        " FROM assistance a JOIN plan_activities pa ON pa.id = a.plan_activity_id"
        " JOIN plan_problems pr ON pr.id = pa.problem_id"
        " JOIN development_plans p ON p.id = pr.plan_id"
    ).fetchall()
    assert linked and all(ok for (ok,) in linked)


def test_same_seed_same_plans(demo, tmp_path: Path) -> None:
    connection, _ = demo
    first = _plans(tmp_path / "a.sqlite3", HOUSEHOLDS, seed=2567)
    assert first and first == _plans(tmp_path / "b.sqlite3", HOUSEHOLDS, seed=2567)
    assert first == connection.execute(PLAN_ROWS).fetchall()
    assert first != _plans(tmp_path / "c.sqlite3", HOUSEHOLDS, seed=7)


def test_a_demo_office_keys_this_years_households_in_a_set_for_practice(tmp_path) -> None:
    """The shipped set ends at 2564; a demo office (no province sends it a set) carries a
    copy named for practice, so a household keyed today has its indicators."""
    import datetime as dt

    from db.models import IndicatorSet
    from desktop.services.households.form import HouseholdFormService

    path = tmp_path / "demo.sqlite3"
    create_demo_database(path, 20)
    database = open_database(path)
    try:
        service = HouseholdFormService(database.session_factory)
        draft = service.new_draft(today=dt.date.today())
        assert len(draft.indicators) == 17  # the TPMAP indicators, unanswered
        with database.session_factory() as session:
            names = session.scalars(select(IndicatorSet.name_th)).all()
        assert any("ทดลอง" in name and "ไม่ใช่ชุดทางการ" in name for name in names)
    finally:
        database.close()


def test_a_share_of_the_demo_offices_visits_carry_a_signed_sheet_a_clerk_could_attach(
    tmp_path: Path,
) -> None:
    """One visit in five has a PDF attached; each passes the checks a clerk's file passes,
    is read back whole through the evidence service, and poppler reads it as one page."""
    import subprocess

    from desktop.services.evidence import EvidenceService
    from desktop.services.evidence.records import Owner, OwnerKind

    path = tmp_path / "demo.sqlite3"
    create_demo_database(path, 200, seed=3)
    with sqlite3.connect(path) as connection:
        visits = [row[0] for row in connection.execute("SELECT id FROM follow_up_visits")]
        attached = connection.execute(
            "SELECT visit_id, household_id, media_type FROM attachments ORDER BY visit_id"
        ).fetchall()
    assert visits, "the demo records visits"
    assert len(attached) == len(range(0, len(visits), 5))
    assert all(household is None and media == "application/pdf" for _, household, media in attached)
    database = open_database(path)
    try:
        evidence = EvidenceService(database.session_factory)
        rows = evidence.attachments_of(Owner(OwnerKind.VISIT, attached[0][0]))
        assert len(rows) == 1
        name, media_type, data = evidence.read_file(rows[0].id)
        assert evidence.check_file(name, data) == media_type == "application/pdf"
    finally:
        database.close()
    pdf = tmp_path / name
    pdf.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "\nPages:" in info.stdout and info.stdout.split("\nPages:")[1].split()[0] == "1"
    assert "A4" in info.stdout and info.stderr == ""

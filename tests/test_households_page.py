"""The household register page, driven through its widgets on a generated office."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter
from tests.thai_keys import type_text


@pytest.fixture
def window(app_ready, qtbot, demo_db: OfficeDatabase) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, FakePrompter())
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(1)
    return widget


def _scalar(database: OfficeDatabase, sql: str, **params: object) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(text(sql), params).scalar_one())


def _choose(box, data: object) -> None:  # type: ignore[no-untyped-def]
    index = box.findData(data)
    assert index > 0, f"{data!r} is not offered"
    box.setCurrentIndex(index)


def test_the_list_shows_every_household_with_its_count(window: MainWindow, demo_db) -> None:
    page = window.households_page
    assert page.model.rowCount() == 200
    assert page.filter_bar.count_label.text() == "200 ครัวเรือน"
    first = page.model.row_at(0)
    assert first is not None and first.head_name
    heads = [page.model.index(row, 3).data() for row in range(page.model.rowCount())]
    assert all(heads)


def test_filters_narrow_the_list_and_chips_clear_them(window: MainWindow, qtbot, demo_db) -> None:
    page, bar = window.households_page, window.households_page.filter_bar
    subdistrict = _scalar(
        demo_db,
        "SELECT v.subdistrict_code FROM households h JOIN villages v ON v.code = h.village_code"
        " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    )
    _choose(bar.subdistrict_box, f"{subdistrict:06d}")
    expected = _scalar(
        demo_db,
        "SELECT count(*) FROM households h JOIN villages v ON v.code = h.village_code"
        " WHERE v.subdistrict_code = :code",
        code=f"{subdistrict:06d}",
    )
    assert page.model.rowCount() == expected
    assert bar.count_label.text() == f"{expected:,} ครัวเรือน"

    _choose(bar.dimension_box, "income")
    expected_income = _scalar(
        demo_db,
        "SELECT count(DISTINCT h.id) FROM households h"
        " JOIN villages v ON v.code = h.village_code"
        " JOIN indicator_results r ON r.household_id = h.id"
        " JOIN indicators i ON i.id = r.indicator_id"
        " WHERE v.subdistrict_code = :code AND i.dimension = 'income' AND r.status = 'failed'",
        code=f"{subdistrict:06d}",
    )
    assert page.model.rowCount() == expected_income

    chips = [bar.chips.itemAt(i).widget() for i in range(bar.chips.count())]
    assert len(chips) == 2
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)  # clear the subdistrict
    assert bar.subdistrict_box.currentIndex() == 0
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 200


def test_stage_and_helped_filters(window: MainWindow, demo_db) -> None:
    page, bar = window.households_page, window.households_page.filter_bar
    _choose(bar.stage_box, "survival")
    assert page.model.rowCount() == _scalar(
        demo_db, "SELECT count(*) FROM households WHERE current_stage = 'survival'"
    )
    bar.stage_box.setCurrentIndex(0)
    _choose(bar.helped_box, False)
    assert page.model.rowCount() == _scalar(
        demo_db,
        "SELECT count(*) FROM households h WHERE NOT EXISTS"
        " (SELECT 1 FROM assistance a WHERE a.household_id = h.id)",
    )


def test_search_as_you_type_by_thai_name_and_id_prefix(window: MainWindow, qtbot, demo_db) -> None:
    page, bar = window.households_page, window.households_page.filter_bar
    with demo_db.engine.connect() as connection:
        first_name, national_id = connection.execute(
            text(
                "SELECT first_name, national_id FROM members WHERE length(first_name) >= 5"
                " ORDER BY id LIMIT 1"
            )
        ).one()
    part = first_name[1:4]
    bar.search_edit.setFocus()
    type_text(bar.search_edit, part)
    qtbot.waitUntil(lambda: page.model.household_filter.search == part, timeout=3000)
    expected = _scalar(
        demo_db,
        "SELECT count(DISTINCT household_id) FROM members"
        " WHERE instr(first_name, :p) > 0 OR instr(last_name, :p) > 0",
        p=part,
    )
    assert page.model.rowCount() == expected >= 1

    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, national_id[:9])
    qtbot.waitUntil(lambda: page.model.household_filter.search == national_id[:9], timeout=3000)
    assert page.model.rowCount() >= 1
    shown = {page.model.row_at(r).id for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    owner = _scalar(
        demo_db, "SELECT household_id FROM members WHERE national_id = :n", n=national_id
    )
    assert owner in shown


def test_a_search_hit_on_a_non_head_member_shows_that_member(
    window: MainWindow, qtbot, demo_db
) -> None:
    page, bar = window.households_page, window.households_page.filter_bar
    with demo_db.engine.connect() as connection:
        household_id, first_name, last_name, relation, head_name = connection.execute(
            text(
                "SELECT m.household_id, m.first_name, m.last_name, c.name_th, h.head_name"
                " FROM members m JOIN households h ON h.id = m.household_id"
                " JOIN code_items c ON c.list_name = 'relation' AND c.code = m.relation"
                " WHERE m.is_head = 0 AND length(m.first_name) >= 6"
                " AND instr(h.head_name, substr(m.first_name, 2, 4)) = 0 ORDER BY m.id LIMIT 1"
            )
        ).one()
    part = first_name[1:5]
    bar.search_edit.setFocus()
    type_text(bar.search_edit, part)
    qtbot.waitUntil(lambda: page.model.household_filter.search == part, timeout=3000)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    row = next(r for r, household in enumerate(rows) if household and household.id == household_id)
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "ผู้ที่ตรงกับคำค้น"
    assert page.model.index(row, 3).data() == head_name
    assert page.model.index(row, 4).data() == f"{first_name} {last_name} ({relation})"
    page.table.scrollTo(page.model.index(row, 4))
    assert not page.table.visualRect(page.model.index(row, 4)).isEmpty()  # on screen, no hover


def test_enter_in_the_search_box_opens_the_household(window: MainWindow, qtbot, demo_db) -> None:
    bar = window.households_page.filter_bar
    with demo_db.engine.connect() as connection:
        household_id, national_id = connection.execute(
            text(
                "SELECT household_id, national_id FROM members WHERE national_id IS NOT NULL"
                " ORDER BY id DESC LIMIT 1"
            )
        ).one()
    bar.search_edit.setFocus()
    qtbot.keyClicks(bar.search_edit, national_id)
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Return)
    form = window.household_form
    assert form is not None and form.draft.id == household_id
    form.close()


def test_the_masking_setting_hides_the_middle_of_ids_in_the_list(window: MainWindow) -> None:
    page = window.households_page
    shown = page.model.index(0, 5).data()
    assert "X" not in shown and len(shown) == 17
    window.settings_page.mask_check.setChecked(True)
    masked = page.model.index(0, 5).data()
    assert masked[:6] == shown[:6] and masked[-2:] == shown[-2:]
    assert masked[7:16] == "XXXXX-XX-"
    assert window.services.office.masks_national_ids()

"""The household form through its widgets: keyboard-only keying, validation, duplicates,
the unsaved-changes guard, carry-over with Ctrl+N, history and delete."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text

from db.database import OfficeDatabase
from db.models import ChangeLog, Household, Member
from desktop.services.office import build_services
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter
from tests.form_keys import down, focused, press, tab, write
from tests.thai_keys import type_text

TODAY = dt.date(2026, 11, 21)
PEOPLE = [  # title downs, first, last, ID, sex downs, birth (BE), relation downs
    (1, "สมชาย", "ใจดี", "3670300123484", 1, "15/03/2510", 0),  # นาย, ชาย, (already head)
    (2, "สมหญิง", "ใจดี", "1670100000013", 2, "02/11/2514", 3),  # นาง, หญิง, ภรรยา
    (4, "ปิติ", "ใจดี", "1670100000021", 1, "29/02/2555", 6),  # ด.ช., ชาย, บุตร
    (1, "เกียรติ", "แก้วมณี", "1670100000030", 1, "01/01/2490", 4),  # นาย, ชาย, บิดา
]


@pytest.fixture
def window(app_ready, qtbot, office_db: OfficeDatabase, prompter: FakePrompter) -> MainWindow:
    services = build_services(office_db)
    services.household_form.add_village("670101", 1, "บ้านหนองนา")
    widget = MainWindow(services, THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(1)
    return widget


def _open_new(window: MainWindow, qtbot) -> HouseholdFormDialog:  # type: ignore[no-untyped-def]
    page = window.households_page
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    form = window.household_form
    assert form is not None
    form._today = lambda: TODAY  # the clock the form checks dates against
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.address.subdistrict_box)
    return form


def _key_household(form: HouseholdFormDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Everything from paper with the keyboard: address, then four members."""
    subdistrict = form.address.subdistrict_box.findData("670101")
    down(subdistrict)
    tab()  # village
    down(1)
    tab(2)  # past "New village…" to house no. (the new-village row is hidden)
    assert focused() is form.address.house_no_edit
    write("45/2")
    tab()
    write("67010000451")
    for number, (title, first, last, national_id, sex, birth, relation) in enumerate(PEOPLE):
        if number:
            press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # add a member
        else:
            tab(6)  # source list, two welfare flags, the members list, "Add member", title
        assert focused() is form.members.editor.boxes["title"]
        down(title)
        tab()
        write(first)
        tab()
        write(last)
        tab()
        write(national_id)
        tab()
        down(sex)
        tab()
        write(birth)
        tab()
        down(relation)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_keying_a_household_of_four_with_the_keyboard_only(
    window: MainWindow, qtbot, office_db: OfficeDatabase
) -> None:
    form = _open_new(window, qtbot)
    _key_household(form, qtbot)
    assert [p for p in form.problems if p.blocking] == []
    assert form.draft.id is not None, form.status_label.text()

    with office_db.session_factory() as session:
        household = session.scalars(select(Household)).one()
        assert (household.house_no, household.house_code, household.village_code) == (
            "45/2",
            "67010000451",
            "67010101",
        )
        members = session.scalars(select(Member).order_by(Member.seq)).all()
        assert [(m.title, m.first_name, m.last_name, m.relation, m.sex) for m in members] == [
            ("mr", "สมชาย", "ใจดี", "head", "M"),
            ("mrs", "สมหญิง", "ใจดี", "wife", "F"),
            ("boy", "ปิติ", "ใจดี", "child", "M"),
            ("mr", "เกียรติ", "แก้วมณี", "father", "M"),
        ]
        assert members[2].birth_date == dt.date(2012, 2, 29)
        assert [m.is_head for m in members] == [True, False, False, False]
        assert members[0].national_id == "3670300123484"

    form.close()
    page = window.households_page
    page.filter_bar.search_edit.setFocus()
    type_text(page.filter_bar.search_edit, "ยรต")  # inside เกียรติ
    page.filter_bar.flush_search()
    assert page.model.rowCount() == 1
    page.filter_bar.search_edit.clear()
    qtbot.keyClicks(page.filter_bar.search_edit, "16701000000")
    page.filter_bar.flush_search()
    assert page.model.rowCount() == 1

    qtbot.keyClick(page.filter_bar.search_edit, Qt.Key.Key_Return)  # Enter opens it
    reopened = window.household_form
    assert reopened is not None and reopened.isVisible()
    assert next(m.first_name for m in reopened.draft.members) == "สมชาย"
    reopened.activateWindow()
    qtbot.waitUntil(reopened.isActiveWindow)
    reopened.address.house_no_edit.setFocus()
    qtbot.keyClick(
        reopened.address.house_no_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClicks(reopened.address.house_no_edit, "45/3")
    qtbot.keyClick(
        reopened.address.house_no_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    tab_bar = reopened.tabs.tabBar()
    history = reopened.history
    history_tab = reopened.tabs.indexOf(history)
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(history_tab).center())
    assert reopened.tabs.currentWidget() is history
    cells = [
        [history.item(row, col).text() for col in range(history.columnCount())]
        for row in range(history.rowCount())
    ]
    assert any(row[3] == "บ้านเลขที่" and row[4] == "45/2" and row[5] == "45/3" for row in cells), (
        cells
    )
    assert all(row[1] == "สมศรี ใจดี" for row in cells)
    reopened.close()


def test_validation_messages_appear_beside_the_fields_in_thai(window: MainWindow, qtbot) -> None:
    form = _open_new(window, qtbot)
    editor = form.members.editor
    editor.edits["national_id"].setFocus()
    qtbot.keyClicks(editor.edits["national_id"], "3670300123485")  # wrong check digit
    editor.edits["birth_date"].setFocus()
    qtbot.keyClicks(editor.edits["birth_date"], "15/03/1967")  # a CE year
    tab()  # the clerk leaves the field: now it may say what is wrong with it
    form.check_now()
    assert editor.labels["national_id"].isVisible()
    assert "หลักตรวจสอบไม่ตรง" in editor.labels["national_id"].text()
    assert "2510" in editor.labels["birth_date"].text()
    assert "ค.ศ." in editor.labels["birth_date"].text()
    assert form.address.labels["house_no"].text() == ""  # not left yet: not red yet

    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.draft.id is None
    assert "ยังไม่ได้บันทึก" in form.status_label.text()
    assert form.address.labels["house_no"].text().endswith("ต้องกรอกข้อมูล")
    summary = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert any("สมาชิกคนที่ 1" in line and "เลขประจำตัวประชาชน" in line for line in summary)
    form._dirty = False
    form.close()


def test_unsaved_changes_guard(window: MainWindow, qtbot, prompter: FakePrompter) -> None:
    form = _open_new(window, qtbot)
    form.address.house_no_edit.setFocus()
    qtbot.keyClicks(form.address.house_no_edit, "9")
    prompter.confirm_answers.append(False)  # "close and lose them?" — no
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    prompter.confirm_answers.append(True)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert prompter.confirm_answers == []


def test_ctrl_n_saves_and_carries_subdistrict_and_village(
    window: MainWindow, qtbot, office_db: OfficeDatabase
) -> None:
    form = _open_new(window, qtbot)
    _key_household(form, qtbot)
    first_id = form.draft.id
    assert first_id is not None
    qtbot.keyClick(form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.draft.id is None
    assert form.address.subdistrict_box.currentData() == "670101"
    assert form.address.village_box.currentData() == "67010101"
    assert form.address.house_no_edit.text() == ""
    assert focused() is form.address.house_no_edit
    form.close()


def test_ctrl_n_from_the_stage_tab_comes_back_to_the_house_number(
    window: MainWindow, qtbot, office_db: OfficeDatabase
) -> None:
    """The stage is keyed last, on its own tab: the next household starts on the first tab,
    in the house number the clerk can see, not in a field hidden behind the stage tab."""
    form = _open_new(window, qtbot)
    _key_household(form, qtbot)
    form.stages._today = lambda: TODAY  # the assessment is dated by the form's clock
    form.tabs.setCurrentWidget(form.stages)
    form.stages.add_button.setFocus()
    qtbot.keyClick(form.stages.add_button, Qt.Key.Key_Space)
    down(1)  # the new assessment's stage: survival
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.draft.id is None
    assert form.tabs.currentIndex() == 0
    assert form.address.house_no_edit.isVisible()
    assert focused() is form.address.house_no_edit
    form.close()


def test_duplicate_id_opens_a_panel_that_jumps_to_the_other_household(
    window: MainWindow, qtbot, office_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    form = _open_new(window, qtbot)
    _key_household(form, qtbot)
    first_id = form.draft.id
    form.close()

    second = _open_new(window, qtbot)
    editor = second.members.editor
    editor.edits["first_name"].setFocus()
    type_text(editor.edits["first_name"], "สมชาย")
    editor.edits["national_id"].setFocus()
    qtbot.keyClicks(editor.edits["national_id"], "1670100000030")  # เกียรติ's ID
    second.check_now()
    assert second.duplicates.isVisible()
    assert any(
        m.kind == "national_id" and m.household_id == first_id for m in second.duplicates.matches
    )
    prompter.confirm_answers.append(True)  # leave the unsaved new household
    qtbot.mouseClick(second.duplicates.jump_buttons[0], Qt.MouseButton.LeftButton)
    jumped = window.household_form
    assert jumped is not None and jumped.isVisible() and jumped.draft.id == first_id
    jumped.close()


def test_delete_asks_and_leaves_a_change_log_entry(
    window: MainWindow, qtbot, office_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    form = _open_new(window, qtbot)
    _key_household(form, qtbot)
    household_id = form.draft.id
    prompter.confirm_answers.append(False)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    with office_db.session_factory() as session:
        assert session.get(Household, household_id) is not None
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    with office_db.session_factory() as session:
        assert session.get(Household, household_id) is None
        deletion = session.scalars(
            select(ChangeLog).where(
                ChangeLog.action == "delete", ChangeLog.table_name == "households"
            )
        ).one()
        assert deletion.user_name == "สมศรี ใจดี"
    assert window.households_page.model.rowCount() == 0
    with office_db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM members")).scalar_one() == 0


def test_enter_moves_to_the_next_field_like_tab(window: MainWindow, qtbot) -> None:
    form = _open_new(window, qtbot)
    down(form.address.subdistrict_box.findData("670101"))
    press(Qt.Key.Key_Return)  # in the subdistrict list (closed): on to the village
    assert focused() is form.address.village_box
    form.address.house_no_edit.setFocus()
    write("7")
    press(Qt.Key.Key_Return)
    assert focused() is form.address.house_code_edit
    form._dirty = False
    form.close()


def test_a_village_added_in_the_form_is_logged_under_the_clerk(
    window: MainWindow, qtbot, office_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    form = _open_new(window, qtbot)
    address = form.address
    address.subdistrict_box.setCurrentIndex(address.subdistrict_box.findData("670101"))
    qtbot.mouseClick(address.new_village_button, Qt.MouseButton.LeftButton)
    address.new_village_moo.setValue(5)
    address.new_village_name.setFocus()
    type_text(address.new_village_name, "บ้านดงมะไฟ")
    qtbot.mouseClick(address.add_village_button, Qt.MouseButton.LeftButton)

    assert address.village_box.currentData() == "67010105"
    with office_db.session_factory() as session:
        logged = (
            session.execute(
                text(
                    "SELECT c.user_name FROM change_log c JOIN villages v ON v.rowid = c.record_id"
                    " WHERE c.table_name = 'villages' AND v.code = '67010105'"
                )
            )
            .scalars()
            .all()
        )
    assert logged == [window.user.name if window.user else "สมศรี ใจดี"]
    prompter.confirm_answers.append(True)  # leave the unsaved new household
    form.reject()

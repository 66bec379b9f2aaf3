"""A household of four as the paper form has it, and a keyer who keys it into the household
form with the keyboard alone, counting every key it sends.

The keyer types what the paper says (a choice by the start of its word, as clerks do) and
checks that every character lands: a line edit ends with what was typed, a choice box shows
the choice typed. A character typed into a button or a list would be lost: the keyer fails.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.household_form.keyboard import FormComboBox
from tests.thai_keys import type_text


@dataclass(frozen=True)
class PaperMember:
    title: str  # as written on paper
    first_name: str
    last_name: str
    national_id: str
    sex: str
    birth_date: str
    relation: str
    # what the keyer types for each choice (the start of the paper's word)
    title_typed: str
    sex_typed: str
    relation_typed: str


SUBDISTRICT = ("ในเมือง", "ใน")  # (on paper, typed)
VILLAGE_MOO = "1"  # หมู่ที่ 1
HOUSE_NO = "45/2"
HOUSE_CODE = "67010000451"
PAPER = [
    PaperMember(
        "นาย", "สมชาย", "ใจดี", "3670300123484", "ชาย", "15/03/2510", "หัวหน้าครัวเรือน",
        "นาย", "ช", "หัว",
    ),
    PaperMember(
        "นาง", "สมหญิง", "ใจดี", "1670100000013", "หญิง", "02/11/2514", "ภรรยา",
        "นาง", "ห", "ภ",
    ),
    PaperMember(
        "เด็กชาย", "ปิติ", "ใจดี", "1670100000021", "ชาย", "29/02/2555", "บุตร",
        "เด็กช", "ช", "บุ",
    ),
    PaperMember(
        "นาย", "เกียรติ", "แก้วมณี", "1670100000030", "ชาย", "01/01/2490", "บิดา",
        "นาย", "ช", "บิ",
    ),
]  # fmt: skip
SAVED_MEMBERS = [  # (title, first, last, relation, sex) as stored
    ("mr", "สมชาย", "ใจดี", "head", "M"),
    ("mrs", "สมหญิง", "ใจดี", "wife", "F"),
    ("boy", "ปิติ", "ใจดี", "child", "M"),
    ("mr", "เกียรติ", "แก้วมณี", "father", "M"),
]


def data_characters() -> int:
    """The characters of data on the paper: every field the keyer fills, as written."""
    household = [SUBDISTRICT[0], VILLAGE_MOO, HOUSE_NO, HOUSE_CODE]
    members = [
        text
        for m in PAPER
        for text in (
            m.title,
            m.first_name,
            m.last_name,
            m.national_id,
            m.sex,
            m.birth_date,
            m.relation,
        )
    ]
    return sum(len(text) for text in household + members)


class LostKeystroke(AssertionError):
    """A key went where no field takes it."""


class Keyer:
    """Sends keys to whatever has the focus, one at a time, and counts them."""

    def __init__(self) -> None:
        self.keystrokes = 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            raise LostKeystroke("nothing has the keyboard focus")
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.keystrokes += 1
        QTest.keyClick(self.focused(), key, modifier)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def write(self, text: str) -> None:
        """Type `text` into the focused field; it must land there, whole."""
        field = self.focused()
        if not isinstance(field, QLineEdit | FormComboBox):
            raise LostKeystroke(f"{text!r} typed into {type(field).__name__}")
        self.keystrokes += len(text)
        type_text(field, text)
        if isinstance(field, QLineEdit) and not field.text().endswith(text):
            raise LostKeystroke(f"{text!r} typed, the field holds {field.text()!r}")
        if isinstance(field, FormComboBox) and field.currentIndex() <= 0:
            raise LostKeystroke(f"{text!r} typed, nothing picked")

    def fill(self, text: str) -> None:
        """A field already holding `text` (the family name carried over) is passed by."""
        field = self.focused()
        if not (isinstance(field, QLineEdit) and field.text() == text):
            self.write(text)
        self.enter()


def key_household(form: HouseholdFormDialog, keyer: Keyer) -> None:
    """From the subdistrict box of a new household to Ctrl+S, keys only."""
    keyer.write(SUBDISTRICT[1])
    keyer.enter()
    keyer.write(VILLAGE_MOO)
    keyer.enter()
    keyer.write(HOUSE_NO)
    keyer.enter()
    keyer.write(HOUSE_CODE)
    keyer.enter()
    keyer.enter()  # the source list stays as it is
    keyer.enter()  # no welfare card
    keyer.enter()  # not registered for one: on to the first member's title
    for number, member in enumerate(PAPER):
        if number:
            keyer.press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        keyer.write(member.title_typed)
        keyer.enter()
        keyer.write(member.first_name)
        keyer.enter()
        keyer.fill(member.last_name)
        keyer.write(member.national_id)
        keyer.enter()
        keyer.write(member.sex_typed)
        keyer.enter()
        keyer.write(member.birth_date)
        keyer.enter()
        keyer.write(member.relation_typed)
    keyer.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

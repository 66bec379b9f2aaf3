"""The Qt binding must not over-release None or bools (PySide6 6.12.0 did, on Python 3.11).

Every Python slot call and every empty QVariant handed back to Python took one reference
from None; after some tens of thousands of clicks the interpreter aborted (none_dealloc).
This guards the pinned version: a binding with that bug fails here, not at a clerk's desk.
"""

import sys

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

ROUNDS = 500


def _drift(action) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(ROUNDS):
        action()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    return after[0] - before[0], after[1] - before[1], after[2] - before[2]


def test_python_slots_returning_none_keep_none_alive(qapp) -> None:
    check = QCheckBox()
    seen: list[bool] = []
    check.toggled.connect(seen.append)  # a slot that returns None
    none, true, false = _drift(check.toggle)
    assert len(seen) == ROUNDS
    assert none > -ROUNDS // 10 and true > -ROUNDS // 10 and false > -ROUNDS // 10


def test_empty_item_data_and_properties_keep_none_alive(qapp) -> None:
    box = QComboBox()
    box.addItem("—", None)
    box.addItem("ใช่", True)
    edit = QLineEdit()

    def read() -> None:
        box.itemData(0)
        box.findData(None)
        box.itemData(1)
        edit.property("not set")

    none, true, _false = _drift(read)
    assert none > -ROUNDS // 10 and true > -ROUNDS // 10

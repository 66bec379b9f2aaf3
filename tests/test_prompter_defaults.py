"""The real Prompter's questions: which answer Enter gives."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.prompter import Prompter


def _press_enter_on_the_question(qtbot, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    def press() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(20, press)
            return
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(20, press)


@pytest.mark.parametrize(("default_no", "answer"), [(True, False), (False, True)])
def test_enter_gives_the_default_answer(app_ready, qtbot, default_no: bool, answer: bool) -> None:
    seen: list[str] = []
    _press_enter_on_the_question(qtbot, seen)
    assert Prompter().confirm(None, "t", "q?", default_no=default_no) is answer
    assert len(seen) == 1

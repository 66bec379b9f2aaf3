"""The red list at the top of the plan and visit dialogs: what stops a save, one line each."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.services.cases import CaseProblem
from desktop.ui.cases.case_text import case_problem_text

PROBLEM_COLOUR = "#b00020"
# The household form's look for "no indicator set covers survey year N" (indicators_section)
NO_SET_STYLE = f"color: {PROBLEM_COLOUR}; font-weight: bold; padding: 8px 0;"


class CaseProblemList(QListWidget):
    """Hidden until there is something to say; ``show_lines`` replaces what it says."""

    def __init__(self) -> None:
        super().__init__()
        self.setMaximumHeight(90)
        self.setVisible(False)

    def show_lines(self, lines: list[str]) -> None:
        self.clear()
        for line in lines:
            item = QListWidgetItem(line)
            item.setForeground(QColor(PROBLEM_COLOUR))
            self.addItem(item)
        self.setVisible(bool(lines))

    def show_problems(self, problems: list[CaseProblem]) -> None:
        self.show_lines([case_problem_text(problem) for problem in problems])

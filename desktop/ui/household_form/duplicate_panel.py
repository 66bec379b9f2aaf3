"""Matches found while typing: an ID or house code already used, or a likely same person."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.households import HouseholdDraft
from desktop.services.households.form import DuplicateMatch


class DuplicatePanel(QFrame):
    """Lists each match with a button that jumps to the other household."""

    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.setStyleSheet(
            "QFrame#duplicatePanel { background: #fff4e5; border: 1px solid #f2a900;"
            " border-radius: 4px; }"
        )
        self._layout = QVBoxLayout(self)
        self.matches: list[DuplicateMatch] = []
        self.jump_buttons: list[QPushButton] = []
        self.hide()

    def show_matches(self, matches: list[DuplicateMatch], draft: HouseholdDraft) -> None:
        """Matches in other households; repeats inside the form show beside their fields."""
        shown = [m for m in matches if m.in_other_household(draft)]
        if shown == self.matches:
            return
        self.matches = shown
        self.jump_buttons = []
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    inner = item.layout().takeAt(0)
                    if inner.widget():
                        inner.widget().deleteLater()
            elif item.widget():
                item.widget().deleteLater()
        for match in shown:
            row = QHBoxLayout()
            label = QLabel(self._describe(match))
            label.setWordWrap(True)
            row.addWidget(label, 1)
            if match.household_id:
                button = QPushButton(self.tr("Open that household"))
                button.setAutoDefault(False)
                button.clicked.connect(
                    lambda _checked=False, target=match.household_id: self.jump_requested.emit(
                        target
                    )
                )
                row.addWidget(button)
                self.jump_buttons.append(button)
            self._layout.addLayout(row)
        self.setVisible(bool(shown))

    def _describe(self, match: DuplicateMatch) -> str:
        where = self.tr("house no. {house_no}, {village} (key {key})").format(
            house_no=match.house_no, village=match.village_name, key=match.household_key
        )
        if match.kind == "national_id":
            return self.tr("This national ID already belongs to {person}, {where}.").format(
                person=match.person_name, where=where
            )
        if match.kind == "house_code":
            return self.tr("This house code is already used by {where}.").format(where=where)
        return self.tr(
            "Possibly the same person: {person}, born on the same day, is recorded at {where}."
        ).format(person=match.person_name, where=where)

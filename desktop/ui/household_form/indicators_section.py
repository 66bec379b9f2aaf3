"""The 17 indicators by dimension: the clerk's answer, the suggestion, who verified it.

A survey year no indicator set covers shows no indicators, only what to do about it (load
a set in Settings): never another year's set."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import HouseholdDraft, IndicatorAnswer, Suggestion
from desktop.services.thai import format_be_date
from desktop.ui.domain_text import DIMENSIONS, STATUSES, dimension_name, status_name
from desktop.ui.household_form.keyboard import FormComboBox, skip_on_enter
from desktop.ui.household_form.problem_text import suggestion_text


class IndicatorsSection(QWidget):
    edited = Signal()

    def __init__(
        self, user_name: str, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._user_name = user_name
        self._today = today
        self._draft: HouseholdDraft | None = None
        self._loading = False
        self._suggestions: dict[int, Suggestion] = {}
        self.boxes: dict[int, QComboBox] = {}
        self._rows: tuple[tuple[int, str, str], ...] | None = None  # what the grid shows
        self.suggestion_labels: dict[int, QLabel] = {}
        self.verified_labels: dict[int, QLabel] = {}
        self.year_label = QLabel()
        self.no_set_label = QLabel()
        self.no_set_label.setWordWrap(True)
        self.no_set_label.setStyleSheet("color: #b00020; font-weight: bold; padding: 8px 0;")
        self.no_set_label.hide()
        self.apply_button = QPushButton(self.tr("Answer the unanswered from the suggestions"))
        self.apply_button.setAutoDefault(False)
        skip_on_enter(self.apply_button)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addStretch()
        top.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_set_label)
        layout.addWidget(scroll, 1)
        layout.addStretch()  # below the message when there are no indicators
        self.apply_button.clicked.connect(self.apply_suggestions)

    def load(self, draft: HouseholdDraft) -> None:
        self._draft = draft
        self._loading = True
        self.year_label.setText(self.tr("Survey year {year} (BE)").format(year=draft.survey_year))
        self.no_set_label.setVisible(not draft.indicators)
        self.no_set_label.setText(
            self.tr("No indicator set covers survey year {year} yet — load one in Settings").format(
                year=draft.survey_year
            )
        )
        self.apply_button.setEnabled(bool(draft.indicators))
        self._scroll.setVisible(bool(draft.indicators))
        rows = tuple((a.number, a.dimension, a.text_th) for a in draft.indicators)
        if rows != self._rows:
            self._clear()  # another set (or none): its own rows
            self._build(draft.indicators)
            self._rows = rows
        for answer in draft.indicators:
            box = self.boxes[answer.number]
            box.setCurrentIndex(max(box.findData(answer.status), 0))
            self._colour(answer.number)
            self._show_verified(answer)
        self._loading = False

    def _clear(self) -> None:
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.boxes.clear()
        self.suggestion_labels.clear()
        self.verified_labels.clear()

    def _build(self, answers: list[IndicatorAnswer]) -> None:
        row = 0
        for dimension in DIMENSIONS:
            group = [a for a in answers if a.dimension == dimension]
            if not group:
                continue
            heading = QLabel(dimension_name(dimension))
            heading.setStyleSheet("font-weight: bold; color: #1f3b57; padding-top: 8px;")
            self._grid.addWidget(heading, row, 0, 1, 4)
            row += 1
            for answer in group:
                text = QLabel(
                    self.tr("{number}. {text}").format(number=answer.number, text=answer.text_th)
                )
                text.setWordWrap(True)
                box = FormComboBox()
                box.addItem("—", "")
                for status in STATUSES:
                    box.addItem(status_name(status), status)
                box.currentIndexChanged.connect(
                    lambda _index, number=answer.number: self._answered(number)
                )
                suggestion = QLabel()
                verified = QLabel()
                verified.setStyleSheet("color: #555;")
                self._grid.addWidget(text, row, 0)
                self._grid.addWidget(box, row, 1)
                self._grid.addWidget(suggestion, row, 2)
                self._grid.addWidget(verified, row, 3)
                self.boxes[answer.number] = box
                self.suggestion_labels[answer.number] = suggestion
                self.verified_labels[answer.number] = verified
                row += 1
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(2, 2)
        self._reserve_columns()
        self._grid.setRowStretch(row, 1)

    def _reserve_columns(self) -> None:
        """Room for the longest suggestion and "verified by" line from the start, so the
        columns stay put when they appear."""
        metrics = self.fontMetrics()
        suggestions = [self._suggestion_text(status) for status in (*STATUSES, "")]
        verified = self._verified_text(self._user_name, format_be_date(self._today()))
        margin = 2 * metrics.averageCharWidth()
        self._grid.setColumnMinimumWidth(
            2, max(metrics.horizontalAdvance(text) for text in suggestions) + margin
        )
        self._grid.setColumnMinimumWidth(3, metrics.horizontalAdvance(verified) + margin)

    def _suggestion_text(self, status: str) -> str:
        if not status:  # the data cannot tell yet (the tooltip says why)
            return self.tr("No suggestion yet")
        return self.tr("Suggested: {status}").format(status=status_name(status))

    def _verified_text(self, who: str, when: str) -> str:
        return self.tr("verified by {who}, {when}").format(who=who, when=when)

    def _answer(self, number: int) -> IndicatorAnswer | None:
        if self._draft is None:
            return None
        return next((a for a in self._draft.indicators if a.number == number), None)

    def _answered(self, number: int) -> None:
        answer = self._answer(number)
        if self._loading or answer is None:
            return
        answer.status = self.boxes[number].currentData() or ""
        self._colour(number)
        answer.verified_by = self._user_name
        answer.verified_on = format_be_date(self._today())
        self._show_verified(answer)
        self.edited.emit()

    def _colour(self, number: int) -> None:
        """A failed answer stands out in red (a palette change: cheap, unlike style sheets)."""
        box = self.boxes[number]
        palette = box.palette()
        failed = box.currentData() == "failed"
        colour = (
            QColor("#b00020") if failed else self.palette().color(QPalette.ColorRole.ButtonText)
        )
        palette.setColor(QPalette.ColorRole.ButtonText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
        box.setPalette(palette)

    def _show_verified(self, answer: IndicatorAnswer) -> None:
        label = self.verified_labels[answer.number]
        if answer.status and answer.verified_by:
            label.setText(self._verified_text(answer.verified_by, answer.verified_on))
        else:
            label.clear()

    def show_suggestions(self, suggestions: dict[int, Suggestion]) -> None:
        self._suggestions = suggestions
        for number, label in self.suggestion_labels.items():
            suggestion = suggestions.get(number)
            if suggestion is None:
                label.clear()
                continue
            label.setText(self._suggestion_text(suggestion.status))
            label.setToolTip(suggestion_text(suggestion))

    def apply_suggestions(self) -> None:
        for number, suggestion in self._suggestions.items():
            answer = self._answer(number)
            if answer is not None and not answer.status:
                self.boxes[number].setCurrentIndex(self.boxes[number].findData(suggestion.status))

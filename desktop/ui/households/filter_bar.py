"""Search box, filter choices and the chips that show (and clear) what is filtered."""

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households.list_query import CaseEvent, CaseEventKind
from desktop.services.households.listing import FilterOptions, HouseholdFilter
from desktop.ui.domain_text import DIMENSIONS, STAGES, dimension_name, stage_name

SEARCH_DELAY_MS = 250
MIN_BOX_LETTERS = 6  # the least a box shows of a longer choice


class FilterBar(QWidget):
    """Emits `changed(HouseholdFilter)` when the clerk types (debounced) or picks a filter."""

    changed = Signal(object)

    def __init__(self, options: FilterOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options = options
        # An indicator set the list narrows to (households whose latest answers are in
        # it): set by a dashboard figure of one set among several, no box of its own.
        self._answers_set: str | None = None
        self._case_event: CaseEvent | None = None  # set only by a click-through, shown as a chip
        self.case_event_chip: QToolButton | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search: Thai name, national ID or house code (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.subdistrict_box = self._combo(self.tr("All subdistricts"))
        for area in options.subdistricts:
            self.subdistrict_box.addItem(area.name_th, area.code)
        self.village_box = self._combo(self.tr("All villages"))
        self.stage_box = self._combo(self.tr("All stages"))
        for stage in STAGES:
            self.stage_box.addItem(stage_name(stage), stage)
        self.stage_box.addItem(self.tr("No stage yet"), "none")
        self.dimension_box = self._combo(self.tr("Any dimension"))
        for dimension in DIMENSIONS:
            self.dimension_box.addItem(
                self.tr("Fails: {}").format(dimension_name(dimension)), dimension
            )
        self.indicator_box = self._combo(self.tr("Any indicator"))
        for indicator in options.indicators:
            self.indicator_box.addItem(
                self.tr("Fails no. {number}: {text}").format(
                    number=indicator.number, text=indicator.text_th
                ),
                indicator.number,
            )
        self.source_box = self._combo(self.tr("All source lists"))
        for code, name in options.source_lists:
            self.source_box.addItem(name, code)
        self.helped_box = self._combo(self.tr("Helped or not"))
        self.helped_box.addItem(self.tr("Helped"), True)
        self.helped_box.addItem(self.tr("Not yet helped"), False)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        choices = QHBoxLayout()
        for box in self._boxes():
            choices.addWidget(box)
        self.chips = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear all filters"))
        self.clear_button.setFlat(True)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        chips_row = QHBoxLayout()
        chips_row.addLayout(self.chips)
        chips_row.addStretch()
        chips_row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addLayout(chips_row)

        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._emit)
        self.search_edit.returnPressed.connect(self.flush_search)
        self.subdistrict_box.currentIndexChanged.connect(self._fill_villages)
        self.indicator_box.currentIndexChanged.connect(self._forget_set)  # before _emit
        for box in self._boxes():
            box.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self._fill_villages()
        self._refresh_chips()

    def _combo(self, everything: str) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, None)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(MIN_BOX_LETTERS)
        # Room for the whole "every…" choice it shows when idle ("ได้รับ/ยังไม่ได้รับความ…"
        # was cut); a longer choice shows whole in the list that opens.
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        metrics = box.fontMetrics()
        text = QSize(metrics.horizontalAdvance(everything), metrics.height())
        style = box.style()
        box.setMinimumWidth(
            style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, box).width()
        )
        return box

    def _boxes(self) -> list[QComboBox]:
        return [
            self.subdistrict_box,
            self.village_box,
            self.stage_box,
            self.dimension_box,
            self.indicator_box,
            self.source_box,
            self.helped_box,
        ]

    def _fill_villages(self) -> None:
        self.village_box.blockSignals(True)
        self.village_box.clear()
        self.village_box.addItem(self.tr("All villages"), None)
        code = self.subdistrict_box.currentData()
        for village in self._options.villages.get(code, ()) if code else ():
            self.village_box.addItem(
                self.tr("Moo {moo} {name}").format(moo=village.moo, name=village.name_th),
                village.code,
            )
        self.village_box.setEnabled(bool(code))
        self.village_box.blockSignals(False)

    def current_filter(self) -> HouseholdFilter:
        return HouseholdFilter(
            subdistrict_code=self.subdistrict_box.currentData(),
            village_code=self.village_box.currentData(),
            stage=self.stage_box.currentData(),
            failing_dimension=self.dimension_box.currentData(),
            failing_indicator=self.indicator_box.currentData(),
            source_list=self.source_box.currentData(),
            helped=self.helped_box.currentData(),
            answers_set=self._answers_set,
            case_event=self._case_event,
            search=self.search_edit.text().strip(),
        )

    def apply(self, household_filter: HouseholdFilter) -> None:
        """Show `household_filter` in the widgets (used by click-through from elsewhere)."""
        for box in self._boxes():
            box.blockSignals(True)
        self._answers_set = household_filter.answers_set
        self._case_event = household_filter.case_event
        self._select(self.subdistrict_box, household_filter.subdistrict_code)
        self._fill_villages()
        self._select(self.village_box, household_filter.village_code)
        self._select(self.stage_box, household_filter.stage)
        self._select(self.dimension_box, household_filter.failing_dimension)
        self._select(self.indicator_box, household_filter.failing_indicator)
        self._select(self.source_box, household_filter.source_list)
        self._select(self.helped_box, household_filter.helped)
        for box in self._boxes():
            box.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.setText(household_filter.search)
        self.search_edit.blockSignals(False)
        self._emit()

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value) if value is not None else 0
        box.setCurrentIndex(max(index, 0))

    def describe(self) -> list[str]:
        """The active filters as the clerk reads them (for a print's cover page)."""
        lines = [box.currentText() for box in self._boxes() if box.currentIndex() > 0]
        if self._answers_set is not None:
            lines.append(self._set_text())
        if self._case_event is not None:
            lines.append(self.case_event_text(self._case_event))
        search = self.search_edit.text().strip()
        if search:
            lines.append(self.tr("Search: {text}").format(text=search))
        return lines or [self.tr("All target households")]

    def flush_search(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._emit()

    def clear(self) -> None:
        """Clear every filter box; the search text stays (its own ✕ clears it)."""
        self.apply(HouseholdFilter(search=self.search_edit.text().strip()))

    def _set_text(self) -> str:
        return self.tr("Answered under indicator set {code}").format(code=self._answers_set)

    def _forget_set(self) -> None:
        """The clerk chose another indicator: its number means what the list's set says."""
        self._answers_set = None

    def _clear_set(self) -> None:
        self._answers_set = None
        self._emit()

    def _emit(self) -> None:
        self._refresh_chips()
        self.changed.emit(self.current_filter())

    def _refresh_chips(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        active = [box for box in self._boxes() if box.currentIndex() > 0]
        self.case_event_chip = None
        for box in active:
            chip = QToolButton(self)
            chip.setObjectName("filterChip")
            chip.setText(f"{box.currentText()}  ✕")
            chip.setToolTip(self.tr("Clear this filter"))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _checked=False, b=box: b.setCurrentIndex(0))
            self.chips.addWidget(chip)
        if self._answers_set is not None:
            chip = QToolButton(self)
            chip.setObjectName("filterChip")
            chip.setText(f"{self._set_text()}  ✕")
            chip.setToolTip(self.tr("Clear this filter"))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(self._clear_set)
            self.chips.addWidget(chip)
        if self._case_event is not None:
            chip = QToolButton(self)
            chip.setObjectName("filterChip")
            chip.setText(f"{self.case_event_text(self._case_event)}  ✕")
            chip.setToolTip(self.tr("Clear this filter"))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(self._clear_case_event)
            self.chips.addWidget(chip)
            self.case_event_chip = chip
        layout = self.layout()
        if layout is not None:
            layout.activate()  # place new chips now, not at the next event-loop turn
        self.clear_button.setVisible(
            bool(active) or self._answers_set is not None or self._case_event is not None
        )

    def _clear_case_event(self) -> None:
        self._case_event = None
        self._emit()

    def case_event_text(self, event: CaseEvent) -> str:
        """What a dashboard case figure's filter lets through, as the clerk reads it."""
        if event.kind is CaseEventKind.CURRENT_PLAN:
            return self.tr("Has a current plan")
        period = (
            self.tr("Q{quarter} FY {year}").format(quarter=event.quarter, year=event.fiscal_year)
            if event.quarter
            else self.tr("FY {year}").format(year=event.fiscal_year)
        )
        if event.kind is CaseEventKind.VISITED:
            return self.tr("Visited in {period}").format(period=period)
        return self.tr("Moved up a stage in {period}").format(period=period)

"""The household register: search and filters above a table of every target household."""

from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households.listing import HouseholdFilter, HouseholdListService
from desktop.ui.households.filter_bar import FilterBar
from desktop.ui.households.table_model import HouseholdTableModel
from desktop.ui.printing.household_printing import HouseholdPrinting

OpenHousehold = Callable[[int | None], None]


class HouseholdTableView(QTableView):
    """Enter opens the current household, like a double click."""

    def __init__(self, on_open: Callable[[], None]) -> None:
        super().__init__()
        self._on_open = on_open

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_open()
            return
        super().keyPressEvent(event)


class HouseholdsPage(QWidget):
    first_shown = Signal()

    def __init__(
        self,
        service: HouseholdListService,
        open_household: OpenHousehold,
        *,
        mask_ids: bool,
        printing: HouseholdPrinting | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._printing = printing
        self._open_household = open_household
        self._loaded = False
        title = QLabel(self.tr("Target households"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("&New household"))
        self.new_button.setToolTip(self.tr("Key a new household (Ctrl+Shift+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        self.batch_action = print_menu.addAction(self.tr("Sheets of the listed households (PDF)…"))
        self.batch_printer_action = print_menu.addAction(
            self.tr("Print the listed households' sheets…")
        )
        self.blank_action = print_menu.addAction(self.tr("Blank sheet for the field (PDF)…"))
        self.print_button.setMenu(print_menu)
        self.print_button.setVisible(printing is not None)
        self.batch_action.triggered.connect(self.print_listed)
        self.batch_printer_action.triggered.connect(lambda: self.print_listed(to_printer=True))
        self.blank_action.triggered.connect(self.print_blank)
        self.model = HouseholdTableModel(service, mask_ids=mask_ids)
        self.table = HouseholdTableView(self.open_current)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((80, 190, 120, 220, 200, 150, 70, 100, 150)):
            self.table.setColumnWidth(column, width)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.print_button)
        header.addWidget(self.open_button)
        header.addWidget(self.new_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._layout.addWidget(self.table, 1)

        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.new_button.clicked.connect(lambda: self._open_household(None))
        self.open_button.clicked.connect(self.open_current)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self._open_household(None))

    def showEvent(self, event: QShowEvent) -> None:
        """The list is read when the clerk first comes here, not at start-up."""
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self.filter_bar = FilterBar(self._service.filter_options())
        self._layout.insertWidget(1, self.filter_bar)
        self.filter_bar.changed.connect(self.show_filter)
        self.filter_bar.search_edit.returnPressed.connect(self._open_after_search)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter_bar.search_edit.setFocus)
        self.model.reload()
        self._show_count()
        self.first_shown.emit()

    def apply_filter(self, household_filter: HouseholdFilter) -> None:
        """Show exactly `household_filter` (click-through from the dashboard)."""
        self.ensure_loaded()
        self.filter_bar.apply(household_filter)

    def show_filter(self, household_filter: HouseholdFilter) -> None:
        self.model.set_filter(household_filter)
        self._show_count()
        if self.model.total():
            self.table.selectRow(0)

    def print_listed(self, *, to_printer: bool = False) -> None:
        """Every household the list shows (its filter and search), into one PDF or printed."""
        if self._printing is None or not self._loaded:
            return
        ids = self._printing.household_ids(self.model.household_filter)
        if to_printer:
            self._printing.print_batch(self, ids, self.filter_bar.describe())
        else:
            self._printing.save_batch_pdf(self, ids, self.filter_bar.describe())

    def print_blank(self) -> None:
        if self._printing is not None:
            self._printing.save_blank_pdf(self)

    def set_mask_ids(self, masked: bool) -> None:
        self.model.set_mask_ids(masked)  # read again only once the list has been shown

    def refresh(self) -> None:
        """Reload after a save or delete, keeping the current row where it can."""
        if not self._loaded:
            return
        row = self.table.currentIndex().row()
        self.model.reload()
        self._show_count()
        if self.model.total():
            self.table.selectRow(min(max(row, 0), self.model.total() - 1))

    def _show_count(self) -> None:
        self.filter_bar.count_label.setText(
            self.tr("{count} households").format(count=QLocale().toString(self.model.total()))
        )

    def current_household_id(self) -> int | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.household_id(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        household_id = self.current_household_id()
        if household_id is not None:
            self._open_household(household_id)

    def _open_after_search(self) -> None:
        self.filter_bar.flush_search()
        if self.model.total():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.open_current()

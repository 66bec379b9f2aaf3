"""The household list as a Qt table model, fed block by block from SQL.

Only the rows on screen (and a few blocks around them) live in Python; the count, the
order and the filters are SQL's work (desktop.services.households.listing).
"""

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.households.listing import (
    HouseholdFilter,
    HouseholdListService,
    HouseholdRow,
    SortKey,
)
from desktop.services.thai import format_be_date, format_national_id
from desktop.ui.domain_text import DIMENSIONS, STAGES, dimension_mark, stage_name

BLOCK = 200
BLOCKS_KEPT = 20
AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    (QT_TRANSLATE_NOOP("HouseholdTable", "House no."), SortKey.HOUSE_NO),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Village"), SortKey.VILLAGE),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Subdistrict"), SortKey.SUBDISTRICT),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Head of household"), SortKey.HEAD_NAME),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Matched member"), None),  # a search hit not on the head
    (QT_TRANSLATE_NOOP("HouseholdTable", "National ID"), SortKey.HEAD_ID),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Members"), SortKey.MEMBERS),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Stage"), SortKey.STAGE),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Failed dimensions"), None),
    (QT_TRANSLATE_NOOP("HouseholdTable", "Last verified"), SortKey.LAST_VERIFIED),
)

MEMBERS_COLUMN = 6


class HouseholdTableModel(QAbstractTableModel):
    """Rows are households; `household_id(row)` maps a row back to its record."""

    def __init__(self, service: HouseholdListService, *, mask_ids: bool = False) -> None:
        super().__init__()
        self._service = service
        self._mask_ids = mask_ids
        self._filter = HouseholdFilter()
        self._sort = SortKey.HEAD_NAME
        self._descending = False
        self._count = 0
        # block number -> (rows, their cells already rendered as text)
        self._blocks: OrderedDict[int, tuple[list[HouseholdRow], list[tuple[str, ...]]]] = (
            OrderedDict()
        )
        # Translated once: rendering a row must not call into the translator nine times.
        self._village_format = QCoreApplication.translate("HouseholdTable", "Moo {moo} {name}")
        self._stage_names = {stage: stage_name(stage) for stage in STAGES}
        self._dimension_marks = {d: dimension_mark(d) for d in DIMENSIONS}
        self._headers = [
            QCoreApplication.translate("HouseholdTable", title) for title, _ in COLUMNS
        ]

    @property
    def household_filter(self) -> HouseholdFilter:
        return self._filter

    def set_filter(self, household_filter: HouseholdFilter) -> None:
        self._filter = household_filter
        self.reload()

    def set_mask_ids(self, masked: bool) -> None:
        self.beginResetModel()
        self._mask_ids = masked
        self._blocks.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self._blocks.clear()
        self._count = self._service.count(self._filter)
        self.endResetModel()

    def total(self) -> int:
        return self._count

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _block(
        self, row: int
    ) -> tuple[list[HouseholdRow], list[tuple[str, ...] | None], int] | None:
        """The block holding `row`, fetched from SQL if needed, and the row's offset in it."""
        if not 0 <= row < self._count:
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            rows = self._service.page(
                self._filter, self._sort, self._descending, number * BLOCK, BLOCK
            )
            block = (rows, [None] * len(rows))  # cells are rendered when first shown
            self._blocks[number] = block
            while len(self._blocks) > BLOCKS_KEPT:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        offset = row - number * BLOCK
        return (block[0], block[1], offset) if offset < len(block[0]) else None

    def row_at(self, row: int) -> HouseholdRow | None:
        found = self._block(row)
        return found[0][found[2]] if found else None

    def household_id(self, row: int) -> int | None:
        household = self.row_at(row)
        return household.id if household else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: answer cheaply.
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            found = self._block(index.row())
            if found is None:
                return None
            rows, rendered, offset = found
            cells = rendered[offset]
            if cells is None:
                cells = rendered[offset] = self._cells(rows[offset])
            return cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == MEMBERS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cells(self, household: HouseholdRow) -> tuple[str, ...]:
        national_id = household.head_national_id
        verified = household.last_verified_on
        return (
            household.house_no,
            self._village_format.format(moo=household.village_moo, name=household.village_name),
            household.subdistrict_name,
            household.head_name,
            self._matched_member(household),
            format_national_id(national_id, masked=self._mask_ids) if national_id else "",
            str(household.member_count),
            self._stage_names.get(household.stage or "", ""),
            " ".join(self._dimension_marks.get(d, d) for d in household.failed_dimensions),
            format_be_date(verified) if verified else "",
        )

    @staticmethod
    def _matched_member(household: HouseholdRow) -> str:
        if not household.matched_name:
            return ""
        if not household.matched_relation:
            return household.matched_name
        return f"{household.matched_name} ({household.matched_relation})"

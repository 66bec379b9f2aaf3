"""What became of every row of a province list in the dry run.

Each row under the header ends as exactly one of: added, changed, unchanged, skipped (the
mode leaves its household out), refused (with row, column and reason) or not data (with
why); the counts add up to the rows read. A household with a refused row is not imported,
and each of its other rows is named as refused because of it, never dropped silently.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from desktop.services.exchange.province.places import PlaceMatch
from desktop.services.exchange.province.row_kinds import NotData, not_data_text
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.staging import Staging

NOT_DATA_TABLE = (
    "CREATE TABLE IF NOT EXISTS s_not_data (row INTEGER PRIMARY KEY, code TEXT, value TEXT)"
)


class RowOutcome(enum.StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    REFUSED = "refused"
    NOT_DATA = "not_data"


OUTCOME_LABELS: dict[RowOutcome, tuple[str, str]] = {
    RowOutcome.ADDED: ("เพิ่ม", "added"),
    RowOutcome.CHANGED: ("ปรับปรุง", "changed"),
    RowOutcome.UNCHANGED: ("ไม่เปลี่ยน", "unchanged"),
    RowOutcome.SKIPPED: ("ข้าม (ตามโหมด)", "skipped (mode)"),
    RowOutcome.REFUSED: ("ไม่นำเข้า", "refused"),
    RowOutcome.NOT_DATA: ("ไม่ใช่ข้อมูล", "not data"),
}
_ACTIONS = {
    "add": RowOutcome.ADDED,
    "update": RowOutcome.CHANGED,
    "same": RowOutcome.UNCHANGED,
    "skip": RowOutcome.SKIPPED,
}


@dataclass(frozen=True)
class NotDataRow:
    row: int
    code: NotData
    message_th: str
    message_en: str


@dataclass
class ListReading:
    """How a list was read: where its rows are and which columns were used."""

    sheet: str
    header_row: int
    last_row: int
    headers: list[str]
    mapping: dict[int, str]  # column -> field, the columns imported
    ignored: list[int]  # columns not imported
    place_matches: list[PlaceMatch] = field(default_factory=list)


@dataclass
class ListRows:
    """Every row of the list under its header, by outcome."""

    reading: ListReading
    outcomes: dict[int, RowOutcome]  # Excel row -> outcome
    not_data: list[NotDataRow]

    @property
    def rows_read(self) -> int:
        return self.reading.last_row - self.reading.header_row

    def count(self, outcome: RowOutcome) -> int:
        return sum(1 for found in self.outcomes.values() if found is outcome)

    def counts(self) -> dict[RowOutcome, int]:
        return {outcome: self.count(outcome) for outcome in RowOutcome}


def name_housemates(staging: Staging) -> None:
    """Refuse, by name, every row of a refused household that has no reason of its own."""
    staging.run(
        "INSERT INTO s_rejections (sheet, row, col, header, field, code, params, household_key)"
        f" SELECT m.sheet, m.row, NULL, '', 'household', '{RejectCode.HOUSEMATE_REFUSED.value}',"
        " json_object('other_row', (SELECT min(r.row) FROM s_rejections r"
        "   WHERE r.household_key = h.key)), h.key"
        " FROM s_members m JOIN s_households h ON h.ord = m.hh"
        " WHERE h.bad = 1 AND NOT EXISTS (SELECT 1 FROM s_rejections r WHERE r.row = m.row)"
        " ORDER BY m.row"
    )


def list_rows(staging: Staging, reading: ListReading) -> ListRows:
    """Each row's outcome, after the plan's checks and matching."""
    not_data = [
        NotDataRow(row, NotData(code), *not_data_text(NotData(code), value))
        for row, code, value in staging.run("SELECT row, code, value FROM s_not_data ORDER BY row")
    ]
    refused = {row for (row,) in staging.run("SELECT DISTINCT row FROM s_rejections")}
    members = dict(
        staging.run(
            "SELECT m.row, h.action FROM s_members m JOIN s_households h ON h.ord = m.hh"
        ).fetchall()
    )
    outcomes: dict[int, RowOutcome] = {}
    skipped = {item.row for item in not_data}
    for row in range(reading.header_row + 1, reading.last_row + 1):
        if row in skipped:
            outcomes[row] = RowOutcome.NOT_DATA
        elif row in refused:
            outcomes[row] = RowOutcome.REFUSED
        elif members.get(row) in _ACTIONS:
            outcomes[row] = _ACTIONS[members[row]]
    return ListRows(reading, outcomes, not_data)


def store_not_data(staging: Staging, rows: list[tuple[int, NotData, str]]) -> None:
    staging.run(NOT_DATA_TABLE)
    staging.connection.executemany(
        "INSERT OR REPLACE INTO s_not_data (row, code, value) VALUES (?, ?, ?)",
        [(row, code.value, value) for row, code, value in rows],
    )

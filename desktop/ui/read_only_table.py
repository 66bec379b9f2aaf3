"""A table the clerk reads and picks rows from but does not edit."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def read_only_table(headers: list[str], *, stretch: int | None = None) -> QTableWidget:
    """Whole-row selection, no editing; column `stretch` (else the last) takes the room."""
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if stretch is None:
        table.horizontalHeader().setStretchLastSection(True)
    else:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table

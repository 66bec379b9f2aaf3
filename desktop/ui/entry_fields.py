"""Line edits for the values clerks key from paper: Buddhist-era dates and baht amounts.

Each keeps the typed text as it is and says what it means: ``value()`` is the parsed value
(None when blank) and raises the parser's own error for text that is not one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services.households import format_baht, parse_baht
from desktop.services.thai import format_be_date, parse_be_date


class BeDateEdit(QLineEdit):
    """A date typed in the Buddhist era: "15/3/2568", "15 มี.ค. 68", Thai digits too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("EntryFields", "dd/mm/yyyy (BE)"))
        self.setMaximumWidth(160)

    def value(self) -> dt.date | None:
        """The date, None when blank; InvalidThaiDate for text that is not a date."""
        text = self.text().strip()
        return parse_be_date(text) if text else None

    def set_value(self, value: dt.date | None) -> None:
        self.setText("" if value is None else format_be_date(value))


class BahtEdit(QLineEdit):
    """An amount in baht: "45,000", "1200.50", Thai digits; blank is 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("EntryFields", "baht"))
        self.setMaximumWidth(180)

    def satang(self) -> int:
        """The amount in satang; InvalidMoney for text that is not an amount."""
        return parse_baht(self.text())

    def set_satang(self, satang: int) -> None:
        self.setText(format_baht(satang) if satang else "")

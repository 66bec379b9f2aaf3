"""A page whose screen arrives in a later release, saying plainly what it will hold."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, coming: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        note = QLabel(self.tr("This screen is not built yet. It will let you:"))
        items = QLabel("\n".join(f"•  {line}" for line in coming))
        items.setWordWrap(True)
        items.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(items)
        layout.addStretch()

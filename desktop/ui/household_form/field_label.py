"""A small red (or amber, for warnings) label shown beside a field when it has a problem."""

from PySide6.QtWidgets import QLabel, QWidget


class ProblemLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, text: str, *, blocking: bool) -> None:
        colour = "#b00020" if blocking else "#8a5a00"
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()

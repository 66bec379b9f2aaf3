"""A small red (or amber, for warnings) line under a field when it has a problem.

The line is always there, empty when there is nothing to say, so the fields below do not
jump while the clerk keys; a message longer than the field is cut, and whole in the tooltip.
"""

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ProblemLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height())

    def show_problem(self, text: str, *, blocking: bool) -> None:
        colour = "#b00020" if blocking else "#8a5a00"
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.setToolTip(text)

    def clear_problem(self) -> None:
        self.clear()
        self.setToolTip("")

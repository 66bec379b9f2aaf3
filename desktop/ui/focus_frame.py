"""A focus frame a person can see: the field that takes the keys has a dark blue border.

Qt's own focus hint (a faint dotted line or a light tint, by style) is hard to find on an
office monitor. The colour has well over 3:1 contrast against the window and field
backgrounds (WCAG 2.1, non-text contrast), checked by the tests from the real palette.
"""

from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#0b57d0"
FOCUS_WIDTH_PX = 2

FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QAbstractItemView:focus {{
    border: {FOCUS_WIDTH_PX}px solid {FOCUS_COLOUR};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
    border: {FOCUS_WIDTH_PX}px solid {FOCUS_COLOUR};
    border-radius: 3px;
}}
"""


def install_focus_frame(app: QApplication) -> None:
    if FOCUS_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)

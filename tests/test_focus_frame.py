"""The field that has the keyboard focus wears a frame a person can see: drawn from the app's
style sheet, in a colour with at least 3:1 contrast against the window and field colours."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.focus_frame import FOCUS_COLOUR, FOCUS_WIDTH_PX
from desktop.ui.household_form.keyboard import FormComboBox


def _luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_focus_colour_stands_out_against_the_real_palette(app_ready) -> None:
    palette = QApplication.palette()
    frame = QColor(FOCUS_COLOUR)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert contrast_ratio(frame, palette.color(role)) >= 3.0, role
    assert contrast_ratio(QColor("white"), QColor("black")) == 21.0  # the formula itself


def test_a_focused_field_button_and_check_box_are_framed(app_ready, qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    edit, box, button, check = QLineEdit(), FormComboBox(), QPushButton("บันทึก"), QCheckBox("มี")
    box.addItem("ในเมือง")
    layout = QVBoxLayout(host)
    for widget in (edit, box, button, check):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    frame = QColor(FOCUS_COLOUR)
    for widget in (edit, box, button, check):
        unfocused = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        image = widget.grab().toImage()
        middle = image.height() // 2
        edge = QColor(image.pixel(FOCUS_WIDTH_PX // 2, middle))
        assert edge == frame, (type(widget).__name__, edge.name())
        assert QColor(unfocused.pixel(FOCUS_WIDTH_PX // 2, middle)) != frame

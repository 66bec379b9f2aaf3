"""Chart axes a clerk can read: whole-number count ticks and category names kept whole.

Qt Charts hides a category label wider than its bar's slot and draws count ticks at
fractions (0, 0.2, … shown as "0, 0, 0, 1" with a whole-number format); these helpers
wrap names onto lines that fit (axis labels take rich text) and choose a round step.
"""

import html
import math

from PySide6.QtCharts import QValueAxis
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

LINE_BREAK = "<br>"
EMPTY_AXIS_END = 5  # an office without households still gets 0 … 5, not 0 … 1
COUNT_STEPS = 5  # at most this many steps between 0 and the axis end


def wrapped_label(text: str, font: QFont, width: int) -> str:
    """``text`` broken at word boundaries (Thai ones too) into lines of at most ``width``
    pixels, as rich text for an axis label; nothing is cut off."""
    text = " ".join(text.split())
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        lines.append(text[start : start + length].strip())
    layout.endLayout()
    return LINE_BREAK.join(html.escape(line) for line in lines if line)


def label_lines(label: str) -> list[str]:
    """The plain lines of a label made by ``wrapped_label``."""
    return [html.unescape(line) for line in label.split(LINE_BREAK)]


def widest_line(label: str, font: QFont) -> int:
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(line) for line in label_lines(label)), default=0)


def count_axis_steps(top: int) -> tuple[int, int]:
    """(axis end, step) for counts up to ``top``: whole numbers, a 1-2-5 step, at most
    COUNT_STEPS steps, and some room above the tallest bar for its value label."""
    wanted = max(EMPTY_AXIS_END, math.ceil(top * 1.1))
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor * COUNT_STEPS >= wanted:
                chosen = step * factor
                return chosen * math.ceil(wanted / chosen), chosen
        step *= 10


def set_count_range(axis: QValueAxis, top: int) -> None:
    """Show 0 … a round end with a tick at every whole-number step."""
    end, step = count_axis_steps(top)
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setRange(0, end)

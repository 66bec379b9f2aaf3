"""The Exchange page opens the workbook's guide inside the app, from the shipped file."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.resource_paths import APP_ROOT, WORKBOOK_GUIDE
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    widget.rail.setCurrentRow(4)
    return widget


def test_the_guide_opens_in_the_app_rendered(window: MainWindow, qtbot) -> None:
    page = window.exchange_page
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "docs/" not in shown and ".md" not in shown  # no repository path for a clerk
    qtbot.mouseClick(page.guide_button, Qt.MouseButton.LeftButton)
    guide = page.guide
    assert guide is not None and guide.isVisible()
    document = WORKBOOK_GUIDE.read_text(encoding="utf-8")
    title = document.splitlines()[0].lstrip("# ").strip()
    text = guide.browser.toPlainText()
    assert text.startswith(title)
    assert "\n## " not in text  # rendered as headings, not shown as Markdown source
    headings = re.findall(r"^## (.+)$", document, flags=re.MULTILINE)
    assert headings and all(heading.replace("`", "") in text for heading in headings)
    assert guide.width() <= 1366 and guide.height() <= 728


def test_the_bundle_carries_the_guide_where_the_app_looks() -> None:
    spec = (APP_ROOT / "build.spec").read_text(encoding="utf-8")
    relative = WORKBOOK_GUIDE.relative_to(APP_ROOT)
    bundled = re.findall(r'\(str\(ROOT / "([^"]+)"\), "([^"]+)"\)', spec)
    assert any(
        Path(source) == relative and Path(target) / relative.name == relative
        for source, target in bundled
    ), bundled

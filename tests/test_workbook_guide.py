"""The Exchange page opens the workbook's guide inside the app, from the shipped file.

The guide ships twice: docs/workbook.md in English and docs/workbook.th.md in Thai. A clerk in
Thai mode reads the Thai one (no English reaches a clerk in Thai mode); the two documents must
keep the same structure and document the same column keys, so that they cannot drift apart.
"""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QLabel

from desktop.resource_paths import APP_ROOT, WORKBOOK_GUIDE, WORKBOOK_GUIDE_TH
from desktop.services.office import build_services
from desktop.ui.exchange.workbook_guide import WorkbookGuideDialog
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.main_window import MainWindow

# Latin words a Thai office uses as they are: program names and the TPMAP system's name.
LATIN_ALLOWED = {"Excel", "LibreOffice", "TPMAP", "SQLite", "JSON"}
KEY_ROW = re.compile(r"^\| `([\w.]+)` \|", flags=re.MULTILINE)
HEADING = re.compile(r"^(#+) ", flags=re.MULTILINE)
TABLE_RULE = re.compile(r"^\|---", flags=re.MULTILINE)


def _window(language: str, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), language, prompter)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    widget.rail.setCurrentRow(4)
    return widget


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    return _window(THAI, qtbot, demo_db, prompter)


@pytest.fixture
def english_window(app_ready, language_switch, qtbot, demo_db, prompter) -> MainWindow:
    language_switch.apply(ENGLISH)
    return _window(ENGLISH, qtbot, demo_db, prompter)


def _open_guide(window: MainWindow, qtbot) -> WorkbookGuideDialog:
    page = window.exchange_page
    qtbot.mouseClick(page.guide_button, Qt.MouseButton.LeftButton)
    guide = page.guide
    assert guide is not None and guide.isVisible()
    return guide


def _assert_rendered(guide: WorkbookGuideDialog, document: str) -> str:
    title = document.splitlines()[0].lstrip("# ").strip()
    text = guide.browser.toPlainText()
    assert text.startswith(title)
    assert "\n## " not in text  # rendered as headings, not shown as Markdown source
    headings = re.findall(r"^## (.+)$", document, flags=re.MULTILINE)
    assert headings and all(heading.replace("`", "") in text for heading in headings)
    assert guide.width() <= 1366 and guide.height() <= 728
    return text


def _rendered_tables(guide: WorkbookGuideDialog) -> int:
    return sum(
        isinstance(frame, QTextTable)
        for frame in guide.browser.document().rootFrame().childFrames()
    )


def test_the_guide_opens_in_the_app_rendered(window: MainWindow, qtbot) -> None:
    shown = " ".join(label.text() for label in window.exchange_page.findChildren(QLabel))
    assert "docs/" not in shown and ".md" not in shown  # no repository path for a clerk
    guide = _open_guide(window, qtbot)
    _assert_rendered(guide, WORKBOOK_GUIDE_TH.read_text(encoding="utf-8"))


def test_in_thai_mode_the_guide_has_no_english_outside_identifiers(
    window: MainWindow, qtbot
) -> None:
    guide = _open_guide(window, qtbot)
    document = WORKBOOK_GUIDE_TH.read_text(encoding="utf-8")
    text = guide.browser.toPlainText()
    for code in sorted(set(re.findall(r"`([^`]+)`", document)), key=len, reverse=True):
        text = text.replace(code, " ")
    english = sorted(set(re.findall(r"[A-Za-z]{4,}", text)) - LATIN_ALLOWED)
    assert english == []
    _assert_rendered(guide, document)
    english_document = WORKBOOK_GUIDE.read_text(encoding="utf-8")
    assert _rendered_tables(guide) == len(TABLE_RULE.findall(english_document))


def test_in_english_mode_the_guide_is_the_english_document(
    english_window: MainWindow, qtbot
) -> None:
    guide = _open_guide(english_window, qtbot)
    text = _assert_rendered(guide, WORKBOOK_GUIDE.read_text(encoding="utf-8"))
    assert "This page is the contract" in text


def test_the_thai_guide_has_the_english_guides_headings_and_tables() -> None:
    english = WORKBOOK_GUIDE.read_text(encoding="utf-8")
    thai = WORKBOOK_GUIDE_TH.read_text(encoding="utf-8")
    assert [len(level) for level in HEADING.findall(thai)] == [
        len(level) for level in HEADING.findall(english)
    ]
    assert len(TABLE_RULE.findall(thai)) == len(TABLE_RULE.findall(english))
    # The sheets' sections carry the same sheet key, heading for heading.
    assert re.findall(r"^#+ .*?`(\w+)`", thai, flags=re.MULTILINE) == re.findall(
        r"^#+ .*?`(\w+)`", english, flags=re.MULTILINE
    )


def test_the_thai_guide_documents_every_column_key_of_the_english_one() -> None:
    english = KEY_ROW.findall(WORKBOOK_GUIDE.read_text(encoding="utf-8"))
    thai = KEY_ROW.findall(WORKBOOK_GUIDE_TH.read_text(encoding="utf-8"))
    assert len(english) > 100
    assert thai == english  # the same keys, in the same order


def test_the_english_guide_says_the_thai_one_must_follow() -> None:
    top = "\n".join(WORKBOOK_GUIDE.read_text(encoding="utf-8").splitlines()[:12])
    assert WORKBOOK_GUIDE_TH.name in top


def test_the_bundle_carries_both_guides_where_the_app_looks() -> None:
    spec = (APP_ROOT / "build.spec").read_text(encoding="utf-8")
    bundled = re.findall(r'\(str\(ROOT / "([^"]+)"\), "([^"]+)"\)', spec)
    for guide in (WORKBOOK_GUIDE, WORKBOOK_GUIDE_TH):
        relative = guide.relative_to(APP_ROOT)
        assert any(
            Path(source) == relative and Path(target) / relative.name == relative
            for source, target in bundled
        ), (relative, bundled)

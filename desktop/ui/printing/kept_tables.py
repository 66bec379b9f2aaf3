"""Tables a printed sheet keeps on one page (the signature block), in Qt's own layout.

Qt's QTextDocument reads ``page-break-before`` but not ``page-break-inside: avoid``, so
a template marks such a table with an anchor named KEEP_TOGETHER in its first cell, and,
once the sheet is laid out on pages, a marked table that would straddle a page break is
moved whole onto the next page.
"""

import math

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextFrame, QTextTable

KEEP_TOGETHER = "keep-together"  # the anchor name the templates put in such a table
WITH_NEXT_SHARE = 1.0  # a heading needs below it at least its own height of what follows


def _marked(table: QTextTable) -> bool:
    block = table.cellAt(0, 0).firstCursorPosition().block()
    iterator = block.begin()
    while not iterator.atEnd():
        if KEEP_TOGETHER in iterator.fragment().charFormat().anchorNames():
            return True
        iterator += 1
    return False


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


def keep_marked_tables_whole(document: QTextDocument) -> int:
    """Move each marked table that a page break would cut onto the next page (one that
    is taller than a page is left to break). Returns how many were moved."""
    page = document.pageSize().height()
    if page <= 0:
        return 0
    moved = 0
    layout = document.documentLayout()
    for table in _tables(document.rootFrame()):
        if not _marked(table):
            continue
        box = layout.frameBoundingRect(table)
        first_page = math.floor(box.top() / page)
        if box.height() >= page or box.bottom() <= (first_page + 1) * page:
            continue
        table_format = table.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(table_format)
        moved += 1
    return moved


def keep_headings_with_what_follows(document: QTextDocument) -> int:
    """Move each heading that a page break would cut, or leave alone at a page's foot,
    onto the next page. Returns how many were moved."""
    page = document.pageSize().height()
    if page <= 0:
        return 0
    moved = 0
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            box = layout.blockBoundingRect(block)
            first_page = math.floor(box.top() / page)
            needed = box.bottom() + box.height() * WITH_NEXT_SHARE
            if box.top() > first_page * page and needed > (first_page + 1) * page:
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                moved += 1
        block = block.next()
    return moved

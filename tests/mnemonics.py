"""The Alt+letter keys a window offers: each must lead to one place only."""

from collections import Counter

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Qt's own rule), lower-cased; None without one."""
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString().split("+")[-1].lower() if not sequence.isEmpty() else None


def mnemonic_texts(window: QWidget) -> list[str]:
    """Texts carrying the window's Alt+letter keys: buttons, labels with a buddy, group
    boxes and tabs that are shown."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    texts += [g.title() for g in window.findChildren(QGroupBox) if g.isVisibleTo(window)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def repeated_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letters that more than one control of ``window`` answers to, with their texts."""
    texts = mnemonic_texts(window)
    counts = Counter(letter for text in texts if (letter := mnemonic(text)))
    return {
        letter: [text for text in texts if mnemonic(text) == letter]
        for letter, count in counts.items()
        if count > 1
    }

"""A service's refusal (a locked period, a backup that failed...) in the screen's language.

Such errors carry their own `message_th` and `message_en`: the command line needs them
without Qt. The screen picks one by the interface language (QLocale's default, which the
language switch sets).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def refusal_text(error: Exception) -> str:
    thai = QLocale().language() == QLocale.Language.Thai
    text = getattr(error, "message_th" if thai else "message_en", None)
    return str(text) if text else str(error)

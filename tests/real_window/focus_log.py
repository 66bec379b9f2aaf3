"""Only for finding out why a real-window step went wrong: the app as `python -m desktop`
runs it, printing each keyboard focus change to stderr (the app log). The test starts the
app through this when DESK_FOCUS_LOG is set; by default it starts `python -m desktop`."""

import sys

from PySide6.QtWidgets import QApplication, QWidget

from desktop.cli import main


def describe(widget: QWidget | None) -> str:
    parts = []
    while widget is not None and len(parts) < 4:
        text = ""
        for name in ("text", "currentText"):
            reader = getattr(widget, name, None)
            if callable(reader):
                text = str(reader())[:30]
                break
        parts.append(f"{type(widget).__name__}'{text}'")
        widget = widget.parentWidget()
    return " < ".join(parts) or "nothing"


class FocusLoggingApplication(QApplication):
    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.focusChanged.connect(
            lambda _old, new: print("FOCUS", describe(new), file=sys.stderr, flush=True)
        )


if __name__ == "__main__":
    FocusLoggingApplication(sys.argv)
    sys.exit(main())

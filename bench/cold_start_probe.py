"""Child process of bench_cold_start.py: start the app on --db, exit at the first paint.

Prints `painted <seconds since interpreter start> <peak RSS MB> <CPU seconds>` (user and
system time of the process: on a shared machine it moves less than the wall time). With
--bare it shows an empty QMainWindow instead (the floor: Python + Qt + one window, nothing
of ours).
"""

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                usage = resource.getrusage(resource.RUSAGE_SELF)
                peak_mb, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
                seconds = time.perf_counter() - STARTED
                print(f"painted {seconds:.4f} {peak_mb:.1f} {cpu:.3f}", flush=True)
                os._exit(0)
            return False

    spy = FirstPaint()
    if args.bare:
        window = QMainWindow()
        window.resize(1200, 780)
        window.installEventFilter(spy)
        window.show()
    else:
        from desktop.app import AppShell, configure_application
        from desktop.ui.language import LanguageSwitch
        from desktop.ui.prompter import Prompter

        configure_application(app)
        settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
        shell = AppShell(
            QSettings(str(settings_file), QSettings.Format.IniFormat),
            Prompter(),
            LanguageSwitch(app),
        )
        if not shell.open_initial(args.db):
            raise SystemExit("could not open the database")
        window = shell.show_main_window()
        window.installEventFilter(spy)
    app.exec()


if __name__ == "__main__":
    main()

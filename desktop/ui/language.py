"""The interface language: Thai by default, English on request, through Qt's translator.

Thai installs two catalogues: the app's own strings, and Qt's own (file dialogs, message box
buttons, print preview), which Qt does not ship in Thai so the app carries them.
"""

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop.resource_paths import TRANSLATIONS

THAI = "th"
ENGLISH = "en"
LANGUAGES = (THAI, ENGLISH)
SETTINGS_KEY = "ui/language"
THAI_CATALOGUES = ("desktop_th.qm", "qtbase_th.qm")


def preferred_language(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, THAI))
    return value if value in LANGUAGES else THAI


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


class LanguageSwitch:
    """Holds the installed translators so the language can change while the app runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = ENGLISH

    def apply(self, language: str) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.language = ENGLISH
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Thailand))
        if language == THAI:
            for catalogue in THAI_CATALOGUES:
                translator = QTranslator(self._app)
                if not translator.load(str(TRANSLATIONS / catalogue)):
                    raise FileNotFoundError(
                        f"Thai translation missing: {TRANSLATIONS / catalogue}"
                        " (run `make translations`)"
                    )
                self._app.installTranslator(translator)
                self._translators.append(translator)
            self.language = THAI
            QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))

"""The interface language: Thai by default, English on request, through Qt's translator."""

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop.resource_paths import TRANSLATIONS

THAI = "th"
ENGLISH = "en"
LANGUAGES = (THAI, ENGLISH)
SETTINGS_KEY = "ui/language"


def preferred_language(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, THAI))
    return value if value in LANGUAGES else THAI


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


class LanguageSwitch:
    """Holds the installed translator so the language can change while the app runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = ENGLISH

    def apply(self, language: str) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.language = ENGLISH
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Thailand))
        if language == THAI:
            translator = QTranslator(self._app)
            if not translator.load(str(TRANSLATIONS / "desktop_th.qm")):
                raise FileNotFoundError(
                    f"Thai translation missing: {TRANSLATIONS / 'desktop_th.qm'}"
                    " (run `make translations`)"
                )
            self._app.installTranslator(translator)
            self._translator = translator
            self.language = THAI
            QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))

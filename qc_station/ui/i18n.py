"""Translations and fonts: the single entry point that makes the UI speak the user's language.

Source strings are English; ``resources/translations/qc_station_<lang>.qm`` (built from the
``.ts`` files by the setup) supplies the other languages. The bundled CJK font makes Chinese
render on machines without CJK fonts.
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from qc_station.paths import resources_dir

log = logging.getLogger("qc_station.ui.i18n")

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
BUNDLED_FONT = "QCStationKai-Regular.ttf"
PREFERRED_LATIN = ("Segoe UI", "DejaVu Sans", "Noto Sans", "Liberation Sans")
PREFERRED_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")


class Translations:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> bool:
        """Switch to ``language``; returns whether its catalogue was found."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True
        ours = self._load(f"qc_station_{language}", str(resources_dir() / "translations"))
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{language}", qt_path)
        return ours

    def _load(self, name: str, folder: str) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, folder):
            log.warning("no translation %s in %s", name, folder)
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True


def install_fonts(app: QApplication) -> str:
    """Register the bundled CJK font and make it the fallback; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / BUNDLED_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    bundled = families[0] if families else ""
    installed = set(QFontDatabase.families())
    latin = [f for f in PREFERRED_LATIN if f in installed][:1]
    cjk = [f for f in PREFERRED_CJK if f in installed][:1] or ([bundled] if bundled else [])
    font = QFont(app.font())
    font.setFamilies([*latin, *cjk] or [app.font().family()])
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    return bundled

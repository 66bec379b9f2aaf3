"""Sarabun (from fontpkg-sarabun) as the application font, so Thai never shows as boxes."""

import fontpkg_sarabun
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FACES = ("Regular", "Bold", "Italic", "BoldItalic", "Medium", "SemiBold")
POINT_SIZE = 11


def install_sarabun(app: QApplication) -> str:
    """Register the Sarabun faces and make Sarabun the font of every widget."""
    family = ""
    for face in FACES:
        font_id = QFontDatabase.addApplicationFont(
            str(fontpkg_sarabun.ROOT / "files" / f"Sarabun-{face}.ttf")
        )
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if not family:
        raise RuntimeError("the Sarabun font shipped with the app could not be loaded")
    app.setFont(QFont(family, POINT_SIZE))
    return family

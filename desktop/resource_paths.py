"""Where the app's shipped files are, from a source checkout or a PyInstaller bundle."""

from pathlib import Path

# desktop/resource_paths.py -> the project root (or the bundle's root when frozen).
APP_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = APP_ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
PYPROJECT = APP_ROOT / "pyproject.toml"
WORKBOOK_GUIDE = APP_ROOT / "docs" / "workbook.md"  # shown by the Exchange page in English
WORKBOOK_GUIDE_TH = APP_ROOT / "docs" / "workbook.th.md"  # ... and in Thai

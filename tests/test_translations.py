"""The Thai translation is complete and covers every string the code passes to Qt."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources/translations/desktop_th.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_thai_translation_is_finished() -> None:
    unfinished = [
        source
        for (_context, source), message in _messages(TS).items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_the_ts_file_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "desktop_th.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert set(_messages(fresh)) == set(_messages(TS)), "run `make update-translations`"

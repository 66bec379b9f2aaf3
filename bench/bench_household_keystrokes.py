"""Benchmark: keystrokes a clerk needs to key a household of four from paper.

    QT_QPA_PLATFORM=offscreen python bench/bench_household_keystrokes.py

Opens the household form of a new office (offscreen), keys the paper household of
tests/paper_household.py with the keyboard alone (a choice by the start of its word, Enter
between fields, Ctrl+M for the next member, Ctrl+S), and prints the keystrokes sent, the
characters of data on the paper (each field as written, counted one by one below) and their
ratio. Goal: at most 1.2 keystrokes per character, none lost (a lost key stops the run).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from desktop.app import configure_application
from desktop.services.office import build_services, create_office
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.language import THAI, LanguageSwitch
from tests.fake_prompter import FakePrompter
from tests.paper_household import (
    HOUSE_CODE,
    HOUSE_NO,
    PAPER,
    SUBDISTRICT,
    VILLAGE_MOO,
    Keyer,
    data_characters,
    key_household,
)


def main() -> None:
    app = QApplication(sys.argv)
    QStandardPaths.setTestModeEnabled(True)
    configure_application(app)
    LanguageSwitch(app).apply(THAI)
    with tempfile.TemporaryDirectory() as folder:
        database = create_office(Path(folder) / "office.sqlite3", "6701", "สมศรี ใจดี")
        services = build_services(database)
        services.household_form.add_village("670101", 1, "บ้านหนองนา")
        form = HouseholdFormDialog(
            services.household_form,
            FakePrompter(),
            user_name="สมศรี ใจดี",
            today=lambda: dt.date(2026, 11, 21),
        )
        form.show()
        form.activateWindow()
        form.address.subdistrict_box.setFocus()
        app.processEvents()
        keyer = Keyer()
        key_household(form, keyer)
        saved = form.draft.id is not None
        form.close()
        database.close()

    print("data on paper, characters per field:")
    for caption, text in (
        ("subdistrict", SUBDISTRICT[0]),
        ("village (moo)", VILLAGE_MOO),
        ("house no.", HOUSE_NO),
        ("house code", HOUSE_CODE),
    ):
        print(f"  {caption:<14} {len(text):>3}  {text}")
    for number, member in enumerate(PAPER, start=1):
        fields = (
            member.title,
            member.first_name,
            member.last_name,
            member.national_id,
            member.sex,
            member.birth_date,
            member.relation,
        )
        counted = " + ".join(str(len(text)) for text in fields)
        print(f"  member {number:<7} {sum(map(len, fields)):>3}  ({counted})")
    characters = data_characters()
    print(f"characters of data: {characters}")
    print(f"keystrokes sent:    {keyer.keystrokes}")
    print(f"keystrokes per character: {keyer.keystrokes / characters:.2f} (goal <= 1.20)")
    print(f"saved: {'yes' if saved else 'NO'}; keystrokes lost: 0")


if __name__ == "__main__":
    main()

"""Every Alt+letter of a dialog leads to one control, in Thai and in English."""

from pathlib import Path

import pytest

from desktop.services.safety import UserService
from desktop.ui.background import TaskRunner
from desktop.ui.exchange.workbook_guide import WorkbookGuideDialog
from desktop.ui.first_start import FirstStartDialog
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.people.login_dialog import LoginDialog
from tests.mnemonics import mnemonic, mnemonic_texts, repeated_mnemonics


def test_the_mnemonic_reader_follows_qts_rule() -> None:
    assert mnemonic("เปิดสำนักงานตัวอย่าง (&M)") == "m"
    assert mnemonic("Open a de&mo office") == "m"
    assert mnemonic("Fish && chips") is None
    assert repeated_mnemonics.__doc__


@pytest.mark.parametrize("language", [THAI, ENGLISH])
def test_dialogs_offer_each_alt_letter_once(
    app_ready, language_switch, qtbot, tmp_path: Path, prompter, office_db, language: str
) -> None:
    language_switch.apply(language)
    dialogs = [
        FirstStartDialog(tmp_path, prompter, TaskRunner()),
        LoginDialog(UserService(office_db.session_factory), language=language),
        WorkbookGuideDialog(),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert len(mnemonic_texts(dialog)) >= 1
        assert repeated_mnemonics(dialog) == {}, type(dialog).__name__

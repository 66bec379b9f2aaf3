"""The household draft kept beside the database: whole or not at all."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from desktop.services.households import (
    HouseholdDraft,
    IncomeDraft,
    IndicatorAnswer,
    MemberDraft,
    StageEntry,
)
from desktop.services.households.draft_file import DraftFile, draft_path_for

NOW = dt.datetime(2025, 6, 1, 9, 30, tzinfo=dt.UTC)


def _draft() -> HouseholdDraft:
    head = MemberDraft(
        title="นาย",
        first_name="สมชาย",
        last_name="ใจดี",
        national_id="๑๑๐๑",
        birth_date="15/03/2510",
        relation="head",
        is_head=True,
        literate=None,
        incomes=[IncomeDraft(category="farm", amount="45,000")],
    )
    return HouseholdDraft(
        village_code="67010101",
        house_no="12/3",
        members=[head, MemberDraft(first_name="สมหญิง", literate=True)],
        survey_year=2568,
        indicators=[IndicatorAnswer(1, 1, "health", "ข้อหนึ่ง", "one", status="failed")],
        stages=[StageEntry(stage="survival", assessed_on="01/06/2568")],
        notes="บ้านหลังวัด",
    )


def test_a_kept_draft_reads_back_as_it_was(tmp_path: Path) -> None:
    drafts = DraftFile(draft_path_for(tmp_path / "office.sqlite3"))
    assert drafts.path == tmp_path / "office.household-draft.json"
    assert drafts.read() is None
    drafts.keep(_draft(), user_name="สมศรี", now=NOW)
    kept = drafts.read()
    assert kept is not None
    assert kept.draft == _draft()
    assert (kept.user_name, kept.kept_at) == ("สมศรี", NOW)
    assert [p.name for p in tmp_path.iterdir()] == ["office.household-draft.json"]
    drafts.discard()
    assert drafts.read() is None and not drafts.path.exists()
    drafts.discard()  # nothing to discard: no error


def test_a_write_that_fails_leaves_the_previous_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = DraftFile(tmp_path / "office.household-draft.json")
    drafts.keep(_draft(), user_name="สมศรี", now=NOW)

    def power_cut(_source: str, _target: str) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", power_cut)
    changed = _draft()
    changed.house_no = "99"
    with pytest.raises(OSError):
        drafts.keep(changed, user_name="สมศรี", now=NOW)
    monkeypatch.undo()
    kept = drafts.read()
    assert kept is not None and kept.draft.house_no == "12/3"
    assert [p.name for p in tmp_path.iterdir()] == ["office.household-draft.json"]


def test_a_file_that_is_not_a_draft_is_not_offered(tmp_path: Path) -> None:
    drafts = DraftFile(tmp_path / "office.household-draft.json")
    drafts.path.write_text('{"format": 1, "draft": {"members": "x"}}', encoding="utf-8")
    assert drafts.read() is None
    drafts.path.write_bytes(b"\x00\xff")
    assert drafts.read() is None

"""The household being keyed, kept in a small file beside the database while it is not
saved yet (CSPro's partial save): after a crash, a kill or a power cut the next start
offers it back.

A JSON file rather than a table: writing it never waits on the database (its integrity
check, another writer, a locked period), never enters the change log or the backups,
and a file the database itself refused to write to still keeps the clerk's typing. It is
written whole to a temporary file that then replaces the old one, so a kill mid-write
leaves the previous draft, never half of one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.services.households.draft import (
    HouseholdDraft,
    IncomeDraft,
    IndicatorAnswer,
    MemberDraft,
    StageEntry,
)

FORMAT = 1


@dataclass(frozen=True)
class KeptDraft:
    draft: HouseholdDraft
    user_name: str
    kept_at: dt.datetime  # aware, UTC


def draft_path_for(database: Path) -> Path:
    """`office.sqlite3` keeps its draft in `office.household-draft.json` beside it."""
    return database.with_name(f"{database.stem}.household-draft.json")


class DraftFile:
    """The one household draft of one database."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def keep(self, draft: HouseholdDraft, *, user_name: str, now: dt.datetime) -> None:
        record = {
            "format": FORMAT,
            "user_name": user_name,
            "kept_at": now.astimezone(dt.UTC).isoformat(),
            "draft": dataclasses.asdict(draft),
        }
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        handle, name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        try:
            with os.fdopen(handle, "wb") as temporary:
                temporary.write(data)
                temporary.flush()
                os.fsync(temporary.fileno())
            os.replace(name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise

    def read(self) -> KeptDraft | None:
        """The kept draft; None when there is none, or the file is not one this version
        wrote (it is then left where it is, for whoever wants to look)."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            if record.get("format") != FORMAT:
                return None
            return KeptDraft(
                draft=_household(record["draft"]),
                user_name=str(record["user_name"]),
                kept_at=dt.datetime.fromisoformat(record["kept_at"]),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def _household(data: dict[str, Any]) -> HouseholdDraft:
    fields = dict(data)
    fields["members"] = [_member(member) for member in data["members"]]
    fields["indicators"] = [IndicatorAnswer(**answer) for answer in data["indicators"]]
    fields["stages"] = [StageEntry(**stage) for stage in data["stages"]]
    return HouseholdDraft(**fields)


def _member(data: dict[str, Any]) -> MemberDraft:
    fields = dict(data)
    fields["incomes"] = [IncomeDraft(**income) for income in data["incomes"]]
    return MemberDraft(**fields)

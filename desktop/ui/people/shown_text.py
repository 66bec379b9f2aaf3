"""Small pieces of screen text shared by the people and audit screens: moments on the PC's
clock with a Buddhist-era year, and a service's refusal in the interface language."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from desktop.services.thai import format_be_date
from desktop.ui.language import THAI


class Explained(Protocol):
    """A service refusal: UserRejected, AuthenticationFailed, NotAllowed, LockRejected..."""

    message_th: str
    message_en: str


def message_text(error: Explained, language: str) -> str:
    """The refusal in the interface language."""
    return error.message_th if language == THAI else error.message_en


def local_be_date(at: dt.datetime) -> str:
    """An aware moment as a day on the PC's clock: ``15/03/2568``."""
    return format_be_date(at.astimezone().date())


def local_be_moment(at: dt.datetime, *, seconds: bool = False) -> str:
    """An aware moment on the PC's clock: ``15/03/2568 14:05`` (``:09`` with seconds)."""
    local = at.astimezone()
    time_format = "%H:%M:%S" if seconds else "%H:%M"
    return f"{format_be_date(local.date())} {local.strftime(time_format)}"

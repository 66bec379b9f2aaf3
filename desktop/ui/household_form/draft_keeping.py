"""The household form's partial save: what is keyed is kept in the draft file a few
seconds after each change and whenever the focus leaves a field, and offered back when
the form next opens (after a crash, a kill, a power cut)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.households import HouseholdDraft
from desktop.services.households.draft_file import DraftFile
from desktop.services.thai import format_be_date
from desktop.ui.prompter import Prompter

KEEP_DELAY_MS = 3000
log = logging.getLogger(__name__)


class DraftKeeping(QObject):
    """Keeps `collect()` in `drafts` for `form` while it has unsaved changes."""

    def __init__(
        self,
        form: QWidget,
        drafts: DraftFile,
        collect: Callable[[], HouseholdDraft],
        *,
        user_name: str,
    ) -> None:
        super().__init__(form)
        self._form = form
        self._drafts = drafts
        self._collect = collect
        self._user_name = user_name
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(KEEP_DELAY_MS)
        self._timer.timeout.connect(self.keep_now)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def changed(self) -> None:
        """Something was keyed: kept within a few seconds, or as the field is left."""
        self._pending = True
        if not self._timer.isActive():
            self._timer.start()

    def keep_now(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        try:
            self._drafts.keep(
                self._collect(), user_name=self._user_name, now=dt.datetime.now(dt.UTC)
            )
        except OSError:  # a full or read-only disk: the form goes on, the log says why
            log.warning("the household draft could not be kept", exc_info=True)
            return
        self._pending = False

    def discard(self) -> None:
        """Saved, or thrown away on purpose: nothing to offer back."""
        self._timer.stop()
        self._pending = False
        self._drafts.discard()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self._pending and old is not None and self._form.isAncestorOf(old):
            self.keep_now()

    def offer(self, prompter: Prompter) -> HouseholdDraft | None:
        """The kept draft if there is one and the clerk takes it back; one turned down
        is discarded."""
        kept = self._drafts.read()
        if kept is None:
            return None
        local = kept.kept_at.astimezone()
        draft = kept.draft
        what = (
            self.tr("household {key}").format(key=draft.key)
            if draft.key
            else self.tr("a new household")
        )
        if draft.house_no.strip():
            what += " " + self.tr("(house no. {number})").format(number=draft.house_no)
        if prompter.confirm(
            self._form,
            self.tr("Restore unsaved household"),
            self.tr(
                "{user} was keying {what} on {date} at {time} and it was not saved (the"
                " program was closed unexpectedly). Bring it back to go on keying?"
            ).format(
                user=kept.user_name,
                what=what,
                date=format_be_date(local.date()),
                time=f"{local:%H:%M}",
            ),
        ):
            return draft
        self._drafts.discard()
        return None

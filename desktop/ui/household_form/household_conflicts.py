"""The household form's answer to a save refused because another clerk saved the household
first: say who and when, then reload theirs, compare and choose field by field (then
save), or keep editing. A household deleted meanwhile is said so."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.services.households.differences import differences, merged
from desktop.services.households.form import HouseholdNotFound
from desktop.services.safety import RecordChanged, RecordDeleted, SaveStamp
from desktop.ui.household_form.compare_dialog import CODED_FIELDS, CodeNames, CompareDialog
from desktop.ui.save_conflict import (
    Choice,
    SaveConflictDialog,
    deleted_text,
    stamp_text,
)

if TYPE_CHECKING:
    from desktop.ui.household_form.form_dialog import HouseholdFormDialog

# What a save raises when another clerk came first: saved it, or deleted it.
REFUSALS = (RecordChanged, RecordDeleted, HouseholdNotFound)


class HouseholdConflicts(QObject):
    """Owned by the form; ``dialog`` and ``compare`` are the dialogs shown, if any."""

    def __init__(self, form: HouseholdFormDialog) -> None:
        super().__init__(form)
        self._form = form
        self.dialog: SaveConflictDialog | None = None
        self.compare: CompareDialog | None = None
        self._stamp: SaveStamp | None = None

    def what(self) -> str:
        return self.tr("household")

    def refused(self, refusal: Exception) -> None:
        """Another save came first: ask the clerk what to do (nothing is written yet).
        A household deleted meanwhile is said so."""
        if not isinstance(refusal, RecordChanged):
            self.deleted(refusal.stamp if isinstance(refusal, RecordDeleted) else None)
            return
        changed = refusal
        self._stamp = changed.stamp
        self._form.status_label.setText(self.tr("Not saved: someone else saved it first."))
        self.dialog = SaveConflictDialog(
            self.what(),
            changed.stamp,
            (Choice.RELOAD, Choice.COMPARE, Choice.CANCEL),
            self._form,
        )
        self.dialog.chosen.connect(self._chosen)
        self.dialog.open()

    def deleted(self, stamp: SaveStamp | None) -> None:
        form = self._form
        form.status_label.setText(self.tr("Not saved: the household was deleted."))
        form.prompter.error(form, self.tr("Not saved"), deleted_text(self.what(), stamp))

    def _chosen(self, choice: Choice) -> None:
        form = self._form
        if choice is Choice.RELOAD:  # my edits are dropped on purpose: none kept on disk
            form.reload_stored()
            if form.keeping is not None:
                form.keeping.discard()
            form.status_label.setText(self.tr("Reloaded: the form shows what they saved."))
        elif choice is Choice.COMPARE:
            self._compare()
        else:
            form.status_label.setText(self.tr("Not saved: your changes are still in the form."))

    def _compare(self) -> None:
        form = self._form
        mine = form.collect()
        assert mine.id is not None
        theirs = form.service.load(mine.id)
        found = differences(form.loaded, mine, theirs)
        name = self._stamp.user_name if self._stamp and self._stamp.user_name else ""
        self.compare = CompareDialog(
            found,
            stamp_text(self._stamp),
            name or stamp_text(None),
            self._code_names(),
            self._village_name,
            form,
        )

        def save_choices() -> None:
            assert self.compare is not None
            form.draft = merged(mine, theirs, found, self.compare.keep_mine())
            form.show_merged()
            form.loaded = copy.deepcopy(theirs)  # what they saved: the base from now on
            form.save()

        self.compare.accepted.connect(save_choices)
        self.compare.open()

    def _code_names(self) -> CodeNames:
        service = self._form.service
        lists = {*CODED_FIELDS.values(), "income_category"}
        return {name: {c.code: c.name_th for c in service.code_list(name)} for name in lists}

    def _village_name(self, code: str) -> str:
        villages = {v.code: v for v in self._form.service.villages(code[:6])}
        village = villages.get(code)
        if village is None:
            return code
        return self.tr("Moo {moo} {name}").format(moo=village.moo, name=village.name_th)

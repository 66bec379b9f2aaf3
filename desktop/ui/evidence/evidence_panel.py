"""หลักฐาน: the files attached to a household, its visits and its assistance, in one list
with their thumbnails, and the buttons that attach a file (to the household, or to the
visit or the help chosen in "Attach to"), open a copy with the PC's viewer, and delete.
Given one owner instead (``set_owner``: a progress report), the list is that owner's.

A file is checked before anything is written (its bytes, its size, that Qt can decode an
image); a refused file is named with its reason in a message."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePath

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.evidence import (
    IMAGE_TYPES,
    AttachmentNotFound,
    AttachmentRow,
    EvidenceProblemCode,
    EvidenceRejected,
    EvidenceService,
    NewAttachment,
    Owner,
    OwnerChoice,
)
from desktop.services.safety import RecordLocked
from desktop.services.thai import format_be_date
from desktop.ui.evidence.evidence_text import (
    owner_text,
    refusal_text,
    size_text,
    unreadable_file_text,
)
from desktop.ui.evidence.thumbnails import ROW_ICON_SIZE, thumbnail_icon, thumbnail_of
from desktop.ui.household_form.keyboard import FormComboBox, skip_on_enter
from desktop.ui.prompter import Prompter
from desktop.ui.read_only_table import read_only_table
from desktop.ui.refusal_text import refusal_text as lock_refusal_text

NAME, OWNER, TAKEN, SIZE, ADDED_BY, CAPTION = range(6)


class EvidencePanel(QGroupBox):
    changed = Signal()  # a file attached or deleted

    def __init__(
        self,
        service: EvidenceService,
        prompter: Prompter,
        *,
        user_name: str,
        unsaved: Callable[[], bool],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Evidence"), parent)
        self._service = service
        self._prompter = prompter
        self._user_name = user_name
        self._unsaved = unsaved
        self._today = today
        self._household_id: int | None = None
        self._fixed: OwnerChoice | None = None  # one owner only, not a household
        self._stale = True
        self.rows: list[AttachmentRow] = []
        self.choices: list[OwnerChoice] = []
        self.opened_copies: list[Path] = []
        self.owner_box = FormComboBox()
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("what the file shows (optional)"))
        self.attach_button = QPushButton(self.tr("A&ttach file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.delete_button = QPushButton(self.tr("Delete file"))
        self.table = read_only_table(
            [
                self.tr("File"), self.tr("Attached to"), self.tr("Date (BE)"), self.tr("Size"),
                self.tr("Added by"), self.tr("Caption"),
            ]
        )  # fmt: skip
        self.table.setIconSize(ROW_ICON_SIZE)
        self.table.verticalHeader().setDefaultSectionSize(ROW_ICON_SIZE.height() + 6)
        self.table.verticalHeader().hide()
        for column, width in enumerate((230, 220, 100, 70, 130)):
            self.table.setColumnWidth(column, width)
        owner_label = QLabel(self.tr("Attach to"))
        owner_label.setBuddy(self.owner_box)
        caption_label = QLabel(self.tr("Caption"))
        caption_label.setBuddy(self.caption_edit)
        top = QHBoxLayout()
        top.addWidget(owner_label)
        top.addWidget(self.owner_box, 2)
        top.addWidget(caption_label)
        top.addWidget(self.caption_edit, 3)
        for button in (self.attach_button, self.open_button, self.delete_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        skip_on_enter(self.table)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable)

    def set_household(self, household_id: int | None) -> None:
        self._household_id, self._fixed = household_id, None
        self.refresh()

    def set_owner(self, choice: OwnerChoice) -> None:
        """The files of one owner (a progress report), attached to it alone."""
        self._household_id, self._fixed = None, choice
        self.refresh()

    def refresh(self) -> None:
        """Read the list again now if it is shown, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """The list and the owners anew (a visit or help recorded meanwhile)."""
        self._stale = False
        household_id = self._household_id
        chosen = self.chosen_owner()
        self.owner_box.clear()
        if self._fixed is not None:
            self.rows = self._service.attachments_of(self._fixed.owner)
            self.choices = [self._fixed]
        elif household_id is None:
            self.rows, self.choices = [], []
        else:
            self.rows = self._service.household_attachments(household_id)
            self.choices = self._service.owner_choices(household_id)
        for index, choice in enumerate(self.choices):
            self.owner_box.addItem(owner_text(choice), index)
        owners = [choice.owner for choice in self.choices]
        self.owner_box.setCurrentIndex(owners.index(chosen) if chosen in owners else 0)
        self._fill()

    def _fill(self) -> None:
        names = {choice.owner: owner_text(choice) for choice in self.choices}
        self.table.setRowCount(len(self.rows))
        for row, attachment in enumerate(self.rows):
            cells = (
                attachment.file_name,
                names.get(attachment.owner, ""),
                format_be_date(attachment.taken_on),
                size_text(attachment.size),
                attachment.added_by,
                attachment.caption,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == NAME:
                    icon = thumbnail_icon(attachment.thumbnail)
                    if icon is not None:
                        item.setIcon(icon)
                    item.setToolTip(attachment.file_name)
                self.table.setItem(row, column, item)
        self.attach_button.setEnabled(bool(self.choices))
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def chosen_owner(self) -> Owner | None:
        index = self.owner_box.currentData()
        return self.choices[index].owner if isinstance(index, int) else None

    def selected(self) -> AttachmentRow | None:
        row = self.table.currentRow()
        picked = self.table.selectionModel().hasSelection()
        return self.rows[row] if picked and 0 <= row < len(self.rows) else None

    # Actions ---------------------------------------------------------------------------

    def attach(self) -> int | None:
        """Ask for a file and attach it to the owner chosen; its id, or None (refused,
        cancelled, or the household not saved yet)."""
        owner = self.chosen_owner()
        if self._unsaved() or owner is None:
            self._prompter.info(
                self,
                self.tr("Evidence"),
                self.tr("Save the household first: files are kept with the saved household."),
            )
            return None
        path = self._prompter.open_file(
            self,
            self.tr("Attach a photo, scan or PDF"),
            self.tr("Photos and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)"),
        )
        if path is None:
            return None
        try:
            new = self._read(path, owner)
            attachment_id = self._service.add(new, user_name=self._user_name)
        except EvidenceRejected as refused:
            self._prompter.error(self, self.tr("File not attached"), refusal_text(refused))
            return None
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("File not attached"), lock_refusal_text(locked))
            return None
        except OSError as error:
            text = unreadable_file_text(path.name, error.strerror or str(error))
            self._prompter.error(self, self.tr("File not attached"), text)
            return None
        self.caption_edit.clear()
        self.reload()
        self.changed.emit()
        return attachment_id

    def _read(self, path: Path, owner: Owner) -> NewAttachment:
        """The file's bytes checked, with a thumbnail of an image (EvidenceRejected when
        refused; a file too big is refused before it is read)."""
        name = PurePath(path).name
        size = path.stat().st_size
        if size > self._service.max_file_bytes:
            raise EvidenceRejected(
                EvidenceProblemCode.TOO_BIG, name, size=size, limit=self._service.max_file_bytes
            )
        data = path.read_bytes()
        media_type = self._service.check_file(name, data)
        thumbnail = None
        if media_type in IMAGE_TYPES:
            thumbnail = thumbnail_of(data)
            if thumbnail is None:
                raise EvidenceRejected(EvidenceProblemCode.UNREADABLE, name)
        return NewAttachment(
            owner, name, data, self._today(), caption=self.caption_edit.text(), thumbnail=thumbnail
        )

    def open_selected(self) -> Path | None:
        """A copy of the file in a private temporary folder, opened with the PC's viewer."""
        attachment = self.selected()
        if attachment is None:
            return None
        try:
            name, _media_type, data = self._service.read_file(attachment.id)
        except AttachmentNotFound:
            self.reload()
            return None
        folder = Path(tempfile.mkdtemp(prefix="evidence-"))  # readable by this user only
        copy = folder / name
        copy.write_bytes(data)
        self.opened_copies.append(copy)
        if not self._prompter.show_file(self, copy):
            self._prompter.error(
                self,
                self.tr("Evidence"),
                self.tr("No program on this PC opens {name}. A copy is at {path}.").format(
                    name=name, path=str(copy)
                ),
            )
        return copy

    def delete_selected(self) -> bool:
        attachment = self.selected()
        if attachment is None:
            return False
        question = self.tr("Delete {name} from the evidence? This cannot be undone.").format(
            name=attachment.file_name
        )
        if not self._prompter.confirm(self, self.tr("Delete file"), question, default_no=True):
            return False
        try:
            self._service.delete(attachment.id, user_name=self._user_name)
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("Delete file"), lock_refusal_text(locked))
            return False
        except AttachmentNotFound:
            pass
        self.reload()
        self.changed.emit()
        return True

"""The household form: keyed from paper, saved in one transaction, checked as you type.

Ctrl+S saves; Ctrl+N saves and starts the next household in the same village; Esc closes
(asking first when something is unsaved); Enter moves to the next field. Ctrl+Tab and
Ctrl+PgDn (Ctrl+Shift+Tab, Ctrl+PgUp back) change tabs from anywhere, Alt+letter opens a
tab; Ctrl+M adds a row to the list of the tab shown (a member, a stage assessment).
"""

import copy
import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import HouseholdDraft, Problem
from desktop.services.households.draft_file import DraftFile
from desktop.services.households.form import HouseholdFormService, ValidationFailed
from desktop.services.safety import RecordLocked
from desktop.ui.household_form.address_section import AddressSection
from desktop.ui.household_form.draft_keeping import DraftKeeping
from desktop.ui.household_form.duplicate_panel import DuplicatePanel
from desktop.ui.household_form.history_view import HistoryView
from desktop.ui.household_form.household_conflicts import REFUSALS, HouseholdConflicts
from desktop.ui.household_form.indicators_section import IndicatorsSection
from desktop.ui.household_form.keyboard import (
    enter_moves_on,
    first_field,
    is_helper,
    skip_on_enter,
)
from desktop.ui.household_form.members_section import (
    MembersSection,
)
from desktop.ui.household_form.problem_display import ProblemDisplay
from desktop.ui.household_form.problem_text import village_error_text
from desktop.ui.household_form.stages_section import StagesSection
from desktop.ui.printing.household_printing import HouseholdPrinting
from desktop.ui.prompter import Prompter
from desktop.ui.refusal_text import refusal_text
from desktop.ui.window_fit import fitted, scrolling

CHECK_DELAY_MS = 300
CODE_LISTS = (
    "title",
    "relation",
    "education_status",
    "education_level",
    "occupation",
    "income_category",
)


class HouseholdFormDialog(QDialog):
    saved = Signal(int)
    deleted = Signal(int)
    jump_requested = Signal(int)
    household_shown = Signal(object)  # the id shown (None: a new household)

    def __init__(
        self,
        service: HouseholdFormService,
        prompter: Prompter,
        *,
        user_name: str,
        printing: HouseholdPrinting | None = None,
        drafts: DraftFile | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeping = (
            DraftKeeping(self, drafts, self.collect, user_name=user_name)
            if drafts is not None
            else None
        )
        self._service = self.service = service
        self._prompter = self.prompter = prompter
        self.conflicts = HouseholdConflicts(self)
        self.loaded: HouseholdDraft | None = None  # as last loaded or saved: whose change is whose
        self._user_name = user_name
        self._today = today
        self._printing = printing
        self._dirty = False
        self.problems: list[Problem] = []
        self.resize(fitted(QSize(1180, 860)))
        code_lists = {name: service.code_list(name) for name in CODE_LISTS}
        self._history_stale = True

        self.duplicates = DuplicatePanel()
        self.address = AddressSection(service, user_name=user_name)
        self.members = MembersSection(code_lists, today)
        self.indicators = IndicatorsSection(user_name, today)
        self.stages = StagesSection(user_name, today)
        self.notes_edit = QPlainTextEdit()
        self.history = HistoryView()

        household_page = QWidget()
        household_layout = QVBoxLayout(household_page)
        household_layout.addWidget(self.address)
        household_layout.addWidget(self.members)
        scroll = scrolling(household_page)  # the buttons below stay in view
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("&Household and members"))
        self.tabs.addTab(self.indicators, self.tr("&Indicators"))
        self.tabs.addTab(self.stages, self.tr("Development &stage"))
        self.tabs.addTab(self.notes_edit, self.tr("&Notes"))
        self.tabs.addTab(self.history, self.tr("Histor&y"))
        self.problem_display = ProblemDisplay(
            self,
            self.address,
            self.members,
            self.tabs,
            {"indicators": self.indicators, "stages": self.stages},
        )
        self.problem_list = self.problem_display.list

        self.delete_button = QPushButton(self.tr("Delete household…"))
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.next_button = QPushButton(self.tr("Save and next (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.status_label = QLabel()
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        self.preview_action = print_menu.addAction(self.tr("Print preview… (Ctrl+P)"))
        self.printer_action = print_menu.addAction(self.tr("Print…"))
        self.pdf_action = print_menu.addAction(self.tr("Save as PDF…"))
        self.print_button.setMenu(print_menu)
        self.print_button.setVisible(printing is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.status_label, 1)
        for button in (self.delete_button, self.close_button, self.next_button, self.save_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        for button in (self.close_button, self.next_button, self.save_button):
            buttons.addWidget(button)
        skip_on_enter(self.delete_button, self.print_button, self.close_button, self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        for section in (self.address, self.members, self.indicators, self.stages):
            section.edited.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        self.address.village_add_failed.connect(self._village_add_failed)
        self.duplicates.jump_requested.connect(self._jump)
        self.save_button.clicked.connect(self.save)
        self.next_button.clicked.connect(self.save_and_next)
        self.close_button.clicked.connect(self.close)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.save_and_next)
        QShortcut(QKeySequence("Ctrl+M"), self, self.add_row)
        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+Backtab", -1),
            ("Ctrl+PgUp", -1),
        ):
            QShortcut(QKeySequence(keys), self, lambda step=step: self._step_tab(step))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_preview)
        self.preview_action.triggered.connect(self.print_preview)
        self.printer_action.triggered.connect(self.print_to_printer)
        self.pdf_action.triggered.connect(self.save_pdf)
        enter_moves_on(self)
        self._set_tab_order()

        self.tabs.currentChanged.connect(self._tab_changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)  # a method: gone with the form
        self.draft = service.new_draft(today=today())
        self._show_draft()

    def show_household(self, household_id: int | None) -> None:
        """Show a stored household, or a new one when `household_id` is None; but first
        offer back a household keyed and never saved (the program was killed)."""
        if self.restore_kept_draft():
            return
        if household_id is None:
            self.draft = self._service.new_draft(today=self._today())
        else:
            self.draft = self._service.load(household_id)
        self.tabs.setCurrentIndex(0)
        self.status_label.clear()
        self._show_draft()

    def restore_kept_draft(self) -> bool:
        """Show the kept draft if the clerk takes it back (True); one turned down is gone."""
        restored = self.keeping.offer(self._prompter) if self.keeping is not None else None
        if restored is None:
            return False
        self.draft = restored
        self.tabs.setCurrentIndex(0)
        self._show_draft()
        self._edited()  # unsaved until saved, and kept again
        return True

    def add_tab(self, page: QWidget, title: str) -> None:
        """A further tab before History (the main window adds the assistance tab)."""
        self.tabs.insertTab(self.tabs.indexOf(self.history), page, title)

    def show_merged(self) -> None:
        """Show ``draft`` (theirs with the values kept of mine) as unsaved."""
        self._show_draft()
        self._edited()

    def reload_stored(self) -> None:
        """Show the stored household anew, on the same tab (a visit saved from the plan
        tab wrote its stages and answers; the clerk reloads another clerk's save)."""
        if self.draft.id is None:
            return
        tab = self.tabs.currentIndex()
        self.draft = self._service.load(self.draft.id)
        self._show_draft()
        self.tabs.setCurrentIndex(tab)

    def add_row(self) -> None:
        """Ctrl+M: a stage assessment on the stage tab, a member anywhere else."""
        if self.tabs.currentWidget() is self.stages:
            self.stages.add_entry()
        else:
            self.tabs.setCurrentIndex(0)
            self.members.add_member()

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _tab_changed(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.history and self._history_stale:
            self._show_history()
        focus = QApplication.focusWidget()
        if (
            focus is not None
            and self.isAncestorOf(focus)
            and (not page.isAncestorOf(focus) or is_helper(focus))
        ):
            # the keys go on into the page's first field (Ctrl+Tab, Alt+letter), not into a
            # field left on the hidden page or the page's helper button
            first_field(page).setFocus(Qt.FocusReason.TabFocusReason)

    def _show_history(self) -> None:
        """Read lazily: the change log is wanted far less often than the form."""
        self._history_stale = False
        draft_id = self.draft.id
        self.history.show_entries(self._service.history(draft_id) if draft_id else [])

    def _set_tab_order(self) -> None:
        """The order of the paper form: address, members (each field in turn), buttons."""
        address, members, editor = self.address, self.members, self.members.editor
        chain: list[QWidget] = [
            address.subdistrict_box,
            address.village_box,
            address.new_village_button,
            address.new_village_moo,
            address.new_village_name,
            address.add_village_button,
            address.house_no_edit,
            address.house_code_edit,
            address.source_box,
            address.welfare_card_check,
            address.welfare_registered_check,
            members.table,
            members.add_button,
            *editor.ordered_fields(),
            editor.incomes.add_button,
            editor.incomes.remove_button,
            editor.incomes.table,
            members.remove_button,
            members.up_button,
            members.down_button,
            self.save_button,
            self.next_button,
            self.close_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing and editing -------------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None:
            self.problem_display.field_left(old)

    def _show_draft(self) -> None:
        draft = self.draft
        self.problem_display.reset(stored=draft.id is not None)
        self.address.load(draft)
        self.members.load(draft)
        self.indicators.load(draft)
        self.stages.load(draft)
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(draft.notes)
        self.notes_edit.blockSignals(False)
        enter_moves_on(self)
        self.loaded = copy.deepcopy(draft)
        self._history_stale = True
        if self.tabs.currentWidget() is self.history:
            self._show_history()
        self.delete_button.setEnabled(draft.id is not None)
        self.household_shown.emit(draft.id)
        self._set_title()
        self._dirty = False
        self.check_now()
        self.address.subdistrict_box.setFocus()

    def _set_title(self) -> None:
        if self.draft.id is None:
            self.setWindowTitle(self.tr("New household"))
        else:
            self.setWindowTitle(
                self.tr("Household {key}").format(key=self.draft.key or self.draft.id)
            )

    def _edited(self) -> None:
        self._dirty = True
        if self.keeping is not None:
            self.keeping.changed()
        self.status_label.setText(self.tr("Unsaved changes"))
        self._check_timer.start()

    def collect(self) -> HouseholdDraft:
        self.address.store(self.draft)
        self.draft.notes = self.notes_edit.toPlainText()
        return self.draft

    def check_now(self) -> list[Problem]:
        """Validate and look for duplicates; show each problem beside its field."""
        self._check_timer.stop()
        draft = self.collect()
        today = self._today()
        review = self._service.review(draft, today=today)
        self.problems = review.problems
        self.indicators.show_suggestions(review.suggestions)
        self.duplicates.show_matches(review.duplicates, draft)
        self.problem_display.show(self.problems, self.draft)
        return self.problems

    # -- saving, closing, deleting -------------------------------------------------------

    def save(self) -> bool:
        self.problem_display.all_shown = True
        problems = self.check_now()
        if any(p.blocking for p in problems):
            self.status_label.setText(self.tr("Not saved: first fix the problems marked in red."))
            self.problem_display.go_to_first()
            return False
        try:
            result = self._service.save(self.draft, user_name=self._user_name, today=self._today())
        except ValidationFailed as failure:
            self.problems = failure.problems
            self.problem_display.show(self.problems, self.draft)
            self.status_label.setText(self.tr("Not saved: first fix the problems marked in red."))
            return False
        except RecordLocked as locked:  # a supervisor locked the submitted period
            self._prompter.error(self, self.tr("Not saved"), refusal_text(locked))
            return False
        except REFUSALS as refused:  # another clerk saved it first, or deleted it
            self.conflicts.refused(refused)
            return False
        # save() wrote the new ids into the draft: the form already shows what is stored.
        self.loaded = copy.deepcopy(self.draft)
        self._dirty = False
        if self.keeping is not None:
            self.keeping.discard()
        self._history_stale = True
        if self.tabs.currentWidget() is self.history:
            self._show_history()
        self.delete_button.setEnabled(True)
        self._set_title()
        self.status_label.setText(self.tr("Saved household {key}.").format(key=result.key))
        self.saved.emit(result.household_id)
        return True

    def save_and_next(self) -> None:
        subdistrict, village = self.draft.subdistrict_code, self.draft.village_code
        if (self._dirty or self.draft.id is None) and not self.save():
            return
        self.draft = self._service.new_draft(
            today=self._today(), subdistrict_code=subdistrict, village_code=village
        )
        self._show_draft()
        self.status_label.setText(self.tr("Next household in the same village."))
        self.tabs.setCurrentIndex(0)  # the stage is keyed last, on its own tab
        self.address.house_no_edit.setFocus()

    # -- printing ------------------------------------------------------------------------

    def _printable_id(self) -> int | None:
        """The household as stored; prints show what is saved, so save first."""
        if self._printing is None:
            return None
        if self.draft.id is None or self._dirty:
            self._prompter.info(
                self,
                self.tr("Print"),
                self.tr("Save the household first: sheets show what is saved."),
            )
            return None
        return self.draft.id

    def print_preview(self) -> None:
        household_id = self._printable_id()
        if household_id is not None and self._printing is not None:
            self.preview_dialog = self._printing.preview(self, household_id)

    def print_to_printer(self) -> None:
        household_id = self._printable_id()
        if household_id is not None and self._printing is not None:
            self._printing.print_household(self, household_id)

    def save_pdf(self) -> None:
        household_id = self._printable_id()
        if household_id is not None and self._printing is not None:
            path = self._printing.save_household_pdf(self, household_id, self.draft.key or "")
            if path is not None:
                self.status_label.setText(self.tr("Saved {name}.").format(name=path.name))

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self._prompter.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("This household has changes that are not saved. Close and lose them?"),
        ):
            event.ignore()
            return
        self._dirty = False  # lost on purpose, or nothing was unsaved
        if self.keeping is not None:
            self.keeping.discard()
        event.accept()

    def reject(self) -> None:  # Esc
        self.close()

    def delete(self) -> None:
        if self.draft.id is None:
            return
        if not self._prompter.confirm(
            self,
            self.tr("Delete household"),
            self.tr(
                "Delete household {key} and all its members, answers and history? "
                "This cannot be undone."
            ).format(key=self.draft.key),
        ):
            return
        household_id = self.draft.id
        try:
            self._service.delete(household_id, user_name=self._user_name)
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("Delete household"), refusal_text(locked))
            return
        self._dirty = False
        self.close()
        self.deleted.emit(household_id)

    def _jump(self, household_id: int) -> None:
        if self._dirty and not self._prompter.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Open the other household and lose the changes made here?"),
        ):
            return
        self._dirty = False
        self.close()
        self.jump_requested.emit(household_id)

    def _village_add_failed(self, error: Exception) -> None:
        self._prompter.error(self, self.tr("New village"), village_error_text(error))

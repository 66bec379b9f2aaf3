"""First start: choose the office (province, district) and the clerk, or open a demo."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.database import DatabaseOpenError, OfficeDatabase, open_database
from desktop.services.office import create_office, district_choices, province_choices
from desktop.ui.background import TaskRunner
from desktop.ui.open_errors import describe_open_error
from desktop.ui.prompter import Prompter

DEMO_HOUSEHOLDS = 2000


class FirstStartDialog(QDialog):
    """Creates (or opens) the office database; `database` holds it once accepted."""

    def __init__(
        self,
        data_dir: Path,
        prompter: Prompter,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        office_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._office_path = office_path or data_dir / "office.sqlite3"
        self._prompter = prompter
        self._tasks = tasks
        self.database: OfficeDatabase | None = None
        self.setWindowTitle(self.tr("Set up your office"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Welcome. Choose the district office this computer works for and type your"
                " name. The data stays on this computer."
            )
        )
        intro.setWordWrap(True)
        self.province_box = QComboBox()
        self.province_box.addItem(self.tr("— choose a province —"), "")
        for province in province_choices():
            self.province_box.addItem(province.name_th, province.code)
        self.district_box = QComboBox()
        self.district_office_radio = QRadioButton(self.tr("A district office"))
        self.province_office_radio = QRadioButton(
            self.tr("A provincial office: consolidates its districts' workbooks")
        )
        self.district_office_radio.setChecked(True)
        self.level_group = QButtonGroup(self)
        self.level_group.addButton(self.district_office_radio)
        self.level_group.addButton(self.province_office_radio)
        levels = QVBoxLayout()
        levels.addWidget(self.district_office_radio)
        levels.addWidget(self.province_office_radio)
        self.clerk_edit = QLineEdit()
        self.clerk_edit.setPlaceholderText(self.tr("e.g. สมศรี ใจดี"))
        self.location_label = QLabel(str(self.office_path))
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Office"), levels)
        form.addRow(self.tr("&Province"), self.province_box)
        form.addRow(self.tr("&District"), self.district_box)
        form.addRow(self.tr("Your &name"), self.clerk_edit)
        form.addRow(self.tr("Database file"), self.location_label)

        self.create_button = QPushButton(self.tr("&Create office"))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open a de&mo office"))
        self.other_button = QPushButton(self.tr("Open another &file…"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.province_box.currentIndexChanged.connect(self._fill_districts)
        self.province_office_radio.toggled.connect(lambda _on: self._fill_districts())
        self.create_button.clicked.connect(self._create)
        self.demo_button.clicked.connect(self._open_demo)
        self.other_button.clicked.connect(self._open_other)
        self.quit_button.clicked.connect(self.reject)
        self._fill_districts()

    @property
    def office_path(self) -> Path:
        return self._office_path

    @property
    def demo_path(self) -> Path:
        return self._data_dir / "demo-office.sqlite3"

    def _fill_districts(self) -> None:
        self.district_box.clear()
        self.district_box.addItem(self.tr("— choose a district —"), "")
        province_code = self.province_box.currentData()
        if province_code:
            for district in district_choices(province_code):
                self.district_box.addItem(district.name_th, district.code)
        self.district_box.setEnabled(
            bool(province_code) and not self.province_office_radio.isChecked()
        )

    def _create(self) -> None:
        province_office = self.province_office_radio.isChecked()
        province_code = self.province_box.currentData() if province_office else ""
        district_code = "" if province_office else self.district_box.currentData()
        if not (province_code or district_code):
            text = (
                self.tr("Choose the province.")
                if province_office
                else self.tr("Choose the province and the district.")
            )
            self._prompter.error(self, self.tr("Office"), text)
            return
        if not self.clerk_edit.text().strip():
            self._prompter.error(self, self.tr("Office"), self.tr("Type your name."))
            self.clerk_edit.setFocus()
            return
        try:
            self.database = create_office(
                self.office_path,
                district_code,
                self.clerk_edit.text(),
                province_code=province_code,
            )
        except FileExistsError:
            self._open_path(self.office_path)
            return
        except DatabaseOpenError as error:
            self._prompter.error(self, self.tr("Office"), describe_open_error(error))
            return
        self.accept()

    def _open_other(self) -> None:
        path = self._prompter.open_file(
            self, self.tr("Open a database"), self.tr("Office databases (*.sqlite3 *.db)")
        )
        if path is not None:
            self._open_path(path)

    def _open_path(self, path: Path) -> None:
        try:
            self.database = open_database(path)
        except DatabaseOpenError as error:
            self._prompter.error(self, self.tr("Open a database"), describe_open_error(error))
            return
        self.accept()

    def _open_demo(self) -> None:
        if self.demo_path.exists():
            self._open_path(self.demo_path)
            return
        from desktop.services.demo import DemoCancelled, create_demo_database

        progress = QProgressDialog(
            self.tr("Generating a demo office…"), self.tr("Cancel"), 0, DEMO_HOUSEHOLDS, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        path = self.demo_path

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
            create_demo_database(path, DEMO_HOUSEHOLDS, progress=report, cancelled=cancelled)
            return path

        def failed(error: Exception) -> None:
            progress.close()
            if not isinstance(error, DemoCancelled):
                self._prompter.error(self, self.tr("Demo office"), str(error))

        def succeeded(made: Path) -> None:
            progress.close()
            self._open_path(made)

        task = self._tasks.start(
            work,
            on_success=succeeded,
            on_failure=failed,
            on_progress=lambda done, _total: progress.setValue(done),
        )
        progress.canceled.connect(task.cancel)

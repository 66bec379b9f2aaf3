"""A Prompter that records what the app would have shown and answers from a script."""

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.ui.prompter import Prompter


class FakePrompter(Prompter):
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm_answers: list[bool] = []
        self.questions: list[tuple[str, str]] = []  # each confirm's title and text, in order
        self.confirm_defaults_no: list[bool] = []  # each question's default_no, in order
        self.files_to_open: list[Path | None] = []
        self.files_to_save: list[Path | None] = []
        self.folders_to_choose: list[Path | None] = []
        self.shown_files: list[Path] = []  # what the PC's viewer was asked to open

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, default_no: bool = False
    ) -> bool:
        self.confirm_defaults_no.append(default_no)
        self.questions.append((title, text))
        return self.confirm_answers.pop(0)

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        return self.files_to_open.pop(0)

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        return self.files_to_save.pop(0)

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        return self.folders_to_choose.pop(0)

    def show_file(self, parent: QWidget | None, path: Path) -> bool:
        self.shown_files.append(path)
        return True

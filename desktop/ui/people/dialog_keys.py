"""Keys in the small people dialogs: Enter moves from field to field and, in the last
field, does the dialog's work.

No button is the dialog's default: a line edit passes Enter on to its dialog after its
own ``returnPressed``, and an auto-default button becomes the default when the dialog is
shown, so it would be clicked from every field. Space presses a focused button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.household_form.keyboard import enter_moves_on


def keyed_form(
    dialog: QDialog,
    last: QLineEdit,
    submit: Callable[[], object],
    buttons: Iterable[QPushButton],
) -> None:
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)
    last.setProperty("enterMovesOn", True)  # enter_moves_on leaves it alone
    last.returnPressed.connect(submit)
    enter_moves_on(dialog)


def lay_out_form_dialog(
    dialog: QDialog,
    form: QFormLayout,
    *,
    above: Iterable[QWidget] = (),
    below: Iterable[QWidget] = (),
    action: QPushButton,
    cancel: QPushButton,
    submit: Callable[[], object],
    last: QLineEdit,
) -> None:
    """The people dialogs' one shape: what is above, the form, what is below (a hint,
    the problem label), then Cancel and the action on the right; keyed as keyed_form."""
    buttons = QHBoxLayout()
    buttons.addStretch()
    buttons.addWidget(cancel)
    buttons.addWidget(action)
    layout = QVBoxLayout(dialog)
    for widget in above:
        layout.addWidget(widget)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addLayout(buttons)
    action.clicked.connect(submit)
    cancel.clicked.connect(dialog.reject)
    keyed_form(dialog, last, submit, (action, cancel))

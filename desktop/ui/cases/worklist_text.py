"""The worklist's words: each kind of work and what a line says about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.cases.worklist import WorkKind, WorkLine
from desktop.services.thai import format_be_date


def kind_name(kind: WorkKind) -> str:
    names = {
        WorkKind.VISIT_OVERDUE: QCoreApplication.translate("Worklist", "Visit overdue"),
        WorkKind.NO_PLAN: QCoreApplication.translate("Worklist", "Survival, no plan"),
        WorkKind.UNADDRESSED: QCoreApplication.translate("Worklist", "Indicator not addressed"),
        WorkKind.NOT_VERIFIED: QCoreApplication.translate("Worklist", "Not verified in 12 months"),
        WorkKind.STAGE_STUCK: QCoreApplication.translate("Worklist", "Stage unchanged 12 months"),
        WorkKind.ACTIVITY_LATE: QCoreApplication.translate("Worklist", "Activity past due"),
    }
    return names[kind]


def detail_text(line: WorkLine) -> str:
    """What the line is about, with its date in the Buddhist era."""
    on = format_be_date(line.detail_on) if line.detail_on else ""

    match line.kind:
        case WorkKind.VISIT_OVERDUE:
            return QCoreApplication.translate("Worklist", "Visit due {date}").format(date=on)
        case WorkKind.NO_PLAN:
            return (
                QCoreApplication.translate("Worklist", "In survival since {date}").format(date=on)
                if on
                else QCoreApplication.translate("Worklist", "In survival")
            )
        case WorkKind.UNADDRESSED:
            return QCoreApplication.translate(
                "Worklist", "Indicator {number} fails; plan of {date}"
            ).format(number=line.indicator_number, date=on)
        case WorkKind.NOT_VERIFIED:
            return (
                QCoreApplication.translate("Worklist", "Last verified {date}").format(date=on)
                if on
                else QCoreApplication.translate("Worklist", "Never verified")
            )
        case WorkKind.STAGE_STUCK:
            return QCoreApplication.translate("Worklist", "Same stage since {date}").format(date=on)
        case WorkKind.ACTIVITY_LATE:
            number = (
                QCoreApplication.translate("Worklist", " (indicator {number})").format(
                    number=line.indicator_number
                )
                if line.indicator_number
                else ""
            )
            return QCoreApplication.translate("Worklist", "{activity}{number}, due {date}").format(
                activity=line.activity_text, number=number, date=on
            )
    return ""

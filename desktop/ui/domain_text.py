"""Display names of the domain's fixed values (stages, dimensions, statuses), translated."""

from PySide6.QtCore import QCoreApplication

STAGES = ("survival", "sufficiency", "sustainable")
DIMENSIONS = ("health", "living", "education", "income", "access")
STATUSES = ("passed", "failed", "na")


def stage_name(stage: str | None) -> str:
    names = {
        "survival": QCoreApplication.translate("DomainText", "Survival"),
        "sufficiency": QCoreApplication.translate("DomainText", "Sufficiency"),
        "sustainable": QCoreApplication.translate("DomainText", "Sustainable"),
    }
    return names.get(stage or "", "")


def dimension_name(dimension: str) -> str:
    names = {
        "health": QCoreApplication.translate("DomainText", "Health"),
        "living": QCoreApplication.translate("DomainText", "Living conditions"),
        "education": QCoreApplication.translate("DomainText", "Education"),
        "income": QCoreApplication.translate("DomainText", "Income"),
        "access": QCoreApplication.translate("DomainText", "Access to public services"),
    }
    return names.get(dimension, dimension)


def dimension_mark(dimension: str) -> str:
    """A short mark for a failed dimension, for compact list columns."""
    marks = {
        "health": QCoreApplication.translate("DomainText", "Health", "short"),
        "living": QCoreApplication.translate("DomainText", "Living", "short"),
        "education": QCoreApplication.translate("DomainText", "Education", "short"),
        "income": QCoreApplication.translate("DomainText", "Income", "short"),
        "access": QCoreApplication.translate("DomainText", "Services", "short"),
    }
    return marks.get(dimension, dimension)


def status_name(status: str) -> str:
    names = {
        "passed": QCoreApplication.translate("DomainText", "Passed"),
        "failed": QCoreApplication.translate("DomainText", "Failed"),
        "na": QCoreApplication.translate("DomainText", "Not applicable"),
    }
    return names.get(status, "")


PROJECT_STATUSES = ("planned", "running", "done", "cancelled")


def project_status_name(status: str) -> str:
    names = {
        "planned": QCoreApplication.translate("DomainText", "Planned"),
        "running": QCoreApplication.translate("DomainText", "Running"),
        "done": QCoreApplication.translate("DomainText", "Done"),
        "cancelled": QCoreApplication.translate("DomainText", "Cancelled"),
    }
    return names.get(status, status)

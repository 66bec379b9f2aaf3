"""The data-quality check before sending: every rule over the whole office (the household
form's rules and rules across records), a report by village, and the supervisor's
sign-off that the export carries ("ready to send").

``rules`` is the registry of rules (one SQL statement each), ``check`` runs them into a
report, ``sign_off`` keeps who checked and signed off and whether that still holds, and
``service`` offers the use cases to the screens and the command line."""

from desktop.services.quality.check import (
    UNKNOWN_VILLAGE,
    CheckCancelled,
    QualityProblem,
    QualityReport,
    VillageReport,
    run_check,
)
from desktop.services.quality.rules import (
    RULE_BY_CODE,
    RULES,
    QualityRule,
    RuleParameters,
    default_survey_year,
)
from desktop.services.quality.service import QualityService
from desktop.services.quality.sign_off import (
    SignOffProblem,
    SignOffRefused,
    SignOffState,
    read_sign_off,
)

__all__ = [
    "RULES",
    "RULE_BY_CODE",
    "UNKNOWN_VILLAGE",
    "CheckCancelled",
    "QualityProblem",
    "QualityReport",
    "QualityRule",
    "QualityService",
    "RuleParameters",
    "SignOffProblem",
    "SignOffRefused",
    "SignOffState",
    "VillageReport",
    "default_survey_year",
    "read_sign_off",
    "run_check",
]

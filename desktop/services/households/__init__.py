"""The household: the text the form edits (draft), read once into typed values (record),
the rules a record must pass, indicator suggestions, and the use cases of the household
screens (form, list, duplicates, write, store).

Only the draft, the record, the rules and the suggestions are re-exported here: they need no
database, and the import's reading helper process (exchange.reading.helper) imports them and
must stay without SQLAlchemy. Import the use cases from their modules
(desktop.services.households.form ...)."""

from desktop.services.households.draft import (
    HEAD_RELATION,
    HouseholdDraft,
    IncomeDraft,
    IndicatorAnswer,
    InvalidMoney,
    MemberDraft,
    MoneyProblem,
    StageEntry,
    age_on,
    format_baht,
    parse_baht,
)
from desktop.services.households.indicator_suggestions import Suggestion, SuggestionReason
from desktop.services.households.reading import read_draft
from desktop.services.households.record import (
    AnswerRecord,
    HouseholdRecord,
    IncomeRecord,
    MemberRecord,
    StageRecord,
)
from desktop.services.households.rules import CE_YEARS, HOUSE_CODE_LENGTH, Problem, ProblemCode

__all__ = [
    "CE_YEARS",
    "HEAD_RELATION",
    "HOUSE_CODE_LENGTH",
    "AnswerRecord",
    "HouseholdDraft",
    "HouseholdRecord",
    "IncomeDraft",
    "IncomeRecord",
    "IndicatorAnswer",
    "InvalidMoney",
    "MemberDraft",
    "MemberRecord",
    "MoneyProblem",
    "Problem",
    "ProblemCode",
    "StageEntry",
    "StageRecord",
    "Suggestion",
    "SuggestionReason",
    "age_on",
    "format_baht",
    "parse_baht",
    "read_draft",
]

"""What is Thai about the data: national IDs (checked with stdnum), Buddhist-era dates and
years, the fiscal year, and Thai sort order. Imports no other service."""

from desktop.services.thai.buddhist_era import (
    BE_OFFSET,
    MAX_BE_YEAR,
    MIN_BE_YEAR,
    DateProblem,
    DateStyle,
    InvalidThaiDate,
    format_be_date,
    parse_be_date,
    to_be_year,
)
from desktop.services.thai.collation import sort_thai, thai_sort_key
from desktop.services.thai.fiscal_year import fiscal_year_bounds, fiscal_year_of, quarter_bounds
from desktop.services.thai.national_id import (
    ID_LENGTH,
    IdProblem,
    InvalidNationalId,
    clean_national_id,
    format_national_id,
    is_valid_national_id,
    national_id_check_digit,
    normalize_digits,
    validate_national_id,
)

__all__ = [
    "BE_OFFSET",
    "ID_LENGTH",
    "MAX_BE_YEAR",
    "MIN_BE_YEAR",
    "DateProblem",
    "DateStyle",
    "IdProblem",
    "InvalidNationalId",
    "InvalidThaiDate",
    "clean_national_id",
    "fiscal_year_bounds",
    "fiscal_year_of",
    "format_be_date",
    "format_national_id",
    "is_valid_national_id",
    "national_id_check_digit",
    "normalize_digits",
    "parse_be_date",
    "quarter_bounds",
    "sort_thai",
    "thai_sort_key",
    "to_be_year",
    "validate_national_id",
]

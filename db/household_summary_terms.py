"""What the household summaries are made of, shared by the SQLite statements
(db.household_summary) and the PostgreSQL ones (db.household_summary_postgresql)."""

from db.models.indicators import DIMENSIONS

DIMENSION_BITS: dict[str, int] = {name: 1 << index for index, name in enumerate(DIMENSIONS)}
STAGE_RANKS: dict[str | None, int] = {None: 0, "survival": 1, "sufficiency": 2, "sustainable": 3}
CODE_PREFIX_LENGTH = 7  # digits of each ID / house code kept in the code search table

DIMENSION_CASE = " ".join(f"WHEN '{name}' THEN {bit}" for name, bit in DIMENSION_BITS.items())
STAGE_CASE = " ".join(f"WHEN '{stage}' THEN {rank}" for stage, rank in STAGE_RANKS.items() if stage)
MEMBER_NAME = "trim(trim({m}.first_name) || ' ' || trim({m}.last_name))"

SUMMARY_COLUMNS = (
    "head_name", "head_name_key", "head_national_id", "member_count", "failed_dimensions",
    "failed_indicators", "helped", "stage_rank", "house_no_key",
)  # fmt: skip


def member_name(alias: str) -> str:
    """A member's "first last" name, of the members table aliased ``alias``."""
    return MEMBER_NAME.format(m=alias)

"""What differs between SQLite and PostgreSQL inside the migrations, in one place.

The same scripts migrate a file and a server database; they ask here for the few pieces
of SQL each engine writes its own way. SQLite's text is what the scripts always had, so
a file's schema is unchanged by the second engine.
"""

from alembic import op


def on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def digits_only(column: str) -> str:
    """A check that ``column`` holds nothing but the digits 0-9."""
    if on_postgresql():
        return f"{column} !~ '[^0-9]'"
    return f"{column} NOT GLOB '*[^0-9]*'"


def false_default() -> str:
    """The server default of a boolean column that starts false."""
    return "false" if on_postgresql() else "0"


def empty_bytes() -> str:
    """An empty BLOB (SQLite) or bytea (PostgreSQL) literal."""
    return "'\\x'::bytea" if on_postgresql() else "x''"


def count_true(conditions: list[str]) -> str:
    """How many of ``conditions`` hold, as an integer expression."""
    if on_postgresql():
        return " + ".join(f"({condition})::int" for condition in conditions)
    return " + ".join(f"({condition})" for condition in conditions)

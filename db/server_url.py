"""Telling a PostgreSQL server URL from a SQLite file path (no SQLAlchemy loaded, so the
command line can parse its arguments with it)."""

from pathlib import Path

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL server database rather than a SQLite file."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def database_argument(text: str) -> Path | str:
    """A ``--db`` value: a server URL kept as it is (a Path would fold its "//"), else a
    file path."""
    return text if is_server_url(text) else Path(text)

"""Bulk writers (the demo generator, an import's apply) give new rows their ids
themselves, one past the highest. SQLite's next id is always one past the highest; a
PostgreSQL table's comes from its sequence, which such inserts do not move: this moves it
past the ids written, so the next form save does not collide with them."""

from sqlalchemy import Integer, text
from sqlalchemy.orm import Session

from db.base import Base


def catch_up_id_sequences(session: Session) -> None:
    """On PostgreSQL, set every integer-id table's sequence past its highest id."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.primary_key or not isinstance(column.type, Integer):
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                f" coalesce(max(id), 0) + 1, false) FROM {table.name}"
            )
        )

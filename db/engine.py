"""Engines: a SQLite file with the pragmas every connection needs and real transactions,
or a PostgreSQL server named by a URL (an office past one PC)."""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.server_url import SERVER_SCHEMES, is_server_url

__all__ = [
    "is_server_url",
    "make_engine",
    "make_server_engine",
    "make_session_factory",
    "server_engine_url",
]

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on `path`: foreign keys on, WAL, synchronous=FULL, explicit BEGIN.

    Only schema migrations turn foreign keys off (see db.schema_version).
    """
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so a
        # `with session.begin():` is one real transaction (pysqlite otherwise defers BEGIN).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def server_engine_url(url: str) -> str:
    """The URL with SQLAlchemy's psycopg (version 3) driver named in it."""
    for scheme in SERVER_SCHEMES:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    raise ValueError(f"not a PostgreSQL URL: {url}")


def make_server_engine(url: str) -> Engine:
    """An engine on a PostgreSQL database; each pooled connection is checked before use,
    so a server restarted overnight is met again rather than failing the next save."""
    return create_engine(server_engine_url(url), pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)

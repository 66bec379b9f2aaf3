"""Opening an office database on a PostgreSQL server: connect, check the schema, migrate,
seed.

The same Alembic scripts as for a file run on the server (dialect branches inside them).
What a file needs and a server does not: no integrity check (the server keeps its own
pages), no copy before migrating (a PostgreSQL migration is one transaction, so a failed
one leaves the database as it was), no instance lock (many PCs share one server).
A database holding tables but no schema version is refused as another program's.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from db.database import DatabaseOpenError, OfficeDatabase, OpenProblem
from db.engine import make_server_engine, make_session_factory
from db.schema_version import head_revision, known_revisions, upgrade_engine_to_head

LOCAL_FOLDER = Path.home() / ".district-desk" / "servers"


def local_stand_in(url: str) -> Path:
    """Where this PC keeps what belongs to one server database but never goes to the
    server (the household form's draft): a name under the user's home made from the URL."""
    parts = urlsplit(url)
    name = f"{parts.hostname or 'local'}-{parts.port or 5432}-{parts.path.strip('/') or 'db'}"
    return LOCAL_FOLDER / f"{name}.server"


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()


def without_password(url: str) -> str:
    """The URL with no password in it, as the app remembers it: a password is never
    written to the settings (libpq finds it in the user's ~/.pgpass, or the clerk gives
    the URL with it again)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", "@")
    return parts._replace(netloc=netloc).geturl()


def open_server_database(url: str) -> OfficeDatabase:
    """Open the office database at the PostgreSQL ``url``, migrated to the newest schema
    (an empty database is set up from scratch)."""
    shown = redacted(url)  # what a message names: the URL without its password
    engine = make_server_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
            elif tables:
                raise DatabaseOpenError(OpenProblem.FOREIGN_DATABASE, shown)
        if revision is not None and revision not in known_revisions():
            raise DatabaseOpenError(OpenProblem.NEWER_VERSION, shown, revision)
        needs_migration = revision != head_revision()
        session_factory = make_session_factory(engine)
        if needs_migration:
            upgrade_engine_to_head(engine)
            from db.reference_data import seed_reference_data  # only new or upgraded ones

            with session_factory.begin() as session:
                seed_reference_data(session)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except OperationalError as error:  # no connection: server down, wrong host or password
        engine.dispose()
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise DatabaseOpenError(OpenProblem.SERVER_UNREACHABLE, shown, detail) from error
    except SQLAlchemyError as error:
        engine.dispose()
        detail = str(getattr(error, "orig", None) or error)
        raise DatabaseOpenError(OpenProblem.CANNOT_READ, shown, detail) from error
    return OfficeDatabase(
        path=local_stand_in(url),
        engine=engine,
        session_factory=session_factory,
        created=revision is None,
        backup_before_migration=None,
        url=url,
    )

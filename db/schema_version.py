"""Alembic, driven from code: the migration scripts ship inside `db/migrations`."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from db.engine import make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations shipped")
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


class ForeignKeyViolation(RuntimeError):
    """A migration left rows pointing at nothing; the transaction was rolled back."""


def upgrade_to_head(path: Path) -> None:
    """Upgrade the file at `path` to the newest schema in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite's batch mode drops and re-creates
    tables; with them on, the drop would cascade into child rows) and checked before commit.
    """
    engine = make_engine(path, foreign_keys=False)
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ForeignKeyViolation(f"{len(problems)} rows break foreign keys")
    finally:
        engine.dispose()

"""Schema versions: Alembic runs the migrations shipped inside `db/migrations`.

The history is linear and each script is named `NNNN_what.py` with revision id `NNNN`
(`alembic revision --rev-id NNNN`), so which revisions exist is read from the file names:
opening a file that is already current never pays for importing Alembic. A test checks
that this agrees with Alembic's own view.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from db.engine import make_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def shipped_revisions() -> list[str]:
    """Revision ids of the shipped scripts, oldest first."""
    return sorted(
        script.name.split("_", 1)[0] for script in VERSIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def head_revision() -> str:
    return shipped_revisions()[-1]


def known_revisions() -> set[str]:
    return set(shipped_revisions())


class ForeignKeyViolation(RuntimeError):
    """A migration left rows pointing at nothing; the transaction was rolled back."""


def upgrade_to_head(path: Path) -> None:
    """Upgrade the file at `path` to the newest schema in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite's batch mode drops and re-creates
    tables; with them on, the drop would cascade into child rows) and checked before commit.
    """
    engine = make_engine(path, foreign_keys=False)
    try:
        upgrade_engine_to_head(engine)
    finally:
        engine.dispose()


def upgrade_engine_to_head(engine: Engine, *, to: str = "head") -> None:
    """Run the migrations on `engine` (a SQLite file or a PostgreSQL database) in one
    transaction. PostgreSQL alters tables in place and checks foreign keys as it goes, and
    its schema changes are transactional too: a failed upgrade leaves nothing behind."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, to)
        if engine.dialect.name == "sqlite":
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ForeignKeyViolation(f"{len(problems)} rows break foreign keys")

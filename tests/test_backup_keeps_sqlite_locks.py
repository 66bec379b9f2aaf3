"""A backup taken while the app works on the database leaves SQLite's locks on it alone.

SQLite keeps its locks as POSIX record locks, which a process loses on a file the moment
it closes ANY descriptor of that file. The backup first checked the database's header
with a plain open and close of the file: the app lost its shared lock on it, and the next
program to close a connection to the database (the command line) took itself for the
last one, folded the write-ahead log into the file and deleted the ``-wal`` and ``-shm``
the app still had open; the app's next writes went to a log nobody else could see.
"""

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from desktop.services.office import create_office
from desktop.services.safety.backups import backup_to

ANOTHER_PROGRAM = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM villages").fetchone()
connection.close()
"""


def test_a_backup_taken_while_the_app_works_leaves_its_log_in_place(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    office = create_office(database, "6701", "สมศรี ใจดี")
    try:
        with office.engine.connect() as connection:  # the app at work: -wal, -shm open
            connection.execute(text("SELECT count(*) FROM villages")).scalar_one()
            wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
            assert wal.exists() and shm.exists()

            backup = backup_to(database, tmp_path / "backups", label="manual")
            subprocess.run([sys.executable, "-c", ANOTHER_PROGRAM, str(database)], check=True)

            assert backup.is_file()
            assert wal.exists() and shm.exists()  # still the app's, not deleted under it
            connection.execute(text("SELECT count(*) FROM villages")).scalar_one()
    finally:
        office.close()

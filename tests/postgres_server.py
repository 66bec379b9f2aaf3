"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder.

Found through Debian's layout (/usr/lib/postgresql/*/bin) or the PATH. PostgreSQL refuses
to run as root, so as root the server runs as an unprivileged user (``postgres`` where the
Debian package made it, else ``nobody``) through ``setpriv``. It listens on 127.0.0.1 on a
free port, with its unix socket inside the temporary folder, and is stopped and deleted at
the end of the run. Where no server can be had, ``PostgresServer.start`` raises
``PostgresUnavailable`` with the one reason the skipped tests give.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "desk"
# Durability is of no use to a server deleted at the end of the run.
FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can run here; the message says why."""


SQLITE_ONLY = "DISTRICT_DESK_TESTS_SQLITE_ONLY"  # set (to anything): no server is started


def find_binaries() -> Path:
    """The folder holding initdb and pg_ctl (the newest Debian version first)."""
    if os.environ.get(SQLITE_ONLY):
        raise PostgresUnavailable(f"{SQLITE_ONLY} is set")
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    raise PostgresUnavailable(
        "PostgreSQL is not installed (no initdb/pg_ctl; Debian: apt-get install postgresql)"
    )


def _version(folder: str) -> float:
    try:
        return float(Path(folder).parent.name)
    except ValueError:
        return 0.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise PostgresUnavailable("running as root and no unprivileged user to run PostgreSQL as")


@dataclass
class PostgresServer:
    """A running throwaway cluster; ``new_database`` gives a fresh empty database's URL."""

    folder: Path
    binaries: Path
    port: int
    user: pwd.struct_passwd | None
    _count: int = 0
    _template: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def start(cls) -> PostgresServer:
        binaries = find_binaries()
        user = _server_user()
        folder = Path(tempfile.mkdtemp(prefix="desk-postgres-"))
        if user is not None:
            os.chown(folder, user.pw_uid, user.pw_gid)
        server = cls(folder=folder, binaries=binaries, port=_free_port(), user=user)
        try:
            server._run(
                "initdb", "-D", str(server.data), "-A", "trust", "-U", SUPERUSER,
                "-E", "UTF8", "--no-locale", "--no-sync",
            )  # fmt: skip
            options = " ".join(
                [f"-p {server.port}", f"-k {folder}", "-c listen_addresses=127.0.0.1"]
                + [f"-c {setting}" for setting in FAST_SETTINGS]
            )
            server._run(
                "pg_ctl", "-D", str(server.data), "-l", str(folder / "server.log"),
                "-o", options, "-w", "start",
            )  # fmt: skip
        except (OSError, subprocess.CalledProcessError) as error:
            log = folder / "server.log"
            detail = log.read_text(errors="replace")[-500:] if log.exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            output = getattr(error, "output", "") or ""
            message = f"PostgreSQL did not start: {error} {output}{detail}"
            raise PostgresUnavailable(message) from error
        return server

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, program: str, *arguments: str) -> None:
        command = [str(self.binaries / program), *arguments]
        if self.user is not None:
            command = [
                "setpriv", f"--reuid={self.user.pw_uid}", f"--regid={self.user.pw_gid}",
                "--clear-groups", *command,
            ]  # fmt: skip
        subprocess.run(
            command,
            check=True,
            cwd=self.folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def execute(self, statement: str) -> None:
        """One statement outside a transaction, on the maintenance database."""
        import psycopg

        with psycopg.connect(self.url("postgres")) as conn:
            conn.autocommit = True
            conn.execute(statement)

    def new_database(self, *, template: str = "template0") -> str:
        """A new database (an empty one, or a copy of ``template``); its URL."""
        with self._lock:
            self._count += 1
            name = f"test_{self._count}"
        self.execute(f'CREATE DATABASE {name} TEMPLATE "{template}"')
        return self.url(name)

    def office_template(self) -> str:
        """The name of a database migrated to the newest schema and seeded, made once per
        run: copying it (``new_database(template=...)``) is much faster than migrating."""
        with self._lock:
            if self._template is None:
                from db.database import open_database

                self.execute("CREATE DATABASE office_template TEMPLATE template0")
                open_database(self.url("office_template")).close()
                self._template = "office_template"
            return self._template

    def stop(self) -> None:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

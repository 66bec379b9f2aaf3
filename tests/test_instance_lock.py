"""One app per database file: a second process is refused; a crashed holder's lock is
recovered."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.safety import InstanceLock, refusal_message
from desktop.services.safety.instance_lock import LockOwner

ROOT = Path(__file__).resolve().parent.parent

HOLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from desktop.services.safety.instance_lock import InstanceLock\n"
    "lock = InstanceLock(Path(sys.argv[1]))\n"
    "print('locked' if lock.acquire() else 'refused', flush=True)\n"
    "time.sleep(120)\n"
)
TRY = (
    "import sys\n"
    "from pathlib import Path\n"
    "from desktop.services.safety.instance_lock import InstanceLock\n"
    "lock = InstanceLock(Path(sys.argv[1]))\n"
    "acquired = lock.acquire()\n"
    "owner = lock.owner()\n"
    "print('locked' if acquired else 'refused', owner.pid if owner else 0)\n"
    "lock.release()\n"
)


def try_from_another_process(database: Path) -> tuple[str, int]:
    result = subprocess.run(
        [sys.executable, "-c", TRY, str(database)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    verdict, pid = result.stdout.split()
    return verdict, int(pid)


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = tmp_path / "office.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
        yield database, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def test_a_second_process_is_refused_while_the_first_holds_the_lock(holder) -> None:
    database, process = holder
    assert try_from_another_process(database) == ("refused", process.pid)
    lock = InstanceLock(database)
    assert not lock.acquire()
    assert lock.owner() == LockOwner(process.pid, socket.gethostname(), lock.owner().appname)
    thai, english = refusal_message(database, lock.owner())
    assert str(process.pid) in thai and str(process.pid) in english


def test_the_lock_of_a_killed_process_is_recovered(holder) -> None:
    database, process = holder
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)  # reaped: its PID no longer runs
    lock_file = Path(f"{database}.lock")
    assert lock_file.exists()  # the crash left it behind
    lock = InstanceLock(database)
    try:
        assert lock.acquire()
        assert lock.owner() is not None and lock.owner().pid == os.getpid()
        assert try_from_another_process(database) == ("refused", os.getpid())
    finally:
        lock.release()
    assert not lock_file.exists()
    assert try_from_another_process(database)[0] == "locked"


def test_within_one_process_a_second_lock_is_refused_until_released(tmp_path) -> None:
    database = tmp_path / "office.sqlite3"
    first, second = InstanceLock(database), InstanceLock(database)
    assert first.acquire() and first.held and first.acquire()  # acquiring again is a no-op
    assert not second.acquire() and not second.held
    assert second.owner() is not None and second.owner().pid == os.getpid()
    first.release()
    with second:
        assert second.acquire()
    assert not Path(f"{database}.lock").exists()


def test_a_lock_taken_on_another_computer_is_not_taken_over(tmp_path) -> None:
    """A database on a shared folder: a lock from another host is never called stale."""
    database = tmp_path / "office.sqlite3"
    Path(f"{database}.lock").write_text("999999\ndistrict-desk\nanother-office-pc\n")
    lock = InstanceLock(database)
    assert not lock.acquire()
    assert lock.owner() == LockOwner(999999, "another-office-pc", "district-desk")
    thai, english = refusal_message(database, lock.owner())
    assert "another-office-pc" in thai and "another-office-pc" in english

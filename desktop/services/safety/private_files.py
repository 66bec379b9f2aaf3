"""Files holding personal data are created readable by the current user only.

The database, its backups, exported workbooks, dry-run reports and printed PDFs all hold
names and national IDs. Each is written under a temporary name created here with mode
0600 (the writer then truncates and fills it, keeping the mode) and renamed into place
once complete, so no other account on the computer can read it, and a failure never
leaves a half-written file under the final name.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_MODE = 0o600


def create_private(path: Path) -> None:
    """Create an empty file readable by the current user only (where the OS allows);
    FileExistsError when something is already there."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    os.close(descriptor)
    owner_only(path)


def replace_private(path: Path) -> None:
    """``create_private``, first removing a leftover of an earlier attempt."""
    path.unlink(missing_ok=True)
    create_private(path)


def owner_only(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system keeps POSIX modes
        os.chmod(path, PRIVATE_MODE)

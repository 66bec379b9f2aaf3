"""What keeps an office's data safe and accountable: backups and restore, users and passwords,
period locks, the change log every write adds to, and the audit screens' queries."""

from desktop.services.safety.audit import AuditEntry, AuditFilter, AuditService
from desktop.services.safety.audit_records import table_label
from desktop.services.safety.backup_errors import BackupError
from desktop.services.safety.backup_files import backup_is_stale, default_backups_dir, last_backup
from desktop.services.safety.backup_inspection import (
    BackupInfo,
    inspect_backup,
    list_backups,
    read_backup_info,
)
from desktop.services.safety.backups import automatic_backup, backup_to, restore
from desktop.services.safety.change_log import (
    ChangeEntry,
    change_rows,
    history,
    record_changes,
    utc_now,
)
from desktop.services.safety.change_writer import ChangeWriter, values_of
from desktop.services.safety.instance_lock import InstanceLock, refusal_message
from desktop.services.safety.log_file import start_log
from desktop.services.safety.open_problems import open_problem_text
from desktop.services.safety.period_lock_checks import (
    LockRow,
    RecordLocked,
    refuse_locked_assistance,
    refuse_locked_household,
    refuse_locked_project,
    refuse_locked_subdistricts,
)
from desktop.services.safety.period_locks import LockRejected, PeriodLockService
from desktop.services.safety.private_files import replace_private
from desktop.services.safety.record_versions import (
    RecordChanged,
    RecordDeleted,
    SaveStamp,
    claim_version,
    last_change,
    raise_version,
    raise_versions,
)
from desktop.services.safety.user_messages import (
    AuthenticationFailed,
    Duty,
    NotAllowed,
    UserRejected,
)
from desktop.services.safety.users import (
    CLERK,
    SUPERVISOR,
    UserRow,
    UserService,
    ensure_first_user,
    require_supervisor,
)

__all__ = [
    "CLERK",
    "SUPERVISOR",
    "AuditEntry",
    "AuditFilter",
    "AuditService",
    "AuthenticationFailed",
    "BackupError",
    "BackupInfo",
    "ChangeEntry",
    "ChangeWriter",
    "Duty",
    "InstanceLock",
    "LockRejected",
    "LockRow",
    "NotAllowed",
    "PeriodLockService",
    "RecordChanged",
    "RecordDeleted",
    "RecordLocked",
    "SaveStamp",
    "UserRejected",
    "UserRow",
    "UserService",
    "automatic_backup",
    "backup_is_stale",
    "backup_to",
    "change_rows",
    "claim_version",
    "default_backups_dir",
    "ensure_first_user",
    "history",
    "inspect_backup",
    "last_backup",
    "last_change",
    "list_backups",
    "open_problem_text",
    "raise_version",
    "raise_versions",
    "read_backup_info",
    "record_changes",
    "refusal_message",
    "refuse_locked_assistance",
    "refuse_locked_household",
    "refuse_locked_project",
    "refuse_locked_subdistricts",
    "replace_private",
    "require_supervisor",
    "restore",
    "start_log",
    "table_label",
    "utc_now",
    "values_of",
]

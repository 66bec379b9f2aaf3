"""Reading and writing office settings (the `settings` table) inside a caller's session."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting

OFFICE_DISTRICT = "office.district_code"  # "" in a provincial office
OFFICE_PROVINCE = "office.province_code"  # set only in a provincial office (consolidation)
OFFICE_CLERK = "office.clerk_name"
OFFICE_IS_DEMO = "office.is_demo"
MASK_NATIONAL_IDS = "privacy.mask_national_ids"
PROVINCE_GOAL_PERCENT = "goal.out_of_survival_percent"
LAST_MANUAL_BACKUP = "backup.last_manual_at"  # ISO UTC time of the last "Back up now"
DEFAULT_GOAL_PERCENT = 95.0  # the province's goal unless the office sets another


def get_setting(session: Session, key: str, default: str = "") -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def set_setting(session: Session, key: str, value: str) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value


def all_settings(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.execute(select(Setting.key, Setting.value))}


def read_goal_percent(session: Session) -> float:
    """The province's goal (percent of target households out of survival); the default
    when the setting is missing or not a percent above 0 and at most 100."""
    try:
        percent = float(get_setting(session, PROVINCE_GOAL_PERCENT, ""))
    except ValueError:
        return DEFAULT_GOAL_PERCENT
    return percent if 0.0 < percent <= 100.0 else DEFAULT_GOAL_PERCENT

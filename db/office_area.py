"""The area an office database covers: one district (a district office) or every district
of one province (a provincial office consolidating its districts' workbooks)."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import District
from db.settings_store import OFFICE_DISTRICT, OFFICE_PROVINCE, get_setting


def province_office_code(session: Session) -> str:
    """The province of a provincial office; "" for a district office."""
    return get_setting(session, OFFICE_PROVINCE)


PROVINCE_KEY_MARK = "P"  # a provincial office's own households: "P6701-000001"


def own_key_prefix(session: Session, village_code: str) -> str:
    """What a household key made by this office starts with: its district ("6701"), or
    in a provincial office "P" and the village's district, so that the province's own
    keys never collide with the keys its districts make and send."""
    if province_office_code(session):
        return f"{PROVINCE_KEY_MARK}{village_code[:4]}"
    return get_setting(session, OFFICE_DISTRICT) or village_code[:4]


def office_district_codes(session: Session) -> list[str]:
    """The districts whose subdistricts the office works in (empty before set-up)."""
    province = province_office_code(session)
    if province:
        return list(
            session.scalars(
                select(District.code)
                .where(District.province_code == province)
                .order_by(District.code)
            )
        )
    district = get_setting(session, OFFICE_DISTRICT)
    return [district] if district else []

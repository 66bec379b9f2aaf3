"""The area an office database covers: one district (a district office) or every district
of one province (a provincial office consolidating its districts' workbooks)."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import District
from db.settings_store import OFFICE_DISTRICT, OFFICE_PROVINCE, get_setting


def province_office_code(session: Session) -> str:
    """The province of a provincial office; "" for a district office."""
    return get_setting(session, OFFICE_PROVINCE)


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

"""Every new office database carries the areas, the 17 indicators, umbrellas and code lists."""

from collections import Counter

from sqlalchemy import func, select

from db.database import OfficeDatabase
from db.models import (
    CodeItem,
    District,
    Indicator,
    IndicatorThreshold,
    Province,
    Subdistrict,
    Umbrella,
)
from db.reference_data import seed_reference_data
from tests.household_examples import TPMAP_NUMBERS


def test_all_areas_of_thailand_are_seeded(office_db: OfficeDatabase) -> None:
    with office_db.session_factory() as session:

        def count(model: type) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        assert count(Province) == 77
        assert count(District) == 928
        assert count(Subdistrict) == 7436
        phetchabun = session.get(Province, "67")
        assert phetchabun is not None and phetchabun.name_th == "เพชรบูรณ์"
        assert len(phetchabun.districts) == 11
        assert session.get(District, "6701").name_th == "เมืองเพชรบูรณ์"  # type: ignore[union-attr]


def test_the_17_tpmap_indicators_by_dimension(office_db: OfficeDatabase) -> None:
    with office_db.session_factory() as session:
        indicators = session.scalars(select(Indicator)).all()
        assert sorted(i.number for i in indicators) == TPMAP_NUMBERS
        assert Counter(i.dimension for i in indicators) == {
            "health": 4,
            "living": 4,
            "education": 4,
            "income": 3,
            "access": 2,
        }
        no22 = next(i for i in indicators if i.number == 22)
        threshold = session.scalar(
            select(IndicatorThreshold.value).where(IndicatorThreshold.indicator_id == no22.id)
        )
        assert threshold == 38000
        assert all(i.text_th and i.text_en for i in indicators)


def test_umbrellas_and_code_lists(office_db: OfficeDatabase) -> None:
    with office_db.session_factory() as session:
        umbrellas = session.scalars(select(Umbrella).order_by(Umbrella.sort_order)).all()
        assert [u.aim_th for u in umbrellas] == ["กินอิ่ม", "นอนอุ่น", "ทุนดี", "ชีวีพร้อม", "น้อมการพัฒนา"]
        lists = set(session.scalars(select(CodeItem.list_name)))
        assert {"relation", "assistance_type", "budget_source", "agency_kind"} <= lists


def test_seeding_again_adds_nothing_and_keeps_the_office_edits(office_db: OfficeDatabase) -> None:
    with office_db.session_factory.begin() as session:
        item = session.get(CodeItem, ("relation", "lodger"))
        assert item is not None
        item.name_th = "ผู้อาศัยชั่วคราว"
        session.delete(session.get(Umbrella, "social"))
    with office_db.session_factory.begin() as session:
        before = session.scalar(select(func.count()).select_from(CodeItem))
        seed_reference_data(session)
        assert session.scalar(select(func.count()).select_from(CodeItem)) == before
        assert session.get(CodeItem, ("relation", "lodger")).name_th == "ผู้อาศัยชั่วคราว"  # type: ignore[union-attr]
        assert session.get(Umbrella, "social") is not None  # a missing seed row comes back
        assert session.scalar(select(func.count()).select_from(Indicator)) == 17

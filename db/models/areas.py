"""Administrative areas: province, district and subdistrict from geothai; villages entered."""

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base


class Province(Base):
    __tablename__ = "provinces"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name_th: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))

    districts: Mapped[list["District"]] = relationship(back_populates="province")


class District(Base):
    __tablename__ = "districts"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"), index=True)
    name_th: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))

    province: Mapped[Province] = relationship(back_populates="districts")
    subdistricts: Mapped[list["Subdistrict"]] = relationship(back_populates="district")


class Subdistrict(Base):
    __tablename__ = "subdistricts"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    district_code: Mapped[str] = mapped_column(ForeignKey("districts.code"), index=True)
    name_th: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    postal_code: Mapped[str] = mapped_column(String(5), default="")

    district: Mapped[District] = relationship(back_populates="subdistricts")
    villages: Mapped[list["Village"]] = relationship(back_populates="subdistrict")


class Village(Base):
    """หมู่บ้าน: 8-digit DOPA code = subdistrict code + two-digit หมู่ที่."""

    __tablename__ = "villages"
    __table_args__ = (
        CheckConstraint("moo BETWEEN 1 AND 99", name="moo_range"),
        CheckConstraint(
            "length(code) = 8 AND code NOT GLOB '*[^0-9]*'"
            " AND substr(code, 1, 6) = subdistrict_code"
            " AND CAST(substr(code, 7, 2) AS INTEGER) = moo",
            name="code_matches_moo",
        ),
    )

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    subdistrict_code: Mapped[str] = mapped_column(ForeignKey("subdistricts.code"), index=True)
    moo: Mapped[int]
    name_th: Mapped[str] = mapped_column(String(120))

    subdistrict: Mapped[Subdistrict] = relationship(back_populates="villages")

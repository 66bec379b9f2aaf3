"""Thai word lists and templates for the demo data generator (data only, no logic).

Person names come from Faker's ``th_TH`` person provider (its name tuples are used
directly: drawing from them with our own seeded ``random.Random`` is deterministic and
about ten times faster than calling Faker once per name).
"""

from __future__ import annotations

from dataclasses import dataclass

from faker.providers.person.th_TH import Provider as _ThaiPersonProvider

FIRST_NAMES_MALE: tuple[str, ...] = tuple(_ThaiPersonProvider.first_names_male)
FIRST_NAMES_FEMALE: tuple[str, ...] = tuple(_ThaiPersonProvider.first_names_female)
LAST_NAMES: tuple[str, ...] = tuple(_ThaiPersonProvider.last_names)

# Village names: "บ้าน" + landform + plant/animal/quality, sometimes + a qualifier.
VILLAGE_LANDFORMS: tuple[str, ...] = (
    "หนอง", "ห้วย", "นา", "โคก", "ดอน", "วัง", "ท่า", "โนน", "ป่า", "บ่อ",
    "ซับ", "เขา", "ทุ่ง", "ดง", "สระ", "หัวฝาย", "ลาด", "คลอง", "น้ำ", "โป่ง",
)  # fmt: skip
VILLAGE_FEATURES: tuple[str, ...] = (
    "ไผ่", "บัว", "แก", "ยาง", "ขาม", "สะแก", "มะค่า", "ตะเคียน", "ทอง", "ดู่",
    "แดง", "งาม", "ชมภู", "มะนาว", "พะยอม", "ตาล", "ขี้เหล็ก", "จาน", "ปลาไหล", "เตย",
    "หว้า", "โพธิ์", "ไทร", "มะม่วง", "กระทุ่ม", "คล้า", "นกยูง", "เสือ", "ช้าง", "กวาง",
    "หิน", "ทราย", "กลาง", "ใหญ่", "เรือ", "บง", "พลวง", "อีเก้ง", "มะขาม", "สามัคคี",
)  # fmt: skip
VILLAGE_QUALIFIERS: tuple[str, ...] = ("ใหม่", "พัฒนา", "เหนือ", "ใต้", "ตะวันออก", "สามัคคี")

# Indicator numbers of the 2560-2564 set, by dimension (seed data: indicators_2560_2564.json).
INDICATOR_DIMENSION: dict[int, str] = {
    1: "health", 4: "health", 5: "health", 7: "health",
    8: "living", 9: "living", 10: "living", 11: "living",
    15: "education", 16: "education", 17: "education", 19: "education",
    20: "income", 21: "income", 22: "income",
    27: "access", 28: "access",
}  # fmt: skip

STAGE_REASONS: dict[str, tuple[str, ...]] = {
    "survival": (
        "ยังขาดปัจจัย 4 บางด้าน ต้องช่วยเหลือเร่งด่วน",
        "รายได้ไม่พอรายจ่าย มีภาระดูแลผู้สูงอายุและเด็ก",
        "ที่อยู่อาศัยทรุดโทรม ยังไม่มีรายได้ประจำ",
    ),
    "sufficiency": (
        "มีอาชีพและรายได้พอเลี้ยงครอบครัว มีแผนพัฒนาครัวเรือน",
        "ทำบัญชีครัวเรือนและมีเงินออมเล็กน้อย",
        "ได้รับการฝึกอาชีพแล้ว เริ่มมีรายได้เสริม",
    ),
    "sustainable": (
        "รายได้มั่นคง เป็นสมาชิกกลุ่มอาชีพ ช่วยเหลือผู้อื่นได้",
        "มีเงินออมต่อเนื่องและเข้าร่วมเครือข่ายชุมชน",
    ),
}

PROGRESS_RESULTS: tuple[str, ...] = (
    "ดำเนินการตามแผน",
    "ดำเนินการแล้วเสร็จตามไตรมาส",
    "ลงพื้นที่ติดตามครัวเรือนเป้าหมาย",
    "ส่งมอบปัจจัยการผลิตให้ครัวเรือนแล้ว",
)
PROGRESS_PROBLEMS: tuple[str, ...] = (
    "งบประมาณได้รับการจัดสรรล่าช้า",
    "ครัวเรือนเป้าหมายไปทำงานต่างพื้นที่ช่วงฤดูเก็บเกี่ยว",
    "ฝนตกหนัก ต้องเลื่อนกิจกรรม",
    "วัสดุอุปกรณ์ราคาสูงขึ้น",
)
ASSISTANCE_OUTCOMES: tuple[str, ...] = (
    "ได้รับความช่วยเหลือแล้ว อยู่ระหว่างติดตามผล",
    "ครัวเรือนนำไปใช้ประกอบอาชีพ มีรายได้เพิ่มขึ้น",
    "แก้ไขปัญหาได้ตามตัวชี้วัด",
    "ส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว",
    "ครัวเรือนยังต้องการความช่วยเหลือเพิ่มเติม",
)


@dataclass(frozen=True)
class AgencyTemplate:
    """``{district}`` and ``{province}`` are filled with the Thai names."""

    name: str
    kind: str  # code of the agency_kind list
    contact: str


AGENCY_TEMPLATES: tuple[AgencyTemplate, ...] = (
    AgencyTemplate("สำนักงานพัฒนาชุมชนอำเภอ{district}", "central", "0 5671 1234"),
    AgencyTemplate("สำนักงานเกษตรอำเภอ{district}", "central", "0 5671 2345"),
    AgencyTemplate("สำนักงานสาธารณสุขอำเภอ{district}", "central", "0 5671 3456"),
    AgencyTemplate("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด{province}", "central", "0 5672 1111"),
    AgencyTemplate("ศูนย์ส่งเสริมการเรียนรู้อำเภอ{district} (กศน.)", "central", "0 5671 4567"),
    AgencyTemplate("องค์การบริหารส่วนตำบล{subdistrict}", "local_gov", "0 5670 5678"),
    AgencyTemplate(
        "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขา{district}", "state_enterprise", "0 5671 6789"
    ),
    AgencyTemplate("วิสาหกิจชุมชนกลุ่มอาชีพตำบล{subdistrict2}", "community", "08 1234 5678"),
)


@dataclass(frozen=True)
class ProjectTemplate:
    umbrella: str  # umbrella code (seed data: umbrellas.json)
    name: str
    dimension: str  # the dimension the project's assistance addresses
    kind: str  # code of the assistance_type list
    value_baht: tuple[int, int]  # value of one household's assistance, min and max
    agency: int  # index into AGENCY_TEMPLATES
    extra_result: tuple[str, str, float]  # key result text, unit, target


PROJECT_TEMPLATES: tuple[ProjectTemplate, ...] = (
    ProjectTemplate("food", "ส่งเสริมการปลูกผักสวนครัวรั้วกินได้", "health", "occupation_kit",
                    (300, 800), 1, ("ร้อยละของครัวเรือนที่ปลูกผักกินเอง", "ร้อยละ", 80)),
    ProjectTemplate("food", "เลี้ยงไก่ไข่เพื่อบริโภคในครัวเรือน", "income", "occupation_kit",
                    (800, 1500), 1, ("จำนวนครัวเรือนที่มีไข่ไก่บริโภคทุกวัน", "ครัวเรือน", 0)),
    ProjectTemplate("food", "ถุงยังชีพบรรเทาความเดือดร้อนครัวเรือนยากจน", "health", "goods",
                    (500, 1000), 3, ("ร้อยละของครัวเรือนที่ได้รับถุงยังชีพ", "ร้อยละ", 100)),
    ProjectTemplate("housing", "ซ่อมแซมบ้านผู้ยากไร้", "living", "house_repair",
                    (15000, 40000), 3, ("จำนวนหลังที่ซ่อมแซมแล้วเสร็จ", "หลัง", 0)),
    ProjectTemplate("housing", "ติดตั้งถังเก็บน้ำฝนและระบบประปาครัวเรือน", "living",
                    "house_repair", (3000, 8000), 5,
                    ("ร้อยละของครัวเรือนที่มีน้ำใช้ตลอดปี", "ร้อยละ", 90)),
    ProjectTemplate("housing", "บ้านสะอาด ชุมชนน่าอยู่", "living", "training",
                    (200, 500), 0, ("จำนวนหมู่บ้านที่ผ่านเกณฑ์บ้านสะอาด", "หมู่บ้าน", 10)),
    ProjectTemplate("income", "ฝึกอาชีพการทำขนมไทยและอาหารแปรรูป", "income", "training",
                    (1000, 2500), 0, ("ร้อยละของผู้ผ่านการอบรมที่มีรายได้เพิ่มขึ้น", "ร้อยละ", 70)),
    ProjectTemplate("income", "ส่งเสริมการเลี้ยงปลาดุกในบ่อซีเมนต์", "income", "occupation_kit",
                    (1500, 3500), 1, ("รายได้เพิ่มขึ้นเฉลี่ยต่อครัวเรือนต่อปี", "บาท", 6000)),
    ProjectTemplate("income", "สนับสนุนปัจจัยการผลิตเพาะเห็ดนางฟ้า", "income", "occupation_kit",
                    (2000, 4000), 7, ("จำนวนกลุ่มอาชีพที่จัดตั้งได้", "กลุ่ม", 5)),
    ProjectTemplate("income", "สินเชื่อเพื่อการประกอบอาชีพครัวเรือนยากจน", "income", "cash",
                    (5000, 20000), 6, ("ร้อยละของครัวเรือนที่ชำระคืนตรงเวลา", "ร้อยละ", 90)),
    ProjectTemplate("health", "ดูแลผู้สูงอายุและผู้ป่วยติดเตียงโดยอาสาสมัคร", "access",
                    "health_care", (500, 1500), 2,
                    ("ร้อยละของผู้สูงอายุติดเตียงที่ได้รับการเยี่ยมบ้าน", "ร้อยละ", 100)),
    ProjectTemplate("health", "คัดกรองโรคเรื้อรังเชิงรุกในครัวเรือนเป้าหมาย", "health",
                    "health_care", (100, 300), 2, ("จำนวนผู้ได้รับการคัดกรอง", "คน", 0)),
    ProjectTemplate("health", "ส่งเสริมการออกกำลังกายในชุมชน", "health", "training",
                    (100, 300), 5, ("ร้อยละของคนที่ออกกำลังกายสัปดาห์ละ 3 วัน", "ร้อยละ", 60)),
    ProjectTemplate("social", "ครอบครัวพัฒนา ชุมชนเข้มแข็ง", "access", "referral",
                    (0, 0), 0, ("จำนวนครัวเรือนที่มีแผนพัฒนาครัวเรือน", "ครัวเรือน", 0)),
    ProjectTemplate("social", "ส่งเสริมการศึกษาต่อของเด็กในครัวเรือนยากจน", "education",
                    "cash", (2000, 5000), 4, ("ร้อยละของเด็กที่ได้เรียนต่อ ม.4", "ร้อยละ", 95)),
    ProjectTemplate("social", "อบรมการจัดทำบัญชีครัวเรือน", "income", "training",
                    (100, 300), 0, ("จำนวนครัวเรือนที่จัดทำบัญชีต่อเนื่อง", "ครัวเรือน", 0)),
    ProjectTemplate("social", "ช่วยเหลือผู้พิการและผู้ด้อยโอกาส", "access", "cash",
                    (1000, 3000), 3, ("ร้อยละของผู้พิการที่ได้รับการดูแล", "ร้อยละ", 100)),
)  # fmt: skip

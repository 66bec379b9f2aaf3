import itertools
import random
import sqlite3

from desktop.services.thai import sort_thai, thai_sort_key

# Royal Institute dictionary order: consonant first (a leading vowel เ แ โ ไ counts
# after its consonant), vowels after consonants, tone marks only break ties.
DICTIONARY_ORDER = [
    "กมล",
    "กอ",
    "ก่อ",
    "ก้อ",
    "กา",
    "เก่ง",
    "เกียรติ",
    "แก้ว",
    "โกวิท",
    "ไก่",
    "ขวัญ",
    "ฮา",
]


def _shuffled() -> list[str]:
    names = DICTIONARY_ORDER[:]
    random.Random(2567).shuffle(names)
    assert names != DICTIONARY_ORDER
    return names


def test_sort_thai_gives_dictionary_order():
    assert sort_thai(_shuffled()) == DICTIONARY_ORDER
    assert sort_thai(reversed(DICTIONARY_ORDER)) == DICTIONARY_ORDER


def test_byte_keys_compare_like_dictionary_order():
    keys = [thai_sort_key(name) for name in DICTIONARY_ORDER]
    assert all(isinstance(key, bytes) for key in keys)
    assert all(a < b for a, b in itertools.pairwise(keys))
    assert sorted(_shuffled(), key=thai_sort_key) == DICTIONARY_ORDER


def test_sqlite_blob_order_matches():
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE TABLE person (name TEXT, name_key BLOB)")
        db.executemany(
            "INSERT INTO person VALUES (?, ?)",
            [(name, thai_sort_key(name)) for name in _shuffled()],
        )
        rows = db.execute("SELECT name FROM person ORDER BY name_key").fetchall()
    finally:
        db.close()
    assert [name for (name,) in rows] == DICTIONARY_ORDER


def test_plain_code_point_sort_is_wrong():
    naive = sorted(_shuffled())
    assert naive != DICTIONARY_ORDER
    # leading vowels land after ฮ ...
    assert naive.index("ฮา") < naive.index("เก่ง")
    assert naive[-5:] == ["เกียรติ", "เก่ง", "แก้ว", "โกวิท", "ไก่"]
    # ... and tone-marked ก่อ/ก้อ after กา
    assert naive.index("กา") < naive.index("ก่อ")


def test_key_ignores_surrounding_space_and_normalization_form():
    assert thai_sort_key("  กมล ") == thai_sort_key("กมล")
    assert thai_sort_key("e\u0301") == thai_sort_key("\u00e9")


def test_sort_thai_keeps_duplicates():
    assert sort_thai(["ขวัญ", "กา", "ขวัญ"]) == ["กา", "ขวัญ", "ขวัญ"]

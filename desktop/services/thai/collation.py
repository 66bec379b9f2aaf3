"""Thai dictionary order below the UI, via the Unicode Collation Algorithm (pyuca).

UCA (DUCET) handles Thai: leading vowels เ แ โ ใ ไ sort after their consonant and
tone marks only break ties (กอ < ก่อ < ก้อ < กา), unlike code-point order.
"""

from __future__ import annotations

import functools
import struct
import unicodedata
from collections.abc import Iterable

from pyuca import Collator


@functools.cache
def _collator() -> Collator:
    """The shared collator; built on first use (it loads the large DUCET table)."""
    return Collator()


def thai_sort_key(text: str) -> bytes:
    """Collation key as bytes: memcmp order (SQLite BLOB, ``bytes <``) = Thai order.

    Each UCA weight (< 65536) is packed as a big-endian unsigned 16-bit integer.
    """
    key = _collator().sort_key(unicodedata.normalize("NFC", text.strip()))
    return struct.pack(f">{len(key)}H", *key)


def sort_thai(names: Iterable[str]) -> list[str]:
    """``names`` in Thai dictionary order (ties broken by code points, for stability)."""
    return sorted(names, key=lambda name: (thai_sort_key(name), name))

"""What a file is, from its bytes (never its name): JPEG, PNG or PDF, and whole enough to
open. A zip renamed ``.jpg`` is no JPEG; a PNG cut short in copying lacks its end chunk.

Pure Python, no Qt: the UI decodes images for thumbnails, and refuses one Qt cannot
decode with the same reason (``UNREADABLE``)."""

from __future__ import annotations

import struct
import zlib

JPEG = "image/jpeg"
PNG = "image/png"
PDF = "application/pdf"
MEDIA_TYPES = (JPEG, PNG, PDF)
IMAGE_TYPES = (JPEG, PNG)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8\xff"
PDF_START = b"%PDF-"
PDF_TAIL = 1024  # "%%EOF" must lie this near the end (readers look there)


def media_type_of(data: bytes) -> str | None:
    """The media type the bytes start like, or None (not a kind we keep)."""
    if data.startswith(JPEG_START):
        return JPEG
    if data.startswith(PNG_SIGNATURE):
        return PNG
    if data.startswith(PDF_START):
        return PDF
    return None


def is_whole(data: bytes, media_type: str) -> bool:
    """True when the file of ``media_type`` is complete enough for a viewer to open."""
    if media_type == PNG:
        return _png_is_whole(data)
    if media_type == JPEG:
        return data.rstrip(b"\x00").endswith(b"\xff\xd9") and len(data) > 4
    return b"%%EOF" in data[-PDF_TAIL:]


def _png_is_whole(data: bytes) -> bool:
    """Every chunk's length and CRC are right, IHDR comes first and IEND ends the file."""
    position, first = len(PNG_SIGNATURE), True
    while position + 12 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data) or (first and kind != b"IHDR"):
            return False
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(data[position + 4 : end - 4]) != crc:
            return False
        if kind == b"IEND":
            return True
        position, first = end, False
    return False

"""Files for the evidence tests, made byte by byte (no Qt): a whole PNG, a JPEG and a PDF
as a scanner or a phone writes their start and end, and hostile ones (a zip named
``.jpg``, a PNG cut short, a PNG whose chunk is damaged)."""

import struct
import zlib


def _chunk(kind: bytes, payload: bytes) -> bytes:
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def png(width: int = 4, height: int = 3, shade: int = 0) -> bytes:
    """A whole RGB PNG of one colour (``shade`` makes files that differ)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes((shade, 80, 160)) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def jpeg_shape(body: bytes = b"scan") -> bytes:
    """Bytes shaped like a JPEG (start and end markers) for the checks that read no pixels."""
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + body + b"\xff\xd9"


def pdf(text: str = "signed sheet") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% "
        + text.encode()
        + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def zip_named_jpg() -> bytes:
    """What a ``.zip`` renamed ``photo.jpg`` holds: a zip's local file header."""
    return b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40 + b"PK\x05\x06" + b"\x00" * 18


def truncated_png() -> bytes:
    whole = png(40, 30)
    return whole[: len(whole) // 2]


def damaged_png() -> bytes:
    """A PNG of the right length whose pixel chunk has a flipped byte (its CRC fails)."""
    data = bytearray(png(8, 8))
    data[45] ^= 0xFF
    return bytes(data)

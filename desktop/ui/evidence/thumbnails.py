"""Thumbnails of attached photos, made with Qt (the services hold no Qt): the image
decoded once when it is attached, scaled to fit THUMBNAIL_SIZE and kept as a small JPEG
beside the file, so a list shows its pictures without reading the files themselves.

Qt's image reader refuses an image that would need more memory than its allocation limit
(256 MB by default), so a small file that unpacks into a huge picture gives no thumbnail,
and the panel refuses it as unreadable."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

THUMBNAIL_SIZE = QSize(96, 96)
ROW_ICON_SIZE = QSize(48, 48)


def thumbnail_of(data: bytes) -> bytes | None:
    """A JPEG of the image scaled to fit THUMBNAIL_SIZE; None when Qt cannot decode it."""
    image = QImage()
    if not image.loadFromData(data) or image.isNull():
        return None
    small = image.scaled(
        THUMBNAIL_SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_RGB32)  # JPEG keeps no transparency
    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    small.save(buffer, "JPEG", 80)
    buffer.close()
    return bytes(encoded.data())


def thumbnail_icon(thumbnail: bytes | None) -> QIcon | None:
    """The stored thumbnail as an icon for a list row; None for a PDF (no thumbnail)."""
    if not thumbnail:
        return None
    pixmap = QPixmap()
    return QIcon(pixmap) if pixmap.loadFromData(thumbnail) else None

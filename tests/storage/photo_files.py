"""Photo files made in tests with Pillow: a JPEG with an orientation, a date and GPS; a PNG with
transparency; and what is not an image."""

from __future__ import annotations

import io

from PIL import Image

ORIENTATION = 0x0112
GPS_IFD = 0x8825
EXIF_IFD = 0x8769
DATE_TAKEN = 0x9003


def pattern(width: int, height: int) -> Image.Image:
    """A picture whose top-left corner is red and the rest blue, so a rotation shows."""
    image = Image.new("RGB", (width, height), (20, 40, 200))
    image.paste((220, 20, 20), (0, 0, max(1, width // 4), max(1, height // 4)))
    return image


def jpeg(width: int = 640, height: int = 480, *, orientation: int | None = None,
         date_taken: str | None = None, gps: bool = False, quality: int = 90) -> bytes:
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION] = orientation
    if date_taken is not None:
        exif.get_ifd(EXIF_IFD)[DATE_TAKEN] = date_taken
    if gps:
        exif.get_ifd(GPS_IFD).update({1: "S", 2: (12.0, 3.0, 30.0), 3: "W", 4: (77.0, 1.0, 2.0)})
    out = io.BytesIO()
    pattern(width, height).save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()


def png_with_alpha(width: int = 300, height: int = 200) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    image.paste((0, 128, 0, 255), (0, 0, width // 2, height))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image

"""Turning a photo file's bytes into the evidence kept: upright, at most 1600 px, JPEG, no metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import warnings
from dataclasses import dataclass

from PIL import (  # noqa: F401 - the plugins register the formats READABLE_FORMATS names
    BmpImagePlugin,
    GifImagePlugin,
    Image,
    ImageOps,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    WebPImagePlugin,
)

from monitor_app.core.errors import ErrorCode, MonitorError

# Phone photos are 2–12 MB, and a 108-megapixel camera's about 20 MB; anything larger is a
# video, a scan or a RAW file, which would take the laptop's memory and time for nothing.
MAX_ORIGINAL_BYTES = 25 * 2**20
# Above a 108-megapixel camera's 12000 × 9000: a small file declaring more is a decompression
# bomb (Pillow's own guard only warns below twice its limit).
MAX_PIXELS = 110_000_000
MAX_LONG_SIDE = 1600  # enough to read a sign or an extinguisher's label in the acta
THUMBNAIL_LONG_SIDE = 320
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 80
MEDIA_TYPE = "image/jpeg"
# What a phone, a camera or a screenshot produce; never formats whose decoders run other
# programs (EPS calls Ghostscript) or are rarely exercised.
READABLE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")  # JPEG includes MPO
_DATE_TAKEN = 0x9003  # EXIF DateTimeOriginal, in the Exif sub-directory
_EXIF_IFD = 0x8769
# What Pillow's decoders raise on bytes that are not (or no longer) an image they can read.
_DECODING_FAILURES = (OSError, ValueError, SyntaxError, EOFError, struct.error, IndexError,
                      KeyError, TypeError, ZeroDivisionError, Image.DecompressionBombError)


@dataclass(frozen=True)
class ProcessedPhoto:
    """The bytes to store, named by their SHA-256; `taken_on` is the camera's date, if any."""

    data: bytes
    sha256: str
    width: int
    height: int
    taken_on: dt.date | None
    media_type: str = MEDIA_TYPE

    @property
    def size_bytes(self) -> int:
        return len(self.data)


def check_original_size(size: int, file: str) -> None:
    """Refuse an original over the limit before it is read or decoded."""
    if size > MAX_ORIGINAL_BYTES:
        raise MonitorError(ErrorCode.EVIDENCE_TOO_LARGE, file=file,
                           size_mb=f"{size / 2**20:.1f}", limit_mb=MAX_ORIGINAL_BYTES // 2**20)


def _not_an_image(file: str) -> MonitorError:
    return MonitorError(ErrorCode.EVIDENCE_NOT_AN_IMAGE, file=file)


def _fitted(width: int, height: int, long_side: int) -> tuple[int, int]:
    """The size that fits `long_side` keeping the proportions; never larger than it was."""
    scale = long_side / max(width, height)
    if scale >= 1:
        return width, height
    return max(1, round(width * scale)), max(1, round(height * scale))


def _opened(data: bytes, file: str, long_side: int) -> Image.Image:
    """Decoded, at a size close to (not below) the final one when the format allows it."""
    image = Image.open(io.BytesIO(data), formats=READABLE_FORMATS)
    width, height = image.size
    if width < 1 or height < 1 or width * height > MAX_PIXELS:
        raise _not_an_image(file)
    # A JPEG decodes at 1/2, 1/4 or 1/8 scale for a fraction of the memory and time.
    image.draft("RGB", _fitted(width, height, long_side))
    image.load()
    return image


def _date_taken(image: Image.Image) -> dt.date | None:
    """The day the camera says it took the photo; a missing or garbled date is no date."""
    try:
        text = image.getexif().get_ifd(_EXIF_IFD).get(_DATE_TAKEN)
        return dt.datetime.strptime(str(text).strip("\x00 ")[:10], "%Y:%m:%d").date()
    except _DECODING_FAILURES:
        return None


def _flattened(image: Image.Image) -> Image.Image:
    """RGB; transparent parts on white, as the picture looked on screen."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _jpeg(image: Image.Image, quality: int) -> bytes:
    """Only pixels: no EXIF, GPS, ICC profile or comment is written (Ley 29733)."""
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _downscaled(data: bytes, file: str, long_side: int) -> tuple[Image.Image, dt.date | None]:
    # Pillow warns about damaged EXIF and big pictures; the checks here decide, and a warning
    # printed under a command's output would only puzzle.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        image = _opened(data, file, long_side)
        taken_on = _date_taken(image)
        upright = _flattened(ImageOps.exif_transpose(image))
        upright.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    return upright, taken_on


def process_photo(data: bytes, file: str) -> ProcessedPhoto:
    """The evidence to keep from an original photo, or a refusal naming `file`.

    The same original always gives the same bytes (so the same SHA-256) with this version of
    Pillow: attaching a photo twice stores it once."""
    check_original_size(len(data), file)
    try:
        image, taken_on = _downscaled(data, file, MAX_LONG_SIDE)
        stored = _jpeg(image, JPEG_QUALITY)
    except _DECODING_FAILURES:
        raise _not_an_image(file) from None
    return ProcessedPhoto(stored, hashlib.sha256(stored).hexdigest(), image.width, image.height,
                          taken_on)


def make_thumbnail(data: bytes, file: str, long_side: int = THUMBNAIL_LONG_SIDE) -> bytes:
    """A small JPEG of a stored photo (for the acta and lists)."""
    try:
        image, _ = _downscaled(data, file, long_side)
        return _jpeg(image, THUMBNAIL_QUALITY)
    except _DECODING_FAILURES:
        raise _not_an_image(file) from None

"""Photo processing: upright, at most 1600 px, JPEG without metadata, the same bytes each time,
and every file that is not a readable image refused by name."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.photos import (
    MAX_LONG_SIDE,
    MAX_ORIGINAL_BYTES,
    make_thumbnail,
    process_photo,
)
from tests.storage.photo_files import GPS_IFD, ORIENTATION, jpeg, opened, png_with_alpha

SMALL_JPEG = jpeg(64, 48, orientation=6, date_taken="2024:01:01 00:00:00")


def _red_corner(image: Image.Image) -> tuple[bool, bool, bool, bool]:
    """Which corners (top-left, top-right, bottom-left, bottom-right) are red."""
    w, h = image.size
    corners = [(2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3)]
    return tuple(image.getpixel(c)[0] > 150 for c in corners)  # type: ignore[return-value]


def test_exif_orientation_is_applied_and_the_tag_dropped() -> None:
    photo = process_photo(jpeg(640, 480, orientation=6), "girada.jpg")  # 6: turn 90° clockwise
    assert (photo.width, photo.height) == (480, 640)
    image = opened(photo.data)
    assert image.size == (480, 640)
    # The red top-left corner of the sensor's picture ends up top-right once turned clockwise.
    assert _red_corner(image) == (False, True, False, False)
    assert ORIENTATION not in image.getexif()


def test_a_large_photo_is_scaled_to_1600_on_its_long_side() -> None:
    photo = process_photo(jpeg(4000, 3000), "grande.jpg")
    assert (photo.width, photo.height) == (1600, 1200)
    assert opened(photo.data).size == (1600, 1200)


def test_a_small_photo_is_not_enlarged() -> None:
    photo = process_photo(jpeg(300, 200), "chica.jpg")
    assert (photo.width, photo.height) == (300, 200)


def test_portrait_photo_fits_its_height() -> None:
    photo = process_photo(jpeg(1000, 5000), "alta.jpg")
    assert (photo.width, photo.height) == (320, MAX_LONG_SIDE)


def test_png_with_transparency_becomes_a_jpeg_on_white() -> None:
    photo = process_photo(png_with_alpha(300, 200), "logo.png")
    image = opened(photo.data)
    assert image.format == "JPEG" and image.mode == "RGB" and photo.media_type == "image/jpeg"
    left, right = image.getpixel((10, 100)), image.getpixel((290, 100))
    assert left[1] > 100 and left[0] < 60  # the opaque green half
    assert min(right) > 240  # transparent became white, not black


def test_metadata_is_stripped_but_the_day_taken_is_kept_as_a_field() -> None:
    original = jpeg(800, 600, date_taken="2024:05:02 10:11:12", gps=True)
    assert opened(original).getexif().get_ifd(GPS_IFD)  # the original does carry GPS
    photo = process_photo(original, "con_gps.jpg")
    image = opened(photo.data)
    assert dict(image.getexif()) == {}
    assert not any(key in image.info for key in ("exif", "icc_profile", "comment", "xmp"))
    assert b"Exif" not in photo.data[:4096]
    assert photo.taken_on == dt.date(2024, 5, 2)


def test_same_original_gives_the_same_bytes_and_hash() -> None:
    original = jpeg(2000, 1500, orientation=3)
    first, second = process_photo(original, "a.jpg"), process_photo(original, "a.jpg")
    assert first.data == second.data
    assert first.sha256 == second.sha256 == hashlib.sha256(first.data).hexdigest()


def test_thumbnail_is_a_small_jpeg() -> None:
    stored = process_photo(jpeg(4000, 3000), "grande.jpg").data
    thumb = opened(make_thumbnail(stored, "grande.jpg"))
    assert thumb.format == "JPEG" and thumb.size == (320, 240)
    assert opened(make_thumbnail(stored, "grande.jpg", 100)).size == (100, 75)


def _refusal(data: bytes, name: str = "foto.jpg") -> MonitorError:
    with pytest.raises(MonitorError) as refusal:
        process_photo(data, name)
    return refusal.value


@pytest.mark.parametrize("data", [
    b"",
    b"hola, no soy una foto",
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    jpeg(800, 600)[:2000],  # cut short, as a copy interrupted
    jpeg(800, 600)[:-600],
], ids=["empty", "text", "pdf", "truncated-head", "truncated-tail"])
def test_what_is_not_a_readable_image_is_refused_by_name(data: bytes) -> None:
    refusal = _refusal(data, "acta.pdf")
    assert refusal.code is ErrorCode.EVIDENCE_NOT_AN_IMAGE and refusal.params["file"] == "acta.pdf"


def _png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge picture: a decompression bomb."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (len(body).to_bytes(4, "big") + kind + body
                + zlib.crc32(kind + body).to_bytes(4, "big"))

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    row = b"\x00" + bytes(3 * width)
    data = zlib.compress(row * 4, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    bomb = _png_declaring(20_000, 20_000)  # 400 megapixels in a few kilobytes
    assert len(bomb) < 100_000
    assert _refusal(bomb).code is ErrorCode.EVIDENCE_NOT_AN_IMAGE


def test_an_original_over_the_limit_is_refused_before_decoding() -> None:
    too_big = b"\xff\xd8\xff" + bytes(MAX_ORIGINAL_BYTES)  # not even decodable: never tried
    refusal = _refusal(too_big, "video.jpg")
    assert refusal.code is ErrorCode.EVIDENCE_TOO_LARGE
    assert refusal.params["file"] == "video.jpg" and refusal.params["limit_mb"] == 25


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_photos_are_refused_or_read_never_crash(data: st.DataObject) -> None:
    original = bytearray(SMALL_JPEG)
    for _ in range(data.draw(st.integers(1, 8))):
        original[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
    try:
        photo = process_photo(bytes(original), "dañada.jpg")
    except MonitorError as refusal:
        assert refusal.code is ErrorCode.EVIDENCE_NOT_AN_IMAGE
    else:
        assert opened(photo.data).format == "JPEG"


def test_only_the_formats_photos_come_in_are_opened() -> None:
    out = io.BytesIO()
    Image.new("RGB", (50, 40), (1, 2, 3)).save(out, "PPM")  # Pillow reads it; we do not
    assert _refusal(out.getvalue(), "x.ppm").code is ErrorCode.EVIDENCE_NOT_AN_IMAGE


def test_webp_and_gif_are_read() -> None:
    for fmt in ("WEBP", "GIF"):
        out = io.BytesIO()
        Image.new("RGB", (50, 40), (1, 2, 3)).save(out, fmt)
        photo = process_photo(out.getvalue(), f"x.{fmt.lower()}")
        assert (photo.width, photo.height) == (50, 40)

"""Opening photos as officers have them: every type Pillow reads plus HEIC/HEIF from phones.

Everything that decodes an image (thumbnails, EXIF, reduction, perceptual hashes) opens it
here, so HEIC support and the pixel budget are decided in one place. Pillow and
pillow-heif are imported when a photo is first opened, not when the program starts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import math
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from cds_desktop.errors import CdsError

if TYPE_CHECKING:
    from PIL import Image

    from cds_desktop.profile import Profile

log = logging.getLogger(__name__)

# Largest image decoded: 100 megapixels (a 12 MP phone photo is 12; a decompression bomb
# claims billions). Checked from the header, before any pixel is decoded.
MAX_PIXELS = 100_000_000

_heif_registered = False


class PhotoError(CdsError):
    """A file that should be an image cannot be opened as one within the budget."""


def open_image(source: Path | IO[bytes], name: str = "") -> Image.Image:
    """The image, lazily opened (header read, pixels not yet decoded), within `MAX_PIXELS`.

    `name` is the file name the user sees, for the message."""
    global _heif_registered
    from PIL import Image, UnidentifiedImageError

    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True
    shown = name or (source.name if isinstance(source, Path) else "")
    try:
        image = Image.open(source)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoError(
            f"{shown}: not an image the program can read ({exc.__class__.__name__}).",
            code="photo_unreadable",
            name=shown,
        ) from exc
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise PhotoError(
            f"{shown}: {width}×{height} pixels is more than the {MAX_PIXELS // 1_000_000} "
            "megapixels the program decodes.",
            code="photo_too_large",
            name=shown,
        )
    return image


# --- what a photo says about itself ------------------------------------------------------

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".heic", ".heif"})
"""Camera photos: the only files ever reduced (screenshots and drawings keep their PNG)."""
IMAGE_SUFFIXES = PHOTO_SUFFIXES | {".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"}
"""Files shown as thumbnails."""

HEAD_BYTES = 16
"""Enough of a file's first bytes for `looks_like_image`."""


def looks_like_image(head: bytes) -> bool:
    """The first bytes of a JPEG, PNG, GIF, BMP, WebP, TIFF or HEIF/HEIC file."""
    return (
        head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"BM"))
        or head.startswith((b"II*\x00", b"MM\x00*"))
        or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")
        or head[4:8] == b"ftyp"
    )


_TAG_ORIENTATION = 0x0112
_TAG_DATETIME = 0x0132
_TAG_DATETIME_ORIGINAL = 0x9003
_IFD_EXIF = 0x8769
_IFD_GPS = 0x8825
_EXIF_TIME = "%Y:%m:%d %H:%M:%S"
EARLIEST_PHOTO_YEAR = 1990
LATEST_PHOTO_YEAR = 2100


@dataclass(frozen=True)
class PhotoInfo:
    """Pixel size as shown (EXIF orientation applied), EXIF time (camera-local, naive) and
    GPS position in decimal degrees, or None where the photo does not say."""

    width: int
    height: int
    taken_at: dt.datetime | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None


@dataclass(frozen=True)
class Reduction:
    """How to reduce photos: the longest side in pixels and the JPEG quality."""

    longest: int = 2048
    quality: int = 85


@dataclass(frozen=True)
class ReducedPhoto:
    """A reduced copy written to `path` and what the original was."""

    path: Path
    original_sha256: str
    original_size: int
    original_width: int
    original_height: int


def is_image(filename: str) -> bool:
    return Path(filename).suffix.lower() in IMAGE_SUFFIXES


def is_photo(filename: str) -> bool:
    return Path(filename).suffix.lower() in PHOTO_SUFFIXES


def exif_time(text: object) -> dt.datetime | None:
    """An EXIF date/time ("2025:03:14 09:30:00", camera-local), or None if absent or absurd."""
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    if not isinstance(text, str):
        return None
    text = text.strip("\x00 ")[:19]
    try:
        moment = dt.datetime.strptime(text, _EXIF_TIME)
    except ValueError:
        return None
    if not EARLIEST_PHOTO_YEAR <= moment.year <= LATEST_PHOTO_YEAR:
        return None
    return moment


def _degrees(value: object, reference: object, negative: str, limit: float) -> float | None:
    try:
        parts = [float(p) for p in value]  # type: ignore[attr-defined]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if len(parts) != 3 or not all(math.isfinite(p) and p >= 0 for p in parts):
        return None
    degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    if isinstance(reference, bytes):
        reference = reference.decode("ascii", "replace")
    if isinstance(reference, str) and reference.strip("\x00 ").upper() == negative:
        degrees = -degrees
    if abs(degrees) > limit:
        return None
    return round(degrees, 6)


def _photo_info(image: Image.Image) -> PhotoInfo:
    exif = image.getexif()
    width, height = image.size
    if exif.get(_TAG_ORIENTATION) in (5, 6, 7, 8):  # turned by 90°: shown the other way
        width, height = height, width
    details = exif.get_ifd(_IFD_EXIF)
    taken = exif_time(details.get(_TAG_DATETIME_ORIGINAL)) or exif_time(exif.get(_TAG_DATETIME))
    gps = exif.get_ifd(_IFD_GPS)
    lat = _degrees(gps.get(2), gps.get(1), "S", 90)
    lon = _degrees(gps.get(4), gps.get(3), "W", 180)
    if lat is None or lon is None or (lat == 0 and lon == 0):  # 0,0: a phone without a fix
        lat = lon = None
    return PhotoInfo(width, height, taken, lat, lon)


def read_photo_info(source: Path | IO[bytes], name: str = "") -> PhotoInfo:
    """Pixel size, EXIF time and GPS of an image (only its header is read)."""
    with open_image(source, name) as image:
        try:
            return _photo_info(image)
        except (OSError, ValueError, SyntaxError, struct.error) as exc:  # damaged EXIF
            log.info("EXIF of %s unreadable: %s", name, exc)
            width, height = image.size
            return PhotoInfo(width, height)


def _decoded(image: Image.Image, name: str) -> Image.Image:
    """The pixels, turned as EXIF orientation says; a decode failure is a PhotoError."""
    from PIL import ImageOps

    try:
        image.load()
        return ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, struct.error) as exc:
        raise PhotoError(
            f"{name}: the image is damaged ({exc.__class__.__name__}).",
            code="photo_unreadable",
            name=name,
        ) from exc


def thumbnail_png(source: Path | IO[bytes], max_side: int, name: str = "") -> bytes:
    """A PNG at most `max_side` pixels on its longest side, turned as EXIF says (any
    image type, HEIC included; JPEG is decoded at reduced size, so a 12 MP photo is cheap)."""
    from PIL import Image

    with open_image(source, name) as image:
        image.draft("RGB", (max_side, max_side))  # JPEG only: decode at 1/2…1/8 size
        shown = _decoded(image, name)
        shown.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        if shown.mode not in ("RGB", "RGBA"):
            shown = shown.convert("RGBA")
        out = io.BytesIO()
        shown.save(out, "PNG")
        return out.getvalue()


def reduce_photo(
    source: Path, reduction: Reduction, folder: Path, name: str = ""
) -> ReducedPhoto | None:
    """A JPEG of `source` at most `reduction.longest` pixels on its longest side, written
    into `folder`, orientation applied and EXIF time and place kept; None when `source`
    is not a camera photo or is no larger than that already (never enlarged)."""
    from PIL import Image

    shown_name = name or source.name
    if not is_photo(source.name):
        return None
    with open_image(source, shown_name) as image:
        try:
            info = _photo_info(image)
        except (OSError, ValueError, SyntaxError, struct.error):
            info = PhotoInfo(*image.size)
        if max(info.width, info.height) <= reduction.longest:
            return None
        exif = image.getexif()
        upright = _decoded(image, shown_name)
        upright.thumbnail((reduction.longest, reduction.longest), Image.Resampling.LANCZOS)
        if upright.mode != "RGB":
            upright = upright.convert("RGB")
        exif[_TAG_ORIENTATION] = 1
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix="reduced-", suffix=".jpg.part", dir=folder)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                upright.save(out, "JPEG", quality=reduction.quality, exif=exif.tobytes())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return ReducedPhoto(temp, digest.hexdigest(), source.stat().st_size, info.width, info.height)


def reduced_name(filename: str) -> str:
    """The name a reduced photo is stored under: the same stem, ending in .jpg."""
    path = Path(filename)
    return path.name if path.suffix.lower() in (".jpg", ".jpeg") else f"{path.stem}.jpg"


# --- photo time against the campaign ----------------------------------------------------

OUTSIDE_CAMPAIGN = "outside_campaign"
LONG_BEFORE_ACTIVITY = "long_before_activity"
PERIOD_FLAGS = (OUTSIDE_CAMPAIGN, LONG_BEFORE_ACTIVITY)


def period_flag(
    taken_at: dt.datetime | None,
    campaign_start: dt.date,
    campaign_end: dt.date,
    activity_start: dt.date,
    days_before: int,
) -> str:
    """Why a photo's time does not fit its activity ("" when it fits or is unknown):
    taken outside the campaign period, or more than `days_before` days before the
    activity started. The one rule the unit's panel, the centre and the report use."""
    if taken_at is None:
        return ""
    day = taken_at.date()
    if not campaign_start <= day <= campaign_end:
        return OUTSIDE_CAMPAIGN
    if day < activity_start - dt.timedelta(days=days_before):
        return LONG_BEFORE_ACTIVITY
    return ""


def period_flag_text(flag: str, taken_at: dt.datetime | None, filename: str) -> str:
    """The English warning for the CLI and logs (the GUI words its own)."""
    when = f"{taken_at:%d/%m/%Y %H:%M}" if taken_at is not None else "?"
    if flag == OUTSIDE_CAMPAIGN:
        return f"photo {filename} was taken on {when}, outside the campaign period"
    if flag == LONG_BEFORE_ACTIVITY:
        return f"photo {filename} was taken on {when}, long before the activity started"
    return ""


# --- settings ----------------------------------------------------------------------------

SETTING_REDUCE_LONGEST = "photo_reduce_longest"
SETTING_REDUCE_QUALITY = "photo_reduce_quality"
SETTING_DAYS_BEFORE = "photo_days_before"
LONGEST_RANGE = range(320, 10_001)
QUALITY_RANGE = range(30, 96)
DAYS_RANGE = range(0, 3651)


@dataclass(frozen=True)
class PhotoSettings:
    """The profile's photo settings: reduction on add (None: off) and the days a photo
    may be older than its activity before it is flagged."""

    reduction: Reduction | None = None
    days_before: int = 30


def parse_reduction(text: str) -> Reduction | None:
    """`LONGEST[,QUALITY]` (e.g. "2048,85"), or "0"/"off" for none; ValueError if wrong."""
    text = text.strip().lower()
    if text in ("", "0", "off", "no", "none"):
        return None
    longest_text, _, quality_text = text.partition(",")
    try:
        longest = int(longest_text)
        quality = int(quality_text) if quality_text.strip() else Reduction.quality
    except ValueError:
        raise ValueError(f"{text!r} is not LONGEST[,QUALITY], e.g. 2048,85") from None
    if longest not in LONGEST_RANGE:
        raise ValueError(f"the longest side must be {LONGEST_RANGE[0]}–{LONGEST_RANGE[-1]} px")
    if quality not in QUALITY_RANGE:
        raise ValueError(f"the JPEG quality must be {QUALITY_RANGE[0]}–{QUALITY_RANGE[-1]}")
    return Reduction(longest, quality)


def _setting_int(profile: Profile, key: str, default: int, allowed: range) -> int:
    try:
        value = int(profile.get_setting(key, str(default)))
    except ValueError:
        return default
    return value if value in allowed else default


def load_photo_settings(profile: Profile) -> PhotoSettings:
    longest = _setting_int(profile, SETTING_REDUCE_LONGEST, 0, range(0, LONGEST_RANGE[-1] + 1))
    quality = _setting_int(profile, SETTING_REDUCE_QUALITY, Reduction.quality, QUALITY_RANGE)
    days = _setting_int(profile, SETTING_DAYS_BEFORE, PhotoSettings.days_before, DAYS_RANGE)
    reduction = Reduction(longest, quality) if longest in LONGEST_RANGE else None
    return PhotoSettings(reduction, days)


def save_photo_settings(profile: Profile, settings: PhotoSettings) -> None:
    """Stored after checking the ranges (ValueError names the wrong value)."""
    reduction = settings.reduction
    if reduction is not None:
        if reduction.longest not in LONGEST_RANGE:
            raise ValueError(f"the longest side must be {LONGEST_RANGE[0]}–{LONGEST_RANGE[-1]} px")
        if reduction.quality not in QUALITY_RANGE:
            raise ValueError(f"the JPEG quality must be {QUALITY_RANGE[0]}–{QUALITY_RANGE[-1]}")
    if settings.days_before not in DAYS_RANGE:
        raise ValueError(f"the days must be {DAYS_RANGE[0]}–{DAYS_RANGE[-1]}")
    profile.set_setting(SETTING_REDUCE_LONGEST, str(reduction.longest if reduction else 0))
    if reduction is not None:
        profile.set_setting(SETTING_REDUCE_QUALITY, str(reduction.quality))
    profile.set_setting(SETTING_DAYS_BEFORE, str(settings.days_before))

"""Phone photos made in the tests: JPEG and HEIC with EXIF orientation, time and GPS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image


def make_photo(
    path: Path,
    size: tuple[int, int] = (400, 300),
    orientation: int | None = None,
    taken: dt.datetime | None = None,
    gps: tuple[float, float] | None = None,
    fmt: str | None = None,
    date_time: dt.datetime | None = None,
) -> Path:
    """A photo whose left half is red and right half blue (so a turn can be seen), with
    EXIF orientation, DateTimeOriginal (`taken`), DateTime (`date_time`) and GPS."""
    pillow_heif.register_heif_opener()
    image = Image.new("RGB", size, (220, 30, 30))
    image.paste((30, 30, 220), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if date_time is not None:
        exif[ExifTags.Base.DateTime] = f"{date_time:%Y:%m:%d %H:%M:%S}"
    if taken is not None:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = (
            f"{taken:%Y:%m:%d %H:%M:%S}"
        )
    if gps is not None:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        for (ref, key), value, (positive, negative) in (
            ((1, 2), gps[0], ("N", "S")),
            ((3, 4), gps[1], ("E", "W")),
        ):
            info[ref] = positive if value >= 0 else negative
            whole = abs(value)
            degrees = int(whole)
            minutes = int((whole - degrees) * 60)
            seconds = round((whole - degrees - minutes / 60) * 3600, 4)
            info[key] = (float(degrees), float(minutes), seconds)
    kind = fmt or {".heic": "HEIF", ".heif": "HEIF", ".png": "PNG"}.get(path.suffix.lower(), "JPEG")
    image.save(path, kind, exif=exif.tobytes())
    return path

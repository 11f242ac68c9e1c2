"""Opening photos as officers have them: every type Pillow reads plus HEIC/HEIF from phones.

Everything that decodes an image (thumbnails, EXIF, reduction, perceptual hashes) opens it
here, so HEIC support and the pixel budget are decided in one place. Pillow and
pillow-heif are imported when a photo is first opened, not when the program starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from cds_desktop.errors import CdsError

if TYPE_CHECKING:
    from PIL import Image

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

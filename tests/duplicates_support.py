"""Photos for the duplicate tests: structured synthetic pictures (gradients and shapes, no
noise), their resized, re-encoded and HEIC copies, and a master with three units that
reuse them."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.photos import open_image
from cds_desktop.profile import Profile, create_profile
from tests.package_helpers import UNIT_NAMES, export, import_one, make_centre


def scene(seed: int, width: int = 1600, height: int = 1200) -> Image.Image:
    """A picture with structure: a gradient sky and coloured shapes placed by `seed`."""
    rnd = random.Random(seed)
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x, y = rnd.randrange(width), rnd.randrange(height)
        size = rnd.randrange(width // 12, width // 3)
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        box = (x, y, x + size, y + int(size * rnd.uniform(0.5, 1.4)))
        if rnd.random() < 0.5:
            draw.ellipse(box, fill=colour)
        else:
            draw.rectangle(box, fill=colour)
    return image


def jpeg(image: Image.Image, quality: int = 90, longest: int | None = None) -> bytes:
    if longest is not None:
        image = image.copy()
        image.thumbnail((longest, longest))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def heic(image: Image.Image) -> bytes:
    open_image(io.BytesIO(jpeg(image)))  # registers the HEIF plug-in with Pillow
    out = io.BytesIO()
    image.save(out, "HEIF", quality=70)
    return out.getvalue()


def damaged_jpeg(image: Image.Image) -> bytes:
    """A JPEG cut off in the middle, as a copy that did not finish."""
    data = jpeg(image)
    return data[: len(data) // 3]


@dataclass(frozen=True)
class Use:
    title: str
    start: str
    files: dict[str, bytes]
    """File name → content."""


def unit_with(root: Path, code: str, uses: list[Use]) -> Profile:
    profile = create_profile(root / f"unit-{code}", "unit", code, UNIT_NAMES.get(code, code))
    folder = root / f"files-{code}"
    service = ActivityService(profile)
    for n, use in enumerate(uses):
        inputs = []
        for name, content in use.files.items():
            path = folder / str(n) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            inputs.append(FileInput(path))
        service.add({"title": use.title, "form": "workshop", "start_date": use.start}, inputs)
    return profile


def import_units(centre: Profile, root: Path, units: dict[str, list[Use]]) -> None:
    for code, uses in units.items():
        unit = unit_with(root, code, uses)
        package = export(unit, root / "out")
        unit.close()
        result = import_one(centre, package, trust_new=True)
        assert result.status == "imported", result.reason


@dataclass(frozen=True)
class Photos:
    original: bytes
    resized: bytes
    heic: bytes
    other: bytes


def photos() -> Photos:
    picture = scene(1)
    return Photos(jpeg(picture, 92), jpeg(picture, 55, 1000), heic(picture), jpeg(scene(2), 92))


def master_with_reuse(root: Path, url: str | None = None) -> Profile:
    """SO-HNI and SO-HCM use the same file; BO-VP a resized, re-encoded copy and a HEIC
    copy; SO-HCM also has a different photo used once. `url`: a PostgreSQL master."""
    centre = make_centre(root, url=url)
    p = photos()
    import_units(
        centre,
        root,
        {
            "SO-HNI": [Use("Hội thảo Kinh tế số", "2024-10-08", {"Ảnh hội thảo.jpg": p.original})],
            "SO-HCM": [
                Use("Ngày hội Chuyển đổi số", "2024-10-10", {"IMG_0001.jpg": p.original}),
                Use("Tọa đàm Dữ liệu số", "2024-10-11", {"khác.jpg": p.other}),
            ],
            "BO-VP": [
                Use("Tập huấn kỹ năng số", "2024-10-12", {"anh-nho.jpg": p.resized}),
                Use("Triển lãm số", "2024-10-13", {"IMG_0002.heic": p.heic}),
            ],
        },
    )
    return centre

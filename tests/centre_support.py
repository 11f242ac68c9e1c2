"""Packages for the centre's GUI tests: made once per test module by the core itself."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from cds_desktop.profile import Profile
from tests.package_helpers import export, flip_bit, make_centre, make_unit


@dataclass
class Packages:
    """`hni1`/`hni2`: two successive packages of SO-HNI; `hcm1`: one of SO-HCM;
    `tampered`: `hni1` with one bit of its last evidence bytes changed."""

    hni1: Path
    hni2: Path
    hcm1: Path
    tampered: Path
    hni_fingerprint: str
    hcm_fingerprint: str


def build_packages(root: Path) -> Packages:
    hni = make_unit(root, "SO-HNI", seed=1)
    hcm = make_unit(root, "SO-HCM", seed=2)
    hni1 = export(hni, root / "first")
    hni2 = export(hni, root / "second")
    hcm1 = export(hcm, root / "first")
    data = hni1.read_bytes()
    tampered = root / "tampered" / hni1.name
    tampered.parent.mkdir()
    tampered.write_bytes(flip_bit(data, len(data) // 3))
    result = Packages(hni1, hni2, hcm1, tampered, hni.fingerprint(), hcm.fingerprint())
    hni.close()
    hcm.close()
    return result


def copy_to(folder: Path, *packages: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for package in packages:
        shutil.copy(package, folder / package.name)
    return folder


def new_centre(root: Path) -> Profile:
    return make_centre(root)

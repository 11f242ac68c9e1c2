"""Signed packages built without a unit profile: big genuine ones and the attacks of issue 12.

Used by `tests/test_package_budgets.py` (each attack refused within its budget) and by
`bench/fuzz_packages.py` (seed corpus, structure-aware mutations, large inputs). Every
package here is correctly signed by the key given, so what is tested is what a holder
of any key can make: the checks after the signature, and their cost.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cds_desktop import keys
from cds_desktop.packages import strict_json
from cds_desktop.packages.container import ContainerWriter, container_bag_info
from cds_desktop.packages.format import (
    BAG_INFO_TXT,
    BAGIT_TXT,
    BAGIT_TXT_CONTENT,
    PACKAGE_KIND,
    package_base_dir,
)

ROOT = Path(__file__).resolve().parent.parent
MOMENT = dt.datetime(2024, 10, 20, 8, 0, tzinfo=dt.UTC)
CAMPAIGN = {
    "code": "CDS-2024",
    "name": "Ngày Chuyển đổi số quốc gia 2024",
    "start_date": "2024-09-01",
    "end_date": "2024-10-31",
}
TEXT = (
    "chuyển đổi số hội thảo tập huấn người dân doanh nghiệp văn hóa thể thao du lịch "
    "nền tảng dữ liệu dịch vụ công trực tuyến kỹ năng số an toàn thông tin truyền thông "
    "tuyên truyền xã phường thị trấn cán bộ công chức viên chức học sinh sinh viên"
)
WORDS = tuple(TEXT.split(" "))


def sentence(rng: random.Random, length: int) -> str:
    """Vietnamese-looking text of about `length` characters."""
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length].strip().capitalize()


def activity(rng: random.Random, index: int, long_texts: bool = True) -> dict[str, object]:
    """One activity as a unit exports it; `long_texts`: the long end of what units type."""
    scale = 1 if long_texts else 0
    start = dt.date(2024, 9, 1) + dt.timedelta(days=rng.randrange(60))
    evidence: list[dict[str, object]] = [
        {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "kind": "link",
            "url": f"https://so{index % 63}.gov.vn/tin-tuc/{index}-{rng.randrange(10**6)}",
            "caption": sentence(rng, 40 + 40 * scale),
        }
        for _ in range(1)
    ]
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "title": sentence(rng, 80 + 70 * scale),
        "form": "workshop",
        "channels": ["in_person", "website"],
        "start_date": start.isoformat(),
        "end_date": start.isoformat(),
        "location": sentence(rng, 40 + 40 * scale),
        "organiser": sentence(rng, 40 + 40 * scale),
        "participants": rng.randrange(10, 5000),
        "reach": rng.randrange(100, 10**6),
        "urls": [f"https://example.gov.vn/bai/{index}"],
        "description": sentence(rng, 300 + 700 * scale),
        "topics": ["digital_economy"],
        "partners": sentence(rng, 40 + 80 * scale),
        "created_at": "2024-10-01T08:00:00Z",
        "updated_at": "2024-10-02T09:30:00Z",
        "revision": 2,
        "deleted": False,
        "evidence": evidence,
    }


def records(count: int, seed: int = 0, long_texts: bool = True) -> bytes:
    """`records.json` of `count` genuine-looking activities (links only, no files)."""
    rng = random.Random(seed)
    items = [activity(rng, i, long_texts) for i in range(count)]
    items.sort(key=lambda a: str(a["id"]))
    return strict_json.dumps({"activities": items})


def metadata(
    key: Ed25519PrivateKey,
    unit_code: str,
    sequence: int,
    activities: int,
    evidence: dict[str, bytes] | None = None,
) -> bytes:
    public = keys.public_key_bytes(key.public_key())
    files = evidence or {}
    return strict_json.dumps(
        {
            "format": "cds-desktop",
            "kind": PACKAGE_KIND,
            "format_version": 1,
            "package_id": str(uuid.UUID(int=sequence + (hash(unit_code) & 0xFFFF) << 64)),
            "unit": {"code": unit_code, "name": f"Đơn vị {unit_code}"},
            "signer_fingerprint": keys.fingerprint(public),
            "sequence": sequence,
            "created_at": "2024-10-20T08:00:00Z",
            "campaign": CAMPAIGN,
            "program": {"name": "CĐS Desktop", "version": "1.0"},
            "counts": {
                "activities": activities,
                "deleted": 0,
                "evidence_files": len(files),
                "evidence_bytes": sum(len(v) for v in files.values()),
            },
        }
    )


def signed(
    path: Path,
    key: Ed25519PrivateKey,
    payload: Iterable[tuple[str, bytes]],
    base: str = "SO-HNI-000001",
    info: list[tuple[str, str]] | None = None,
    compress: Callable[[str], bool] = lambda p: p.endswith(".json"),
) -> Path:
    """A correctly signed package holding exactly `payload` ({"data/…": bytes})."""
    items = list(payload)
    buffer = io.BytesIO()
    writer = ContainerWriter(buffer.write, base, PACKAGE_KIND, 1, MOMENT)
    writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
    sizes = [len(v) for _, v in items]
    writer.add_tag_file(
        BAG_INFO_TXT, container_bag_info(PACKAGE_KIND, 1, MOMENT, sizes, info or [])
    )
    for name, data in items:
        writer.add_payload(name, data, compress=compress(name))
    writer.finish(key)
    path.write_bytes(buffer.getvalue())
    return path


def package(
    path: Path,
    key: Ed25519PrivateKey,
    records_json: bytes,
    activities: int,
    unit_code: str = "SO-HNI",
    sequence: int = 1,
) -> Path:
    """A whole package (no evidence files) around `records_json`."""
    meta = metadata(key, unit_code, sequence, activities)
    base = package_base_dir(unit_code, sequence)
    info = [("Source-Organization", f"Đơn vị {unit_code}")]
    return signed(
        path, key, [("data/package.json", meta), ("data/records.json", records_json)], base, info
    )


# The attacks of issue 12 (each is a records.json, or a whole file).


def tiny_values(size: int) -> bytes:
    """`{"activities":[[0,0,0,…]]}`: `size` bytes of the smallest JSON values."""
    count = (size - 20) // 2
    return b'{"activities":[[' + b"0," * (count - 1) + b"0]]}"


def tiny_strings(size: int) -> bytes:
    count = (size - 20) // 3
    return b'{"activities":[[' + b'"",' * (count - 1) + b'""]]}'


def empty_objects(size: int) -> bytes:
    count = (size - 20) // 3
    return b'{"activities":[' + b"{}," * (count - 1) + b"{}]}"


def one_long_string(size: int) -> bytes:
    """One string of random letters (it compresses badly), ASCII but for one character
    outside the BMP: 4 bytes a character in a Python string."""
    table = bytes(97 + i % 26 for i in range(256))
    letters = random.Random(size).randbytes(size - 24).translate(table)
    return b'{"activities":[{"title":"' + "😀".encode() + letters + b'"}]}'


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Measuring a command in a child process: its own wall time and peak memory.

CHILD = """
import re, sys
sys.argv = ["cds_desktop", *sys.argv[2:]]
try:
    import runpy
    runpy.run_module("cds_desktop", run_name="__main__")
finally:
    status = open("/proc/self/status").read()
    peak = re.search(r"VmHWM:\\s+(\\d+) kB", status)
    with open(REPORT, "w") as report:
        report.write(peak.group(1) if peak else "0")
"""


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mib: float
    exit_code: int
    output: str


def measure(args: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run `python -m cds_desktop ARGS` in a child; its peak resident memory is read from
    /proc (VmHWM: of the child's own program image only, unlike `ru_maxrss`, which on
    Linux keeps the parent's size at the fork)."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "peak"
        code = CHILD.replace("REPORT", repr(str(report)))
        started = time.perf_counter()
        process = subprocess.run(
            [sys.executable, "-c", code, "--", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        seconds = time.perf_counter() - started
        peak = int(report.read_text() or 0) / 1024 if report.exists() else 0.0
    return Measured(seconds, peak, process.returncode, process.stdout + process.stderr)

"""Coverage-guided fuzzing of the package reader and the whole verify path (atheris).

    python bench/fuzz_packages.py --minutes N [--mode bytes|structure|large] [--work DIR]

Modes:

* `bytes` — libFuzzer mutates whole package files, starting from a seed corpus of
  genuine packages (a unit profile's export, big and small ones built by
  tests/package_attacks.py) and hostile ones (the attacks of issues 3 and 12). Most
  mutants die at the zip structure, the CRC or the signature.
* `structure` — the fuzzer's bytes drive edits *inside* a valid signed bag: a member's
  content (bytes, or one value of the JSON tree), names, compression, extra or missing
  members, the tag files; the bag is then re-zipped and **re-signed** (new manifests,
  CRCs and signature) by a throw-away key, so every edit reaches the checks after the
  signature: metadata, records, evidence, the limits.
* `large` — the fuzzer picks an attack shape and a size up to the format's limits
  (tiny values, long strings, deep nesting, many members, ratios), the package is built
  and verified **in a child process** (`python -m cds_desktop verify`), whose wall time
  and peak memory (`VmHWM`) are checked against the budgets: 256 MiB, and twice the
  time the genuine package of 20,000 activities took when last measured (+ 3 s).

In every mode the only acceptable outcome is acceptance or `PackageRejected` (a refusal
with a reason); any other exception is a crash, an input over 30 s a timeout (libFuzzer
`-timeout`), and the process is stopped by libFuzzer past `-rss_limit_mb`. At the end a
JSON line gives executions, coverage (libFuzzer `cov`/`ft`), findings and peak memory.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_MIB = 256
BUDGET_SECONDS = 30
"""Per input in the bytes and structure modes (small inputs). In the large mode an input
may take twice what the genuine 20,000-activity package took last (+ 3 s)."""


def _instrumented() -> None:
    import atheris

    with atheris.instrument_imports(include=["cds_desktop"]):
        import cds_desktop.packages.bag
        import cds_desktop.packages.container
        import cds_desktop.packages.reader
        import cds_desktop.packages.records
        import cds_desktop.packages.signing
        import cds_desktop.packages.strict_json
        import cds_desktop.packages.verify
        import cds_desktop.validation  # noqa: F401


# --- seeds -----------------------------------------------------------------------------


def build_seeds(work: Path) -> dict[str, bytes]:
    """Genuine and hostile packages, by name."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tests import package_attacks as pa
    from tests.package_helpers import deflate, export, make_unit, raw_zip, read_members, resign

    seeds: dict[str, bytes] = {}
    unit = make_unit(work, "SO-HNI", seed=1)
    genuine = export(unit, work / "genuine")
    unit.close()
    seeds["genuine-unit"] = genuine.read_bytes()
    key = Ed25519PrivateKey.generate()
    for count in (1, 5, 40):
        path = pa.package(work / f"g{count}.cdspkg", key, pa.records(count, seed=count), count)
        seeds[f"genuine-{count}"] = path.read_bytes()
    hostile = {
        "tiny-values": pa.tiny_values(200_000),
        "tiny-strings": pa.tiny_strings(200_000),
        "empty-objects": pa.empty_objects(200_000),
        "long-string": pa.one_long_string(300_000),
        "deep": b'{"activities":[' + b"[" * 5000 + b"]" * 5000 + b"]}",
    }
    for name, records in hostile.items():
        seeds[name] = pa.package(work / f"{name}.cdspkg", key, records, 1).read_bytes()
    members = read_members(genuine)
    entries: list[dict[str, object]] = [{"name": n, "data": d} for n, d in members.items()]
    for entry in entries:
        if str(entry["name"]).endswith("cds-signature.json"):
            entry.update(data=deflate(bytes(1 << 20)), method=8, size=3000)
    seeds["liar"] = raw_zip(entries)
    seeds["stolen"] = resign(genuine, work / "stolen.cdspkg", key).read_bytes()
    return seeds


# --- structure-aware edits of a signed bag ----------------------------------------------


def unzip(data: bytes) -> tuple[str, dict[str, bytes]]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    base = next(iter(members)).split("/", 1)[0]
    return base, {name[len(base) + 1 :]: value for name, value in members.items()}


def resigned_by(key: object, base: str, files: dict[str, bytes]) -> tuple[str, dict[str, bytes]]:
    """The bag with `package.json` naming `key` as its signer (the fuzzer re-signs)."""
    from cds_desktop import keys
    from cds_desktop.packages import strict_json

    metadata = json.loads(files["data/package.json"])
    metadata["signer_fingerprint"] = keys.fingerprint(
        keys.public_key_bytes(key.public_key())  # type: ignore[attr-defined]
    )
    return base, files | {"data/package.json": strict_json.dumps(metadata)}


def rebag(
    base: str,
    files: dict[str, bytes],
    key: object,
    compress: set[str],
    keep: set[str],
) -> bytes:
    """Zip `files` as a bag and sign it; manifests, bag-info's Oxum and the signature are
    recomputed unless named in `keep` (then the fuzzer's version is used)."""
    from cds_desktop.packages import bag, signing
    from cds_desktop.packages.format import PACKAGE_KIND
    from cds_desktop.packages.writer import ZipWriter

    payload = {n: v for n, v in files.items() if n.startswith("data/")}
    tags = dict(files)
    if "manifest-sha256.txt" not in keep:
        tags["manifest-sha256.txt"] = bag.manifest(
            sorted((n, hashlib.sha256(v).hexdigest()) for n, v in payload.items())
        )
    if "tagmanifest-sha256.txt" not in keep:
        listed = [n for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt") if n in tags]
        tags["tagmanifest-sha256.txt"] = bag.manifest(
            [(n, hashlib.sha256(tags[n]).hexdigest()) for n in listed]
        )
    if "cds-signature.json" not in keep:
        tags["cds-signature.json"] = signing.sign(
            key,  # type: ignore[arg-type]
            PACKAGE_KIND,
            1,
            tags["tagmanifest-sha256.txt"],
        )
    buffer = io.BytesIO()
    writer = ZipWriter(buffer.write, dt.datetime(2024, 10, 20, tzinfo=dt.UTC))
    for name, value in tags.items():
        writer.write_entry(f"{base}/{name}" if base else name, value, name in compress)
    writer.close()
    return buffer.getvalue()


JSON_VALUES: list[object] = [
    None, True, False, 0, -1, 1, 2**53, 2**53 - 1, "", "a" * 300, "x" * 25_000, [], {},
    [0] * 50, {"": 0}, "2024-13-45", "00000000-0000-0000-0000-000000000000", "ệ\u0300",
    "\ud800", "\x00", "https://a.vn", "file:///etc/passwd", "😀" * 100, 1.5,
]  # fmt: skip


def edit_json(fdp: object, value: object, depth: int = 0) -> object:
    """Replace, delete or add one value somewhere in a JSON tree."""
    choose = fdp.ConsumeIntInRange  # type: ignore[attr-defined]
    if isinstance(value, dict) and value and depth < 6 and choose(0, 3):
        keys = sorted(value)
        key = keys[choose(0, len(keys) - 1)]
        action = choose(0, 5)
        if action == 0:
            del value[key]
        elif action == 1:
            value[fdp.ConsumeUnicodeNoSurrogates(8)] = JSON_VALUES[  # type: ignore[attr-defined]
                choose(0, len(JSON_VALUES) - 1)
            ]
        else:
            value[key] = edit_json(fdp, value[key], depth + 1)
        return value
    if isinstance(value, list) and value and depth < 6 and choose(0, 3):
        index = choose(0, len(value) - 1)
        action = choose(0, 5)
        if action == 0:
            del value[index]
        elif action == 1:
            value.append(value[index])
        elif action == 2:  # repeat the list, if it stays under 4 MiB
            times = choose(1, 40)
            if len(json.dumps(value)) * times < 4 * 1024 * 1024:
                value *= times
        else:
            value[index] = edit_json(fdp, value[index], depth + 1)
        return value
    if isinstance(value, str) and choose(0, 1):
        return fdp.ConsumeUnicode(choose(0, 64))  # type: ignore[attr-defined]
    if isinstance(value, int) and not isinstance(value, bool) and choose(0, 1):
        return fdp.ConsumeIntInRange(-(2**60), 2**60)  # type: ignore[attr-defined]
    return JSON_VALUES[choose(0, len(JSON_VALUES) - 1)]


def structured(fdp: object, seeds: list[tuple[str, dict[str, bytes]]], key: object) -> bytes:
    import json as json_module

    choose = fdp.ConsumeIntInRange  # type: ignore[attr-defined]
    base, original = seeds[choose(0, len(seeds) - 1)]
    files = dict(original)
    compress = {n for n in files if not n.startswith("data/evidence/")}
    keep: set[str] = set()
    for _ in range(choose(1, 4)):
        names = sorted(files)
        name = names[choose(0, len(names) - 1)]
        action = choose(0, 11)
        if action <= 3 and name.endswith(".json"):
            try:
                tree = json_module.loads(files[name])
                edited = edit_json(fdp, tree)
                # Shared sub-lists multiplied at two levels would grow without bound:
                # the harness keeps each edited member under 8 MiB before writing it.
                if len(repr(edited)) < 8 * 1024 * 1024:
                    files[name] = json_module.dumps(edited, ensure_ascii=bool(choose(0, 1))).encode(
                        "utf-8", "surrogatepass"
                    )
            except (ValueError, RecursionError):
                pass
        elif action == 4:  # bytes of a member
            data = bytearray(files[name])
            for _ in range(choose(1, 8)):
                if data:
                    data[choose(0, len(data) - 1)] = choose(0, 255)
            files[name] = bytes(data)
        elif action == 5:
            files[name] = files[name][: choose(0, len(files[name]))]
        elif action == 6:
            files[name] += fdp.ConsumeBytes(choose(0, 256))  # type: ignore[attr-defined]
        elif action == 7:  # rename
            files[fdp.ConsumeUnicodeNoSurrogates(choose(1, 40))] = files.pop(name)  # type: ignore[attr-defined]
        elif action == 8:  # another member
            files[f"data/{fdp.ConsumeUnicodeNoSurrogates(12)}"] = files[name]  # type: ignore[attr-defined]
        elif action == 9:
            del files[name]
        elif action == 10:  # compression
            compress ^= {name}
        elif name.endswith(".txt") or name.endswith(".json"):  # keep the fuzzer's tag file
            keep.add(name)
    if choose(0, 15) == 0:
        base = fdp.ConsumeUnicodeNoSurrogates(choose(0, 20))  # type: ignore[attr-defined]
    try:
        return rebag(base, files, key, compress, keep)
    except (ValueError, UnicodeEncodeError, KeyError):
        return b""


# --- large inputs, checked in a child process ------------------------------------------


def large_package(fdp: object, folder: Path, key: object) -> tuple[Path, str]:
    from tests import package_attacks as pa

    choose = fdp.ConsumeIntInRange  # type: ignore[attr-defined]
    size = choose(1, 56) * 1024 * 1024
    shape = choose(0, 6)
    unit = fdp.ConsumeBytes(choose(1, 16)) or b"0"  # type: ignore[attr-defined]
    path = folder / "large.cdspkg"
    if shape == 0:
        records = pa.tiny_values(size)
    elif shape == 1:
        records = pa.tiny_strings(size)
    elif shape == 2:
        records = pa.empty_objects(size)
    elif shape == 3:
        records = pa.one_long_string(size)
    elif shape == 4:  # the fuzzer's bytes repeated inside the activities list
        records = b'{"activities":[' + (unit * (size // len(unit) + 1))[:size] + b"]}"
    elif shape == 5:  # genuine activities, many (built once per size, then reused)
        count = (2_000, 10_000, 20_000)[choose(0, 2)]
        cached = folder / f"genuine-{count}.cdspkg"  # (20,000: built at the start)
        if not cached.exists():
            pa.package(cached, key, pa.records(count, seed=count), count)  # type: ignore[arg-type]
        return cached, f"genuine-{count}"
    else:  # random numbers of 3 digits: a low compression ratio (about 2.5 : 1)
        table = bytes(48 + i % 10 for i in range(256))
        numbers = bytearray(random.Random(unit).randbytes(size).translate(table))
        numbers[3::4] = b"," * len(range(3, size, 4))
        records = b'{"activities":[[' + bytes(numbers).rstrip(b",") + b"]]}"
    return pa.package(path, key, records, 1), f"shape-{shape}-{size >> 20}MiB"  # type: ignore[arg-type]


def run_child(path: Path) -> tuple[float, float, int]:
    """(seconds, peak MiB, exit code) of `python -m cds_desktop verify path` in a child."""
    from tests.package_attacks import measure

    measured = measure(["verify", str(path)])
    return measured.seconds, measured.peak_mib, measured.exit_code


def supervise(args: argparse.Namespace, extra: list[str]) -> int:
    """Run the fuzzer in a child (libFuzzer ends its process abruptly), then report."""
    work = args.work or Path(tempfile.mkdtemp(prefix=f"cds-fuzz-{args.mode}-"))
    work.mkdir(parents=True, exist_ok=True)
    log_path = work / "libfuzzer.log"
    started = time.perf_counter()
    with log_path.open("w") as log:
        code = subprocess.call(
            [sys.executable, __file__, "--worker", "--minutes", str(args.minutes),
             "--mode", args.mode, "--work", str(work), *extra],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    text = log_path.read_text(errors="replace")
    coverage = re.findall(r"cov: (\d+) ft: (\d+)", text)
    executed = re.findall(r"stat::number_of_executed_units: (\d+)", text)
    stats_path = work / "stats.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    summary = {
        "mode": args.mode,
        "work": str(work),
        "exit_code": code,
        "minutes": round((time.perf_counter() - started) / 60, 1),
        "executions": int(executed[-1]) if executed else stats.get("executions"),
        "coverage_edges": int(coverage[-1][0]) if coverage else None,
        "features": int(coverage[-1][1]) if coverage else None,
        "crashes": text.count("Uncaught Python exception"),
        "timeouts": text.count("ALARM: working on the last Unit"),
        "out_of_memory": text.count("out-of-memory"),
        "artifacts": sorted(p.name for p in (work / "findings").iterdir()),
    } | {k: v for k, v in stats.items() if k != "executions"}
    (work / "summary.json").write_text(json.dumps(summary, indent=1))
    print(json.dumps(summary))
    return 0 if code == 0 and not summary["artifacts"] and not stats.get("findings") else 1


# --- main --------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, required=True)
    parser.add_argument("--mode", choices=("bytes", "structure", "large"), default="structure")
    parser.add_argument("--work", type=Path, help="folder for the corpus and findings")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args, extra = parser.parse_known_args()
    if not args.worker:
        return supervise(args, extra)

    import atheris

    _instrumented()
    import logging

    logging.disable(logging.CRITICAL)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from cds_desktop.packages import strict_json
    from cds_desktop.packages.format import PackageRejected
    from cds_desktop.packages.verify import verify_package

    stream_from = strict_json.STREAM_FROM

    work = args.work
    corpus = work / "corpus"
    findings = work / "findings"
    corpus.mkdir(exist_ok=True)
    findings.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="cds-fuzz-scratch-"))
    seeds = build_seeds(scratch / "seeds")
    key = Ed25519PrivateKey.generate()
    bags = []
    for name, data in seeds.items():
        if args.mode == "bytes":
            (corpus / name).write_bytes(data)
        with contextlib.suppress(Exception):  # hostile seeds need not be zips
            bags.append(resigned_by(key, *unzip(data)))
    if args.mode != "bytes" and not any(corpus.iterdir()):
        for index in range(8):
            (corpus / f"seed-{index}").write_bytes(os.urandom(64))
    target = scratch / "input.cdspkg"
    stats = {"executions": 0, "accepted": 0, "rejected": 0, "findings": [], "slowest_s": 0.0}
    large_peaks: list[tuple[str, float, float]] = []

    def verify_bytes(data: bytes) -> None:
        target.write_bytes(data)
        started = time.perf_counter()
        try:
            verify_package(target)
            stats["accepted"] += 1  # type: ignore[operator]
        except PackageRejected:
            stats["rejected"] += 1  # type: ignore[operator]
        stats["slowest_s"] = max(stats["slowest_s"], time.perf_counter() - started)  # type: ignore[call-overload]

    reference = [float(BUDGET_SECONDS)]
    if args.mode == "large":  # a genuine package of the largest plausible size, timed
        from tests import package_attacks as pa

        genuine = scratch / "genuine-20000.cdspkg"
        pa.package(genuine, key, pa.records(20_000, seed=20_000), 20_000)
        reference[0] = run_child(genuine)[0]
        stats["reference_seconds"] = reference[0]

    def one_input(data: bytes) -> None:
        stats["executions"] += 1  # type: ignore[operator]
        if args.mode == "bytes":
            verify_bytes(data)
            return
        fdp = atheris.FuzzedDataProvider(data)
        if args.mode == "structure":
            # Half the inputs take the streaming parser of records.json (used above 1 MiB).
            strict_json.STREAM_FROM = 0 if fdp.ConsumeBool() else stream_from
            try:
                package = structured(fdp, bags, key)
            except Exception:
                package = b""
            verify_bytes(package)
            return
        path, shape = large_package(fdp, scratch, key)
        seconds, peak, code = run_child(path)
        large_peaks.append((shape, round(seconds, 2), round(peak, 1)))
        if shape == "genuine-20000":  # the time reference, measured under the same load
            reference[0] = seconds
        allowed = 2 * reference[0] + 3 if not shape.startswith("genuine") else float("inf")
        if peak > BUDGET_MIB or seconds > allowed or code not in (0, 1):
            stats["findings"].append(  # type: ignore[attr-defined]
                {"shape": shape, "seconds": seconds, "peak_mib": peak, "exit": code}
            )
            shutil.copy(path, findings / f"over-budget-{len(large_peaks)}.cdspkg")

    seconds = int(args.minutes * 60)
    libfuzzer = [
        sys.argv[0],
        str(corpus),
        f"-max_total_time={seconds}",
        f"-timeout={BUDGET_SECONDS if args.mode != 'large' else 300}",
        f"-rss_limit_mb={1024 if args.mode != 'large' else 3072}",
        f"-report_slow_units={10 if args.mode != 'large' else 600}",
        f"-max_len={400_000 if args.mode == 'bytes' else 4096}",
        f"-artifact_prefix={findings}/",
        "-print_final_stats=1",
        *extra,
    ]
    last_saved = [0.0]

    def save_stats() -> None:
        if time.monotonic() - last_saved[0] < 5:
            return
        last_saved[0] = time.monotonic()
        summary = stats | {
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "large_inputs": large_peaks[-60:],
        }
        (work / "stats.json").write_text(json.dumps(summary))

    def one_input_saving(data: bytes) -> None:
        one_input(data)
        save_stats()

    atheris.Setup(libfuzzer, one_input_saving)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Seeded mutations of a genuine package: bytes flipped, cut, inserted; members edited.

Used by `tests/test_package_mutation.py` (1,000+ cases in the suite) and by
`bench/mutate_packages.py` (10,000+ on demand). Each mutation is a pure function of
(package bytes, seed), so a failure is reproduced from its seed alone.
"""

from __future__ import annotations

import io
import random
import warnings
import zipfile
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 1, 2, 8))):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_byte(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    out[rng.randrange(len(out))] = rng.choice((0, 0xFF, 0x2F, 0x5C, 0x2E, rng.randrange(256)))
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def insert_bytes(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.choice((1, 4, 30, 200))) + data[at:]


def delete_range(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.choice((1, 2, 16, 300)) :]


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _zip(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are part of the point
        with zipfile.ZipFile(buffer, "w") as archive:
            for info, content in members:
                archive.writestr(info, content)
    return buffer.getvalue()


def _copy(info: zipfile.ZipInfo, name: str | None = None) -> zipfile.ZipInfo:
    new = zipfile.ZipInfo(name if name is not None else info.filename, info.date_time)
    new.compress_type = info.compress_type
    new.external_attr = info.external_attr
    return new


def edit_member(data: bytes, rng: random.Random) -> bytes:
    """Rewrite the zip (valid CRCs) with one member changed, dropped, renamed or added."""
    members = _members(data)
    index = rng.randrange(len(members))
    info, content = members[index]
    action = rng.randrange(9)
    if action == 0:
        del members[index]
    elif action == 1:
        members.append((_copy(info), rng.randbytes(10) if rng.random() < 0.5 else content))
    elif action == 2:
        name = list(info.filename)
        position = rng.randrange(len(name))
        name[position] = rng.choice("aZ09./\\_-é ")
        members[index] = (_copy(info, "".join(name)), content)
    elif action == 3 and content:
        changed = bytearray(content)
        changed[rng.randrange(len(changed))] ^= 1 << rng.randrange(8)
        members[index] = (_copy(info), bytes(changed))
    elif action == 4:
        members[index] = (_copy(info), content + rng.randbytes(rng.choice((1, 100))))
    elif action == 5:
        members[index] = (_copy(info), content[: rng.randrange(len(content) + 1)])
    elif action == 6:
        other = members[rng.randrange(len(members))][1]
        members[index] = (_copy(info), other)
    elif action == 7:
        copy = _copy(info)
        copy.compress_type = (
            zipfile.ZIP_STORED
            if info.compress_type == zipfile.ZIP_DEFLATED
            else zipfile.ZIP_DEFLATED
        )
        members[index] = (copy, content)  # content intact: may still verify
    else:
        rng.shuffle(members)  # order changed, content intact: may still verify
    return _zip(members)


MUTATIONS: tuple[Mutation, ...] = (
    flip_bits,
    flip_bits,
    set_byte,
    truncate,
    insert_bytes,
    delete_range,
    edit_member,
    edit_member,
)


def mutate(data: bytes, seed: int) -> tuple[str, bytes]:
    """(name of the mutation, mutated bytes) for `seed`; never the original bytes."""
    rng = random.Random(seed)
    for _ in range(10):
        mutation = rng.choice(MUTATIONS)
        mutated = mutation(data, rng)
        if mutated != data:
            return mutation.__name__, mutated
    return "truncate", data[:-1]

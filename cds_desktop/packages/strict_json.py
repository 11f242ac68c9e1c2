"""The JSON dialect of packages: UTF-8, objects without duplicate keys, whole numbers only.

Python's `json` module accepts duplicate keys (the last wins), `NaN` and `Infinity`,
numbers of any size and nesting until the interpreter's recursion limit. Two readers that
disagree on such a file would see different data, so the format forbids all of them.
"""

from __future__ import annotations

import json
from typing import Any

from cds_desktop.packages.format import MAX_JSON_DEPTH, MAX_JSON_INTEGER, PackageRejected


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PackageRejected(f"duplicate key {key[:40]!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise PackageRejected(f"{name} is not allowed")


def _no_float(text: str) -> Any:
    raise PackageRejected(f"number {text[:40]} is not a whole number")


def _whole(text: str) -> int:
    if len(text) > 17:
        raise PackageRejected(f"number {text[:20]}… is too large")
    value = int(text)
    if abs(value) > MAX_JSON_INTEGER:
        raise PackageRejected(f"number {text} is too large")
    return value


def _check_depth(value: object, depth: int = 1) -> None:
    if depth > MAX_JSON_DEPTH:
        raise PackageRejected(f"nested deeper than {MAX_JSON_DEPTH} levels")
    if isinstance(value, dict):
        for item in value.values():
            _check_depth(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_depth(item, depth + 1)
    elif isinstance(value, str):
        if "\x00" in value:
            raise PackageRejected("text contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise PackageRejected("text contains an unpaired surrogate") from None


def loads(data: bytes, what: str) -> Any:
    """Parse `data` strictly; any problem is a `PackageRejected` naming `what`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageRejected(f"{what}: not UTF-8 text") from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_no_float,
            parse_int=_whole,
        )
        _check_depth(value)
    except PackageRejected as exc:
        raise PackageRejected(f"{what}: {exc}") from None
    except RecursionError:
        raise PackageRejected(f"{what}: nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:
        raise PackageRejected(f"{what}: not valid JSON ({str(exc)[:80]})") from None
    return value


def dumps(value: object) -> bytes:
    """Canonical form: sorted keys, no spaces, UTF-8 (readable Vietnamese), final newline."""
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8") + b"\n"

"""The JSON dialect of packages: UTF-8, objects without duplicate keys, whole numbers only.

Python's `json` module accepts duplicate keys (the last wins), `NaN` and `Infinity`,
numbers of any size and nesting until the interpreter's recursion limit. Two readers that
disagree on such a file would see different data, so the format forbids all of them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from cds_desktop.packages.format import (
    MAX_ITEM_TOKENS,
    MAX_JSON_DEPTH,
    MAX_JSON_INTEGER,
    MAX_JSON_STRING_BYTES,
    MAX_JSON_TOKENS,
    PackageRejected,
)

STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
"""A JSON string in bytes (or an unterminated one up to the end: so matching is linear)."""
TOKEN = re.compile(STRING.pattern + rb"|[\[\]{},]", re.DOTALL)
ENVELOPE = re.compile(rb'[ \t\n\r]*\{[ \t\n\r]*"([a-z_]{1,40})"[ \t\n\r]*:[ \t\n\r]*\[')
SEPARATOR = re.compile(rb"[ \t\n\r]*,[ \t\n\r]*")
SPACE = re.compile(rb"[ \t\n\r]*")
CLOSING = re.compile(rb"[ \t\n\r]*\}[ \t\n\r]*")
STREAM_FROM = 1024 * 1024
"""`records.json` above this size is parsed one activity at a time (`items`)."""


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


def items(data: bytes | bytearray, what: str, key: str) -> Iterator[tuple[int, Any]]:
    """The items of the array `key` of the document `{"key": [...]}`, parsed one by one.

    For large documents: the whole text is never decoded into one Python string (up to
    four bytes a character) nor parsed into one tree. The limits are checked while the
    bytes are scanned, before an item is parsed: tokens (strings, brackets, commas: every
    value costs at least one) in the document and in one item, string length, nesting.
    Each item is then parsed strictly by `loads`; yields (number from 1, value).
    """
    envelope = ENVELOPE.match(data)
    if envelope is None or envelope.group(1) != key.encode():
        raise PackageRejected(f'{what}: not an object {{"{key}": [...]}}')
    depth = 2
    start = position = envelope.end()
    number = 0
    tokens = item_tokens = 0
    for token in TOKEN.finditer(data, position):
        tokens += 1
        item_tokens += 1
        if tokens > MAX_JSON_TOKENS:
            raise PackageRejected(f"{what}: more than {MAX_JSON_TOKENS} values")
        if item_tokens > MAX_ITEM_TOKENS:
            raise PackageRejected(
                f"{what}: more than {MAX_ITEM_TOKENS} values in item {number + 1} of {key}"
            )
        first = data[token.start()]
        if first == 0x2C:  # ,
            continue
        if first == 0x22:  # a string
            if token.end() - token.start() > MAX_JSON_STRING_BYTES:
                raise PackageRejected(
                    f"{what}: text longer than {MAX_JSON_STRING_BYTES} bytes in item {number + 1}"
                )
            if depth == 2:
                raise PackageRejected(f"{what}: item {number + 1} of {key} is not an object")
            continue
        if first in (0x5B, 0x7B):  # [ {
            if depth == 2:
                gap = data[position : token.start()]
                separator = SPACE if number == 0 else SEPARATOR
                if not separator.fullmatch(gap):
                    raise PackageRejected(f"{what}: item {number + 1} of {key} is not an object")
                start = token.start()
                item_tokens = 1
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise PackageRejected(f"{what}: nested deeper than {MAX_JSON_DEPTH} levels")
            continue
        depth -= 1  # ] }
        if depth == 2:
            number += 1
            position = token.end()
            yield number, loads(data[start:position], f"{what} item {number}", depth=3)
        elif depth == 1:
            if first != 0x5D or not SPACE.fullmatch(data[position : token.start()]):
                raise PackageRejected(f"{what}: {key} is not a list of objects")
            if not CLOSING.fullmatch(data, token.end()):
                raise PackageRejected(f"{what}: must hold {key} only, once")
            return
    raise PackageRejected(f"{what}: not valid JSON (it ends too early)")


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


def loads(data: bytes | bytearray, what: str, depth: int = 1) -> Any:
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
        _check_depth(value, depth)
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

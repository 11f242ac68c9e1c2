"""Small signed files the IT Centre sends to units: one JSON document in the container.

Receipts and campaign plans (SPEC §9) are further kinds of the signed container of
packages (docs/package-format.md): the same zip rules, BagIt tag files and signature,
whose header names the kind, so a receipt never verifies as a plan or a package. Their
payload is a single JSON file, `data/<kind>.json`, in the strict JSON dialect of packages.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cds_desktop import __version__
from cds_desktop.errors import CdsError
from cds_desktop.files import new_file_in_place
from cds_desktop.packages import strict_json
from cds_desktop.packages.background import write_all
from cds_desktop.packages.container import ContainerWriter, container_bag_info, open_container
from cds_desktop.packages.format import (
    BAG_INFO_TXT,
    BAGIT_TXT,
    BAGIT_TXT_CONTENT,
    CURRENT_VERSION,
    PackageRejected,
)
from cds_desktop.packages.reader import ZipReader
from cds_desktop.packages.signing import Signature

MAX_SIGNED_JSON_BYTES = 4 * 1024 * 1024
"""A receipt is a few hundred bytes; a plan with its unit catalog and targets a few KiB."""


def payload_name(kind: str) -> str:
    return f"data/{kind}.json"


def signed_json_bytes(
    kind: str,
    base_dir: str,
    doc: dict[str, Any],
    private_key: Ed25519PrivateKey,
    organisation: str,
    moment: dt.datetime,
) -> bytes:
    """The whole container holding `doc`, signed with `private_key`."""
    body = strict_json.dumps(doc)
    version = CURRENT_VERSION[kind]
    out = io.BytesIO()
    writer = ContainerWriter(out.write, base_dir, kind, version, moment)
    writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
    writer.add_tag_file(
        BAG_INFO_TXT,
        container_bag_info(
            kind,
            version,
            moment,
            [len(body)],
            [
                ("Source-Organization", organisation),
                ("Bag-Software-Agent", f"CDS Desktop {__version__}"),
            ],
        ),
    )
    writer.add_payload(payload_name(kind), body)
    writer.finish(private_key)
    return out.getvalue()


def write_file_atomically(target: Path, data: bytes) -> None:
    """Write `data` to a temporary name next to `target`, fsync, rename over `target`."""
    if not target.parent.is_dir():
        raise CdsError(f"the folder {target.parent} does not exist")
    with new_file_in_place(target) as handle:
        write_all(handle, [data])
        os.fsync(handle.fileno())


@dataclass(frozen=True)
class SignedJson:
    """The checked document of a small signed file and who signed it (trusted or not)."""

    doc: Any
    signature: Signature


def read_signed_json(path: Path, kind: str) -> SignedJson:
    """Verify a small signed file of `kind` completely; `PackageRejected` if anything is off."""
    with ZipReader(path) as reader:
        container = open_container(reader, kind)
        name = payload_name(kind)
        if set(container.members) != {name}:
            raise PackageRejected(f"a {kind} holds exactly {name}")
        data = container.read_payload(name, MAX_SIGNED_JSON_BYTES)
    doc = strict_json.loads(data, f"{kind}.json")
    return SignedJson(doc, container.signature)

"""The IT Centre's key as a unit trusts it: for every file the centre signs for units.

Receipts, campaign plans and the centre's data for a unit (SPEC §9) are signed with the
centre profile's own key. The unit trusts that key the same way the centre trusts the
unit's: the first time, the user confirms the key's fingerprint, read out by the centre
over the phone (`--centre-fingerprint`, or the GUI prompt); the key is then kept in the
unit's `setting` table, and every later file must be signed with exactly that key.
A file signed with another key is refused; nothing in a file ever replaces the key.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from cds_desktop import keys
from cds_desktop.errors import CdsError
from cds_desktop.packages.format import PackageRejected
from cds_desktop.profile import Profile

log = logging.getLogger(__name__)

CENTRE_KEY_SETTING = "centre_key"
"""JSON `{"fingerprint", "public_key" (base64), "trusted_at"}`; absent: none trusted yet."""


@dataclass(frozen=True)
class CentreKey:
    fingerprint: str
    public_key: bytes
    trusted_at: dt.datetime

    def to_json(self) -> dict[str, str]:
        return {
            "fingerprint": self.fingerprint,
            "public_key": keys.encode_public_key(self.public_key),
            "trusted_at": self.trusted_at.isoformat(),
        }


def _require_unit(profile: Profile) -> None:
    if profile.is_centre:
        raise CdsError(
            "files signed by the IT Centre are imported by units; this profile is the centre's"
        )


def trusted_centre_key(profile: Profile) -> CentreKey | None:
    """The centre key this unit trusts, or None if it has not confirmed one yet."""
    raw = profile.get_setting(CENTRE_KEY_SETTING)
    if not raw:
        return None
    try:
        doc = json.loads(raw)
        public_key = keys.decode_public_key(doc["public_key"])
        trusted_at = dt.datetime.fromisoformat(doc["trusted_at"])
        key = CentreKey(doc["fingerprint"], public_key, trusted_at)
    except (ValueError, KeyError, TypeError) as exc:
        raise CdsError(
            f"the stored key of the IT Centre is unreadable ({exc}); restore a backup"
        ) from exc
    if keys.fingerprint(public_key) != key.fingerprint:
        raise CdsError("the stored key of the IT Centre does not match its fingerprint")
    return key


def check_centre_signer(
    profile: Profile,
    fingerprint: str,
    public_key: bytes,
    confirm_fingerprint: str | None,
) -> CentreKey:
    """Accept a file signed by `public_key` as coming from the centre, or refuse it.

    With a trusted key: the signer must be that key (`confirm_fingerprint`, if given, must
    name it too). Without one: `confirm_fingerprint` — as the centre read it out — must be
    the signer's fingerprint, and the key is then trusted from now on.
    Refusals are `PackageRejected` with code `key_not_trusted` or `key_mismatch`.
    """
    _require_unit(profile)
    if keys.fingerprint(public_key) != fingerprint:
        raise PackageRejected("signature: the fingerprint does not belong to the public key")
    confirmed = (
        None if confirm_fingerprint is None else keys.normalise_fingerprint(confirm_fingerprint)
    )
    trusted = trusted_centre_key(profile)
    if trusted is not None:
        if trusted.public_key != public_key:
            raise PackageRejected(
                f"signed with key {fingerprint}, but the IT Centre's key this unit trusts is "
                f"{trusted.fingerprint}: the file does not come from your centre; do not use "
                "it, and call the IT Centre",
                code="key_mismatch",
            )
        if confirmed is not None and confirmed != trusted.fingerprint:
            raise PackageRejected(
                f"--centre-fingerprint {confirmed} is not the IT Centre's key this unit "
                f"trusts ({trusted.fingerprint})",
                code="key_mismatch",
            )
        return trusted
    if confirmed is None:
        raise PackageRejected(
            "this is the first file from the IT Centre: ask the centre to read out its key "
            "fingerprint by phone and give it with --centre-fingerprint (or type it when the "
            "program asks); the file's own key is not shown, so that it is not simply copied",
            code="key_not_trusted",
        )
    if confirmed != fingerprint:
        raise PackageRejected(
            f"the centre's fingerprint you gave, {confirmed}, is not the key that signed this "
            f"file ({fingerprint}): the file does not come from your centre; do not use it",
            code="key_mismatch",
        )
    key = CentreKey(fingerprint, public_key, dt.datetime.now(dt.UTC))
    profile.set_setting(CENTRE_KEY_SETTING, json.dumps(key.to_json()))
    log.info("trusted the IT Centre's key %s", fingerprint)
    return key

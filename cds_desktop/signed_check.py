"""`verify FILE` for the small signed files of the IT Centre: receipts and campaign plans.

`verify` checks a package first (`packages.verify`); a file whose signature names
another kind lands here. The whole file is checked as a unit's import checks it — the
container, the signature over it, the JSON document field by field, the signer named in
the document against the key that signed, every code known to this program — except
whether the key is the centre's: that needs a unit's profile (`receipt import`,
`plan import`), and `verify` reads no profile. It says what the file is and who signed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cds_desktop.packages.format import PLAN_KIND, RECEIPT_KIND, PackageRejected
from cds_desktop.packages.signed_file import SignedJson, read_signed_json

KINDS = (RECEIPT_KIND, PLAN_KIND)


@dataclass(frozen=True)
class SignedFileCheck:
    kind: str
    """receipt | campaign-plan"""
    summary: str
    """One line in English for the command line."""
    fingerprint: str
    doc: dict[str, object]
    """The receipt's or the plan's fields (`to_json` of its parsed form)."""


def _read_any(path: Path) -> tuple[str, SignedJson]:
    for kind in KINDS:
        try:
            return kind, read_signed_json(path, kind)
        except PackageRejected as exc:
            if exc.code != "not_a_package":
                raise
    raise PackageRejected(f"{path.name} is neither a receipt nor a plan", code="not_a_package")


def check_signed_file(path: Path) -> SignedFileCheck:
    """Check a receipt or a plan completely (but for whose key signed it)."""
    kind, signed = _read_any(path)
    fingerprint = signed.signature.fingerprint
    if kind == RECEIPT_KIND:
        from cds_desktop.receipts import parse_receipt

        receipt = parse_receipt(signed.doc)
        if receipt.signer_fingerprint != fingerprint:
            raise PackageRejected("receipt.json: signer differs from the key that signed it")
        result = receipt.status + (f" ({receipt.reason_code})" if receipt.reason_code else "")
        summary = (
            f"OK: receipt of the IT Centre ({receipt.centre_code}) for package "
            f"{receipt.sequence} of {receipt.unit_code} — {receipt.unit_name}: {result}, "
            f"+{receipt.added} ~{receipt.updated} -{receipt.deleted}, received "
            f"{_when(receipt.received_at)}, signed by key {fingerprint}"
        )
        return SignedFileCheck(kind, summary, fingerprint, receipt.to_json())
    from cds_desktop.plans import _known_codes, parse_plan

    plan = parse_plan(signed.doc)
    if plan.signer_fingerprint != fingerprint:
        raise PackageRejected("campaign-plan.json: signer differs from the key that signed it")
    _known_codes(plan)
    summary = (
        f"OK: campaign plan {plan.campaign_code} version {plan.version} of the IT Centre "
        f"({plan.centre_code}) — {plan.campaign_name}, {plan.start_date:%d/%m/%Y} to "
        f"{plan.end_date:%d/%m/%Y}, {len(plan.details.targets)} targets, "
        f"{len(plan.units)} units, signed by key {fingerprint}"
    )
    doc = {
        "campaign": plan.campaign_code,
        "version": plan.version,
        "name": plan.campaign_name,
        "start_date": plan.start_date.isoformat(),
        "end_date": plan.end_date.isoformat(),
        "targets": [t.to_json() for t in plan.details.targets],
        "units": len(plan.units),
    }
    return SignedFileCheck(kind, summary, fingerprint, doc)


def _when(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%d/%m/%Y %H:%M}"

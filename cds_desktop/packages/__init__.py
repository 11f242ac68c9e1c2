"""Signed packages (`.cdspkg`): a unit's data as one signed file, and its import at the centre.

The layout is documented in `docs/package-format.md`. Modules, from the bottom up:

* `format`      names, kinds, versions and limits of the format; `PackageRejected`
* `strict_json` the JSON dialect packages use (no duplicate keys, NaN, floats, deep nesting)
* `writer`      a streaming zip writer (stored or deflated entries, data descriptors)
* `reader`      a zip reader that trusts nothing: structure checked before any byte is used
* `bag`         BagIt tag files (bagit.txt, bag-info.txt, manifests)
* `signing`     the Ed25519 signature of a container, with format, kind and version bound in
* `container`   writing and verifying a signed BagIt-in-zip container of any kind
* `records`     the package's metadata and activity records, written and checked
* `export`      the unit's side: `export_summary`, `export_package`
* `verify`      `verify_package`: everything short of the centre's trust decision
* `parts`       packages in signed parts for e-mail (`export --split-mb`), put together
                again by `import` and `verify`
* `trust`       the centre's key registry and key history (`trust_unit_key`,
                `replace_unit_key`, `revoke_unit_key`, `key_history`)
* `deletions`   the guard against a package that deletes most of a unit's activities
* `importer`    the centre's side: `import_packages`, all-or-nothing per package
"""

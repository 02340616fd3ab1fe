#!/usr/bin/env python3
"""Stages and zips the Teams app package; called by package.sh (standard library only).

    package.py stage --manifest-dir DIR --staging DIR --app-id GUID --teams-app-id GUID [--version X.Y.Z]
    package.py zip --staging DIR --out FILE

`stage` writes the manifest with the real ids into the staging folder, copies every file the manifest
names (icons, localisation files) beside it, and refuses anything Teams would reject in a way that
is cheap to see here. The full schema check (ajv) runs from package.sh between the two steps.
`zip` writes those files at the zip root with fixed timestamps, so the same input gives the same zip.
"""
import argparse
import json
import re
import shutil
import struct
import sys
import zipfile
from pathlib import Path

GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
NIL_GUID = "00000000-0000-0000-0000-000000000000"
REQUIRED = ["manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor"]
ICON_SIZES = {"color": 192, "outline": 32}
LOCALISATION_REQUIRED = ["name.short", "description.short", "description.full"]


class PackageError(Exception):
    pass


def check_guid(label, value):
    if not isinstance(value, str) or not GUID.match(value):
        raise PackageError(f"{label} must be a GUID like 6f1c2a3b-0000-4000-8000-123456789abc, got {value!r}")
    if value == NIL_GUID:
        raise PackageError(f"{label} is still the all-zero placeholder; pass the real value")


def png_size(path):
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise PackageError(f"{path.name} is not a PNG file")
    return struct.unpack(">II", head[16:24])


def referenced_files(manifest):
    files = [manifest["icons"]["color"], manifest["icons"]["outline"]]
    info = manifest.get("localizationInfo", {})
    if "defaultLanguageFile" in info:
        files.append(info["defaultLanguageFile"])
    files.extend(lang["file"] for lang in info.get("additionalLanguages", []))
    for name in files:
        # Teams reads the package flat: every referenced file must sit at the zip root.
        if "/" in name or "\\" in name or name in ("", ".", "..", "manifest.json"):
            raise PackageError(f"manifest refers to {name!r}; package files must be plain names at the root")
    return files


def check_localisation(path):
    try:
        strings = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise PackageError(f"{path.name} is not valid JSON: {err}") from err
    missing = [key for key in LOCALISATION_REQUIRED if not isinstance(strings.get(key), str)]
    if missing:
        raise PackageError(f"{path.name} lacks {', '.join(missing)}")


def stage(args):
    source = Path(args.manifest_dir)
    staging = Path(args.staging)
    try:
        manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise PackageError(f"cannot read {source / 'manifest.json'}: {err}") from err
    missing = [key for key in REQUIRED if key not in manifest]
    if missing:
        raise PackageError(f"manifest.json lacks {', '.join(missing)}")
    if manifest["manifestVersion"] != "1.29":
        raise PackageError(f"manifestVersion must be 1.29, got {manifest['manifestVersion']!r}")
    check_guid("--app-id (bot app id)", args.app_id)
    check_guid("--teams-app-id", args.teams_app_id)
    bots = manifest.get("bots") or []
    if len(bots) != 1:
        raise PackageError("manifest.json must declare exactly one bot")
    manifest["id"] = args.teams_app_id
    bots[0]["botId"] = args.app_id
    if args.version:
        manifest["version"] = args.version
    if not SEMVER.match(manifest["version"]):
        raise PackageError(f"version must look like 1.2.3, got {manifest['version']!r}")

    staging.mkdir(parents=True, exist_ok=True)
    for name in referenced_files(manifest):
        if not (source / name).is_file():
            raise PackageError(f"manifest refers to {name}, which is missing in {source}")
        shutil.copyfile(source / name, staging / name)
    for kind, size in ICON_SIZES.items():
        actual = png_size(staging / manifest["icons"][kind])
        if actual != (size, size):
            raise PackageError(f"{kind} icon must be {size}x{size}, is {actual[0]}x{actual[1]}")
    for lang in manifest.get("localizationInfo", {}).get("additionalLanguages", []):
        check_localisation(staging / lang["file"])
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (staging / "manifest.json").write_text(text, encoding="utf-8")


def make_zip(args):
    staging = Path(args.staging)
    out = Path(args.out)
    manifest = json.loads((staging / "manifest.json").read_text(encoding="utf-8"))
    names = ["manifest.json"] + referenced_files(manifest)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            # A fixed date keeps the zip byte-for-byte reproducible.
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, (staging / name).read_bytes())


def main(argv):
    parser = argparse.ArgumentParser(prog="package.py")
    commands = parser.add_subparsers(dest="command", required=True)
    stage_cmd = commands.add_parser("stage")
    stage_cmd.add_argument("--manifest-dir", required=True)
    stage_cmd.add_argument("--staging", required=True)
    stage_cmd.add_argument("--app-id", required=True)
    stage_cmd.add_argument("--teams-app-id", required=True)
    stage_cmd.add_argument("--version")
    zip_cmd = commands.add_parser("zip")
    zip_cmd.add_argument("--staging", required=True)
    zip_cmd.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    try:
        stage(args) if args.command == "stage" else make_zip(args)
    except PackageError as err:
        print(f"package: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

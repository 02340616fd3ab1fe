#!/usr/bin/env bash
# Builds the Teams app package: out/partnershipbot-teams.zip with manifest.json, the two icons and
# the Dutch localisation file at the zip root, the real ids substituted into the manifest.
#
#   deployment/package.sh [--app-id GUID] [--teams-app-id GUID] [--version X.Y.Z] [--out DIR] [--skip-schema] [--manifest-dir DIR]
#
#   --app-id        the Azure Bot's Microsoft App ID (default: $MicrosoftAppId)   required
#   --teams-app-id  the Teams app's own id (default: $TEAMS_APP_ID, else this project's fixed id);
#                   keep it stable: Teams treats a new id as a different app
#   --version       manifest version; raise it for every upload of a changed package
#   --out           output folder (default: out/ at the repository root)
#   --skip-schema   skip the ajv schema check (it needs node; the structural checks always run)
#   --manifest-dir  take manifest.json and its files from another folder (default: deployment/manifest)
#
# Needs bash and python3; the schema check also needs node and npm (it installs its three pinned
# packages into deployment/validate/node_modules on first use).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
default_teams_app_id="af9c5db5-1c22-4a93-9914-860d9f841322"
schema="$repo/tests/PartnershipBot.Bot.Tests/Deployment/Schemas/teams-manifest-1.29.json"

app_id="${MicrosoftAppId:-}"
teams_app_id="${TEAMS_APP_ID:-$default_teams_app_id}"
version=""
out_dir="$repo/out"
manifest_dir="$here/manifest"
skip_schema=false

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
need_value() { [[ $# -ge 2 && -n "$2" ]] || { echo "package: $1 needs a value" >&2; exit 2; }; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) need_value "$@"; app_id="$2"; shift 2 ;;
    --teams-app-id) need_value "$@"; teams_app_id="$2"; shift 2 ;;
    --version) need_value "$@"; version="$2"; shift 2 ;;
    --out) need_value "$@"; out_dir="$2"; shift 2 ;;
    --skip-schema) skip_schema=true; shift ;;
    --manifest-dir) need_value "$@"; manifest_dir="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "package: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [[ -z "$app_id" ]]; then
  echo "package: no bot app id: pass --app-id GUID or set MicrosoftAppId" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "package: python3 is required" >&2; exit 2; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

stage_args=(--manifest-dir "$manifest_dir" --staging "$staging" --app-id "$app_id" --teams-app-id "$teams_app_id")
[[ -n "$version" ]] && stage_args+=(--version "$version")
python3 "$here/package.py" stage "${stage_args[@]}"

if [[ "$skip_schema" == true ]]; then
  echo "package: schema check skipped on request" >&2
elif command -v node >/dev/null; then
  if [[ ! -d "$here/validate/node_modules/ajv-draft-04" ]]; then
    command -v npm >/dev/null || { echo "package: npm is needed once to install the validator (or pass --skip-schema)" >&2; exit 2; }
    npm ci --prefix "$here/validate" --no-audit --no-fund --silent >&2
  fi
  if ! node "$here/validate/validate-manifest.js" --schema "$schema" "$staging/manifest.json" >"$staging/schema-report.txt"; then
    echo "package: the manifest does not match the Teams 1.29 schema:" >&2
    cat "$staging/schema-report.txt" >&2
    exit 1
  fi
else
  echo "package: node not found, skipped the schema check (structural checks passed); install nodejs for the full check" >&2
fi

zip_path="$out_dir/partnershipbot-teams.zip"
python3 "$here/package.py" zip --staging "$staging" --out "$zip_path"
echo "$zip_path"

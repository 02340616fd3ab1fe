#!/usr/bin/env bash
# Compiles and lints the Bicep template with the Bicep CLI, which NuGet delivers (no az CLI needed).
# Any warning counts as a failure: Bicep reports unknown or misspelt resource properties as warnings.
#
#   deployment/infra/check.sh [FILE.bicep]      # default: main.bicep beside this script
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
template="${1:-$here/main.bicep}"
version="0.49.2" # keep equal to bicep/bicep-cli.csproj

if [[ "$(uname -sm)" != "Linux x86_64" ]]; then
  echo "check: the NuGet-packaged Bicep CLI used here is linux-x64 only" >&2
  exit 2
fi
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [[ ! -f "$bicep" ]]; then
  dotnet restore "$here/bicep/bicep-cli.csproj" --verbosity quiet >&2
  packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
  bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
fi
[[ -x "$bicep" ]] || chmod +x "$bicep"

# lint compiles the template (type checks included) and adds the linter rules, without writing ARM JSON.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
"$bicep" lint "$template" 2>"$log" || status=$?
cat "$log" >&2
if [[ $status -ne 0 ]] || grep -qE ' : (Warning|Error) ' "$log"; then
  echo "check: $template has Bicep errors or warnings" >&2
  exit 1
fi
echo "check: $template compiles and lints cleanly (Bicep $version)"

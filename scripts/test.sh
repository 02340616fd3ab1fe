#!/usr/bin/env bash
# Runs the whole test suite: unit, protocol, host, card render and end-to-end tests
# (the end-to-end tests start the real bot and Microsoft's Agents Playground).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
for dir in tools/playground tests/render; do
  [[ -f "$dir/package-lock.json" ]] && npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund >/dev/null
done
dotnet build PartnershipBot.sln -c Release -nologo -warnaserror
dotnet test PartnershipBot.sln -c Release --no-build -nologo "$@"

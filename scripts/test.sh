#!/usr/bin/env bash
# Runs the whole test suite: unit, protocol, host, storage (SQLite and a private PostgreSQL
# cluster), card render and end-to-end tests (the end-to-end tests start the real bot and
# Microsoft's Agents Playground). Installs missing prerequisites first when it may (root with
# apt-get), or says in one line what to install.
# Extra arguments go to `dotnet test`, e.g. --filter "FullyQualifiedName~Hosting".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/prerequisites.sh
for dir in tools/playground tests/render deployment/validate; do
  if [[ -f "$dir/package-lock.json" ]]; then
    npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund >/dev/null
  fi
done

# A private PostgreSQL cluster for the production provider's tests, unless one is given.
if [[ -z "${PARTNERSHIPBOT_TEST_POSTGRES:-}" ]]; then
  pg_dir="$(mktemp -d)"
  chmod 755 "$pg_dir"
  pg_port="${PARTNERSHIPBOT_TEST_POSTGRES_PORT:-55432}"
  PARTNERSHIPBOT_TEST_POSTGRES="$(scripts/postgres-cluster.sh start "$pg_dir/cluster" "$pg_port")" \
    || { echo "Could not start the test PostgreSQL cluster." >&2; exit 1; }
  export PARTNERSHIPBOT_TEST_POSTGRES
  trap 'scripts/postgres-cluster.sh stop "$pg_dir/cluster"; rm -rf "$pg_dir"' EXIT
fi

dotnet build PartnershipBot.sln -c Release -nologo -warnaserror
log="$(mktemp)"
set +e
dotnet test PartnershipBot.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line over all test projects.
awk '/(Passed|Failed)!  -/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { gsub(",", "", p); printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"

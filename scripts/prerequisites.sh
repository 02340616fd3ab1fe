#!/usr/bin/env bash
# Makes sure what the test suite needs is on this machine: Node.js with npm (Agents Playground,
# card render, manifest validation), Debian's Chromium (card render, reports) and PostgreSQL's
# server (the production storage provider's tests). As root with apt-get it installs what is
# missing; otherwise it stops at once with one line naming the packages and the command.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[[ -n "$pg_bin" && -x "$pg_bin/initdb" ]] || missing+=(postgresql)

if ((${#missing[@]} == 0)); then
  exit 0
fi
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test prerequisites: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing test prerequisites: ${missing[*]} - install with: sudo apt-get install ${missing[*]}" >&2
exit 1

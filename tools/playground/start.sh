#!/usr/bin/env bash
# Starts Microsoft's Agents Playground (Teams emulator) on 127.0.0.1 against a bot endpoint.
# usage: tools/playground/start.sh [BOT_URL] [PORT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bot_url="${1:-http://127.0.0.1:3978/api/messages}"
port="${2:-56150}"
[[ -d "$here/node_modules/@microsoft/m365agentsplayground" ]] || npm ci --prefix "$here" --ignore-scripts --no-audit --no-fund >/dev/null
# --su uses 127.0.0.1, not localhost: .NET may try ::1 first and be refused.
exec env TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="${PLAYGROUND_LOG:-/dev/null}" \
  node -r "$here/bind-loopback.cjs" "$here/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "$bot_url" -c msteams -p "$port" --su "http://127.0.0.1:$port/_connector" --dt

#!/usr/bin/env bash
# Runs PartnershipBot locally with the embedded defaults (SQLite in ./data, development mode on
# 127.0.0.1:3978) and Microsoft's Agents Playground (a Teams emulator) pointed at it.
# Open the printed URL and chat. Ctrl-C stops both.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bot_port="${BOT_PORT:-3978}"
playground_port="${PLAYGROUND_PORT:-56150}"
cd "$root"

echo "Building the bot..."
dotnet build bot/PartnershipBot.Bot.csproj -c Debug -nologo -v quiet
echo "Installing the Agents Playground (pinned)..."
npm ci --prefix tools/playground --ignore-scripts --no-audit --no-fund >/dev/null

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

dotnet artifacts/bin/PartnershipBot.Bot/debug/PartnershipBot.dll --urls "http://127.0.0.1:$bot_port" \
  --contentRoot "$root/artifacts/bin/PartnershipBot.Bot/debug" --Storage:DataDirectory="$root/data" &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$bot_port/health" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$bot_port/health" >/dev/null || { echo "The bot did not start; see the output above." >&2; exit 1; }

PLAYGROUND_LOG="$root/data/playground.log" tools/playground/start.sh "http://127.0.0.1:$bot_port/api/messages" "$playground_port" >/dev/null &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$playground_port/_debug/ping" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$playground_port/_debug/ping" >/dev/null || { echo "The Agents Playground did not start (is port $playground_port free?)." >&2; exit 1; }

cat <<MSG

  PartnershipBot is running at http://127.0.0.1:$bot_port/api/messages (development mode, SQLite in ./data)
  Open the Teams emulator:  http://127.0.0.1:$playground_port/
  Try: "snelle check", "help", "english". Ctrl-C stops both.

MSG
wait -n "${pids[@]}"

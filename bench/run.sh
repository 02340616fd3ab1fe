#!/usr/bin/env bash
# Benchmark PartnershipBot against the Bot Framework SDK peer questionnaire bot, same machine,
# same run, back to back per concurrency level, each bot started fresh per run.
# usage: bench/run.sh [LEVELS...]   (default: 1 16 64)   env: REPS (default 1), SHARED_BENCH
# The peer and load generator come from ../shared/bench (a copy is made; nothing is committed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_BENCH:-$root/../shared/bench}"
levels="${*:-1 16 64}"
reps="${REPS:-1}"
declare -A convs=([1]=200 [16]=1000 [64]=2000)
work="$(mktemp -d)"
echo "work folder: $work"
cp -r "$shared"/. "$work"/
chmod -R u+w "$work"
rm -f "$work/results.jsonl" "$work/pinned.jsonl"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
# Published as it is deployed: for the runtime, so ReadyToRun applies (bot/PartnershipBot.Bot.csproj).
dotnet publish "$root/bot/PartnershipBot.Bot.csproj" -c Release -r linux-x64 --self-contained false -o "$work/ours" -nologo -v quiet

wait_up() { for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 0.1; done; echo "bot on $1 did not come up" >&2; return 1; }
run() { # $1 = peer|ours, $2 = concurrency, $3 = rep
  local port extra=()
  if [[ $1 == peer ]]; then
    port=3978; (cd "$work" && NODE_ENV=production exec node peer-bot.js) >"$work/peer.log" 2>&1 &
  else
    port=3980; rm -rf "$work/data"
    (cd "$work/ours" && exec dotnet PartnershipBot.dll --urls "http://127.0.0.1:$port" --Storage:DataDirectory="$work/data" --Logging:LogLevel:Default=Warning) >"$work/ours.log" 2>&1 &
    # Our quick check asks context questions first; stop answering once the results card (no inputs) arrives.
    extra=(--answers 16 --until-summary 1)
  fi
  local pid=$!
  wait_up "$port"
  local c=$2 w=$(( $2 > 50 ? $2 : 50 ))
  node "$work/loadgen.js" --bot "http://127.0.0.1:$port/api/messages" --port 4100 --conversations "${convs[$c]:-1000}" \
    --concurrency "$c" --warmup "$w" --duration 120 --bot-pid "$pid" --label "$1 c=$c rep=$3" --out "$work/results.jsonl" "${extra[@]}" >/dev/null || true
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  tail -1 "$work/results.jsonl" | python3 -c 'import json,sys; d=json.load(sys.stdin); l=d["latencyMs"]; print("  %s: %s turns/s, p50 %s ms, p99 %s ms, errors %s %s" % (d["label"], d["turnsPerS"], l["p50"], l["p99"], d["errors"], d["errorKinds"]))'
}
for rep in $(seq 1 "$reps"); do
  for c in $levels; do
    if (( rep % 2 )); then run peer "$c" "$rep"; run ours "$c" "$rep"; else run ours "$c" "$rep"; run peer "$c" "$rep"; fi
  done
done
python3 "$work/summarize.py" "$work/results.jsonl"
cp "$work/results.jsonl" "$root/bench/last-results.jsonl"

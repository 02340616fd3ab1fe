#!/usr/bin/env bash
# Benchmark PartnershipBot against the Bot Framework SDK peer questionnaire bot and the bare ASP.NET
# echo floor, same machine, same run, back to back per concurrency level, each bot started fresh.
# usage: bench/run.sh [LEVELS...]   (default: 1 16 64)
# env:   REPS (default 1; the order of the three bots rotates per repetition), BOTS (default "peer ours echo"),
#        PORT_BASE (default 3978: peer, +1 echo, +2 ours, +3 the load generator's connector stub),
#        OUT (default bench/results/run-<UTC time>.jsonl), SHARED_BENCH (default ../shared/bench)
# The peer, the echo bot and the load generator come from ../shared/bench (a copy is made; nothing is committed).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
levels="${*:-1 16 64}"
reps="${REPS:-1}"
read -r -a bots <<<"${BOTS:-peer ours echo}"
base="${PORT_BASE:-3978}"
declare -A port=([peer]=$base [echo]=$((base + 1)) [ours]=$((base + 2)))
stub=$((base + 3))
out="${OUT:-$bench_root/bench/results/run-$(date -u +%Y%m%dT%H%M%SZ).jsonl}"
declare -A convs=([1]=200 [16]=1000 [64]=2000)
work="$(mktemp -d)"
echo "work folder: $work, results: $out"
cp -r "$bench_shared"/. "$work"/
chmod -R u+w "$work"
rm -f "$work/results.jsonl" "$work/pinned.jsonl"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
(cd "$work/echo-bot" && dotnet publish -c Release -o out -nologo -v quiet)
# Published as it is deployed: for the runtime, so ReadyToRun applies (bot/PartnershipBot.Bot.csproj).
bench_publish "$work/ours"
mkdir -p "$(dirname "$out")"
bench_machine_json | python3 -c "import json,sys; d=json.load(sys.stdin); d.update(script='run', levels='$levels', reps=$reps, store='sqlite'); print(json.dumps(d))" >>"$out"

run() { # $1 = peer|ours|echo, $2 = concurrency, $3 = rep
  local p=${port[$1]} extra=()
  case $1 in
    peer) (cd "$work" && NODE_ENV=production PORT=$p exec node peer-bot.js) >"$work/peer.log" 2>&1 & ;;
    echo) (cd "$work/echo-bot/out" && exec dotnet EchoBot.dll --urls "http://127.0.0.1:$p") >"$work/echo.log" 2>&1 & ;;
    ours)
      rm -rf "$work/data"
      (cd "$work/ours" && exec dotnet PartnershipBot.dll --urls "http://127.0.0.1:$p" --Storage:DataDirectory="$work/data" --Logging:LogLevel:Default=Warning) >"$work/ours.log" 2>&1 &
      # Our quick check asks context questions first; stop answering once the results card (no inputs) arrives.
      extra=(--answers 16 --until-summary 1 --summary-match "$bench_summary_match") ;;
  esac
  local pid=$!
  bench_wait_up "$p"
  local c=$2 w=$(( $2 > 50 ? $2 : 50 ))
  node "$work/loadgen.js" --bot "http://127.0.0.1:$p/api/messages" --port "$stub" --conversations "${convs[$c]:-1000}" \
    --concurrency "$c" --warmup "$w" --duration 120 --bot-pid "$pid" --label "$1 c=$c rep=$3" --out "$out" "${extra[@]}" >/dev/null || true
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  tail -1 "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); l=d["latencyMs"]; print("  %s: %s turns/s, p50 %s ms, p99 %s ms, errors %s %s, bot %s ms CPU/turn, peak RSS %.0f MiB, load generator %s s CPU" % (d["label"], d["turnsPerS"], l["p50"], l["p99"], d["errors"], d["errorKinds"], d["bot"]["cpuMsPerTurn"], d["bot"]["vmHWMkB"] / 1024, d["loadgenCpuS"]))'
}
for rep in $(seq 1 "$reps"); do
  for c in $levels; do
    n=${#bots[@]}
    for i in $(seq 0 $((n - 1))); do run "${bots[$(( (i + rep - 1) % n ))]}" "$c" "$rep"; done
  done
done
python3 "$bench_root/bench/compare.py" "$out"
cp "$out" "$bench_root/bench/last-results.jsonl"

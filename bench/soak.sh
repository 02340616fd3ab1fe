#!/usr/bin/env bash
# Memory soak: the bot on its default SQLite store under the load generator at concurrency 64 for
# --minutes (default 30), resident memory sampled every --interval seconds. Writes JSON lines (the
# machine, one "rss" line per sample, one "load" line per minute of load, a "summary") and says
# whether memory stayed flat after the warm-up (the first --warmup-minutes, default a fifth, at most 5).
# usage: bench/soak.sh [--minutes 30] [--interval 5] [--warmup-minutes N] [--out FILE]
#                      [--port 3978] [--stub-port 4100] [--bot-dir PUBLISHED] [--concurrency 64]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
minutes=30 interval=5 warmup="" out="" port=3978 stub=4100 botdir="" conc=64
while (( $# )); do
  case $1 in
    --minutes) minutes=$2 ;; --interval) interval=$2 ;; --warmup-minutes) warmup=$2 ;; --out) out=$2 ;;
    --port) port=$2 ;; --stub-port) stub=$2 ;; --bot-dir) botdir=$2 ;; --concurrency) conc=$2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
[[ -n $warmup ]] || warmup=$(python3 -c "print(min(5, $minutes / 5))")
[[ -n $out ]] || out="$bench_root/bench/results/soak-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
work="$(mktemp -d)"
trap 'kill "${sampler:-}" "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ -z $botdir ]]; then botdir="$work/ours"; bench_publish "$botdir"; fi
mkdir -p "$(dirname "$out")"
bench_machine_json | python3 -c "import json,sys; d=json.load(sys.stdin); d.update(script='soak', minutes=$minutes, concurrency=$conc, store='sqlite'); print(json.dumps(d))" >>"$out"

(cd "$botdir" && exec dotnet PartnershipBot.dll --urls "http://127.0.0.1:$port" --Storage:DataDirectory="$work/data" --Logging:LogLevel:Default=Warning) >"$work/bot.log" 2>&1 &
pid=$!
bench_wait_up "$port"
start=$(date +%s)
# The sampler: /proc only, so it costs the bot nothing.
(
  while kill -0 "$pid" 2>/dev/null; do
    python3 - "$pid" "$start" "$work/data/partnershipbot.db" <<'PY' >>"$out" 2>/dev/null || true
import json, os, sys, time
pid, start, db = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = {}
for line in open(f'/proc/{pid}/status'):
    k, _, v = line.partition(':')
    if k in ('VmRSS', 'VmHWM', 'RssAnon', 'RssFile', 'RssShmem', 'Threads'): s[k] = int(v.split()[0])
print(json.dumps({'kind': 'rss', 't': round(time.time() - start, 1), 'rssKiB': s['VmRSS'], 'hwmKiB': s['VmHWM'],
                  'anonKiB': s['RssAnon'], 'fileKiB': s['RssFile'], 'shmemKiB': s['RssShmem'], 'threads': s['Threads'],
                  'dbBytes': os.path.getsize(db) if os.path.exists(db) else 0}))
PY
    sleep "$interval"
  done
) &
sampler=$!
end=$(( start + $(python3 -c "print(int(float($minutes) * 60))") ))
while (( $(date +%s) < end )); do
  left=$(( end - $(date +%s) )); chunk=$(( left < 60 ? left : 60 ))
  (( chunk >= 5 )) || break
  node "$bench_shared/loadgen.js" --bot "http://127.0.0.1:$port/api/messages" --port "$stub" --conversations 1000000 \
    --concurrency "$conc" --warmup 0 --duration "$chunk" --bot-pid "$pid" --answers 16 --until-summary 1 --summary-match "$bench_summary_match" \
    --label "soak c=$conc" --out "$work/load.jsonl" >/dev/null || true
  tail -1 "$work/load.jsonl" | python3 -c "import json,sys,time; d=json.load(sys.stdin); print(json.dumps({'kind':'load','t':round(time.time()-$start,1),'turns':d['turns'],'turnsPerS':d['turnsPerS'],'p99Ms':d['latencyMs']['p99'],'errors':d['errors'],'errorKinds':d['errorKinds'],'botCpuMsPerTurn':d['bot']['cpuMsPerTurn'],'loadgenCpuS':d['loadgenCpuS']}))" >>"$out"
done
kill "$pid"; wait "$pid" 2>/dev/null || true
kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
python3 - "$out" "$warmup" <<'PY'
import json, sys, statistics
path, warmup = sys.argv[1], float(sys.argv[2]) * 60
lines = [json.loads(l) for l in open(path)]
start = max(i for i, l in enumerate(lines) if l['kind'] == 'machine')   # this run only
rss = [l for l in lines[start:] if l['kind'] == 'rss']
load = [l for l in lines[start:] if l['kind'] == 'load']
after = [l for l in rss if l['t'] >= warmup]
if len(after) < 4:
    print('too few samples after the warm-up to judge'); sys.exit(1)
t = [l['t'] / 60 for l in after]; m = [l['rssKiB'] / 1024 for l in after]
mt, mm = statistics.fmean(t), statistics.fmean(m)
slope = sum((a - mt) * (b - mm) for a, b in zip(t, m)) / sum((a - mt) ** 2 for a in t)  # MiB per minute
fifth = max(1, len(after) // 5)
first, last = statistics.median(m[:fifth]), statistics.median(m[-fifth:])
# Flat: the last fifth's median within 5 % (at least 8 MiB) of the first fifth's after the warm-up.
flat = last - first <= max(8.0, 0.05 * first)
summary = {'kind': 'summary', 'minutes': round(rss[-1]['t'] / 60, 1), 'warmupMinutes': warmup / 60,
           'samples': len(rss), 'peakRssMiB': round(max(l['rssKiB'] for l in rss) / 1024, 1),
           'afterWarmupFirstFifthMiB': round(first, 1), 'lastFifthMiB': round(last, 1),
           'slopeMiBPerMin': round(slope, 3), 'flat': flat,
           'turns': sum(l['turns'] for l in load), 'errors': sum(l['errors'] for l in load),
           'meanTurnsPerS': round(statistics.fmean(l['turnsPerS'] for l in load), 1) if load else None,
           'dbMiB': round(rss[-1]['dbBytes'] / 1048576, 1)}
with open(path, 'a') as f: f.write(json.dumps(summary) + '\n')
print(json.dumps(summary))
print('memory ' + ('FLAT' if flat else 'GROWING') + f' after warm-up: {first:.0f} -> {last:.0f} MiB ({slope:+.2f} MiB/min), peak {summary["peakRssMiB"]} MiB')
PY

#!/usr/bin/env bash
# Two instances of the published bot on one private PostgreSQL cluster, side by side with the Bot
# Framework SDK peer, in the same run. Turns alternate between the instances (loadgen --bot URL1,URL2).
# Records per run: turns/s, latency, errors (loadgen), RSS per instance (/proc/PID/status: VmHWM, VmRSS at
# the end), and the database's own CPU (utime+stime of every postgres process of the cluster, before/after).
# usage: bench/postgres.sh [LEVELS...]   (default: 64)
# env:   REPS (1), DURATION (120 s), PG_PORT (55639), PORT_BASE (see below), SHARED_BENCH (../shared/bench),
#        OUT (bench/results/postgres-two-instances.jsonl), NOTE (free text stored with each line)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_BENCH:-$root/../shared/bench}"
levels="${*:-64}"
reps="${REPS:-1}"
duration="${DURATION:-120}"
pg_port="${PG_PORT:-55639}"
# PORT_BASE=N puts the peer on N, the two instances on N+1 and N+2 and the connector stub on N+3.
if [[ -n ${PORT_BASE:-} ]]; then
  peer_port=$PORT_BASE a_port=$((PORT_BASE + 1)) b_port=$((PORT_BASE + 2)) stub_port=$((PORT_BASE + 3))
else
  peer_port=3978 a_port=3981 b_port=3982 stub_port=4100
fi
out="${OUT:-$root/bench/results/postgres-two-instances.jsonl}"
declare -A convs=([1]=200 [16]=1000 [64]=2000)
work="$(mktemp -d)"; chmod 755 "$work"
echo "work folder: $work"
cp -r "$shared"/. "$work"/
chmod -R u+w "$work"
rm -f "$work/results.jsonl" "$work/pinned.jsonl"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
dotnet publish "$root/bot/PartnershipBot.Bot.csproj" -c Release -r linux-x64 --self-contained false -o "$work/ours" -nologo -v quiet

pg_dir="$work/pg"
connection="$("$root/scripts/postgres-cluster.sh" start "$pg_dir" "$pg_port")"
trap '"$root/scripts/postgres-cluster.sh" stop "$pg_dir" >/dev/null 2>&1 || true' EXIT

# CPU seconds (utime+stime) of the cluster's processes: the postmaster and all its children.
pg_cpu() {
  local master; master="$(head -1 "$pg_dir/data/postmaster.pid")"
  python3 - "$master" <<'PY'
import os, sys
master, tck, total = sys.argv[1], os.sysconf("SC_CLK_TCK"), 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        continue
    if pid == master or stat[1] == master:  # stat[1] = ppid
        total += int(stat[11]) + int(stat[12])
print(f"{total / tck:.2f}")
PY
}
rss() { awk '/^(VmHWM|VmRSS):/ {printf "%s\"%s\":%d", (n++ ? "," : ""), $1 == "VmHWM:" ? "vmHWMkB" : "vmRSSkB", $2}' "/proc/$1/status"; }
wait_up() { for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 0.1; done; echo "bot on $1 did not come up" >&2; return 1; }
machine="$(python3 -c 'import json,os,platform; cpu=[l.split(":",1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")]; mem=int(open("/proc/meminfo").readline().split()[1])//1024; print(json.dumps({"cpus":os.cpu_count(),"cpu":cpu[0] if cpu else "?","memMiB":mem,"kernel":platform.release(),"load1":os.getloadavg()[0]}))')"
postgres_version="$("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)/postgres" --version)"

run_peer() { # $1 concurrency, $2 rep
  (cd "$work" && NODE_ENV=production PORT=$peer_port exec node peer-bot.js) >"$work/peer.log" 2>&1 &
  local pid=$! c=$1 w=$(( $1 > 50 ? $1 : 50 ))
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$peer_port/health" >/dev/null && break; sleep 0.1; done
  node "$work/loadgen.js" --bot "http://127.0.0.1:$peer_port/api/messages" --port "$stub_port" --conversations "${convs[$c]:-1000}" \
    --concurrency "$c" --warmup "$w" --duration "$duration" --bot-pid "$pid" --label "peer c=$c rep=$2" --out "$work/results.jsonl" >/dev/null || true
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  tail -1 "$work/results.jsonl" >>"$out.tmp"
}

run_ours() { # $1 concurrency, $2 rep: a fresh database, two instances on it
  local c=$1 w=$(( $1 > 50 ? $1 : 50 )) db="bench_$(date +%s)"
  psql_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)/psql"
  "$psql_bin" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE $db" postgres
  local cs="${connection/Database=postgres/Database=$db}"
  local pids=()
  for port in "$a_port" "$b_port"; do
    (cd "$work/ours" && exec dotnet PartnershipBot.dll --urls "http://127.0.0.1:$port" --Storage:DataDirectory="$work/data-$port" \
      --Storage:Provider=Postgres --ConnectionStrings:Postgres="$cs" --Logging:LogLevel:Default=Warning) >"$work/ours-$port.log" 2>&1 &
    pids+=($!)
  done
  wait_up "$a_port"; wait_up "$b_port"
  local before; before="$(pg_cpu)"
  node "$work/loadgen.js" --bot "http://127.0.0.1:$a_port/api/messages,http://127.0.0.1:$b_port/api/messages" --port "$stub_port" \
    --conversations "${convs[$c]:-1000}" --concurrency "$c" --warmup "$w" --duration "$duration" --bot-pid "${pids[0]}" \
    --answers 16 --until-summary 1 --summary-match "$bench_summary_match" \
    --label "ours-pg-2x c=$c rep=$2" --out "$work/results.jsonl" >/dev/null || true
  local after; after="$(pg_cpu)"
  local instances; instances="[{$(rss "${pids[0]}")},{$(rss "${pids[1]}")}]"
  kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null || true
  tail -1 "$work/results.jsonl" | python3 -c '
import json, sys
d = json.load(sys.stdin)
d["instances"] = json.loads(sys.argv[1])
d["postgresCpuS"] = round(float(sys.argv[3]) - float(sys.argv[2]), 2)
d["postgresCpuMsPerTurn"] = round(1000 * d["postgresCpuS"] / max(1, d.get("turns", 0)), 3)
print(json.dumps(d))' "$instances" "$before" "$after" >>"$out.tmp"
}

: >"$out.tmp"
for rep in $(seq 1 "$reps"); do
  for c in $levels; do
    if (( rep % 2 )); then run_peer "$c" "$rep"; run_ours "$c" "$rep"; else run_ours "$c" "$rep"; run_peer "$c" "$rep"; fi
  done
done
commit="$(git -C "$root" rev-parse --short HEAD)"
mkdir -p "$(dirname "$out")"
python3 - "$out.tmp" "$machine" "$postgres_version" "$commit" "${NOTE:-}" >>"$out" <<'PY'
import json, sys
path, machine, pg, commit, note = sys.argv[1:6]
for line in open(path):
    d = json.loads(line)
    d["run"] = {"machine": json.loads(machine), "postgres": pg, "commit": commit, "note": note}
    print(json.dumps(d))
PY
rm -f "$out.tmp"
python3 - "$out" <<'PY'
import json, sys
for line in open(sys.argv[1]).readlines()[-50:]:
    d = json.loads(line); l = d["latencyMs"]
    extra = ""
    if "instances" in d:
        extra = " | RSS MiB " + " / ".join(str(round(i.get("vmHWMkB", 0) / 1024)) for i in d["instances"]) + f" | postgres CPU {d['postgresCpuS']} s"
    print(f"{d['label']}: {d['turnsPerS']} turns/s, p50 {l['p50']} ms, p99 {l['p99']} ms, errors {d['errors']}{extra}")
PY
echo "appended to $out"

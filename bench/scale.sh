#!/usr/bin/env bash
# Growth figures through the bot's real host (bench/scale): a round of --respondents closing and
# rendering its results, --reminders scheduled (rate, one user's list, memory) and a due minute firing,
# a user with --history entries, database size per conversation and per round respondent.
# On SQLite, and on PostgreSQL with --postgres CONNSTR, or --postgres-port PORT to start a throw-away
# cluster (scripts/postgres-cluster.sh). JSON lines into --out (default bench/results/scale-<UTC time>.jsonl).
# usage: bench/scale.sh [--stores "sqlite postgres"] [--respondents 2000] [--reminders 100000] [--history 1000]
#                       [--conversations 500] [--postgres CONNSTR | --postgres-port 55440] [--port-base 3994] [--out FILE]
#                       [--phases conversations,history,round,reminders]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
stores="sqlite" phases="conversations,history,round,reminders" respondents=2000 reminders=100000 history=1000 conversations=500 pg="" pgport="" base=3994 out=""
while (( $# )); do
  case $1 in
    --stores) stores=$2 ;; --respondents) respondents=$2 ;; --reminders) reminders=$2 ;; --history) history=$2 ;;
    --conversations) conversations=$2 ;; --postgres) pg=$2; stores="sqlite postgres" ;; --postgres-port) pgport=$2; stores="sqlite postgres" ;;
    --port-base) base=$2 ;; --out) out=$2 ;; --phases) phases=$2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
[[ -n $out ]] || out="$bench_root/bench/results/scale-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
mkdir -p "$(dirname "$out")"
pgdir=""
trap '[[ -n $pgdir ]] && "$bench_root/scripts/postgres-cluster.sh" stop "$pgdir/pg" >/dev/null 2>&1; [[ -n $pgdir ]] && rm -rf "$pgdir"' EXIT
if [[ $stores == *postgres* && -z $pg ]]; then
  pgdir=$(mktemp -d); chmod 755 "$pgdir"
  pg=$("$bench_root/scripts/postgres-cluster.sh" start "$pgdir/pg" "${pgport:-55440}" | tail -1)
fi
dotnet build "$bench_root/bench/scale" -c Release -nologo -v quiet
for store in $stores; do
  bench_machine_json | python3 -c "import json,sys; d=json.load(sys.stdin); d.update(script='scale', store='$store', respondents=$respondents, reminders=$reminders, history=$history, conversations=$conversations); print(json.dumps(d))" >>"$out"
  args=(--store "$store" --respondents "$respondents" --reminders "$reminders" --history "$history" --conversations "$conversations" --phases "$phases"
        --port "$base" --stub-port $((base + 1)) --loadgen-port $((base + 2)) --out "$out")
  if [[ $store == postgres ]]; then
    # A database of its own per run, so the sizes are this run's.
    db="scale_$(date +%s)"
    psql "$(python3 -c "import sys; print(' '.join(p.replace('Host','host').replace('Port','port').replace('Username','user').replace('Database','dbname') for p in sys.argv[1].split(';') if p))" "$pg")" -qc "CREATE DATABASE $db" 
    args+=(--postgres "${pg/Database=postgres/Database=$db}")
  fi
  dotnet run -c Release --no-build --project "$bench_root/bench/scale" -- "${args[@]}"
done

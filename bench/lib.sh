# Shared by the bench scripts (sourced, not run). Needs bash, curl, node >= 18, python3, the .NET SDK.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_shared="${SHARED_BENCH:-$bench_root/../shared/bench}"

# The measured work is the quick check up to its results card, in either language, as the peer's
# questionnaire ends at its summary. Since advice cards carry a "Maak actie" form, "stop when the last card
# has no inputs" alone made the load generator go on into the action register (creating and updating
# personal actions, each a Quartz job), a different and much heavier workload than the peer's.
bench_summary_match='Uitkomst van uw snelle check|Outcome of your quick check'

# One JSON object describing the machine and the moment: what a figure needs to be read.
bench_machine_json() {
  python3 - "$bench_root" <<'PY'
import json, os, platform, subprocess, sys, datetime
def run(*a):
    try: return subprocess.run(a, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception: return None
os_name = None
try:
    for line in open('/etc/os-release'):
        if line.startswith('PRETTY_NAME='): os_name = line.split('=', 1)[1].strip().strip('"')
except OSError: pass
mem_kib = None
for line in open('/proc/meminfo'):
    if line.startswith('MemTotal:'): mem_kib = int(line.split()[1])
cpu = None
for line in open('/proc/cpuinfo'):
    if line.startswith('model name'): cpu = line.split(':', 1)[1].strip(); break
runtimes = run('dotnet', '--list-runtimes') or ''
netcore = [l.split()[1] for l in runtimes.splitlines() if l.startswith('Microsoft.NETCore.App')]
print(json.dumps({
    'kind': 'machine',
    'at': datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds'),
    'cores': os.cpu_count(), 'cpu': cpu, 'memoryMiB': mem_kib // 1024 if mem_kib else None,
    'os': os_name, 'kernel': platform.release(),
    'dotnet': netcore[-1] if netcore else None, 'node': run('node', '--version'),
    'loadAverage': [round(x, 2) for x in os.getloadavg()],
    'commit': run('git', '-C', sys.argv[1], 'rev-parse', '--short', 'HEAD'),
}))
PY
}

# Publishes the bot as it is deployed (for the runtime, ReadyToRun) into $1.
bench_publish() {
  dotnet publish "$bench_root/bot/PartnershipBot.Bot.csproj" -c Release -r linux-x64 --self-contained false -o "$1" -nologo -v quiet
}

# Waits until /health on port $1 answers.
bench_wait_up() {
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 0.1; done
  echo "bot on port $1 did not come up" >&2
  return 1
}

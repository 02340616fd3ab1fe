"""Markdown table of a bench/run.sh results file: ours beside the peer and the echo floor, per level and repetition."""
import json
import sys
from collections import defaultdict

runs = defaultdict(dict)
for line in open(sys.argv[1]):
    d = json.loads(line)
    if 'label' not in d:
        continue
    bot, conc, rep = d['label'].split()
    runs[(int(conc[2:]), int(rep[4:]))][bot] = d

print('| conc | rep | ours turns/s | peer | echo | ours/peer | ours/echo | ours p99 ms | peer p99 | echo p99 | ours p99/peer p99 | errors (ours/peer/echo) | CPU ms/turn (ours/peer/echo) | peak RSS MiB (ours/peer/echo) | load generator CPU s (ours/peer/echo) |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|')
for (conc, rep), r in sorted(runs.items()):
    def f(bot, fn, fmt='{}'):
        return fmt.format(fn(r[bot])) if bot in r else '–'
    ratio = lambda a, b, fn: f'{fn(r[a]) / fn(r[b]):.2f}' if a in r and b in r and fn(r[b]) else '–'
    tps = lambda d: d['turnsPerS']
    p99 = lambda d: d['latencyMs']['p99']
    print(f"| {conc} | {rep} | {f('ours', tps)} | {f('peer', tps)} | {f('echo', tps)} | {ratio('ours', 'peer', tps)}× | {ratio('ours', 'echo', tps)}× "
          f"| {f('ours', p99)} | {f('peer', p99)} | {f('echo', p99)} | {ratio('ours', 'peer', p99)} "
          f"| {' / '.join(f(b, lambda d: d['errors']) for b in ('ours', 'peer', 'echo'))} "
          f"| {' / '.join(f(b, lambda d: d['bot']['cpuMsPerTurn']) for b in ('ours', 'peer', 'echo'))} "
          f"| {' / '.join(f(b, lambda d: round(d['bot']['vmHWMkB'] / 1024)) for b in ('ours', 'peer', 'echo'))} "
          f"| {' / '.join(f(b, lambda d: d['loadgenCpuS']) for b in ('ours', 'peer', 'echo'))} |")

// Loaded with `node --import` into the measured process: writes its peak resident memory and CPU time on exit.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    // maxRSS in kilobytes, CPU time in microseconds
    writeFileSync(out, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }));
  });
}

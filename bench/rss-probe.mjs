// Loaded with `node --import` into the measured process: writes its peak resident memory on exit.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    // maxRSS is in kilobytes
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}

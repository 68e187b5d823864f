// Loaded with `node --import` into the measured process: samples its heap allocations (V8's sampling heap profiler)
// and, each time resident memory reaches a new high, keeps the allocations still alive at that moment.
// On exit it writes, into BENCH_HEAP_DIR, `peak.heapprofile` (readable by heap-summary.mjs or Chrome's DevTools)
// and `timeline.json` (resident memory, JS heap, external and array buffers, every second).
import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_HEAP_DIR;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  const post = (method, params = {}) => {
    let result;
    // a session of the process itself answers at once, inside the call
    session.post(method, params, (err, res) => {
      if (err) throw err;
      result = res;
    });
    return result;
  };
  post('HeapProfiler.enable');
  post('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 });
  const timeline = [];
  let peak = null;
  let keptAt = 0;
  const start = Date.now();
  const tick = () => {
    const m = process.memoryUsage();
    timeline.push({ s: (Date.now() - start) / 1000, rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers });
    // a new profile only when resident memory has grown by 5 % since the one kept: taking one is not free
    if (m.rss > keptAt * 1.05) {
      keptAt = m.rss;
      peak = { s: (Date.now() - start) / 1000, rss: m.rss, heapUsed: m.heapUsed, profile: post('HeapProfiler.getSamplingProfile').profile };
    }
  };
  setInterval(tick, 1000).unref();
  process.on('exit', () => {
    tick();
    writeFileSync(join(dir, 'timeline.json'), JSON.stringify(timeline));
    if (peak) {
      writeFileSync(join(dir, 'peak.heapprofile'), JSON.stringify(peak.profile));
      writeFileSync(join(dir, 'peak.json'), JSON.stringify({ s: peak.s, rss: peak.rss, heapUsed: peak.heapUsed }));
    }
  });
}

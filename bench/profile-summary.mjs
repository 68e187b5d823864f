#!/usr/bin/env node
// Summarise a V8 CPU profile (`node --cpu-prof`, or `npm run bench -- 500 --profile dossier`):
// self time by function and by file or package, and total time of the functions that hold it.
// `node bench/profile-summary.mjs fichier.cpuprofile [lignes]`
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage : node bench/profile-summary.mjs fichier.cpuprofile [lignes]');
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

/** Where a function lives: the npm package, else the file under the project, else the URL. */
function place(url) {
  if (!url) return '(natif)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const src = /\/(src\/.*|bench\/.*|astro\.config\.mjs)$/.exec(url);
  if (src) return src[1];
  if (url.startsWith('node:')) return 'node (interne)';
  return url.replace(/^file:\/\//, '');
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anonyme)'}  ${place(f.url)}${f.url && !f.url.includes('node_modules') ? `:${f.lineNumber + 1}` : ''}`;
};

const self = new Map();
const selfPlace = new Map();
const total = new Map();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  all += dt;
  const n = byId.get(id);
  self.set(key(n), (self.get(key(n)) ?? 0) + dt);
  const p = place(n.callFrame.url);
  selfPlace.set(p, (selfPlace.get(p) ?? 0) + dt);
  // each function once per sample, however deep it recurses
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) seen.add(key(byId.get(cur)));
  for (const k of seen) total.set(k, (total.get(k) ?? 0) + dt);
});

const top = (map, title, filter = () => true) => {
  console.log(`\n${title}`);
  console.log('ms | % | ');
  console.log('---: | ---: | ---');
  [...map.entries()]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .forEach(([k, ms]) => console.log(`${ms.toFixed(0)} | ${((100 * ms) / all).toFixed(1)} | ${k}`));
};

console.log(`${file} : ${(all / 1000).toFixed(1)} s échantillonnées`);
top(selfPlace, 'Temps propre par fichier ou paquet');
top(self, 'Temps propre par fonction');
// total time, for the project's own code only: what each of its functions costs with what it calls
top(total, 'Temps total des fonctions du projet', (k) => /\s(src\/|astro\.config)/.test(k));

#!/usr/bin/env node
// Summarise a sampling heap profile (`peak.heapprofile` written by heap-probe.mjs, or `node --heap-prof`):
// the bytes still alive, by the package or project file that allocated them, and by allocating function.
// `node bench/heap-summary.mjs fichier.heapprofile [lignes]`
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage : node bench/heap-summary.mjs fichier.heapprofile [lignes]');
const rows = Number(rowsArg ?? 20);
const profile = JSON.parse(readFileSync(file, 'utf8'));

/** Where a function lives: the npm package, else the file under the project, else the URL. */
function place(url) {
  if (!url) return null;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const src = /\/(src\/.*|bench\/.*|astro\.config\.mjs)$/.exec(url);
  if (src) return src[1].replace(/\?.*$/, '');
  if (url.startsWith('node:')) return 'node (interne)';
  return url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
}

const self = new Map();
const inclusive = new Map();
const sites = new Map();
const projectTotal = new Map();
let all = 0;
const add = (map, k, v) => map.set(k, (map.get(k) ?? 0) + v);
// stack: frames from the root down to the node; bytes are attributed to the deepest frame that has a source file
const walk = (node, stack) => {
  const here = [...stack, node.callFrame];
  if (node.selfSize > 0) {
    all += node.selfSize;
    const deepest = [...here].reverse().find((f) => place(f.url));
    const p = deepest ? place(deepest.url) : '(natif)';
    add(self, p, node.selfSize);
    add(sites, deepest ? `${deepest.functionName || '(anonyme)'}  ${p}${p.startsWith('src/') ? `:${deepest.lineNumber + 1}` : ''}` : '(natif)', node.selfSize);
    for (const k of new Set(here.map((f) => place(f.url)).filter(Boolean))) add(inclusive, k, node.selfSize);
    for (const k of new Set(here.filter((f) => /^src\//.test(place(f.url) ?? '')).map((f) => `${f.functionName || '(anonyme)'}  ${place(f.url)}:${f.lineNumber + 1}`))) add(projectTotal, k, node.selfSize);
  }
  for (const c of node.children ?? []) walk(c, here);
};
walk(profile.head, []);

const mb = (b) => (b / 1024 / 1024).toFixed(1);
const top = (map, title, n = rows) => {
  console.log(`\n${title}`);
  console.log('Mo | % | ');
  console.log('---: | ---: | ---');
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, b]) => console.log(`${mb(b)} | ${((100 * b) / all).toFixed(1)} | ${k}`));
};
console.log(`${file} : ${mb(all)} Mo vivants dans le tas JS (échantillonnés)`);
top(self, 'Par paquet ou fichier qui a alloué (fonction la plus profonde ayant un fichier)');
top(inclusive, 'Par paquet ou fichier présent dans la pile d’allocation (inclusif)');
top(sites, 'Par fonction qui a alloué');
top(projectTotal, 'Fonctions du projet présentes dans la pile d’allocation (inclusif)');

#!/usr/bin/env node
// Build cost of the guide as it grows: copies of a real chapter are added to a copy of the content folder,
// then `astro build` (and Pagefind, when the build does not run it) is timed and its peak memory read.
// Machines are shared: CPU time (the build's own, without its children) is steadier than wall time.
// A benchmark, not a test: `npm run bench -- [sizes…] [--runs N] [--chapter file.mdx] [--keep]`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const PARTS = ['comprendre', 'etat-des-lieux', 'passer-a-l-action', 'annexes'];
const TIME = '/usr/bin/time';

/** Read the command line: sizes as bare numbers, then options. */
function parseArgs(argv) {
  const opts = { sizes: [], runs: 1, chapter: null, keep: false, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (/^\d+$/.test(a)) opts.sizes.push(Number(a));
    else if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--chapter') opts.chapter = argv[++i];
    else if (a === '--profile') opts.profile = resolve(argv[++i]);
    else if (a === '--keep') opts.keep = true;
    else throw new Error(`option inconnue : ${a} (attendu : tailles, --runs N, --chapter fichier.mdx, --profile dossier, --keep)`);
  }
  if (opts.sizes.length === 0) opts.sizes = [100, 500, 2000];
  return opts;
}

/** Copy the content folder and add `n` chapters made from `model`, spread over the four parts. */
function makeContent(source, model, n) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-contenu-'));
  cpSync(source, dir, { recursive: true });
  const text = readFileSync(model, 'utf8');
  if (!/^ordre: \d+$/m.test(text) || !/^partie: .+$/m.test(text) || !/^titre: .+$/m.test(text)) {
    throw new Error(`${model} : en-tête sans titre, partie ou ordre sur une ligne`);
  }
  for (let i = 1; i <= n; i++) {
    const copy = text
      .replace(/^titre: .+$/m, `titre: "Chapitre d’essai numéro ${i}"`)
      .replace(/^partie: .+$/m, `partie: ${PARTS[i % PARTS.length]}`)
      // far above any real order, so that no two chapters of a part share one
      .replace(/^ordre: \d+$/m, `ordre: ${1000 + i}`);
    writeFileSync(join(dir, 'chapitres', `essai-${String(i).padStart(4, '0')}.mdx`), copy);
  }
  return dir;
}

/** Run a command, returning wall time (s), CPU time and peak memory (MB) when known, and its exit status. */
function measure(args, env, rssFile) {
  const useTime = !rssFile && existsSync(TIME);
  const [cmd, ...rest] = useTime ? [TIME, '-f', 'BENCH_RSS_KB=%M', ...args] : args;
  const start = performance.now();
  const run = spawnSync(cmd, rest, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  let kb = null;
  let cpu = null;
  if (rssFile && existsSync(rssFile)) {
    const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
    kb = usage.maxRSS;
    cpu = usage.cpu / 1e6;
  }
  const m = /BENCH_RSS_KB=(\d+)/.exec(run.stderr ?? '');
  if (m) kb = Number(m[1]);
  return { seconds, cpu, mb: kb === null ? null : kb / 1024, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Build one size once: astro build, then Pagefind when the build did not write its index. */
function buildOnce(source, model, n, opts) {
  const dir = makeContent(source, model, n);
  const chapters = readdirSync(join(dir, 'chapitres')).filter((f) => f.endsWith('.mdx')).length;
  const outDir = join(dir, 'dist');
  const rssFile = join(dir, 'rss.txt');
  const env = { ...process.env, CONTENU_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', BENCH_RSS_FILE: rssFile };
  const nodeArgs = ['--import', join(root, 'bench/rss-probe.mjs')];
  if (opts.profile) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${opts.profile}`);
  const load = loadavg()[0];
  // --force: a cold content cache every time, as on a fresh clone or in CI
  const astro = measure([process.execPath, ...nodeArgs, 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], env, rssFile);
  if (astro.status !== 0) {
    console.error(astro.output.slice(-4000));
    throw new Error(`astro build a échoué pour ${n} chapitres ajoutés (contenu dans ${dir})`);
  }
  let pagefind = null;
  const inBuild = existsSync(join(outDir, 'pagefind'));
  if (!inBuild) {
    pagefind = measure([process.execPath, 'node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir], env, null);
    if (pagefind.status !== 0) throw new Error(`pagefind a échoué :\n${pagefind.output.slice(-2000)}`);
  }
  if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`  contenu et site gardés dans ${dir}`);
  return { n, chapters, load, astro, pagefind, inBuild };
}

const fmt = (x, d = 1) => (x === null || x === undefined ? '—' : x.toFixed(d));

const opts = parseArgs(process.argv.slice(2));
const source = resolve(root, process.env.CONTENU_DIR ?? 'content');
const model = resolve(opts.chapter ?? join(source, 'chapitres', 'pourquoi.mdx'));
console.log(`Modèle : ${model}\nContenu copié : ${source}\nNode ${process.version}, charge au départ : ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('');
console.log('ajoutés | chapitres | run | charge | astro (s) | astro CPU (s) | mémoire (Mo) | ms/chapitre | pagefind (s) | pagefind (Mo) | total (s)');
console.log('---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:');
const results = [];
for (const n of opts.sizes) {
  for (let r = 1; r <= opts.runs; r++) {
    const res = buildOnce(source, model, n, opts);
    results.push(res);
    const pf = res.inBuild ? 'dans astro' : fmt(res.pagefind.seconds);
    const total = res.astro.seconds + (res.pagefind?.seconds ?? 0);
    console.log(
      `${n} | ${res.chapters} | ${r} | ${res.load.toFixed(1)} | ${fmt(res.astro.seconds)} | ${fmt(res.astro.cpu)} | ${fmt(res.astro.mb, 0)} | ${fmt((res.astro.seconds * 1000) / res.chapters, 0)} | ${pf} | ${fmt(res.pagefind?.mb, 0)} | ${fmt(total)}`,
    );
  }
}
// The slope between the smallest and largest size: the cost of one more chapter, fixed costs aside
const best = (n) => Math.min(...results.filter((r) => r.n === n).map((r) => r.astro.seconds));
const lo = Math.min(...opts.sizes);
const hi = Math.max(...opts.sizes);
if (hi > lo) {
  console.log(`\nCoût marginal d’astro build entre ${lo} et ${hi} chapitres ajoutés (meilleurs temps) : ${fmt(((best(hi) - best(lo)) * 1000) / (hi - lo), 0)} ms par chapitre`);
}

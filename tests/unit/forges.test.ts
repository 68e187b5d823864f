// The ready CI files with which a fork publishes the guide (GitLab Pages, Codeberg Pages, GitHub Pages) build it as
// the project does and publish what Astro writes, at the address the forge gives, with every page dated by git.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// CI files are free-form YAML: their shape is what the assertions below check
type Yaml = Record<string, any>;

const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
const nodeMajor = /^v?(\d+)/.exec(readFileSync('.node-version', 'utf8').trim())?.[1];

/** Astro's output folder: the `outDir` astro.config.mjs sets, or Astro's default. */
const outDir = folder(/\boutDir\s*:\s*['"`]([^'"`]+)['"`]/.exec(readFileSync('astro.config.mjs', 'utf8'))?.[1] ?? 'dist');

/** A folder as CI files write it (`./dist/`, `dist`), in one form. */
function folder(path: string): string {
  return path.trim().replace(/^\.\//, '').replace(/\/+$/, '');
}

/** The shell lines of a script, comments and blank lines left out. */
function lines(script: unknown): string[] {
  const text = Array.isArray(script) ? script.join('\n') : typeof script === 'string' ? script : '';
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** What a CI file does, read the same way whatever the forge. */
interface Publication {
  forge: string;
  file: string;
  text: string;
  /** Shell commands, in the order they run. */
  commands: string[];
  siteUrl: unknown;
  /** How the file refers to a variable, and which of those the forge itself provides. */
  reference: RegExp;
  forgeVariable: RegExp;
  publishDir: unknown;
  historyDepth: unknown;
  /** The Node image tag, or the version file given to setup-node. */
  nodeImage?: string;
  nodeVersionFile?: string;
  /** The condition that keeps other branches from publishing. */
  branchCondition: unknown;
}

const ACTIONS_REFERENCE = /\$\{\{[\s\S]*?\}\}/g;

/** The tag of a Docker image name (`node:24-bookworm` gives `24-bookworm`). */
function tag(image: unknown): string | undefined {
  const name = typeof image === 'string' ? image : (image as Yaml | undefined)?.name ?? (image as Yaml | undefined)?.image;
  return typeof name === 'string' ? /:([^:/]+)$/.exec(name)?.[1] : undefined;
}

function gitlab(): Publication {
  const file = '.gitlab-ci.yml';
  const text = readFileSync(file, 'utf8');
  const ci: Yaml = parse(text);
  // the Pages job: the one with the `pages` keyword, or, on older GitLab, the one named `pages`
  const job: Yaml =
    Object.values(ci).find((j): j is Yaml => typeof j === 'object' && j !== null && typeof j.pages === 'object' && j.pages !== null) ?? ci.pages ?? {};
  const variables: Yaml = { ...(ci.variables ?? {}), ...(job.variables ?? {}) };
  return {
    forge: 'GitLab Pages',
    file,
    text,
    commands: [...lines(ci.default?.before_script), ...lines(job.before_script), ...lines(job.script)],
    siteUrl: variables.SITE_URL,
    reference: /\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g,
    forgeVariable: /^\$\{?CI_[A-Z0-9_]+\}?$/,
    // without `publish`, GitLab publishes `public`
    publishDir: job.pages?.publish ?? job.publish ?? 'public',
    historyDepth: variables.GIT_DEPTH,
    nodeImage: tag(job.image ?? ci.default?.image ?? ci.image),
    branchCondition: (job.rules ?? []).map((rule: Yaml) => rule.if).join(' || '),
  };
}

/** The steps of a GitHub or Forgejo workflow, each with its job. */
function steps(workflow: Yaml): { job: Yaml; step: Yaml }[] {
  return Object.values((workflow.jobs ?? {}) as Record<string, Yaml>).flatMap((job) => (job.steps ?? []).map((step: Yaml) => ({ job, step })));
}

const uses = (name: string) => ({ step }: { step: Yaml }) => typeof step.uses === 'string' && new RegExp(`(^|/)${name}@`).test(step.uses);
const runs = (command: RegExp) => ({ step }: { step: Yaml }) => lines(step.run).some((line) => command.test(line));

/** What a workflow does, for what both GitHub and Forgejo Actions share. */
function actions(file: string, forge: string, contexts: string) {
  const text = readFileSync(file, 'utf8');
  const workflow: Yaml = parse(text);
  const all = steps(workflow);
  const build = all.find(runs(/^npm run build\b/));
  const buildJob = build?.job ?? {};
  return {
    text,
    workflow,
    all,
    publication: {
      forge,
      file,
      text,
      commands: all.flatMap(({ step }) => lines(step.run)),
      siteUrl: build?.step.env?.SITE_URL ?? buildJob.env?.SITE_URL ?? workflow.env?.SITE_URL,
      reference: ACTIONS_REFERENCE,
      forgeVariable: new RegExp(`\\b(${contexts})\\.[a-z_]+`),
      historyDepth: all.find(uses('actions/checkout'))?.step.with?.['fetch-depth'],
      branchCondition: buildJob.if,
    },
  };
}

function codeberg(): Publication & { token?: string; pushed: string[] } {
  const { all, publication } = actions('.forgejo/workflows/publier.yml', 'Codeberg Pages', 'forgejo|forge|github');
  const push = all.find(runs(/^git push\b/));
  const container = push?.job.container;
  return {
    ...publication,
    publishDir: push?.step['working-directory'],
    nodeImage: tag(typeof container === 'string' ? container : container?.image),
    token: /\bsecrets\.([A-Za-z0-9_]+)/.exec(JSON.stringify(push?.step.env ?? {}))?.[1],
    pushed: lines(push?.step.run).filter((line) => /^git push\b/.test(line)),
  };
}

function github(): Publication & { workflow: Yaml; all: { job: Yaml; step: Yaml }[] } {
  const { workflow, all, publication } = actions('.github/workflows/publier.yml', 'GitHub Pages', 'github|steps\\.[\\w-]+\\.outputs');
  const setupNode = all.find(uses('actions/setup-node'))?.step.with ?? {};
  return {
    ...publication,
    workflow,
    all,
    publishDir: all.find(uses('actions/upload-pages-artifact'))?.step.with?.path,
    nodeImage: typeof setupNode['node-version'] === 'string' || typeof setupNode['node-version'] === 'number' ? String(setupNode['node-version']) : undefined,
    nodeVersionFile: setupNode['node-version-file'],
  };
}

const forges: Publication[] = [gitlab(), codeberg(), github()];

describe.each(forges)('the CI file for $forge ($file)', (ci) => {
  it('starts by saying in French what it does and what the forker does once', () => {
    expect(ci.text.startsWith('# ')).toBe(true);
    const header = ci.text.slice(0, ci.text.search(/^[^#\n]/m));
    expect(header).toMatch(/Ce que fait ce fichier/);
    expect(header).toMatch(/À faire une seule fois/);
  });

  it('installs with npm ci, then builds with the npm script that runs astro build', () => {
    const install = ci.commands.findIndex((c) => /^npm ci(\s|$)/.test(c));
    const build = ci.commands.findIndex((c) => /^npm run build(\s|$)/.test(c));
    expect(install, 'npm ci').toBeGreaterThanOrEqual(0);
    expect(build, 'npm run build').toBeGreaterThan(install);
    expect(scripts.build).toMatch(/\bastro build\b/);
  });

  it('runs only npm scripts the project has, and never astro build behind their back', () => {
    const named = ci.commands.flatMap((c) => /^npm run ([\w:-]+)/.exec(c)?.[1] ?? []);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
    expect(ci.commands.filter((c) => /\bastro\s+build\b/.test(c))).toEqual([]);
  });

  it('publishes Astro’s output folder, never public/ where the static files wait to be copied', () => {
    expect(typeof ci.publishDir).toBe('string');
    const published = folder(ci.publishDir as string);
    expect(published).toBe(outDir);
    expect(published).not.toBe('public');
  });

  it('gives SITE_URL the address the forge provides, not an address written in the file', () => {
    expect(typeof ci.siteUrl, 'SITE_URL').toBe('string');
    const siteUrl = ci.siteUrl as string;
    const references = siteUrl.match(ci.reference) ?? [];
    expect(references.some((r) => ci.forgeVariable.test(r)), `${siteUrl} names a variable of the forge`).toBe(true);
    // what is left outside the variables holds no address of its own
    expect(siteUrl.replace(ci.reference, '')).not.toMatch(/:\/\/|\.[a-z]{2,}\//i);
  });

  it('fetches the whole history, since every page is dated by git log', () => {
    expect(String(ci.historyDepth)).toBe('0');
  });

  it('runs the Node version of .node-version', () => {
    expect(nodeMajor).toBeDefined();
    if (ci.nodeVersionFile !== undefined) expect(folder(ci.nodeVersionFile)).toBe('.node-version');
    else expect(ci.nodeImage ?? '', 'Node image tag').toMatch(new RegExp(`^v?${nodeMajor}(\\D|$)`));
  });

  it('publishes from the default branch only', () => {
    expect(String(ci.branchCondition ?? '')).toMatch(/\$CI_COMMIT_BRANCH\s*==\s*\$CI_DEFAULT_BRANCH|ref_name\s*==\s*(github|forgejo|forge)\.event\.repository\.default_branch/);
  });
});

describe('the Codeberg workflow', () => {
  const ci = codeberg();

  it('pushes the built site to the pages branch that Codeberg Pages serves', () => {
    expect(ci.pushed).toHaveLength(1);
    expect(ci.pushed[0]).toMatch(/\spages$/);
  });

  it('pushes with the secret that its header tells the forker to create', () => {
    expect(ci.token).toBeDefined();
    const header = ci.text.slice(0, ci.text.search(/^[^#\n]/m));
    expect(header).toContain(`nom ${ci.token}`);
  });
});

describe('the GitHub workflow', () => {
  const ci = github();

  it('takes SITE_URL from the base_url that actions/configure-pages gives', () => {
    const step = /steps\.([\w-]+)\.outputs\.base_url\b/.exec(String(ci.siteUrl))?.[1];
    expect(step).toBeDefined();
    expect(ci.all.find(({ step: s }) => s.id === step)?.step.uses).toMatch(/^actions\/configure-pages@/);
  });

  it('deploys the uploaded artifact with actions/deploy-pages, allowed to write Pages and to prove where it runs', () => {
    const deploy = ci.all.find(uses('actions/deploy-pages'));
    expect(deploy).toBeDefined();
    const permissions = { ...(ci.workflow.permissions ?? {}), ...(deploy?.job.permissions ?? {}) };
    expect(permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});

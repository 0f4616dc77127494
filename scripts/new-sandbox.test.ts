import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { erase, type RunApi, type SandboxDefinition } from '@/lib/sandbox/define';
import type { SandboxParams } from '@/lib/sandbox/params';
import { serveSandbox, type SandboxHandler, type WarmApi } from '@/lib/sandbox/serve';
import { WorkerClient } from '@/lib/worker/client';
import { createInProcessWorker } from '@/lib/worker/inProcess';
import { addToCatalog, fromTemplate, idProblem, scaffoldSandbox, TEMPLATE_DIR } from './new-sandbox';

// Scratch projects inside this one, in a dot-folder that tsc, vitest's include and Next leave alone,
// so a written sandbox's "@/…" and package imports resolve as they do in sandboxes/.
const scratch = mkdtempSync(join(process.cwd(), '.new-sandbox-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function project(catalog?: string): string {
  const root = mkdtempSync(join(scratch, 'p-'));
  mkdirSync(join(root, 'sandboxes'));
  cpSync(join('sandboxes', 'catalog.ts'), join(root, 'sandboxes', 'catalog.ts'));
  if (catalog !== undefined) writeCatalog(root, catalog);
  return root;
}
const writeCatalog = (root: string, text: string) => writeFileSync(join(root, 'sandboxes', 'catalog.ts'), text);
const readCatalog = (root: string) => readFileSync(join(root, 'sandboxes', 'catalog.ts'), 'utf8');

const fixture = `import type { ReadyEntry } from './x';

export const sandboxCatalog = {
  layout: ready('Row-major', 'A summary.'),
  'query-plans': ready(
    'Query plans',
    "Run one query with and without pushdown.",
  ),
} as const satisfies Record<string, ReadyEntry>;

export type SandboxId = keyof typeof sandboxCatalog;
`;

describe('new-sandbox: ids and the catalog line', () => {
  it('accepts kebab-case ids that start with a letter, and nothing else', () => {
    for (const id of ['demo', 'scaffold-probe', 'query-plans-2', 'a1-b2']) expect(idProblem(id), id).toBeNull();
    for (const id of ['', 'Demo', 'demo_probe', 'demo--probe', '-demo', 'demo-', '1demo', 'demo probe', 'démo', 'a'.repeat(41)]) expect(idProblem(id), id).not.toBeNull();
  });

  it('appends a ready line before the catalog closes, quoting the key only when it has a dash', () => {
    const added = addToCatalog(fixture, 'scaffold-probe', "Reader's title", 'A summary.');
    expect(added.line).toBe(`  'scaffold-probe': ready('Reader\\'s title', 'A summary.'),`);
    expect(added.text).toContain(`"Run one query with and without pushdown.",\n  ),\n${added.line}\n} as const satisfies`);
    expect(addToCatalog(fixture, 'joins', 'T', 'S').line).toBe("  joins: ready('T', 'S'),");
  });

  it('refuses an id that is already built', () => {
    expect(() => addToCatalog(fixture, 'layout')).toThrow(/taken/);
    expect(() => addToCatalog(fixture, 'query-plans')).toThrow(/taken/);
  });

  it('reads the real catalog', () => {
    const real = readFileSync(join('sandboxes', 'catalog.ts'), 'utf8');
    const added = addToCatalog(real, 'scaffold-probe');
    expect(added.text.split('\n').length).toBe(real.split('\n').length + 1);
    expect(added.text).toContain(`${added.line}\n} as const satisfies Record<string, ReadyEntry>;`);
    expect(added.summary.length).toBeGreaterThan(60);
  });
});

describe('new-sandbox: the folder it writes', () => {
  it('writes every template file under the new names, adds the catalog line, and refuses to write twice', () => {
    const root = project();
    const made = scaffoldSandbox({ root, id: 'scaffold-probe' });
    const files = ['View.tsx', 'compute.test.ts', 'compute.ts', 'definition.ts', 'exercises.ts', 'handler.ts', 'model.ts', 'worker.ts'];
    expect(readdirSync(TEMPLATE_DIR).sort()).toEqual(files);
    expect(readdirSync(join(root, 'sandboxes', 'scaffold-probe')).sort()).toEqual(files);
    expect(made.files).toEqual(files.map((f) => join('sandboxes', 'scaffold-probe', f)));
    for (const file of files) {
      const text = readFileSync(join(root, 'sandboxes', 'scaffold-probe', file), 'utf8');
      expect(text, file).not.toMatch(/sandbox-template|SandboxTemplate|sandboxTemplate/);
      expect(text, file).toBe(fromTemplate(readFileSync(join(TEMPLATE_DIR, file), 'utf8'), 'scaffold-probe'));
    }
    const model = readFileSync(join(root, 'sandboxes', 'scaffold-probe', 'model.ts'), 'utf8');
    expect(model).toContain("export const SANDBOX_ID = 'scaffold-probe';");
    expect(model).toContain('export const scaffoldProbeParamsSchema = z.object({');
    expect(readFileSync(join(root, 'sandboxes', 'scaffold-probe', 'worker.ts'), 'utf8')).toBe(
      "import { bootSandboxWorker } from '@/lib/sandbox/boot';\nimport { handler } from './handler';\n\nbootSandboxWorker(handler);\n",
    );
    expect(readCatalog(root)).toContain(`  ${made.catalogLine}\n} as const satisfies`);

    const before = readCatalog(root);
    expect(() => scaffoldSandbox({ root, id: 'scaffold-probe' })).toThrow(/taken/);
    rmSync(join(root, 'sandboxes', 'scaffold-probe'), { recursive: true });
    expect(() => scaffoldSandbox({ root, id: 'scaffold-probe' })).toThrow(/taken: sandboxes\/catalog.ts/);
    expect(readCatalog(root)).toBe(before);
    expect(() => scaffoldSandbox({ root, id: 'Bad_Id' })).toThrow(/kebab-case/);
    expect(() => scaffoldSandbox({ root, id: 'other', summary: 'Too short.' })).toThrow(/more than 60/);
    expect(existsSync(join(root, 'sandboxes', 'other'))).toBe(false);
  });

  it('writes a sandbox that runs through the worker protocol to a result its exercises and download read', async () => {
    const root = project(fixture);
    scaffoldSandbox({ root, id: 'codebook-trap' });
    const dir = join(root, 'sandboxes', 'codebook-trap');
    const { definition } = (await import(/* @vite-ignore */ join(dir, 'definition.ts'))) as { definition: SandboxDefinition<SandboxParams, unknown, unknown> };
    const { handler } = (await import(/* @vite-ignore */ join(dir, 'handler.ts'))) as { handler: SandboxHandler<SandboxParams, unknown, unknown> };
    const sandbox = erase(definition);
    expect(sandbox.id).toBe('codebook-trap');
    expect(sandbox.exercises.map((e) => e.id)).toEqual(['codebook-trap-inside', 'codebook-trap-estimate']);
    for (const key of Object.keys(sandbox.defaults)) expect(definition.controls[key]?.label, key).toBeTruthy();
    const parsed = sandbox.parse({ ...sandbox.defaults, ...sandbox.quick });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const client = new WorkerClient<RunApi<SandboxParams, unknown, unknown> & WarmApi>(() => createInProcessWorker((scope) => serveSandbox(handler, scope, nodeEnv(() => {}))));
    try {
      const result = (await client.run('run', parsed.params, { silenceTimeoutMs: 30_000 })) as { inside: number; estimate: number; standardError: number };
      expect(Math.abs(result.estimate - Math.PI)).toBeLessThan(4 * result.standardError);
      expect(sandbox.check('codebook-trap-inside', result, { inside: String(result.inside) }, parsed.params).pass).toBe(true);
      expect(sandbox.check('codebook-trap-inside', result, { inside: String(result.inside + 1) }, parsed.params).pass).toBe(false);
      expect(sandbox.check('codebook-trap-estimate', result, { estimate: result.estimate.toFixed(3) }, parsed.params).pass).toBe(true);
      expect(sandbox.evidence('codebook-trap-inside', JSON.parse(JSON.stringify(sandbox.forDownload(result))))).toEqual({ points: 1_000_000, inside: result.inside });
      expect(definition.explain?.(result, parsed.params).length).toBe(2);
    } finally {
      client.terminate();
    }
  });

  it('runs from the command line with a title and a summary', () => {
    const root = project();
    const summary = 'Estimates π from seeded points, as a probe of the scaffolder; this line is long enough.';
    const tsx = join('node_modules', '.bin', 'tsx');
    const ok = spawnSync(tsx, ['scripts/new-sandbox.ts', 'cli-probe', '--root', root, '--title', 'A probe', '--summary', summary], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Wrote sandboxes/cli-probe/ (8 files)');
    expect(readCatalog(root)).toContain(`  'cli-probe': ready('A probe', '${summary}'),\n} as const`);
    const refused = spawnSync(tsx, ['scripts/new-sandbox.ts', 'cli-probe', '--root', root], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('“cli-probe” is taken');
  }, 30_000);
});

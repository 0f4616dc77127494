/**
 * npm run new-sandbox -- <id> [--title "…"] [--summary "…"] [--root <dir>]
 *
 * Writes sandboxes/<id>/ from scripts/new-sandbox/template/ (a sandbox that already runs: it
 * estimates π from seeded random points) and registers it with one line at the end of
 * sandboxes/catalog.ts (the catalog lists only sandboxes that run). The catalog tests, the contract unit test and the contract e2e spec then
 * cover the new sandbox; the reading-kit page shows it until a chapter embeds it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A sandbox folder that runs, written with this id; tsc and vitest check it like any sandbox. */
export const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'new-sandbox', 'template');
const TEMPLATE_ID = 'sandbox-template';
/** The catalog test asks for a summary longer than this. */
const MIN_SUMMARY = 60;

export interface ScaffoldOptions {
  id: string;
  /** The project to write into; the current directory by default. */
  root?: string;
  title?: string;
  summary?: string;
}

export interface Scaffolded {
  /** sandboxes/<id>, relative to the root. */
  dir: string;
  files: string[];
  catalogLine: string;
  title: string;
  summary: string;
}

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

/** Why an id cannot name a sandbox, or null when it can (kebab-case, starting with a letter, so it also makes identifiers). */
export function idProblem(id: string): string | null {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) return `“${id}” is not a sandbox id: use kebab-case, lower-case letters and digits starting with a letter (e.g. “query-plans”).`;
  if (id.length > 40) return `“${id}” is too long for a sandbox id (at most 40 characters).`;
  return null;
}

const words = (id: string) => id.split('-');
export const pascalCase = (id: string) => words(id).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
export const camelCase = (id: string) => {
  const pascal = pascalCase(id);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
};

/** A template file's text with the template's id and names replaced by the new sandbox's. */
export function fromTemplate(text: string, id: string): string {
  return text.replaceAll(TEMPLATE_ID, id).replaceAll(pascalCase(TEMPLATE_ID), pascalCase(id)).replaceAll(camelCase(TEMPLATE_ID), camelCase(id));
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, ' ')}'`;
const catalogKey = (id: string) => (/^[a-z][a-z0-9]*$/.test(id) ? id : `'${id}'`);

/** The registry line; the catalog finds the code by convention (sandboxes/<id>/definition.ts and View.tsx). */
export function readyLine(id: string, title: string, summary: string): string {
  return `  ${catalogKey(id)}: ready(${quote(title)}, ${quote(summary)}),`;
}

/** The catalog with the new sandbox's line added last. */
export function addToCatalog(catalog: string, id: string, title?: string, summary?: string): { text: string; line: string; title: string; summary: string } {
  const open = /^export const sandboxCatalog = \{\s*$/m.exec(catalog);
  const close = /^\} as const satisfies /m.exec(catalog);
  if (!open || !close || close.index < open.index) throw new ScaffoldError('sandboxes/catalog.ts is not in the shape this script knows (export const sandboxCatalog = { … } as const satisfies …).');
  const body = catalog.slice(open.index + open[0].length, close.index);
  if (new RegExp(`^[ \\t]*(?:'${id}'|"${id}"|${id})\\s*:`, 'm').test(body)) throw new ScaffoldError(`“${id}” is taken: sandboxes/catalog.ts already lists a sandbox with this id.`);
  const finalTitle = title ?? `${words(id).join(' ').replace(/^./, (c) => c.toUpperCase())} (a new sandbox)`;
  const finalSummary =
    summary ?? 'A new sandbox made from the template: it throws seeded random points at a square to estimate π. Replace this line with what the sandbox lets the reader do.';
  const line = readyLine(id, finalTitle, finalSummary);
  return { text: `${catalog.slice(0, close.index)}${line}\n${catalog.slice(close.index)}`, line, title: finalTitle, summary: finalSummary };
}

export function scaffoldSandbox({ id, root = process.cwd(), title, summary }: ScaffoldOptions): Scaffolded {
  const problem = idProblem(id);
  if (problem) throw new ScaffoldError(problem);
  if (title !== undefined && title.trim() === '') throw new ScaffoldError('The title is empty.');
  if (summary !== undefined && summary.trim().length <= MIN_SUMMARY) throw new ScaffoldError(`The summary says in one line what the sandbox shows: more than ${MIN_SUMMARY} characters.`);
  const catalogFile = join(root, 'sandboxes', 'catalog.ts');
  if (!existsSync(catalogFile)) throw new ScaffoldError(`No sandboxes/catalog.ts under ${root}: run this from the project's root.`);
  const dir = join('sandboxes', id);
  if (existsSync(join(root, dir))) throw new ScaffoldError(`“${id}” is taken: ${dir}/ already exists.`);
  // Everything is checked before anything is written.
  const catalog = addToCatalog(readFileSync(catalogFile, 'utf8'), id, title?.trim(), summary?.trim());
  const templates = readdirSync(TEMPLATE_DIR).sort();
  mkdirSync(join(root, dir));
  for (const file of templates) writeFileSync(join(root, dir, file), fromTemplate(readFileSync(join(TEMPLATE_DIR, file), 'utf8'), id));
  writeFileSync(catalogFile, catalog.text);
  return { dir, files: templates.map((f) => join(dir, f)), catalogLine: catalog.line.trim(), title: catalog.title, summary: catalog.summary };
}

function parseArgs(argv: readonly string[]): ScaffoldOptions {
  const options: Partial<ScaffoldOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new ScaffoldError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--title') options.title = value();
    else if (arg === '--summary') options.summary = value();
    else if (arg === '--root') options.root = value();
    else if (arg.startsWith('-')) throw new ScaffoldError(`Unknown option ${arg}.`);
    else if (options.id === undefined) options.id = arg;
    else throw new ScaffoldError(`One id at a time (got “${options.id}” and “${arg}”).`);
  }
  if (options.id === undefined) throw new ScaffoldError('Usage: npm run new-sandbox -- <id> [--title "…"] [--summary "…"]');
  return { ...options, id: options.id };
}

function main() {
  try {
    const options = parseArgs(process.argv.slice(2));
    const made = scaffoldSandbox(options);
    const { id } = options;
    console.log(`Wrote ${made.dir}/ (${made.files.length} files) and added its line to sandboxes/catalog.ts:`);
    console.log(`  ${made.catalogLine}`);
    console.log(`
Next:
  npx vitest run sandboxes/${id} sandboxes/contract.test.ts sandboxes/catalog.test.ts
  npm run build && npx playwright test tests/e2e/contract.spec.ts -g "sandbox ${id} "
The sandbox shows on the reading-kit page (/kit/) until a chapter embeds it with <Sandbox id="${id}" />.
Then make it yours: model.ts (params, result), compute.ts (+ its test), exercises.ts, definition.ts
(labels, progress, explain, quick), View.tsx (headline, tables, details), and the title and summary
in its catalog line (they are placeholders).`);
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

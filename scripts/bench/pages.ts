/**
 * npm run bench -- pages [--no-build] [--runs=3] [--routes=/,/glossary/] [--forms=mobile,desktop]
 *
 * Builds the site, serves it gzip-compressed as a CDN would, and runs Lighthouse (12.2.3, pinned; the
 * system's chromium) on every route, mobile and desktop presets, `runs` times each. Prints the median
 * performance score, first and largest contentful paint, total blocking time and layout shift, with
 * each page's HTML and first-load JavaScript (gzipped) against budgets.json; marks what misses the
 * goals (performance ≥ 90, LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS < 0.1). Nothing here fails a build: the
 * build's own checks enforce the size budgets; these timings depend on the machine and its load.
 */
import { execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(arg('runs') ?? 3);
const forms = (arg('forms') ?? 'mobile,desktop').split(',') as Array<'mobile' | 'desktop'>;
const port = Number(process.env.BENCH_PORT ?? 4390);
const out = 'out';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { pageHtml: number; firstLoad: number };
const goals = { score: 90, lcpMs: 2500, tbtMs: 200, cls: 0.1 };

const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const gzKB = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Every exported page once (the 404 page under one name), with its gzipped HTML and first-load JavaScript. */
function pages() {
  const seen = new Set<string>();
  return walk(out)
    .filter((f) => f.endsWith('index.html') && !f.includes('_next') && !f.includes('_not-found'))
    .map((file) => {
      const route = '/' + relative(out, file).replace(/index\.html$/, '');
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/\bnoModule\b/i.test(m[1]! + m[3]!)).map((m) => join(out, m[2]!));
      return { route, htmlKB: gzKB(html), jsKB: scripts.reduce((sum, s) => sum + gzKB(readFileSync(s)), 0) };
    })
    .filter((p) => !seen.has(p.route) && seen.add(p.route))
    .sort((a, b) => a.route.localeCompare(b.route));
}

interface Sample {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

async function measure(url: string, form: 'mobile' | 'desktop'): Promise<Sample> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, form === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const audit = (id: string) => result.lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((result.lhr.categories.performance?.score ?? 0) * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

export async function benchPages(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  const only = arg('routes')?.split(',');
  const list = pages().filter((p) => !only || only.includes(p.route));
  const server = spawn(process.execPath, ['scripts/serve.mjs', out, String(port), '--gzip'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800)); // the server's start, not a measurement
  console.log(`pages: Lighthouse 12.2.3, ${forms.join(' and ')}, median of ${runs}, served gzip-compressed · ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start`);
  const header = ['page', 'form', 'perf', 'FCP s', 'LCP s', 'TBT ms', 'CLS', 'HTML kB', 'JS kB', 'misses'];
  const rows: string[][] = [header];
  try {
    for (const page of list) {
      for (const form of forms) {
        const samples: Sample[] = [];
        for (let i = 0; i < runs; i++) samples.push(await measure(`http://127.0.0.1:${port}${page.route}`, form));
        const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
        const misses = [
          m('score') < goals.score && 'perf',
          m('lcp') > goals.lcpMs && 'LCP',
          m('tbt') > goals.tbtMs && 'TBT',
          m('cls') >= goals.cls && 'CLS',
          page.htmlKB > budgets.pageHtml && 'HTML',
          page.jsKB > budgets.firstLoad && 'JS',
        ].filter(Boolean);
        const row = [page.route, form, String(m('score')), (m('fcp') / 1000).toFixed(1), (m('lcp') / 1000).toFixed(1), m('tbt').toFixed(0), m('cls').toFixed(3), page.htmlKB.toFixed(1), page.jsKB.toFixed(1), misses.join(' ') || '—'];
        rows.push(row);
        console.log(`  ${row.join('  ')}`);
      }
    }
  } finally {
    server.kill();
  }
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\nGoals: performance ≥ ${goals.score}, LCP ≤ ${goals.lcpMs / 1000} s, TBT ≤ ${goals.tbtMs} ms, CLS < ${goals.cls}; budgets: HTML ≤ ${budgets.pageHtml} kB, first-load JS ≤ ${budgets.firstLoad} kB (gzipped). Load average at the end ${os.loadavg()[0]!.toFixed(1)}.`);
  const line = (row: string[]) => console.log('| ' + row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |');
  line(header);
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  rows.slice(1).forEach(line);
}

#!/usr/bin/env node
// A plain static file server for the exported book (out/): what any static host does, nothing more.
//   node scripts/serve.mjs [dir=out] [port=3000] [--gzip]
// With --gzip it compresses text as a CDN would (what `npm run bench -- pages` measures against).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const gzip = process.argv.includes('--gzip');
const root = resolve(args[0] ?? 'out');
const port = Number(args[1] ?? process.env.PORT ?? 3000);
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.mmd', '.wasm']);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.mmd': 'text/plain; charset=utf-8',
};

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
  process.exit(1);
}

function send(res, status, file, req) {
  const type = types[extname(file)] ?? 'application/octet-stream';
  if (gzip && compressible.has(extname(file)) && /\bgzip\b/.test(req?.headers['accept-encoding'] ?? '')) {
    res.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res);
    return;
  }
  res.writeHead(status, { 'Content-Type': type });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const file = normalize(join(root, pathname));
  if (!file.startsWith(root)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(308, { Location: `${pathname}/${url.search}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    if (existsSync(index)) return send(res, 200, index, req);
  } else if (existsSync(file)) {
    return send(res, 200, file, req);
  } else if (existsSync(`${file}.html`)) {
    return send(res, 200, `${file}.html`, req);
  }
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) return send(res, 404, notFound, req);
  res.writeHead(404).end('Not found');
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));

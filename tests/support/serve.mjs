// Serve a built site over HTTP and compress it as a real host does (gzip for text), with the
// site's 404 page for unknown paths. Usage: node tests/support/serve.mjs [dir] [port] [base] (port 0: any free port)
// With a base ("/notre-guide/"), the site answers only under that path, as a host publishing it in a
// folder would: any path outside answers a bare 404.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const base = `/${(process.argv[4] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

function send(req, res, file, status) {
  const ext = extname(file);
  const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip' });
    createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res);
  } else {
    res.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  }
}

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Hors du site publié sous ${base}\n`);
    return;
  }
  path = `/${path.slice(base.length)}`;
  const target = normalize(join(root, path));
  if (target !== root && !target.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${base}${path.slice(1)}/` }).end();
      return;
    }
    const index = join(target, 'index.html');
    if (existsSync(index)) return send(req, res, index, 200);
  } else if (existsSync(target)) {
    return send(req, res, target, 200);
  }
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) return send(req, res, notFound, 404);
  res.writeHead(404).end();
});
// port 0 asks the system for a free port: the address printed is the one the server got
server.listen(port, '127.0.0.1', () => console.log(`Site servi sur http://127.0.0.1:${server.address().port}${base} (dossier ${root})`));

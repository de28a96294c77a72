// A plain static file server that behaves like GitHub Pages: files under a sub-path (`/a/b` is
// a/b, a/b/index.html or a/b.html), gzip when the browser accepts it, and the site's 404.html (with status 404) for any path that is not a file.
// Loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

/** Starts a server for `root` mounted at `prefix` (e.g. "/minewatch/"); resolves to {url, close}.
 * `compress: false` sends files as they are (the benchmark: gzip of a large file takes seconds). */
export function serve(root, { prefix = '/', port = 0, compress = true } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      // a malformed escape (%zz) is the client's error, as a real host answers it
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request: the address has a malformed %-escape.');
      return;
    }
    let file = null;
    if (path.startsWith(prefix)) {
      const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(base, rel);
      if (candidate.startsWith(base)) {
        const isFile = async (p) => (await stat(p).catch(() => null))?.isFile() ?? false;
        // as GitHub Pages: the file, else the folder's index.html, else the same name + .html
        for (const p of [candidate, join(candidate, 'index.html'), `${candidate.replace(/\/$/, '')}.html`]) {
          if (await isFile(p)) { file = p; break; }
        }
      }
    }
    const send = (status, type, body) => {
      const gzip = compress && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 1024;
      const headers = { 'content-type': type, vary: 'accept-encoding' };
      if (gzip) headers['content-encoding'] = 'gzip';
      res.writeHead(status, headers);
      res.end(gzip ? gzipSync(body) : body);
    };
    if (file) {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      return;
    }
    const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
    send(404, 'text/html; charset=utf-8', notFound);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => {
    const { port: p } = server.address();
    ok({ url: `http://127.0.0.1:${p}${prefix}`, origin: `http://127.0.0.1:${p}`, close: () => new Promise((c) => server.close(c)) });
  }));
}

// `node static-server.mjs DIR PREFIX PORT` serves until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', prefix = '/', port = '8080'] = process.argv.slice(2);
  serve(dir, { prefix, port: Number(port) }).then(({ url }) => console.log(`Serving ${dir} at ${url}`));
}

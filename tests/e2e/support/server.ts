/**
 * A small static server for `dist/`, behaving like the static hosts the site targets:
 * `/path/` serves `/path/index.html`, `/path` redirects to `/path/`, anything else is
 * the 404 page with status 404. Only for the test suite; bound to 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Types a host compresses, as docs/nginx.conf's `gzip_types` (HTML always). */
const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

export interface ServeOptions {
  /**
   * Compress text files as docs/nginx.conf does, so that the bench measures what a visitor
   * downloads from a real host: the build's Brotli copy (`page.html.br`, precompress.ts) for
   * clients that accept Brotli, else gzip at nginx's level 6. The tests leave it off and read
   * files as they are.
   */
  compress?: boolean;
}

/** Starts the server on a free port and resolves with its origin. */
export async function serveDist(root: string, options: ServeOptions = {}): Promise<{ origin: string; server: Server }> {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/__malformed__';
    }
    const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    if (safe.endsWith('/')) file = join(file, 'index.html');
    else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file.startsWith(root) || !(await isFile(file))) {
      response.writeHead(404, { 'content-type': types['.html'] });
      response.end(await readFile(join(root, '404.html')));
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    const accepted = options.compress && compressible.test(type) ? (request.headers['accept-encoding'] ?? '') : '';
    const encoding =
      /\bbr\b/.test(accepted) && (await isFile(`${file}.br`)) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (encoding) {
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-encoding': encoding,
        vary: 'accept-encoding',
      });
      response.end(encoding === 'br' ? await readFile(`${file}.br`) : gzipSync(body, { level: 6 }));
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/**
 * A tiny static file server for end-to-end tests: the built app under a
 * sub-path (to prove the relative base works) and test fixtures beside it.
 * Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Mount {
  /** URL prefix, like "/app/". */
  prefix: string;
  dir: string;
}

export async function startStaticServer(mounts: Mount[]): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    if (!mount) return notFound(response);
    const relativePath = normalize(pathname.slice(mount.prefix.length) || 'index.html');
    if (relativePath.startsWith('..') || relativePath.includes(`${sep}..`)) return notFound(response);
    let file = join(mount.dir, relativePath);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('server has no address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

function notFound(response: import('node:http').ServerResponse) {
  response.writeHead(404, { 'Content-Type': 'text/plain' });
  response.end('not found');
}

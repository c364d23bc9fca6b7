// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../../bench/server-process';

describe('the benchmark server process', () => {
  it('serves the mounted folder from another process, and stops when closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
    writeFileSync(join(dir, 'index.html'), '<p>hello</p>');
    const server = await startServerProcess([{ prefix: '/app/', dir }]);
    try {
      const response = await fetch(`${server.origin}/app/`);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toBe('<p>hello</p>');
      expect((await fetch(`${server.origin}/elsewhere/`)).status).toBe(404);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.origin}/app/`)).rejects.toThrow();
  }, 20_000);
});

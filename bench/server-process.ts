/**
 * The benchmark's static server, in a process of its own, as a real host
 * would be. In the driver's process it shared an event loop with Playwright,
 * whose message handling held back each response: measured interleaved, that
 * added about 20 ms to loading 10,000 events, none of it the app's.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Mount } from '../tests/e2e/static-server';

const MAIN = fileURLToPath(new URL('./server-process-main.ts', import.meta.url));

export interface ServerProcess {
  origin: string;
  close(): Promise<void>;
}

export function startServerProcess(mounts: Mount[]): Promise<ServerProcess> {
  // tsx as the loader, as for the benchmark itself; the IPC channel carries the mounts and the origin.
  const child = fork(MAIN, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`the benchmark's server exited (${code}) before it started`)),
    );
    child.once('message', (message) => {
      const { origin } = message as { origin: string };
      child.removeAllListeners('exit');
      resolve({
        origin,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill();
          }),
      });
    });
    child.send({ mounts });
  });
}

/** The child side of server-process.ts: serves the mounts it is sent, says where, and ends with its parent. */
import { startStaticServer, type Mount } from '../tests/e2e/static-server';

process.once('message', async (message) => {
  const { mounts } = message as { mounts: Mount[] };
  const { origin } = await startStaticServer(mounts);
  process.send!({ origin });
});
process.once('disconnect', () => process.exit(0));

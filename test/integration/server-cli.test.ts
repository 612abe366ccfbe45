import { RawConnection } from '../helpers/raw-connection';
import { exitOf, spawnServer } from '../helpers/processes';
import { waitFor } from '../helpers/wait';

describe('./server front end', () => {
  it('logs a line before the forced exit on a second SIGINT', async () => {
    const { child, port, stderr } = await spawnServer(['--shutdown-timeout-ms', '60000']);
    let raw: RawConnection | undefined;
    try {
      // A client that reads nothing never sees the server's FIN, so the shutdown waits for it
      // (up to the 2 s the server grants a closing connection, with this long shutdown timeout).
      raw = await RawConnection.ready(port);
      raw.socket.pause();
      child.kill('SIGINT');
      await waitFor(() => stderr().includes('SIGINT: shutting down'));
      child.kill('SIGINT');
      expect(await exitOf(child)).toBe(1);
      expect(stderr()).toMatch(/ second signal: exiting now\n$/);
    } finally {
      raw?.destroy();
      child.kill('SIGKILL');
    }
  });
});

/**
 * A proxy that refuses everything and writes down what it was asked for. Chromium is pointed at
 * it with --proxy-server: loopback stays direct (Chromium never proxies it), so the app under test
 * is reached as usual, while any request to another origin, from the page or from the browser
 * itself (updates, safe browsing, fonts…), ends here instead of leaving the machine. The bench
 * prints the list, which must be empty.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startOffsiteGuard() {
  const refused: string[] = [];
  const server = http.createServer((req, res) => {
    refused.push(`${req.method} ${req.url?.split('?')[0]}`); // the query is a per-request nonce
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    // A browser killed at the end of a run resets the socket; unheard, that error ended the bench.
    socket.on('error', () => {});
    refused.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxyFlag: `--proxy-server=http://127.0.0.1:${port}`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

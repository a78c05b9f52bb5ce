import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetch } from '../src/http.js';

let target: Server;
let proxy: Server;
let targetUrl: string;
let proxyUrl: string;
const tunnels: string[] = [];

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  target = createServer((_req, res) => res.end('hello'));
  targetUrl = await listen(target);
  // A real CONNECT proxy: it records where each tunnel goes and pipes the bytes.
  proxy = createServer();
  proxy.on('connect', (req, socket) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
  });
  proxyUrl = await listen(proxy);
});
afterAll(async () => {
  for (const s of [target, proxy]) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

describe('createHttpFetch', () => {
  it('goes straight to the server when the environment names no proxy', async () => {
    tunnels.length = 0;
    expect(await (await createHttpFetch({})(targetUrl)).text()).toBe('hello');
    expect(tunnels).toEqual([]);
  });

  it('tunnels through HTTP_PROXY (or https_proxy), and not for a NO_PROXY host', async () => {
    tunnels.length = 0;
    const host = targetUrl.replace('http://', '');
    expect(await (await createHttpFetch({ HTTP_PROXY: proxyUrl })(targetUrl)).text()).toBe('hello');
    expect(tunnels).toEqual([host]);
    const bypass = createHttpFetch({ http_proxy: proxyUrl, NO_PROXY: '127.0.0.1' });
    expect(await (await bypass(targetUrl)).text()).toBe('hello');
    expect(tunnels).toEqual([host]);
  });
});

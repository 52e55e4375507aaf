/**
 * A proxy that refuses every tunnel with 407 and records what it was asked: a request to a host that only a
 * proxy could reach shows where the step sent it, and fails at once (`proxy_refused`) without any retry.
 */
import net from 'node:net';

export interface RefusingProxy {
  url: string;
  connects: { line: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

export async function refusingProxy(): Promise<RefusingProxy> {
  const connects: RefusingProxy['connects'] = [];
  const server = net.createServer((socket) => {
    let head = '';
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      const [line = '', ...headers] = head.split('\r\n');
      const authorization = headers
        .find((header) => header.toLowerCase().startsWith('proxy-authorization:'))
        ?.slice('proxy-authorization:'.length)
        .trim();
      connects.push({ line, authorization });
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

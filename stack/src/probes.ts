import { connect, createServer } from 'node:net';

/** GET a URL with a short timeout; resolves to the status code, or 0 when nothing answered. */
export async function httpStatus(
  url: string,
  timeoutMs = 2_000,
  headers: Record<string, string> = {},
): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export async function httpJson(url: string, timeoutMs = 2_000): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** Sends raw bytes to a TCP port; resolves with what came back once `enough` says so, or on timeout. */
export function tcpExchange(
  port: number,
  payload: string,
  enough: (reply: string) => boolean,
  timeoutMs = 1_500,
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    const done = () => {
      socket.destroy();
      resolve(received);
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('connect', () => socket.write(payload));
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      if (enough(received)) done();
    });
    socket.on('error', done);
    socket.on('close', done);
  });
}

/** True when something already listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** A port nothing listens on right now (the OS picks it), for tests that start servers. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

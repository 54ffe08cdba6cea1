// A real HTTP endpoint for delivery tests: records every POST and answers with scripted
// statuses (then 201), with the CORS headers a cross-origin JSON POST needs.
import { createServer, type IncomingMessage } from 'node:http';

export interface Received {
  body: Record<string, unknown> & { id?: string };
  contentType: string;
  cookie: string | undefined;
  origin: string | undefined;
  status: number;
}

export interface Endpoint {
  /** The URL to POST to, e.g. `http://127.0.0.1:1234/leads`. */
  url: string;
  received: Received[];
  /** Statuses to answer the next POSTs with, in order; after them, 201. */
  script(statuses: number[]): void;
  /** Resolves once at least `n` POSTs have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<Received[]>;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((done, fail) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => done(text));
    req.on('error', fail);
  });

export async function startEndpoint(): Promise<Endpoint> {
  const received: Received[] = [];
  let statuses: number[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', 'content-type');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    if (req.method !== 'POST') return res.writeHead(405).end();
    const text = await read(req);
    const status = statuses.shift() ?? 201;
    let body: Received['body'];
    try {
      body = JSON.parse(text) as Received['body'];
    } catch {
      body = { unparsable: text };
    }
    received.push({
      body,
      contentType: String(req.headers['content-type'] ?? ''),
      cookie: req.headers.cookie,
      origin: req.headers.origin,
      status,
    });
    res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('endpoint has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/leads`,
    received,
    script: (list) => void (statuses = [...list]),
    async waitFor(n, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`endpoint: ${received.length} of ${n} POSTs after ${ms} ms`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, Math.max(0, deadline - Date.now()));
        });
      }
      return received;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

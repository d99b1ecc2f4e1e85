// A POST to the real browser-mode host as any caller could send it: node:http rather than
// fetch, because fetch will not send a forged Host header, and the answer read whatever its
// status. Origin is the host's own unless the caller says otherwise; an empty header value
// leaves that header out.
import { request } from 'node:http';

export interface HostAnswer {
  status: number;
  json: {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string; fields?: Record<string, string> };
    now?: string;
  };
  headers: Record<string, string | string[] | undefined>;
}

export function postToHost(
  hostUrl: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HostAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, hostUrl),
      {
        method: 'POST',
        headers: Object.fromEntries(
          Object.entries({
            'Content-Type': 'application/json',
            Origin: hostUrl,
            ...headers,
          }).filter(([, value]) => value !== ''),
        ),
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(text) as never,
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
}

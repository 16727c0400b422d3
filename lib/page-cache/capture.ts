import type { ServerResponse } from 'node:http';
import type { CachedPage } from './page-cache';

type Headers = Record<string, string | string[]>;

/**
 * Lets Next write its answer as usual while keeping a copy of the status, headers and bytes;
 * `done` receives the copy once the answer is complete.
 */
export function captureResponse(res: ServerResponse, done: (page: CachedPage) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  // Headers handed straight to writeHead are not visible to getHeaders(); set them first.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as Headers | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    const reason = rest.find((a) => typeof a === 'string');
    return reason ? writeHead(status, reason) : writeHead(status);
  }) as ServerResponse['writeHead'];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') keep(chunk);
    const result = end(chunk, ...rest);
    done({ status: res.statusCode, headers: res.getHeaders() as Headers, body: Buffer.concat(chunks) });
    return result;
  }) as ServerResponse['end'];
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { png } from '@/lib/submissions/test-images';

// The handler uses the app's own database module, so point DATA_DIR at a fresh migrated one first.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'submissions-route-'));
let POST: (r: Request) => Promise<Response>;
beforeAll(async () => {
  vi.stubEnv('DATA_DIR', dir);
  vi.stubEnv('SUBMIT_RATE_LIMIT', '3');
  const db = openDatabase(path.join(dir, 'gallery.db'));
  runMigrations(db);
  db.$client.close();
  ({ POST } = await import('./route'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const payload = {
  title: 'Route test',
  caseKind: 'variation',
  locale: 'en',
  variants: [{ prompt: 'a cat', tool: 'X', settings: {} }],
};
async function post(headers: Record<string, string> = {}, ip = '203.0.113.1') {
  const form = new FormData();
  form.set('payload', JSON.stringify(payload));
  form.set(
    'variants.0.runs.0',
    new File([new Uint8Array(await png(Math.random() * 1000))], 'x.png'),
  );
  const r = new Request('http://localhost:3000/api/submissions', { method: 'POST', body: form });
  const h = new Headers(r.headers);
  h.set('host', 'localhost:3000');
  h.set('x-forwarded-for', ip);
  for (const [k, v] of Object.entries(headers)) h.set(k, v);
  return POST(new Request(r, { headers: h, duplex: 'half' } as RequestInit));
}

describe('POST /api/submissions', () => {
  it('stores a submission and answers with the receipt link', async () => {
    const res = await post({ origin: 'http://localhost:3000' });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, receiptUrl: `/r/${body.token}` });
  });

  it('refuses a cross-site post, and an over-long body by its Content-Length, with JSON codes', async () => {
    // Another origin on the same machine (another port): refused like any other site.
    expect((await post({ origin: 'http://localhost:4000' }, '203.0.113.2')).status).toBe(403);
    const big = await post({ 'content-length': String(200 * 1024 * 1024) }, '203.0.113.2');
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      ok: false,
      errors: [{ path: 'form', code: 'submissionTooLarge', params: { max: 120 } }],
    });
  });

  it('limits submissions per client, with a clear code and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await post({}, '203.0.113.3')).status).not.toBe(429);
    const limited = await post({}, '203.0.113.3');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).errors[0].code).toBe('rateLimited');
  });
});

import { describe, expect, it } from 'vitest';
import { SubmissionError } from './errors';
import { readSubmissionBody } from './read-multipart';

function request(form: FormData, headers: Record<string, string> = {}) {
  const r = new Request('http://localhost/api/submissions', { method: 'POST', body: form });
  const h = new Headers(r.headers);
  for (const [k, v] of Object.entries(headers)) h.set(k, v);
  return new Request(r, { headers: h, duplex: 'half' } as RequestInit);
}

describe('readSubmissionBody', () => {
  it('returns the payload and the files by field, dropping names and types', async () => {
    const form = new FormData();
    form.set('payload', JSON.stringify({ title: 'x' }));
    form.set(
      'variants.0.runs.0',
      new File([new Uint8Array([1, 2, 3])], 'cat.png', { type: 'image/png' }),
    );
    const { payload, files } = await readSubmissionBody(request(form), 10_000);
    expect(payload).toEqual({ title: 'x' });
    expect(files.map((f) => [f.field, f.size])).toEqual([['variants.0.runs.0', 3]]);
  });

  it('refuses a body over the limit while streaming, even when Content-Length is absent', async () => {
    const form = new FormData();
    form.set('payload', '{}');
    form.set('variants.0.runs.0', new File([new Uint8Array(50_000)], 'big.png'));
    const error = await readSubmissionBody(request(form), 10_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmissionError);
    expect((error as SubmissionError).status).toBe(413);
  });

  it('refuses by Content-Length before reading', async () => {
    const form = new FormData();
    form.set('payload', '{}');
    const error = await readSubmissionBody(
      request(form, { 'content-length': '999999999' }),
      10_000,
    ).catch((e: unknown) => e);
    expect((error as SubmissionError).issues[0]!.code).toBe('submissionTooLarge');
  });

  it('refuses a body that is not multipart or has no JSON payload', async () => {
    const json = new Request('http://localhost/', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    await expect(readSubmissionBody(json, 10_000)).rejects.toMatchObject({ status: 400 });
    const form = new FormData();
    form.set('payload', '{not json');
    await expect(readSubmissionBody(request(form), 10_000)).rejects.toMatchObject({ status: 400 });
  });
});

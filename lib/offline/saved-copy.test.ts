import { describe, expect, it } from 'vitest';
import { isSavedCopy, markSavedCopy, SAVED_COPY_TIMING } from './saved-copy';

describe('saved copy', () => {
  it('marks a cached page and keeps its status, headers and body', async () => {
    const cached = new Response('<p>page</p>', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Server-Timing': 'render;dur=3' },
    });
    const marked = markSavedCopy(cached);
    expect(marked.status).toBe(200);
    expect(marked.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(marked.headers.get('Server-Timing')).toBe(`render;dur=3, ${SAVED_COPY_TIMING}`);
    expect(await marked.text()).toBe('<p>page</p>');
  });

  it('is recognised from the navigation timing entries, and only from the mark', () => {
    expect(isSavedCopy([{ serverTiming: [{ name: 'render' }, { name: SAVED_COPY_TIMING }] }])).toBe(
      true,
    );
    expect(isSavedCopy([{ serverTiming: [{ name: 'render' }] }])).toBe(false);
    expect(isSavedCopy([{}])).toBe(false);
    expect(isSavedCopy([])).toBe(false);
  });
});

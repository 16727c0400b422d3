import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';

// On school Wi-Fi a page's HTML arrives in pieces, and a browser may paint whatever it has parsed.
// A header painted before its switches were complete laid out differently from the whole one:
// on a phone the menu sat on the second row, then moved to the third (app/layout.tsx). This
// serves /lesson through a proxy that stops for a while in the middle of the header, as a slow
// network would, and checks that nothing in the header moves once the rest arrives.

const PAUSE_MS = 1500;
const CUT_AT = 'class="site-switches"';

type Shift = { value: number; nodes: string[] };

/**
 * A proxy to the e2e server that holds back the page's HTML after CUT_AT for PAUSE_MS. `pauses`
 * counts the pages it cut: if the header's markup changed and CUT_AT vanished, the page would
 * arrive whole, and the tests say so rather than pass without having paused.
 */
async function startSlowProxy(
  upstream: string,
  alterHtml: (html: string) => string = (html) => html,
) {
  let pauses = 0;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', upstream);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && name !== 'host') headers.set(name, value);
    headers.set('accept-encoding', 'identity');
    const answer = await fetch(url, { headers, redirect: 'manual' });
    const out = Object.fromEntries(
      [...answer.headers].filter(
        ([k]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(k),
      ),
    );
    res.writeHead(answer.status, out);
    const body = Buffer.from(await answer.arrayBuffer());
    if (!answer.headers.get('content-type')?.startsWith('text/html')) return void res.end(body);
    const html = alterHtml(body.toString('utf8'));
    const cut = html.indexOf(CUT_AT);
    if (cut < 0) return void res.end(html);
    pauses++;
    res.write(html.slice(0, cut));
    setTimeout(() => res.end(html.slice(cut)), PAUSE_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base, pauses: () => pauses };
}

async function headerShifts(page: Page, url: string): Promise<Shift[]> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { shifts: Shift[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        value: number;
        sources: Array<{ node?: Node }>;
      }>) {
        const nodes = entry.sources
          .map((s) => s.node)
          .filter((n): n is Element => n instanceof Element && !!n.closest('header'));
        if (nodes.length) shifts.push({ value: entry.value, nodes: nodes.map((n) => n.className) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForTimeout(500); // the frame after the rest of the HTML
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}

test.describe('the first frame', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('a header that arrives in two pieces does not move when the second one comes', async ({
    page,
    baseURL,
  }) => {
    const { server, base, pauses } = await startSlowProxy(baseURL!);
    try {
      const shifts = await headerShifts(page, `${base}/lesson`);
      expect(pauses(), `the proxy paused the page at ${CUT_AT}`).toBeGreaterThan(0);
      expect(shifts).toEqual([]);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    } finally {
      server.close();
    }
  });

  test('without the render hint the same page does shift (so the test above can fail)', async ({
    page,
    baseURL,
  }) => {
    const { server, base, pauses } = await startSlowProxy(baseURL!, (html) =>
      html.replace(/<link rel="expect"[^>]*>/, ''),
    );
    try {
      const shifts = await headerShifts(page, `${base}/lesson`);
      expect(pauses(), `the proxy paused the page at ${CUT_AT}`).toBeGreaterThan(0);
      expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });
});

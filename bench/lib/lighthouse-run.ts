/**
 * Lighthouse on Debian's Chromium, at its default (mobile) settings: a Moto G Power sized screen,
 * simulated slow 4G and a 4× slower CPU. Only the three categories the target names are run.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export type PageFigures = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  totalBytes: number;
  /** Origins of every request the page made, to show nothing came from elsewhere. */
  origins: string[];
  lhr: Result;
};

export async function launchChromium(extraFlags: string[]) {
  // chrome-launcher's quiet defaults (no background networking, component updates, sync,
  // translate, first-run…), plus the network-time query they miss; then what a container needs.
  const flags = chromeLauncher.Launcher.defaultFlags().map((f) =>
    f.startsWith('--disable-features=') ? `${f},NetworkTimeServiceQuerying` : f,
  );
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ignoreDefaultFlags: true,
    chromeFlags: [...flags, '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...extraFlags],
    logLevel: 'silent',
  });
}

/** `cpuSlowdown` replaces Lighthouse's 4× when the host is itself slow (see bench/pages.ts). */
export async function runLighthouse(url: string, port: number, cpuSlowdown?: number): Promise<PageFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}), // merged into the mobile defaults
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url?: string }> } | undefined)?.items ?? [];
  const originOf = (href: string) => {
    const u = new URL(href);
    return u.protocol.startsWith('http') ? u.origin : u.protocol; // data:, blob: stay as a scheme
  };
  const origins = [...new Set(requests.flatMap((r) => (r.url ? [originOf(r.url)] : [])))];
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageFigures['scores'],
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    totalBytes: numeric('total-byte-weight'),
    origins,
    lhr,
  };
}

/**
 * Lighthouse on Debian's Chromium, at its default (mobile) settings: a Moto G Power sized screen,
 * simulated slow 4G and a 4× slower CPU. Only the three categories the target names are run.
 */
import fs from 'node:fs';
import path from 'node:path';
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

/**
 * One Lighthouse run. `cpuSlowdown` replaces Lighthouse's 4× (see bench/pages.ts). With
 * `artifactsDir`, what the browser recorded is also saved there, so `reaudit` can score the same
 * load again at another slowdown.
 */
export async function runLighthouse(url: string, port: number, cpuSlowdown?: number, artifactsDir?: string): Promise<PageFigures> {
  const result = await lighthouse(url, {
    ...flagsFor(cpuSlowdown),
    port,
    ...(artifactsDir ? { gatherMode: artifactsDir, auditMode: artifactsDir } : {}),
  });
  return figuresOf(result?.lhr, url);
}

/**
 * Scores a saved run again at another CPU slowdown. Lighthouse's default throttling is simulated:
 * the page loads at full speed and the slowdown is applied afterwards to the recorded main-thread
 * work, so a new slowdown needs no new load. Lighthouse refuses settings that differ from the
 * gathering's, hence the saved settings are changed to match first.
 */
export async function reaudit(artifactsDir: string, cpuSlowdown: number): Promise<PageFigures> {
  const file = path.join(artifactsDir, 'artifacts.json');
  const artifacts = JSON.parse(fs.readFileSync(file, 'utf8')) as { settings: { throttling: { cpuSlowdownMultiplier: number } } };
  artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdown;
  fs.writeFileSync(file, JSON.stringify(artifacts));
  const result = await lighthouse(undefined, { ...flagsFor(cpuSlowdown), auditMode: artifactsDir });
  return figuresOf(result?.lhr, artifactsDir);
}

function flagsFor(cpuSlowdown: number | undefined) {
  return {
    output: 'json' as const,
    logLevel: 'error' as const,
    onlyCategories: [...CATEGORIES],
    ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}), // merged into the mobile defaults
  };
}

function figuresOf(lhr: Result | undefined, what: string): PageFigures {
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${what}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${what}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
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

/**
 * Prints bench:pages' figures: one table, the target, and for each page that misses it the audits
 * that cost it points, with their details (elements, resources, contrast ratios) so the misses can
 * be fixed without opening the JSON.
 */
import type { Result } from 'lighthouse';
import { CATEGORIES, type PageFigures } from './lighthouse-run';

export const TARGET = { score: 95, lcpMs: 2500, cls: 0.05 };

export function missesOf(f: PageFigures): string[] {
  const misses = CATEGORIES.filter((c) => f.scores[c] < TARGET.score).map((c) => `${c} ${f.scores[c]}`);
  if (!(f.lcpMs <= TARGET.lcpMs)) misses.push(`LCP ${(f.lcpMs / 1000).toFixed(2)} s`);
  if (!(f.cls <= TARGET.cls)) misses.push(`CLS ${f.cls.toFixed(3)}`);
  return misses;
}

export function printTable(rows: Array<{ name: string; path: string; figures: PageFigures }>) {
  console.log('\npage         path                            perf  a11y  best-pr   LCP s     CLS  total KB');
  for (const { name, path, figures: f } of rows) {
    const s = f.scores;
    console.log(
      `${name.padEnd(12)} ${path.slice(0, 30).padEnd(30)} ${String(s.performance).padStart(5)} ${String(s.accessibility).padStart(5)} ${String(s['best-practices']).padStart(8)} ${(f.lcpMs / 1000).toFixed(2).padStart(7)} ${f.cls.toFixed(3).padStart(7)} ${(f.totalBytes / 1024).toFixed(0).padStart(9)}`,
    );
  }
  console.log(`\nTarget: every score ≥ ${TARGET.score}, LCP ≤ ${TARGET.lcpMs / 1000} s, CLS ≤ ${TARGET.cls}`);
  const missing = rows.map((r) => ({ name: r.name, misses: missesOf(r.figures) })).filter((r) => r.misses.length);
  if (!missing.length) console.log('Every page meets the target.');
  for (const m of missing) console.log(`  misses: ${m.name.padEnd(12)} ${m.misses.join(', ')}`);
}

type Audit = Result['audits'][string];
type Row = Record<string, unknown>;

/** One readable line per table row: the values of the columns Lighthouse itself shows. */
function formatValue(value: unknown, type: string | undefined, base: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'object') {
    const v = value as Row;
    if (v.type === 'node') {
      const explanation = typeof v.explanation === 'string' ? `\n          ↳ ${v.explanation.replace(/\s*\n\s*/g, ' ')}` : '';
      return `${v.selector ?? ''} ${String(v.snippet ?? '').slice(0, 160)}${explanation}`;
    }
    if (v.type === 'source-location') return `${String(v.url).replace(base, '')}:${v.line}`;
    if (v.type === 'url' || v.type === 'link') return String(v.value ?? v.url ?? v.text).replace(base, '');
    if ('formattedDefault' in v) return String(v.formattedDefault);
    if ('value' in v) return formatValue(v.value, type, base);
    return '';
  }
  if (typeof value === 'number') {
    if (type === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
    if (type === 'ms' || type === 'timespanMs') return `${value.toFixed(0)} ms`;
    return Number.isInteger(value) ? String(value) : value.toFixed(3);
  }
  const text = String(value);
  return type === 'url' ? text.replace(base, '') : text.slice(0, 200);
}

function detailLines(details: unknown, base: string, limit = 6): string[] {
  const d = details as { type?: string; items?: Row[]; headings?: Array<{ key: string | null; valueType?: string; label?: unknown }> } | undefined;
  if (!d?.items) return [];
  if (d.type === 'list') return d.items.flatMap((item) => detailLines(item, base, limit));
  if (d.type !== 'table' && d.type !== 'opportunity') return [];
  const headings = (d.headings ?? []).filter((h): h is { key: string; valueType?: string; label?: unknown } => !!h.key);
  const lines = d.items.slice(0, limit).map((item) => {
    const cells = headings.map((h) => {
      const text = formatValue(item[h.key], h.valueType, base);
      return text && typeof h.label === 'string' && h.label ? `${h.label}: ${text}` : text;
    });
    return `        - ${cells.filter(Boolean).join(' | ')}`;
  });
  if (d.items.length > limit) lines.push(`        … and ${d.items.length - limit} more`);
  return lines;
}

function auditLines(audit: Audit, base: string): string[] {
  const value = audit.displayValue ? ` (${audit.displayValue})` : '';
  const score = audit.score === null ? 'info' : Math.round(audit.score * 100);
  return [`    [${score}] ${audit.id}: ${audit.title}${value}`, ...detailLines(audit.details, base)];
}

/** Audits in a category that fail (score below 0.9), heaviest first. */
function failingAudits(lhr: Result, category: string): Audit[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter((x): x is { ref: (typeof refs)[number]; audit: Audit } => !!x.audit && x.audit.score !== null && x.audit.score < 0.9 && x.ref.group !== 'hidden')
    .filter((x) => x.audit.scoreDisplayMode !== 'notApplicable' && x.audit.scoreDisplayMode !== 'manual')
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .map((x) => x.audit);
}

export function printFailures(name: string, f: PageFigures, base: string) {
  const misses = missesOf(f);
  if (!misses.length) return;
  const lhr = f.lhr;
  console.log(`\n== ${name} (${lhr.finalDisplayedUrl.replace(base, '') || '/'}): ${misses.join(', ')}`);
  for (const category of CATEGORIES) {
    const perfMiss = category === 'performance' && (f.lcpMs > TARGET.lcpMs || f.cls > TARGET.cls);
    if (f.scores[category] >= TARGET.score && !perfMiss) continue;
    console.log(`  ${category} ${f.scores[category]}:`);
    const always = category === 'performance' ? ['largest-contentful-paint-element', ...(f.cls > 0 ? ['layout-shifts'] : [])] : [];
    const audits = failingAudits(lhr, category);
    for (const id of always) if (lhr.audits[id] && !audits.some((a) => a.id === id)) audits.push(lhr.audits[id]);
    for (const audit of audits.slice(0, 12)) for (const line of auditLines(audit, base)) console.log(line);
  }
}

/**
 * How long the unthrottled run's first paint came after the page had loaded, when it came late
 * (null otherwise). Headless Chromium sometimes holds a page's first frame back by a whole second
 * or two while the main thread is idle (viz throttles BeginFrames to a client it thinks is
 * unresponsive; Lighthouse issue #17148). Lantern then counts every script that ran before that
 * late paint as blocking it, so the simulated FCP/LCP of such a run include all hydration work.
 */
export function heldPaint(f: PageFigures): number | null {
  const m = (f.lhr.audits.metrics?.details as { items?: Array<Record<string, number>> } | undefined)?.items?.[0];
  if (!m) return null;
  const late = (m.observedFirstContentfulPaint ?? 0) - (m.observedLoad ?? 0);
  return late > 500 ? Math.round(late) : null;
}

export function printHeldPaints(held: Map<string, Array<number | null>>) {
  console.log('\nRuns whose first paint headless Chromium held back > 0.5 s after load (see heldPaint):');
  for (const [name, runs] of held) {
    const late = runs.filter((r): r is number => r !== null);
    console.log(
      `  ${name.padEnd(12)} ${late.length} of ${runs.length}` +
        (late.length ? ` (by ${late.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')})` : ''),
    );
  }
}

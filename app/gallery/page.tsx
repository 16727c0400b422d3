import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { ComparisonCard, ComparisonCardGrid } from '@/app/_components/comparison-card';
import { db } from '@/db';
import { listComparisons, listToolOptions } from '@/db/queries/list-comparisons';
import { CASE_KINDS } from '@/db/schema';
import { getLocale, getT } from '@/lib/i18n/server';
import { PACK_LIMITS } from '@/lib/packs/limits';
import { galleryHref, parseGalleryParams, type GalleryParams } from '@/lib/validation/gallery-params';
import { EmptyGallery } from './empty-gallery';
import { Pagination } from './pagination';
import styles from './gallery.module.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('gallery.title') };
}

export default async function GalleryPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parseGalleryParams(await props.searchParams);
  const [t, locale] = [await getT(), await getLocale()];
  const result = listComparisons(
    db,
    { caseKind: params.kind, tool: params.tool, locale: params.lang, q: params.q, page: params.page },
    locale,
  );
  const tools = listToolOptions(db);
  const filtered = Boolean(params.kind || params.tool || params.lang || params.q);
  return (
    <div className="container">
      <h1>{t('gallery.title')}</h1>
      <p className={styles.intro}>{t('gallery.intro')}</p>
      <form method="get" action="/gallery" className={styles.filters} role="search">
        <div className={`field ${styles.search}`}>
          <label htmlFor="q">{t('gallery.searchLabel')}</label>
          <input id="q" name="q" type="search" defaultValue={params.q ?? ''} placeholder={t('gallery.searchPlaceholder')} />
        </div>
        <div className="field">
          <label htmlFor="kind">{t('gallery.filterCaseKind')}</label>
          <select id="kind" name="kind" defaultValue={params.kind ?? ''}>
            <option value="">{t('gallery.all')}</option>
            {CASE_KINDS.map((k) => (
              <option key={k} value={k}>{t(`caseKind.${k}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tool">{t('gallery.filterTool')}</label>
          <select id="tool" name="tool" defaultValue={params.tool ?? ''}>
            <option value="">{t('gallery.all')}</option>
            {toolChoices(tools).map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="lang">{t('gallery.filterLanguage')}</label>
          <select id="lang" name="lang" defaultValue={params.lang ?? ''}>
            <option value="">{t('gallery.all')}</option>
            <option value="nl">{t('gallery.languageName.nl')}</option>
            <option value="en">{t('gallery.languageName.en')}</option>
          </select>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="btn">{t('gallery.searchButton')}</button>
          {filtered && <Link href="/gallery" className="btn btn--secondary">{t('gallery.clear')}</Link>}
        </div>
      </form>
      {result.total === 0 ? (
        filtered ? (
          <div className={`panel ${styles.noHits}`} role="status">
            <p>{params.q ? t('gallery.noHits', { query: params.q }) : t('gallery.noHitsFilters')}</p>
            <Link href="/gallery" className="btn btn--secondary">{t('gallery.clear')}</Link>
          </div>
        ) : (
          <EmptyGallery t={t} />
        )
      ) : (
        <>
          <div className={styles.countRow}>
            {/* A heading, so the cards' h3 titles sit under an h2; the wrapper announces changes. */}
            <div role="status">
              <h2 className={styles.count} data-testid="result-count">
                {t('gallery.results', { count: result.total })}
              </h2>
            </div>
            <a className="btn btn--secondary btn--small" href={packHref(params)} download data-testid="gallery-pack-export">
              {result.total > PACK_LIMITS.maxComparisons
                ? t('packs.export.galleryCapped', { max: PACK_LIMITS.maxComparisons })
                : t('packs.export.gallery', { count: result.total })}
            </a>
          </div>
          <ComparisonCardGrid>
            {result.items.map((card, i) => (
              <ComparisonCard key={card.id} card={card} t={t} priority={i < 2} />
            ))}
          </ComparisonCardGrid>
          <Pagination t={t} page={result.page} pages={result.pages} href={(page) => galleryHref(params, { page })} />
        </>
      )}
    </div>
  );
}

/** The pack of what this page shows: the same filters and search, every page, up to the pack limit. */
function packHref(params: GalleryParams): string {
  const query = galleryHref({ ...params, page: undefined }).split('?')[1];
  return `/api/packs/export${query ? `?${query}` : ''}`;
}

/** One choice per tool, plus one per tool and model where a tool has several models. */
function toolChoices(rows: Array<{ tool: string; model: string }>) {
  const choices: Array<{ value: string; label: string }> = [];
  const byTool = new Map<string, typeof rows>();
  for (const row of rows) byTool.set(row.tool, [...(byTool.get(row.tool) ?? []), row]);
  for (const [tool, models] of byTool) {
    choices.push({ value: tool, label: tool });
    if (models.length > 1 || models[0]?.model) {
      for (const { model } of models) if (model) choices.push({ value: `${tool}|${model}`, label: `${tool} · ${model}` });
    }
  }
  return choices;
}

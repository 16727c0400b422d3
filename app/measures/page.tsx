import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { heatColour } from '@/app/gallery/[slug]/variation/heat-colour';
import { getLocale, getT } from '@/lib/i18n/server';
import { HAMMING_UNRELATED, NEAR_DUPLICATE_HAMMING, NEAR_DUPLICATE_SSIM, WEIGHTS } from '@/lib/measure/distance';
import { BAND_EDGES, BANDS } from '@/lib/measure/variation-score';
import styles from './measures.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('measure.page.title'), description: t('measure.page.metaDescription') };
}

const pct = (w: number) => Math.round(w * 100);

/** How the variation score is made and what it cannot see; numbers come from the code itself. */
export default async function MeasuresPage() {
  const [t, locale] = [await getT(), await getLocale()];
  const ranges = BANDS.map((band, i) => ({ band, from: i === 0 ? 0 : BAND_EDGES[i - 1]!, to: i < BAND_EDGES.length ? BAND_EDGES[i]! - 1 : 100 }));
  return (
    <article className={`container ${styles.page}`} data-testid="measures-page">
      <h1>{t('measure.page.title')}</h1>
      <p className={styles.lead}>{t('measure.page.intro')}</p>
      <section aria-labelledby="features">
        <h2 id="features">{t('measure.page.featuresTitle')}</h2>
        <p>{t('measure.page.featuresText')}</p>
        <ul>
          <li>{t('measure.page.featureGrey')}</li>
          <li>{t('measure.page.featureHistogram')}</li>
          <li>{t('measure.page.featureHash')}</li>
        </ul>
      </section>
      <section aria-labelledby="distance">
        <h2 id="distance">{t('measure.page.distanceTitle')}</h2>
        <p>{t('measure.page.distanceText')}</p>
        <ul>
          <li>{t('measure.page.distanceStructure')}</li>
          <li>{t('measure.page.distanceColour')}</li>
          <li>{t('measure.page.distanceHash', { bits: HAMMING_UNRELATED })}</li>
        </ul>
        <p>{t('measure.page.distanceWeights', { structure: pct(WEIGHTS.structure), hash: pct(WEIGHTS.hash), colour: pct(WEIGHTS.colour) })}</p>
      </section>
      <section aria-labelledby="score">
        <h2 id="score">{t('measure.page.scoreTitle')}</h2>
        <p>{t('measure.page.scoreText')}</p>
        <h3>{t('measure.page.bandsTitle')}</h3>
        <table className={styles.bands} data-testid="measures-bands">
          <tbody>
            {ranges.map(({ band, from, to }) => (
              <tr key={band}>
                <th scope="row">
                  <span className={styles.swatch} style={{ background: heatColour((from + to) / 200).background }} aria-hidden="true" />
                  {t('measure.page.bandRange', { from, to })}
                </th>
                <td>{t(`measure.bands.${band}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('measure.page.bandsNote')}</p>
      </section>
      <section aria-labelledby="duplicates">
        <h2 id="duplicates">{t('measure.page.duplicatesTitle')}</h2>
        <p>{t('measure.page.duplicatesText', { bits: NEAR_DUPLICATE_HAMMING, ssim: NEAR_DUPLICATE_SSIM.toLocaleString(locale) })}</p>
      </section>
      <section aria-labelledby="limits" className={styles.limits}>
        <h2 id="limits">{t('measure.page.limitsTitle')}</h2>
        <ul>
          <li>{t('measure.page.limitsPixels')}</li>
          <li>{t('measure.page.limitsSmall')}</li>
          <li>{t('measure.page.limitsNeural')}</li>
          <li>{t('measure.page.limitsBias')}</li>
        </ul>
      </section>
      <p><Link href="/gallery" className="solo-link">← {t('measure.page.back')}</Link></p>
    </article>
  );
}

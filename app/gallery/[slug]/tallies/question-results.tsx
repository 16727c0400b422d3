'use client';
import { useI18n } from '@/lib/i18n/client';
import { formatFixed } from '@/lib/i18n/format-number';
import type { QuestionTally, VariantTally } from '@/lib/tally/aggregate';
import type { QuestionView, VariantView } from './tally-types';
import styles from './tallies.module.css';

const pct = (x: number) => Math.round(x * 100);

/** One question: the variants side by side, each with its bars and how even its split is. */
export function QuestionResults(props: {
  question: QuestionView;
  variants: VariantView[];
  tally: QuestionTally | undefined;
  voteHref: string;
}) {
  const { t } = useI18n();
  const { question } = props;
  const open = props.tally?.votingOpen ?? question.votingOpen;
  return (
    <article className={styles.question} aria-labelledby={`tq-${question.id}`} data-testid={`question-${question.id}`}>
      <header className={styles.questionHead}>
        <h3 id={`tq-${question.id}`}>{question.text}</h3>
        <p className={styles.state} data-open={open}>
          {open ? t('tally.results.open') : t('tally.results.closed')}
          {open && (
            <>
              {' · '}
              <a href={props.voteHref}>{t('tally.results.voteQuestion')}</a>
            </>
          )}
        </p>
        {question.reference && (
          <p className="muted">{t('tally.results.referenceSource', { source: question.reference.source })}</p>
        )}
      </header>
      <div className={styles.variants}>
        {props.variants.map((v) => {
          const tally = props.tally?.variants.find((x) => x.variantId === v.id);
          return <VariantBars key={v.id} question={question} variant={v} tally={tally} />;
        })}
      </div>
    </article>
  );
}

function VariantBars({ question, variant, tally }: { question: QuestionView; variant: VariantView; tally: VariantTally | undefined }) {
  const { t, locale } = useI18n();
  const total = tally?.total ?? 0;
  const testid = `tally-${question.id}-${variant.id}`;
  return (
    <section className={styles.variant} aria-label={t('tally.results.variant', { n: variant.n })} data-testid={testid}>
      <h4 className={styles.variantTitle}>
        <span className={styles.variantNumber}>{t('tally.results.variant', { n: variant.n })}</span>
        <q className={styles.prompt}>{variant.prompt}</q>
      </h4>
      <p className={styles.total} data-testid={`${testid}-total`}>
        {total ? t('tally.results.answers', { count: total }) : t('tally.results.noAnswers')}
      </p>
      <ul className={styles.bars}>
        {question.options.map((o) => {
          const cell = tally?.options.find((x) => x.key === o.key);
          const ref = question.reference?.shares[o.key];
          return (
            <li key={o.key} className={styles.bar} data-testid={`${testid}-${o.key}`}>
              <div className={styles.barText}>
                <span className={styles.optionLabel}>{o.label}</span>
                <span>
                  <strong data-testid="count">{cell?.count ?? 0}</strong>
                  {total > 0 && cell && (
                    <>
                      {' · '}
                      {t('tally.results.share', { share: pct(cell.share) })}{' '}
                      <span className={styles.interval}>
                        ({t('tally.results.interval', { low: pct(cell.low), high: pct(cell.high) })})
                      </span>
                    </>
                  )}
                  {ref !== undefined && (
                    <>
                      {' · '}
                      <span className={styles.refText}>{t('tally.results.reference', { share: pct(ref) })}</span>
                    </>
                  )}
                </span>
              </div>
              {/* The picture of the numbers above; screen readers get the text. */}
              <div className={styles.track} data-ref={ref !== undefined} aria-hidden="true">
                {total > 0 && cell && (
                  <>
                    <div className={styles.fill} style={{ width: `${cell.share * 100}%` }} />
                    <div className={styles.ci} style={{ left: `${cell.low * 100}%`, width: `${(cell.high - cell.low) * 100}%` }} />
                  </>
                )}
                {ref !== undefined && <div className={styles.ref} style={{ left: `${ref * 100}%` }} />}
              </div>
            </li>
          );
        })}
      </ul>
      <dl className={styles.measures}>
        <div>
          <dt>{t('tally.results.parity')}</dt>
          <dd data-testid={`${testid}-parity`}>
            {tally?.parity == null ? t('tally.results.notMeasured') : t('tally.results.parityValue', { value: pct(tally.parity) })}
            <small className="muted">{t('tally.results.parityHelp')}</small>
          </dd>
        </div>
        <div>
          <dt>{t('tally.results.entropy')}</dt>
          <dd data-testid={`${testid}-entropy`}>
            {tally?.entropy == null ? t('tally.results.notMeasured') : formatFixed(locale, tally.entropy, 2)}
            <small className="muted">{t('tally.results.entropyHelp')}</small>
          </dd>
        </div>
      </dl>
    </section>
  );
}

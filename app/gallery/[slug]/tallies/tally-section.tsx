import { Link } from '@/app/_components/link';
import { db } from '@/db';
import type { ComparisonDetail } from '@/db/queries/get-comparison';
import { getTallyData } from '@/db/queries/tally-results';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getT } from '@/lib/i18n/server';
import { aggregateTallies } from '@/lib/tally/aggregate';
import { optionText, questionText } from '@/lib/tally/labels';
import { LiveTallies } from './live-tallies';
import type { QuestionView, VariantView } from './tally-types';
import styles from './tallies.module.css';

/**
 * The class's answers about the images, as bars per variant. This page sits in the page cache,
 * which votes do not invalidate, so the numbers rendered here are only a first paint (and what a
 * browser without JavaScript sees); LiveTallies fetches the current ones at once and then polls.
 */
export async function TallySection({ comparison }: { comparison: ComparisonDetail }) {
  const data = getTallyData(db, comparison.id);
  if (!data || data.questions.length === 0) return null;
  const t = await getT();
  const questions: QuestionView[] = data.questions.map((q) => ({
    id: q.id,
    text: questionText(q, t),
    votingOpen: q.votingOpen,
    options: q.options.map((o) => ({ key: o.key, label: optionText(q, o, t) })),
    reference: q.reference,
  }));
  const variants: VariantView[] = data.variants.map((v) => ({ id: v.id, n: v.position + 1, prompt: v.prompt }));
  const initial = aggregateTallies(
    data.questions,
    data.variants.map((v) => ({ id: v.id, runIds: v.runs.map((r) => r.id) })),
    data.counts,
  );
  const voteHref = `/gallery/${comparison.slug}/vote`;
  const anyOpen = questions.some((q) => q.votingOpen);
  return (
    <section id="tallies" aria-labelledby="tallies-title" className={`${styles.section} render-when-near`} data-testid="tallies">
      <h2 id="tallies-title">{t('tally.results.title')}</h2>
      <p className="muted">{t('tally.results.intro')}</p>
      {anyOpen && (
        <p>
          <Link href={voteHref} className="btn" data-testid="vote-link">
            {t('tally.results.vote')}
          </Link>
        </p>
      )}
      <ClientMessages pick={['tally.results']}>
        <LiveTallies
          comparisonId={comparison.id}
          questions={questions}
          variants={variants}
          initial={initial}
          voteHref={voteHref}
        />
      </ClientMessages>
      <p className={styles.footer}>
        <a href={`/api/tallies/${comparison.id}/csv`} download className="solo-link" data-testid="tally-csv">
          {t('tally.results.csv')}
        </a>
      </p>
    </section>
  );
}

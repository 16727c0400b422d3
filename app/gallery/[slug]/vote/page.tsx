import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { notFound } from 'next/navigation';
import { RunPicture } from '@/app/_components/run-picture';
import { db } from '@/db';
import { getPublishedComparison } from '@/db/queries/get-comparison';
import { listQuestions } from '@/db/queries/tallies';
import { voterAnswers } from '@/db/queries/tally-votes';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getLocale, getT } from '@/lib/i18n/server';
import { optionText, questionText } from '@/lib/tally/labels';
import { votingOrder } from '@/lib/tally/order';
import { OptionButtons } from './option-buttons';
import { voteAction } from './vote-action';
import { nextPosition, parsePosition, previousPosition, queryFor, type Params } from './vote-steps';
import { currentVoterHash, votePath } from './voter';
import styles from './vote.module.css';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Params> };

const ERRORS = ['closed', 'rateLimited', 'invalid'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('tally.vote.title'), robots: { index: false } };
}

/**
 * Voting, one picture at a time, made for a phone. The prompt is not shown: pupils judge the
 * picture, not what it was asked to be (the results page puts the prompts side by side).
 */
export default async function VotePage(props: Props) {
  const { slug } = await props.params;
  const [t, locale, params] = [await getT(), await getLocale(), await props.searchParams];
  const comparison = getPublishedComparison(db, slug, locale);
  if (!comparison) notFound();
  const questions = listQuestions(db, comparison.id);
  const runs = comparison.variants.flatMap((v) => v.runs);
  const backLink = (
    <p>
      <Link href={`/gallery/${slug}#tallies`} className="solo-link">← {t('tally.vote.back')}</Link>
    </p>
  );
  if (questions.length === 0 || runs.length === 0) {
    return <div className={`container ${styles.page}`}>{backLink}<p>{t('tally.vote.noQuestions')}</p></div>;
  }
  const ids = questions.map((q) => q.id);
  const at = parsePosition(params, ids, runs.length);
  if (at === 'done') {
    return (
      <div className={`container ${styles.page}`} data-testid="vote-done">
        <h1>{t('tally.vote.doneTitle')}</h1>
        <p>{t('tally.vote.done')}</p>
        <p className={styles.links}>
          <Link className="btn" href={`/gallery/${slug}#tallies`}>{t('tally.vote.results')}</Link>
          <Link href={votePath(slug)}>{t('tally.vote.again')}</Link>
        </p>
      </div>
    );
  }
  const question = questions[at.question]!;
  const run = votingOrder(runs, question.id)[at.image - 1]!;
  const voter = await currentVoterHash();
  const chosen = voter ? voterAnswers(db, question.id, voter).get(run.id) : undefined;
  const options = question.options.map((o) => ({ key: o.key, label: optionText(question, o, t) }));
  const error = ERRORS.find((e) => e === params.error);
  const next = nextPosition(at, questions.length, runs.length);
  const previous = previousPosition(at, runs.length);
  const href = (p: typeof at | 'done') => `${votePath(slug)}?${queryFor(p, ids)}`;
  const nextQuestion = at.question + 1 < questions.length ? { question: at.question + 1, image: 1 } : 'done';
  return (
    <div className={`container ${styles.page}`}>
      {backLink}
      <p className={styles.progress}>
        {questions.length > 1 && <>{t('tally.vote.questionProgress', { i: at.question + 1, n: questions.length })} · </>}
        <span data-testid="vote-progress">{t('tally.vote.progress', { i: at.image, n: runs.length })}</span>
      </p>
      <progress className={styles.bar} max={runs.length} value={at.image} aria-hidden="true" />
      <h1 className={styles.question}>{questionText(question, t)}</h1>
      <div className={styles.picture}>
        <RunPicture image={run.image} alt={t('tally.vote.imageAlt', { i: at.image, n: runs.length })} sizes="(max-width: 700px) 100vw, 640px" priority />
      </div>
      {error && (
        <p role="alert" className="alert alert--error" data-testid="vote-error">
          {t(`tally.vote.errors.${error}`)}
        </p>
      )}
      {question.votingOpen ? (
        <form action={voteAction} className={styles.form}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="questionId" value={question.id} />
          <input type="hidden" name="runId" value={run.id} />
          <input type="hidden" name="here" value={queryFor(at, ids)} />
          <input type="hidden" name="next" value={queryFor(next, ids)} />
          {chosen && (
            <p className={styles.chosen} data-testid="vote-chosen">
              {t('tally.vote.yourAnswer', { option: options.find((o) => o.key === chosen)?.label ?? chosen })}
            </p>
          )}
          <ClientMessages pick={['tally.vote']}>
            <OptionButtons options={options} chosen={chosen} />
          </ClientMessages>
        </form>
      ) : (
        <div className={styles.closed}>
          {!error && <p className="alert alert--error" data-testid="vote-closed">{t('tally.vote.closed')}</p>}
          <Link className="btn btn--secondary" href={href(nextQuestion)}>{t('tally.vote.nextQuestion')}</Link>
        </div>
      )}
      <nav className={styles.nav} aria-label={t('tally.vote.title')}>
        {previous ? <Link href={href(previous)}>← {t('tally.vote.previous')}</Link> : <span />}
        <Link href={href(next)}>{t('tally.vote.skip')} →</Link>
      </nav>
      <p className={`muted ${styles.privacy}`}>{t('tally.vote.privacy')}</p>
    </div>
  );
}

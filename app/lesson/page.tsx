import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { CLOSING_QUESTIONS, LESSON_STEPS, stepStarts } from '@/lib/examples/lesson-plan';
import { getT } from '@/lib/i18n/server';
import { PrintButton } from './print-button';
import styles from './lesson.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('lesson.plan.metaTitle'), description: t('lesson.plan.metaDescription') };
}

/** A 15-minute lesson plan to follow on the projector; prints as a handout. */
export default async function LessonPage() {
  const t = await getT();
  const starts = stepStarts(LESSON_STEPS);
  return (
    <div className={`container ${styles.handout}`}>
      <header className={styles.header}>
        <h1>{t('lesson.plan.title')}</h1>
        <p className={styles.lead}>{t('lesson.plan.intro')}</p>
        <div className={styles.goals}>
          <p className={styles.goalsTitle}>{t('lesson.plan.goals')}</p>
          <ul>
            <li>{t('lesson.plan.goal1')}</li>
            <li>{t('lesson.plan.goal2')}</li>
            <li>{t('lesson.plan.goal3')}</li>
          </ul>
        </div>
        <div className={styles.printRow}>
          <PrintButton label={t('lesson.plan.print')} />
          <span className="muted">{t('lesson.plan.printHint')}</span>
        </div>
      </header>
      <ol className={styles.steps}>
        {LESSON_STEPS.map((step, i) => {
          const key = `lesson.plan.steps.${step.id}` as const;
          const start = starts[i] ?? 0;
          return (
            <li
              key={step.id}
              className={styles.step}
              aria-labelledby={`step-${step.id}`}
              data-testid="lesson-step"
            >
              <div className={styles.stepHead}>
                <span className={styles.time}>
                  <span className="visually-hidden">
                    {t('lesson.plan.stepLabel', { n: i + 1 })},{' '}
                  </span>
                  <span aria-hidden="true">{i + 1}</span>
                </span>
                <div>
                  <h2 id={`step-${step.id}`} className={styles.stepTitle}>
                    {t(`${key}.title`)}
                  </h2>
                  <p className={styles.clock}>
                    {start}:00–{start + step.minutes}:00 ·{' '}
                    {t('lesson.plan.minutes', { count: step.minutes })}
                  </p>
                </div>
              </div>
              <dl className={styles.parts}>
                <div>
                  <dt>{t('lesson.plan.do')}</dt>
                  <dd>{t(`${key}.do`)}</dd>
                </div>
                {step.id === 'closing' ? (
                  <div>
                    <dt>{t('lesson.plan.ask')}</dt>
                    <dd>
                      <ol className={styles.questions}>
                        {CLOSING_QUESTIONS.map((q) => (
                          <li key={q}>{t(`lesson.plan.steps.closing.${q}`)}</li>
                        ))}
                      </ol>
                    </dd>
                  </div>
                ) : (
                  <>
                    <div>
                      <dt>{t('lesson.plan.say')}</dt>
                      <dd>{t(`lesson.plan.steps.${step.id}.say`)}</dd>
                    </div>
                    <div>
                      <dt>{t('lesson.plan.ask')}</dt>
                      <dd className={styles.ask}>{t(`lesson.plan.steps.${step.id}.ask`)}</dd>
                    </div>
                  </>
                )}
              </dl>
              <p className={styles.links}>
                {step.links.map((link) => (
                  <Link
                    key={link.href}
                    href={link.href}
                    className="btn btn--secondary"
                    data-href={link.href}
                  >
                    {step.id === 'bias' && link.label === 'cardLink'
                      ? t('lesson.plan.steps.bias.cardLink')
                      : t(`${key}.link`)}
                  </Link>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

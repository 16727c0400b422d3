import { Link } from '@/app/_components/link';
import { submitHref, type PromptCard } from '@/lib/examples/prompt-cards';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { CopyButton } from './copy-button';
import styles from './prompts.module.css';

/** One prompt card: the prompt(s), what to look for, questions, a published figure, and actions. */
export function PromptCardView({
  card,
  locale,
  t,
}: {
  card: PromptCard;
  locale: Locale;
  t: Translate;
}) {
  const title = card.title[locale];
  const headingId = `card-${card.id}-title`;
  return (
    <article
      id={card.id}
      className={styles.card}
      data-kind={card.caseKind}
      aria-labelledby={headingId}
      data-testid="prompt-card"
    >
      <h3 id={headingId} className={styles.cardTitle}>
        {title}
      </h3>
      <div className={styles.prompts}>
        <PromptText
          label={card.precisePrompt ? t('lesson.prompts.vague') : t('lesson.prompts.prompt')}
          text={card.prompt[locale]}
        />
        {card.precisePrompt && (
          <PromptText label={t('lesson.prompts.precise')} text={card.precisePrompt[locale]} />
        )}
      </div>
      <h4 className={styles.label}>{t('lesson.prompts.lookFor')}</h4>
      <p>{card.lookFor[locale]}</p>
      <h4 className={styles.label}>{t('lesson.prompts.questions')}</h4>
      <ul className={styles.questions}>
        {card.questions.map((q) => (
          <li key={q.en}>{q[locale]}</li>
        ))}
      </ul>
      {card.figure && (
        <aside className={styles.figure} aria-label={`${t('lesson.prompts.figure')}: ${title}`}>
          <h4 className={styles.label}>{t('lesson.prompts.figure')}</h4>
          <p className={styles.figureText}>{card.figure.text[locale]}</p>
          <p className={styles.source}>
            {t('lesson.prompts.source')}: <cite>{card.figure.source[locale]}</cite>
          </p>
        </aside>
      )}
      <div className={styles.actions}>
        <CopyButton
          text={card.prompt[locale]}
          label={t('lesson.prompts.copy')}
          ariaLabel={t('lesson.prompts.copyLabel', { title })}
        />
        {card.precisePrompt && (
          <CopyButton
            text={card.precisePrompt[locale]}
            label={t('lesson.prompts.copyPrecise')}
            ariaLabel={t('lesson.prompts.copyPreciseLabel', { title })}
            secondary
          />
        )}
        <Link
          href={submitHref(card, locale)}
          className="btn btn--secondary"
          aria-label={t('lesson.prompts.submitLabel', { title })}
          data-testid="submit-runs"
        >
          {t('lesson.prompts.submit')}
        </Link>
      </div>
    </article>
  );
}

function PromptText({ label, text }: { label: string; text: string }) {
  return (
    <figure className={styles.prompt}>
      <figcaption className={styles.promptLabel}>{label}</figcaption>
      <blockquote>
        <p data-testid="prompt-text">{text}</p>
      </blockquote>
    </figure>
  );
}

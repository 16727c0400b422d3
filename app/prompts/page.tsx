import type { Metadata } from 'next';
import { Link } from '@/app/_components/link';
import { CaseBadge } from '@/app/_components/case-badge';
import { cardsOfKind, PROMPT_CARD_KINDS } from '@/lib/examples/prompt-cards';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getLocale, getT } from '@/lib/i18n/server';
import { PromptCardView } from './prompt-card';
import styles from './prompts.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('lesson.prompts.metaTitle'), description: t('lesson.prompts.metaDescription') };
}

/** Prompt cards for real image tools, grouped by what they teach. */
export default async function PromptsPage() {
  const [t, locale] = [await getT(), await getLocale()];
  return (
    <div className="container">
      <header className={styles.header}>
        <h1>{t('lesson.prompts.title')}</h1>
        <p className={styles.lead}>{t('lesson.prompts.intro')}</p>
        <nav aria-label={t('lesson.prompts.jumpTo')} className={styles.jump}>
          <span className="muted">{t('lesson.prompts.jumpTo')}:</span>
          {PROMPT_CARD_KINDS.map((kind) => (
            <a key={kind} href={`#kind-${kind}`} className={styles.jumpLink} data-kind={kind}>
              {t(`caseKind.${kind}`)}
            </a>
          ))}
          <Link href="/lesson" className={styles.jumpLink}>
            {t('lesson.prompts.lessonLink')} →
          </Link>
        </nav>
      </header>
      <ClientMessages pick={['lesson.prompts']}>
        {PROMPT_CARD_KINDS.map((kind) => (
          <section
            key={kind}
            id={`kind-${kind}`}
            className={styles.group}
            aria-labelledby={`kind-${kind}-title`}
          >
            <h2 id={`kind-${kind}-title`} className={styles.groupTitle}>
              <CaseBadge kind={kind} t={t} />
            </h2>
            <p className={styles.groupIntro}>{t(`lesson.prompts.kindIntro.${kind}`)}</p>
            <div className={styles.cards}>
              {cardsOfKind(kind).map((card) => (
                <PromptCardView key={card.id} card={card} locale={locale} t={t} />
              ))}
            </div>
          </section>
        ))}
      </ClientMessages>
    </div>
  );
}

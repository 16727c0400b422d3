import { Link } from '@/app/_components/link';
import { db } from '@/db';
import type { ComparisonDetail } from '@/db/queries/get-comparison';
import { listQuestions } from '@/db/queries/tallies';
import { voteCounts } from '@/db/queries/tally-votes';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getT } from '@/lib/i18n/server';
import { optionText, questionText } from '@/lib/tally/labels';
import { AddQuestionForms } from './add-question-forms';
import { QuestionCard } from './question-card';
import styles from './editor.module.css';

/** The teacher's questions for the class about this comparison's images. */
export async function TallyEditor({ comparison }: { comparison: ComparisonDetail }) {
  const t = await getT();
  const questions = listQuestions(db, comparison.id);
  const answers = new Map<number, number>();
  for (const c of voteCounts(db, comparison.id)) answers.set(c.questionId, (answers.get(c.questionId) ?? 0) + c.count);
  return (
    <section id="tallies" aria-labelledby="tally-editor-title" className={styles.editor} data-testid="tally-editor">
      <h2 id="tally-editor-title">{t('tally.editor.title')}</h2>
      <p className="muted">{t('tally.editor.intro')}</p>
      {comparison.status === 'published' ? (
        <p>
          <Link href={`/gallery/${comparison.slug}#tallies`} className="solo-link">{t('tally.editor.results')}</Link>
        </p>
      ) : (
        <p className="alert alert--error">{t('tally.editor.notPublished')}</p>
      )}
      <ClientMessages pick={['tally.editor']}>
        {questions.length === 0 && <p>{t('tally.editor.none')}</p>}
        <ol className={styles.questions}>
          {questions.map((q) => (
            <QuestionCard
              key={q.id}
              comparisonId={comparison.id}
              question={{
                id: q.id,
                text: questionText(q, t),
                kind: q.template ? t(`tally.templates.${q.template}.name`) : t('tally.editor.custom'),
                votingOpen: q.votingOpen,
                options: q.options.map((o) => ({ key: o.key, label: optionText(q, o, t) })),
                reference: q.reference,
                answers: answers.get(q.id) ?? 0,
              }}
            />
          ))}
        </ol>
        <AddQuestionForms comparisonId={comparison.id} />
      </ClientMessages>
    </section>
  );
}

import type { TallyReference } from '@/db/schema';
import { getT } from '@/lib/i18n/server';
import { ConfirmAction } from './confirm-action';
import { ReferenceForm } from './reference-form';
import { deleteQuestionAction, resetVotesAction, setVotingAction } from './tally-actions';
import styles from './editor.module.css';

export type EditorQuestion = {
  id: number;
  text: string;
  kind: string;
  votingOpen: boolean;
  options: { key: string; label: string }[];
  reference: TallyReference | null;
  answers: number;
};

/** One question with what a teacher does to it during a lesson. */
export async function QuestionCard({ comparisonId, question: q }: { comparisonId: number; question: EditorQuestion }) {
  const t = await getT();
  const hidden = (
    <>
      <input type="hidden" name="comparisonId" value={comparisonId} />
      <input type="hidden" name="questionId" value={q.id} />
    </>
  );
  return (
    <li className={styles.card} data-testid={`editor-question-${q.id}`}>
      <p className={styles.kind}>{q.kind}</p>
      <h3 className={styles.text}>{q.text}</h3>
      <p className={styles.meta}>
        <span data-testid="editor-state" data-open={q.votingOpen}>
          {q.votingOpen ? t('tally.editor.open') : t('tally.editor.closed')}
        </span>
        {' · '}
        <span data-testid="editor-answers">{t('tally.editor.answers', { count: q.answers })}</span>
      </p>
      <p className={styles.meta}>
        {t('tally.editor.options')}: {q.options.map((o) => o.label).join(' / ')}
      </p>
      <div className={styles.actions}>
        <form action={setVotingAction}>
          {hidden}
          <input type="hidden" name="open" value={q.votingOpen ? '0' : '1'} />
          <button type="submit" className="btn btn--secondary" data-testid="toggle-voting">
            {q.votingOpen ? t('tally.editor.closeVoting') : t('tally.editor.openVoting')}
          </button>
        </form>
        <ConfirmAction
          action={resetVotesAction}
          comparisonId={comparisonId}
          questionId={q.id}
          label={t('tally.editor.reset')}
          text={t('tally.editor.resetConfirmText', { count: q.answers, question: q.text })}
          confirm={t('tally.editor.resetConfirm')}
          testid="reset-votes"
        />
        <ConfirmAction
          action={deleteQuestionAction}
          comparisonId={comparisonId}
          questionId={q.id}
          label={t('tally.editor.delete')}
          text={t('tally.editor.deleteConfirmText', { question: q.text })}
          confirm={t('tally.editor.deleteConfirm')}
          testid="delete-question"
        />
      </div>
      <ReferenceForm comparisonId={comparisonId} questionId={q.id} options={q.options} reference={q.reference} />
    </li>
  );
}

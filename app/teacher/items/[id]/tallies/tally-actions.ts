'use server';
import { revalidatePath } from 'next/cache';
import { db } from '@/db';
import {
  addQuestion,
  deleteQuestion,
  listQuestions,
  resetVotes,
  setReference,
  setVotingOpen,
} from '@/db/queries/tallies';
import { requireTeacher } from '@/lib/auth/current';
import { parseReference } from '@/lib/tally/reference';
import { customOptions, templateOptions } from '@/lib/tally/templates';
import { validatedAction, type ActionResult } from '@/lib/validation/action';
import {
  customQuestionSchema,
  questionRefSchema,
  templateQuestionSchema,
  votingSchema,
} from './tally-schemas';

// Every action starts with requireTeacher(); the ids in the form only say which question, and
// db/queries/tallies changes a question only together with the comparison the page showed.

function done(teacher: { name: string }, what: string, comparisonId: number) {
  console.info(`[tallies] ${teacher.name} ${what} on comparison ${comparisonId}`);
  revalidatePath(`/teacher/items/${comparisonId}`);
}

type Done = { message: string };
type Result = ActionResult<Done>;
const NOT_FOUND = { ok: false, errors: { form: 'tally.editor.errors.notFound' } } as const;

const addTemplate = validatedAction<typeof templateQuestionSchema, Done>(templateQuestionSchema, async ({ comparisonId, template }) => {
  const teacher = await requireTeacher();
  if (!addQuestion(db, comparisonId, { template, label: null, options: templateOptions(template) })) return NOT_FOUND;
  done(teacher, `added a ${template} question`, comparisonId);
  return { ok: true, data: { message: 'added' } };
});

const addCustom = validatedAction<typeof customQuestionSchema, Done>(customQuestionSchema, async ({ comparisonId, label, options }) => {
  const teacher = await requireTeacher();
  if (!addQuestion(db, comparisonId, { template: null, label, options: customOptions(options) })) return NOT_FOUND;
  done(teacher, 'added a question', comparisonId);
  return { ok: true, data: { message: 'added' } };
});

const saveReference = validatedAction<typeof questionRefSchema, Done>(questionRefSchema, async ({ comparisonId, questionId }, formData) => {
  const teacher = await requireTeacher();
  const question = listQuestions(db, comparisonId).find((q) => q.id === questionId);
  if (!question) return NOT_FOUND;
  const values = Object.fromEntries(
    [...formData.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const parsed = parseReference(values, question.options.map((o) => o.key));
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
  if (!setReference(db, comparisonId, questionId, parsed.reference)) return NOT_FOUND;
  done(teacher, `saved the reference of question ${questionId}`, comparisonId);
  return { ok: true, data: { message: 'reference' } };
});

// useActionState hands (previous state, form data); each re-checks the session itself.
export async function addTemplateAction(prev: Result | null, formData: FormData): Promise<Result> {
  await requireTeacher();
  return addTemplate(prev, formData);
}
export async function addCustomAction(prev: Result | null, formData: FormData): Promise<Result> {
  await requireTeacher();
  return addCustom(prev, formData);
}
export async function saveReferenceAction(prev: Result | null, formData: FormData): Promise<Result> {
  await requireTeacher();
  return saveReference(prev, formData);
}

/** Open or close voting: a plain form, so it works before the page's scripts have loaded. */
export async function setVotingAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const parsed = votingSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { comparisonId, questionId, open } = parsed.data;
  if (setVotingOpen(db, comparisonId, questionId, open === '1'))
    done(teacher, `${open === '1' ? 'opened' : 'closed'} voting on question ${questionId}`, comparisonId);
}

export async function resetVotesAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const parsed = questionRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { comparisonId, questionId } = parsed.data;
  const removed = resetVotes(db, comparisonId, questionId);
  if (removed !== null) done(teacher, `removed ${removed} answers to question ${questionId}`, comparisonId);
}

export async function deleteQuestionAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const parsed = questionRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { comparisonId, questionId } = parsed.data;
  if (deleteQuestion(db, comparisonId, questionId))
    done(teacher, `deleted question ${questionId}`, comparisonId);
}

'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db';
import { submitterNameOf } from '@/db/queries/delete-comparisons';
import { requireTeacher } from '@/lib/auth/current';
import { deleteSubmitterForGood } from '@/lib/privacy/delete-for-good';
import { validatedAction, type ActionResult } from '@/lib/validation/action';

// The form names the item the teacher is looking at and the count they confirmed; the submitter
// name is read from the database, so a crafted form cannot delete under a name nobody saw.
const schema = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, 'teacher.errors.notFound')
    .transform(Number),
  expected: z
    .string()
    .regex(/^\d{1,6}$/, 'teacher.errors.notFound')
    .transform(Number),
});

const validated = validatedAction(schema, async ({ id, expected }) => {
  const teacher = await requireTeacher();
  const name = submitterNameOf(db, id);
  if (!name) redirect('/teacher/queue?done=stale');
  const result = await deleteSubmitterForGood(name, expected);
  if (!result.ok) {
    return {
      ok: false,
      errors: { expected: 'privacy.teacher.submitterChanged' },
      values: { expected: String(result.current) },
    };
  }
  // The log names the teacher and the count, not the student.
  console.info(
    `[moderation] ${teacher.name} deleted all ${result.deleted} comparisons of one submitter (from ${id})`,
  );
  revalidatePath('/', 'layout');
  redirect('/teacher/queue?done=deleted');
});

export async function deleteSubmitterAction(
  prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  await requireTeacher();
  return validated(prev, formData);
}

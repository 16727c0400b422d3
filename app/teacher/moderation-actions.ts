'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import {
  approveComparison,
  hideComparison,
  rejectComparison,
  resolveReport,
  updateComparisonDetails,
} from '@/db/queries/moderation';
import { requireTeacher } from '@/lib/auth/current';
import { deleteComparisonForGood } from '@/lib/privacy/delete-for-good';
import { validatedAction, type ActionResult } from '@/lib/validation/action';
import { parseId } from './_components/format';
import { editSchema, rejectSchema } from './moderation-schemas';

// Every action starts with requireTeacher(): the session cookie is the only proof that counts.
// The id in the form only says *which* item; the transitions in db/queries/moderation refuse
// anything that is not in the state the page showed, and a stale page gets told so.

function audit(teacher: { name: string }, what: string, id: number) {
  console.info(`[moderation] ${teacher.name} ${what} comparison ${id}`);
}

/** The gallery, its search and the public item pages all change when a status does. */
function refreshPublicPages() {
  revalidatePath('/', 'layout');
}

const itemUrl = (id: number, done?: string) => `/teacher/items/${id}${done ? `?done=${done}` : ''}`;

export async function approveAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const id = parseId(formData.get('id'));
  if (!id) redirect('/teacher/queue');
  const from = String(formData.get('from') ?? 'pending');
  if (!approveComparison(db, id)) redirect(itemUrl(id, 'stale'));
  audit(teacher, 'approved', id);
  refreshPublicPages();
  // From the queue, go on to the next waiting item; a restore goes back to the list it came from.
  redirect(from === 'pending' ? `/teacher/queue?done=approved&id=${id}` : itemUrl(id, 'approved'));
}

export async function hideAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const id = parseId(formData.get('id'));
  if (!id) redirect('/teacher/queue');
  if (!hideComparison(db, id)) redirect(itemUrl(id, 'stale'));
  audit(teacher, 'hid', id);
  refreshPublicPages();
  redirect(itemUrl(id, 'hidden'));
}

export async function deleteAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const id = parseId(formData.get('id'));
  if (!id) redirect('/teacher/queue');
  const status = String(formData.get('from') ?? 'pending');
  // For good: rows in one transaction, then the image files no other comparison uses.
  const deleted = await deleteComparisonForGood(id);
  if (deleted) {
    audit(teacher, 'deleted', id);
    refreshPublicPages();
  }
  const list = ['published', 'hidden', 'rejected'].includes(status) ? `status=${status}&` : '';
  redirect(`/teacher/queue?${list}done=${deleted ? 'deleted' : 'stale'}`);
}

const rejectValidated = validatedAction(rejectSchema, async ({ id, reason }) => {
  const teacher = await requireTeacher();
  if (!rejectComparison(db, id, reason)) redirect(itemUrl(id, 'stale'));
  audit(teacher, 'rejected', id);
  refreshPublicPages();
  redirect(`/teacher/queue?done=rejected&id=${id}`);
});

export async function rejectAction(
  prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  await requireTeacher();
  return rejectValidated(prev, formData);
}

const editValidated = validatedAction(editSchema, async ({ id, ...edit }) => {
  const teacher = await requireTeacher();
  if (!updateComparisonDetails(db, id, edit)) redirect('/teacher/queue?done=stale');
  audit(teacher, 'edited', id);
  refreshPublicPages();
  redirect(itemUrl(id, 'saved'));
});

export async function editAction(
  prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  await requireTeacher();
  return editValidated(prev, formData);
}

export async function resolveReportAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher();
  const id = parseId(formData.get('reportId'));
  if (id && resolveReport(db, id))
    console.info(`[moderation] ${teacher.name} resolved report ${id}`);
  const back = parseId(formData.get('comparisonId'));
  redirect(back ? itemUrl(back, 'resolved') : '/teacher/reports?done=resolved');
}

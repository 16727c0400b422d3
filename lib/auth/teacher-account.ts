import 'server-only';
import type { DB } from '@/db/connection';
import { createTeacher, type TeacherSummary } from '@/db/queries/teachers';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

export const NAME_MAX_LENGTH = 60;

/** Why a new account was refused, in words for the person at the terminal; null when fine. */
export function checkNewAccount(name: string, password: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > NAME_MAX_LENGTH) {
    return `The name must be 2 to ${NAME_MAX_LENGTH} characters long.`;
  }
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return 'The name may not contain control characters.';
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `The password may be at most ${PASSWORD_MAX_LENGTH} characters long.`;
  }
  return null;
}

/** Validates, hashes and stores a new teacher; throws DuplicateTeacherError for a taken name. */
export async function createTeacherAccount(
  db: DB,
  name: string,
  password: string,
): Promise<TeacherSummary> {
  const problem = checkNewAccount(name, password);
  if (problem) throw new Error(problem);
  return createTeacher(db, { name, passwordHash: await hashPassword(password) });
}

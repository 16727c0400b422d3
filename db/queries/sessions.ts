import 'server-only';
import { eq, lte } from 'drizzle-orm';
import type { DB } from '../connection';
import { session, teacher } from '../schema';

export type SessionWithTeacher = { teacherId: number; teacherName: string; expiresAt: Date };

export function insertSession(
  db: DB,
  row: { tokenHash: string; teacherId: number; expiresAt: Date },
): void {
  db.insert(session).values(row).run();
}

/** The live session for a token hash, with its teacher; an expired one is deleted on sight. */
export function findSession(
  db: DB,
  tokenHash: string,
  now = new Date(),
): SessionWithTeacher | null {
  const row = db
    .select({
      teacherId: session.teacherId,
      teacherName: teacher.name,
      expiresAt: session.expiresAt,
    })
    .from(session)
    .innerJoin(teacher, eq(teacher.id, session.teacherId))
    .where(eq(session.tokenHash, tokenHash))
    .get();
  if (!row) return null;
  if (row.expiresAt.getTime() <= now.getTime()) {
    deleteSession(db, tokenHash);
    return null;
  }
  return row;
}

export function deleteSession(db: DB, tokenHash: string): void {
  db.delete(session).where(eq(session.tokenHash, tokenHash)).run();
}

export function deleteTeacherSessions(db: DB, teacherId: number): void {
  db.delete(session).where(eq(session.teacherId, teacherId)).run();
}

/** Housekeeping: drops every expired session; returns how many went. */
export function deleteExpiredSessions(db: DB, now = new Date()): number {
  return db.delete(session).where(lte(session.expiresAt, now)).run().changes;
}

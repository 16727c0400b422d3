import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DB } from '../connection';
import { teacher, type Teacher } from '../schema';

export type TeacherSummary = Pick<Teacher, 'id' | 'name'>;

// Names are matched without regard to case: "Anna" and "anna" are one teacher to a human.
const sameName = (name: string) => sql`lower(${teacher.name}) = lower(${name.trim()})`;

export function findTeacherByName(db: DB, name: string): Teacher | undefined {
  return db.select().from(teacher).where(sameName(name)).get();
}

export function getTeacher(db: DB, id: number): TeacherSummary | undefined {
  return db
    .select({ id: teacher.id, name: teacher.name })
    .from(teacher)
    .where(eq(teacher.id, id))
    .get();
}

export class DuplicateTeacherError extends Error {
  constructor(name: string) {
    super(`A teacher named "${name}" already exists.`);
    this.name = 'DuplicateTeacherError';
  }
}

/** Adds a teacher; refuses a name that exists in any letter case. */
export function createTeacher(
  db: DB,
  input: { name: string; passwordHash: string },
): TeacherSummary {
  const name = input.name.trim();
  return db.transaction((tx) => {
    if (findTeacherByName(tx as unknown as DB, name)) throw new DuplicateTeacherError(name);
    return tx
      .insert(teacher)
      .values({ name, passwordHash: input.passwordHash })
      .returning({ id: teacher.id, name: teacher.name })
      .get();
  });
}

export function setTeacherPasswordHash(db: DB, id: number, passwordHash: string): void {
  db.update(teacher).set({ passwordHash }).where(eq(teacher.id, id)).run();
}

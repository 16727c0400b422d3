import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTeacher } from '@/db/queries/teachers';
import { session, teacher } from '@/db/schema';
import { createTestDatabase } from '@/lib/testing/test-db';
import { createSession, endSession, SESSION_TTL_MS, validateSessionToken } from './sessions';
import { hashSessionToken } from './session-token';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const anna = createTeacher(db, { name: 'Anna', passwordHash: 'unused' });

describe('sessions', () => {
  it('creates a random token, stores only its hash, and finds the teacher by it', () => {
    const now = new Date('2025-03-01T08:00:00Z');
    const { token, expiresAt } = createSession(db, anna.id, now);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(expiresAt.getTime() - now.getTime()).toBe(SESSION_TTL_MS);
    const rows = db.select().from(session).all();
    expect(rows.map((r) => r.tokenHash)).toContain(hashSessionToken(token));
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(validateSessionToken(db, token, now)).toMatchObject({ id: anna.id, name: 'Anna' });
  });

  it('every session gets a different token', () => {
    const a = createSession(db, anna.id).token;
    const b = createSession(db, anna.id).token;
    expect(a).not.toBe(b);
  });

  it('refuses unknown, malformed and missing tokens', () => {
    expect(validateSessionToken(db, undefined)).toBeNull();
    expect(validateSessionToken(db, 'short')).toBeNull();
    expect(validateSessionToken(db, 'x'.repeat(43))).toBeNull();
  });

  it('expires after the time to live, and deletes the expired row', () => {
    const now = new Date('2025-03-01T08:00:00Z');
    const { token } = createSession(db, anna.id, now);
    const justBefore = new Date(now.getTime() + SESSION_TTL_MS - 1);
    expect(validateSessionToken(db, token, justBefore)).not.toBeNull();
    expect(validateSessionToken(db, token, new Date(now.getTime() + SESSION_TTL_MS))).toBeNull();
    const left = db
      .select()
      .from(session)
      .all()
      .filter((r) => r.tokenHash === hashSessionToken(token));
    expect(left).toEqual([]);
  });

  it('logout deletes the session', () => {
    const { token } = createSession(db, anna.id);
    endSession(db, token);
    expect(validateSessionToken(db, token)).toBeNull();
  });

  it('a deleted teacher takes their sessions along', () => {
    const bob = createTeacher(db, { name: 'Bob', passwordHash: 'unused' });
    const { token } = createSession(db, bob.id);
    db.delete(teacher).where(eq(teacher.id, bob.id)).run();
    expect(validateSessionToken(db, token)).toBeNull();
  });
});

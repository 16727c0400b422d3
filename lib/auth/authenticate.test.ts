import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTeacher, DuplicateTeacherError } from '@/db/queries/teachers';
import { createTestDatabase } from '@/lib/testing/test-db';
import { authenticate } from './authenticate';
import { LOGIN_FAILURE_LIMIT, LOGIN_WINDOW_MS, resetLoginThrottle } from './login-throttle';
import { hashPassword } from './password';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const anna = createTeacher(db, {
  name: 'Anna de Vries',
  passwordHash: await hashPassword('goed wachtwoord'),
});
beforeEach(resetLoginThrottle);

const attempt = (password: string, opts: { name?: string; client?: string; now?: number } = {}) =>
  authenticate(
    db,
    { name: opts.name ?? 'Anna de Vries', password, client: opts.client ?? '10.0.0.1' },
    opts.now,
  );

describe('authenticate', () => {
  it('accepts the right password, with the name in any letter case', async () => {
    expect(await attempt('goed wachtwoord')).toEqual({ ok: true, teacherId: anna.id });
    expect(await attempt('goed wachtwoord', { name: '  anna DE vries ' })).toEqual({
      ok: true,
      teacherId: anna.id,
    });
  });

  it('gives one answer for a wrong password and an unknown name', async () => {
    expect(await attempt('fout wachtwoord')).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt('goed wachtwoord', { name: 'Nobody' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it(`after ${LOGIN_FAILURE_LIMIT} failures refuses even the right password, until the window ends`, async () => {
    const now = Date.now();
    for (let i = 1; i < LOGIN_FAILURE_LIMIT; i++)
      expect((await attempt(`wrong ${i}`, { now })).ok).toBe(false);
    expect(await attempt('wrong last', { now })).toMatchObject({ reason: 'throttled' });
    const blocked = await attempt('goed wachtwoord', { now: now + 1000 });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    expect(
      blocked.ok === false && blocked.reason === 'throttled' && blocked.retryAfterSeconds,
    ).toBe(LOGIN_WINDOW_MS / 1000 - 1);
    expect(await attempt('goed wachtwoord', { now: now + LOGIN_WINDOW_MS })).toEqual({
      ok: true,
      teacherId: anna.id,
    });
  });

  it('throttles per account name across clients, and per client across names', async () => {
    const now = Date.now();
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++)
      await attempt('wrong', { client: `10.0.1.${i}`, now });
    expect(await attempt('goed wachtwoord', { client: '10.9.9.9', now })).toMatchObject({
      reason: 'throttled',
    });
    resetLoginThrottle();
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++)
      await attempt('wrong', { name: `guess ${i}`, now });
    expect(await attempt('goed wachtwoord', { now })).toMatchObject({ reason: 'throttled' });
  });

  it('a good login does not count against the teacher', async () => {
    for (let i = 0; i < LOGIN_FAILURE_LIMIT * 2; i++)
      expect((await attempt('goed wachtwoord')).ok).toBe(true);
  });
});

describe('createTeacher', () => {
  it('refuses a duplicate name in any letter case', () => {
    expect(() => createTeacher(db, { name: 'ANNA DE VRIES', passwordHash: 'x' })).toThrow(
      DuplicateTeacherError,
    );
  });
});

describe('authenticate with an over-long password', () => {
  it('fails even when the allowed prefix matches', async () => {
    resetLoginThrottle();
    const long = 'goed wachtwoord'.padEnd(300, 'x');
    const other = createTeacher(db, {
      name: 'Long',
      passwordHash: await hashPassword(long.slice(0, 200)),
    });
    expect(await attempt(long.slice(0, 200), { name: 'Long' })).toEqual({
      ok: true,
      teacherId: other.id,
    });
    expect(await attempt(long, { name: 'Long' })).toEqual({ ok: false, reason: 'invalid' });
  });
});

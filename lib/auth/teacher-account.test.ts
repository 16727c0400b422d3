import { afterAll, describe, expect, it } from 'vitest';
import { findTeacherByName } from '@/db/queries/teachers';
import { createTestDatabase } from '@/lib/testing/test-db';
import { verifyPassword } from './password';
import { checkNewAccount, createTeacherAccount } from './teacher-account';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);

describe('teacher accounts', () => {
  it('refuses short passwords and odd names', () => {
    expect(checkNewAccount('Anna', '123456789')).toMatch(/at least 10/);
    expect(checkNewAccount('A', '1234567890')).toMatch(/2 to 60/);
    expect(checkNewAccount('Anna\u001b[31m', '1234567890')).toMatch(/control characters/);
    expect(checkNewAccount('Anna', '1234567890')).toBeNull();
  });

  it('stores a salted scrypt hash, never the password', async () => {
    await createTeacherAccount(db, '  Mevrouw Jansen ', 'een lang wachtwoord');
    const row = findTeacherByName(db, 'mevrouw jansen')!;
    expect(row.name).toBe('Mevrouw Jansen');
    expect(row.passwordHash).not.toContain('een lang wachtwoord');
    expect(await verifyPassword('een lang wachtwoord', row.passwordHash)).toBe(true);
    await expect(
      createTeacherAccount(db, 'MEVROUW JANSEN', 'een ander wachtwoord'),
    ).rejects.toThrow(/already exists/);
  });
});

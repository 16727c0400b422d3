import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so one password gives different hashes', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same password'),
      hashPassword('same password'),
    ]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('never matches a malformed or tampered hash', async () => {
    const stored = await hashPassword('a long password');
    expect(await verifyPassword('a long password', 'plain-text')).toBe(false);
    expect(await verifyPassword('a long password', stored.replace('$32768$', '$3$'))).toBe(false);
    expect(await verifyPassword('a long password', stored.replace(/\$[\w-]+$/, '$AAAA'))).toBe(
      false,
    );
  });

  it('treats composed and decomposed accents alike (NFKC)', async () => {
    const stored = await hashPassword('wachtwoord één');
    expect(await verifyPassword('wachtwoord e\u0301e\u0301n', stored)).toBe(true);
  });

  it('the dummy check for unknown names always fails', async () => {
    expect(await verifyAgainstDummy('anything at all')).toBe(false);
  });
});

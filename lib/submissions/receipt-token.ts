import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the private link is the only key to a submission's receipt. */
export function createReceiptToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashReceiptToken(token) };
}

/** Only this SHA-256 is stored, so a leaked database does not reveal anyone's receipt link. */
export function hashReceiptToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isReceiptToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { authenticate } from '@/lib/auth/authenticate';
import { endCurrentSession, startSession } from '@/lib/auth/current';
import { clientKey } from '@/lib/rate-limit';

export type LoginState = {
  error?: 'invalid' | 'throttled';
  retryMinutes?: number;
  fields?: { name?: 'required'; password?: 'required' };
  /** The name as typed, so a failed attempt does not empty the field. Never the password. */
  name?: string;
};

export async function login(_prev: LoginState | null, formData: FormData): Promise<LoginState> {
  const name = String(formData.get('name') ?? '')
    .trim()
    .slice(0, 100);
  const password = String(formData.get('password') ?? '');
  const fields: LoginState['fields'] = {};
  if (!name) fields.name = 'required';
  if (!password) fields.password = 'required';
  if (fields.name || fields.password) return { fields, name };

  const outcome = await authenticate(db, {
    name,
    password,
    client: clientKey(await headers()),
  });
  if (!outcome.ok) {
    console.warn(`[auth] login refused (${outcome.reason}) for name "${name.slice(0, 40)}"`);
    return outcome.reason === 'throttled'
      ? {
          error: 'throttled',
          retryMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)),
          name,
        }
      : { error: 'invalid', name };
  }
  await startSession(outcome.teacherId);
  redirect('/teacher/queue');
}

export async function logout(): Promise<void> {
  await endCurrentSession();
  redirect('/teacher?loggedOut=1');
}

import 'server-only';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;
export type ActionResult<T = undefined> =
  | ({ ok: true } & ([T] extends [undefined] ? object : { data: T }))
  | { ok: false; errors: FieldErrors; values?: Record<string, string> };

/**
 * Wraps a server action: parses FormData with a zod schema and returns field errors (message keys
 * the page translates) instead of throwing, so `useActionState` can show them next to the fields
 * and keep what the user typed.
 */
export function validatedAction<S extends z.ZodType, T = undefined>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData) => Promise<ActionResult<T>>,
) {
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const values = Object.fromEntries(
      [...formData.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.') || 'form';
        errors[key] ??= issue.message;
      }
      return { ok: false, errors, values };
    }
    return action(parsed.data, formData);
  };
}

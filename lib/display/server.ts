import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { DISPLAY_COOKIE, displayFromCookie, type Display } from './config';

/** The visitor's display choice, read once per request; rendered on <html> so nothing flashes. */
export const getDisplay = cache(async (): Promise<Display> => displayFromCookie((await cookies()).get(DISPLAY_COOKIE)?.value));

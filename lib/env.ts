import 'server-only';
import { parseEnv } from './env-core';

/** The app's configuration, validated once at boot (see env-core.ts). */
export const env = parseEnv(process.env);

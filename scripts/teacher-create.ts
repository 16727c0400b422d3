/**
 * Creates a teacher account: `npm run teacher:create -- NAME`.
 * On a terminal it asks for the password twice without showing it; otherwise (CI, Docker, a pipe)
 * it reads TEACHER_PASSWORD. The database is the one in DATA_DIR, migrated first if it is new.
 */
import { parseEnv } from '@/lib/env-core';
import { openDatabase } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { DuplicateTeacherError } from '@/db/queries/teachers';
import { checkNewAccount, createTeacherAccount } from '@/lib/auth/teacher-account';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads one line from the terminal with echo off. */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let value = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stdout.write('\n');
          process.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function askPassword(): Promise<string> {
  if (process.env.TEACHER_PASSWORD !== undefined) return process.env.TEACHER_PASSWORD;
  if (!process.stdin.isTTY) {
    fail('No terminal to ask for the password: set TEACHER_PASSWORD instead.');
  }
  for (;;) {
    const first = await readHidden('Password (at least 10 characters): ');
    const problem = checkNewAccount('ok', first);
    if (problem) {
      console.error(problem);
      continue;
    }
    const second = await readHidden('Same password again: ');
    if (first === second) return first;
    console.error('The two passwords differ. Try again.');
  }
}

async function main() {
  const name = process.argv.slice(2).join(' ').trim();
  if (!name) fail('Usage: npm run teacher:create -- NAME');
  const nameProblem = checkNewAccount(name, 'x'.repeat(10));
  if (nameProblem) fail(nameProblem);

  const env = parseEnv(process.env);
  const db = openDatabase(env.dbFile);
  try {
    runMigrations(db);
    const password = await askPassword();
    const teacher = await createTeacherAccount(db, name, password);
    console.log(`Teacher "${teacher.name}" created in ${env.dbFile}. Log in at /teacher.`);
  } catch (error) {
    if (error instanceof DuplicateTeacherError) fail(`${error.message} Nothing was changed.`);
    fail(error instanceof Error ? error.message : String(error));
  } finally {
    db.$client.close();
  }
}

void main();

import { expect, test } from '@playwright/test';
import {
  approve,
  createTeacher,
  db,
  login,
  png,
  TEACHER,
  THROTTLED,
  unique,
} from './fixtures/teacher-helpers';

// The teacher half of moderation, against the production build on the e2e data directory.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  createTeacher(TEACHER);
  createTeacher(THROTTLED);
});

test('every teacher page redirects to the login page without a session', async ({ request }) => {
  const { id } = db.pending(unique('guarded'));
  for (const url of [
    '/teacher/queue',
    '/teacher/queue?status=published',
    `/teacher/items/${id}`,
    `/teacher/items/${id}/edit`,
    '/teacher/reports',
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(307);
    expect(response.headers().location, url).toMatch(/\/teacher$/);
  }
  // A made-up cookie is no better than none.
  const forged = await request.get('/teacher/queue', {
    maxRedirects: 0,
    headers: { cookie: `pg_teacher_session=${'A'.repeat(43)}` },
  });
  expect(forged.status()).toBe(307);
});

test('the login page is private: noindex and not cached', async ({ page }) => {
  const response = await page.goto('/teacher');
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher login');
});

test('a server action replayed without the session cookie changes nothing', async ({
  page,
  request,
}) => {
  const { id } = db.pending(unique('replay'));
  await login(page);
  await page.goto(`/teacher/items/${id}`);
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(`**/teacher/items/${id}`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    captured = {
      headers: await route.request().allHeaders(),
      body: route.request().postDataBuffer()!,
    };
    await route.abort();
  });
  await page.getByTestId('approve').click();
  await expect.poll(() => captured).not.toBeNull();
  const { cookie, ...headers } = captured!.headers;
  expect(cookie).toContain('pg_teacher_session=');
  const replay = await request.post(`/teacher/items/${id}`, {
    headers: Object.fromEntries(
      Object.entries(headers).filter(([k]) => !k.startsWith(':') && k !== 'content-length'),
    ),
    data: captured!.body,
    maxRedirects: 0,
  });
  expect(replay.status()).not.toBe(500);
  expect(db.status(id)).toBe('pending');
});

test('a teacher approves a pending item and it appears in the gallery and its search', async ({
  page,
}) => {
  const word = unique('approve');
  const item = db.pending(word);
  // Not public while pending.
  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByTestId('comparison-card')).toHaveCount(0);
  expect((await page.goto(`/gallery/${item.slug}`))?.status()).toBe(404);

  await login(page);
  const row = page.getByTestId('moderation-item').filter({ hasText: item.title });
  await expect(row).toContainText('by E2E Student');
  await expect(row).toContainText('2 prompts');
  await row.getByRole('link', { name: `Review: ${item.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/items/${item.id}$`));
  await expect(page.getByTestId('item-status')).toHaveText('Waiting for review');
  // The preview shows the comparison the way the gallery will.
  await expect(
    page.getByRole('heading', { name: 'How it will look in the gallery' }),
  ).toBeVisible();
  await expect(page.locator('section[aria-labelledby^="variant-"]')).toHaveCount(2);
  const img = page.getByTestId('run-open').first().locator('img');
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
    .toBeGreaterThan(0);

  await page.getByTestId('approve').click();
  await expect(page).toHaveURL(/\/teacher\/queue\?done=approved/);
  await expect(page.getByTestId('flash')).toHaveText(
    `Published: “${item.title}” is now in the gallery.`,
  );
  await expect(page.getByTestId('moderation-item').filter({ hasText: item.title })).toHaveCount(0);

  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByTestId('comparison-card')).toHaveCount(1);
  await expect(page.getByTestId('comparison-card')).toContainText(item.title);
  await page.goto(`/gallery/${item.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
});

test('rejecting needs a reason, keeps it, and the item stays out of the gallery', async ({
  page,
}) => {
  const word = unique('reject');
  const item = db.pending(word);
  await login(page);
  await page.goto(`/teacher/items/${item.id}`);
  await page.getByTestId('reject').click();
  await expect(
    page.getByText('Give a reason so the submitter knows what to change.'),
  ).toBeVisible();
  expect(db.status(item.id)).toBe('pending');

  await page
    .getByLabel('Reason for rejecting (the submitter sees this)')
    .fill('The pictures do not belong to the prompts.');
  await page.getByTestId('reject').click();
  await expect(page.getByTestId('flash')).toHaveText(
    `Rejected: “${item.title}” stays out of the gallery.`,
  );
  expect(db.status(item.id)).toBe('rejected');

  await page.getByRole('link', { name: 'Rejected' }).click();
  await page
    .getByTestId('moderation-item')
    .filter({ hasText: item.title })
    .getByRole('link')
    .click();
  await expect(page.getByTestId('moderation-note')).toHaveText(
    'The pictures do not belong to the prompts.',
  );
  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByTestId('comparison-card')).toHaveCount(0);
});

test('a teacher edits the title, description and lesson', async ({ page }) => {
  const word = unique('edit');
  const item = db.pending(word);
  await login(page);
  await page.goto(`/teacher/items/${item.id}`);
  await page.getByTestId('edit').click();
  await page.getByLabel('Title').fill('');
  await page.getByTestId('save').click();
  await expect(page.getByText('The title cannot be empty.')).toBeVisible();

  const title = `Edited ${word}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Lesson').selectOption('bias');
  await page.getByTestId('save').click();
  await expect(page).toHaveURL(new RegExp(`/teacher/items/${item.id}\\?done=saved$`));
  await expect(page.getByTestId('flash')).toHaveText(`Saved your changes to “${title}”.`);
  await expect(page.getByTestId('item-title')).toHaveText(title);

  await page.getByTestId('approve').click();
  await expect(page.getByTestId('flash')).toContainText('Published');
  await page.goto(`/gallery/${item.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.badge').first()).toHaveText('Bias');
});

test('a published item can be hidden, then deleted', async ({ page }) => {
  const word = unique('hide');
  const item = db.pending(word);
  await login(page);
  await approve(page, item.id);
  await page.goto(`/teacher/items/${item.id}`);
  await page.getByTestId('hide').click();
  await expect(page.getByTestId('flash')).toHaveText(
    `Hidden: “${item.title}” is no longer in the gallery.`,
  );
  await expect(page.getByTestId('item-status')).toHaveText('Hidden');
  expect((await page.request.get(`/gallery/${item.slug}`)).status()).toBe(404);
  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByTestId('comparison-card')).toHaveCount(0);

  await page.goto(`/teacher/items/${item.id}`);
  await page.getByTestId('delete').click();
  await expect(page.getByTestId('delete-confirm')).toBeFocused();
  await page.getByTestId('delete-confirm').click();
  await expect(page).toHaveURL(/\/teacher\/queue\?status=hidden&done=deleted$/);
  await expect(page.getByTestId('flash')).toContainText('Deleted.');
  expect(db.status(item.id)).toBeNull();
  expect((await page.goto(`/teacher/items/${item.id}`))?.status()).toBe(404);
});

test('reports are listed with their item and can be resolved', async ({ page }) => {
  const item = db.pending(unique('report'));
  await login(page);
  await approve(page, item.id);
  const reason = `privacy: shows a real person ${unique('r')}`;
  db.report(item.id, reason);

  await page.getByRole('link', { name: /^Reports/ }).click();
  const listed = page.getByTestId('report').filter({ hasText: reason });
  await expect(listed).toContainText(item.title);
  await expect(listed).toContainText('Item status: Published');
  await listed.getByRole('button', { name: `Mark as resolved: ${item.title}` }).click();
  await expect(page.getByTestId('flash')).toHaveText('Report marked as resolved.');
  await expect(page.getByTestId('report').filter({ hasText: reason })).toHaveCount(0);
  await page.getByRole('link', { name: 'Resolved reports' }).click();
  await expect(page.getByTestId('report').filter({ hasText: reason })).toContainText('Resolved');
});

test('wrong passwords are throttled, even when the right one follows, in the visitor’s language', async ({
  browser,
}) => {
  // Its own client address and account, so the throttle does not lock out the other tests.
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 200) + 1}` },
  });
  const page = await context.newPage();
  // Each attempt waits for its answer: the form clears the password field when one arrives.
  const attempt = async (password: string, submit = 'Log in') => {
    await page.locator('#password').fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: submit }).click();
    await answered;
    await expect(page.locator('#password')).toHaveValue('');
  };
  await page.goto('/teacher');
  await page.getByLabel('Name').fill(THROTTLED.name);
  for (let i = 1; i <= 4; i++) {
    await attempt(`wrong password ${i}`);
    await expect(page.getByTestId('login-error')).toHaveText(
      'That name and password do not match an account.',
    );
  }
  await attempt('wrong password 5');
  await expect(page.getByTestId('login-error')).toHaveText(
    'Too many failed attempts. Try again in 15 minutes.',
  );
  await attempt(THROTTLED.password);
  await expect(page.getByTestId('login-error')).toHaveText(/Too many failed attempts/);
  await expect(page).toHaveURL(/\/teacher$/);

  await context.addCookies([{ name: 'lang', value: 'nl', url: page.url() }]);
  await page.reload();
  await page.getByLabel('Naam').fill(THROTTLED.name);
  await attempt(THROTTLED.password, 'Inloggen');
  await expect(page.getByTestId('login-error')).toHaveText(
    /Te veel mislukte pogingen\. Probeer het over \d+ minuten opnieuw\./,
  );
  await context.close();
});

test('the session cookie is HttpOnly and SameSite=Lax, Secure over HTTPS; logout ends the session for good', async ({
  page,
  browser,
}) => {
  // Behind a TLS proxy (X-Forwarded-Proto: https) the cookie is Secure.
  const viaTls = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  await login(await viaTls.newPage());
  expect((await viaTls.cookies()).find((c) => c.name === 'pg_teacher_session')?.secure).toBe(true);
  await viaTls.close();

  // Plain HTTP, as on a school server in the local network: not Secure, or login could not work.
  await login(page);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'pg_teacher_session')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/teacher', secure: false });
  expect(cookie.expires - Date.now() / 1000).toBeGreaterThan(7.9 * 3600);
  expect(cookie.expires - Date.now() / 1000).toBeLessThan(8.1 * 3600);
  expect(await page.evaluate(() => document.cookie)).not.toContain('pg_teacher_session');

  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/teacher\?loggedOut=1$/);
  await expect(page.getByText('You are logged out.')).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === 'pg_teacher_session')).toBe(false);
  await page.goto('/teacher/queue');
  await expect(page).toHaveURL(/\/teacher$/);

  // The old cookie, kept by someone, is worthless: its session row is gone.
  const other = await browser.newContext();
  await other.addCookies([cookie]);
  const replay = await other.request.get('/teacher/queue', { maxRedirects: 0 });
  expect(replay.status()).toBe(307);
  await other.close();
});

test('the whole way: submit two prompts, receipt, teacher approves, gallery and search show it', async ({
  page,
  browser,
}) => {
  const word = unique('heron');
  const title = `Herons ${word}`;
  const seed = Date.now() % 1000;
  await page.goto('/submit');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('What does it show?').selectOption('variation');
  const first = page.getByTestId('variant-1');
  await first.getByLabel('Prompt', { exact: true }).fill(`a grey heron in a ditch ${word}`);
  await first.getByLabel('Tool', { exact: true }).fill('Stable Diffusion');
  await first
    .getByLabel('Add pictures to prompt 1')
    .setInputFiles([await png('a.png', seed + 1), await png('b.png', seed + 2)]);
  await page.getByRole('button', { name: 'Add a prompt' }).click();
  const second = page.getByTestId('variant-2');
  await second.getByLabel('Prompt', { exact: true }).fill('a grey heron in a ditch, photo, 300 mm');
  await second.getByLabel('Tool', { exact: true }).fill('Stable Diffusion');
  await second
    .getByLabel('Add pictures to prompt 2')
    .setInputFiles([await png('c.png', seed + 3), await png('d.png', seed + 4)]);
  await page.getByRole('button', { name: 'Send for review' }).click();
  await page.waitForURL(/\/r\/[A-Za-z0-9_-]{43}$/);
  const receipt = page.url();
  await expect(page.getByTestId('receipt-status')).toHaveAttribute('data-status', 'pending');
  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByTestId('comparison-card')).toHaveCount(0);

  // The teacher works in a browser of their own.
  const teacher = await browser.newPage();
  await login(teacher);
  const row = teacher.getByTestId('moderation-item').filter({ hasText: title });
  await expect(row).toContainText('2 prompts');
  await expect(row).toContainText('4 runs');
  await row.getByRole('link', { name: `Review: ${title}` }).click();
  await expect(teacher.getByTestId('run-open')).toHaveCount(4);
  await teacher.getByTestId('approve').click();
  await expect(teacher.getByTestId('flash')).toHaveText(
    `Published: “${title}” is now in the gallery.`,
  );
  await teacher.close();

  await page.goto(`/gallery?q=${word}`);
  await expect(page.getByTestId('comparison-card')).toHaveCount(1);
  await page.getByTestId('comparison-card').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goto(receipt);
  await expect(page.getByTestId('receipt-status')).toHaveAttribute('data-status', 'published');
});

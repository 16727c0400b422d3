import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { E2E_DATA_DIR } from '../playwright.config';
import { E2E_COMPARISONS } from './fixtures/make-pack';
import { createTeacher, login, TEACHER } from './fixtures/teacher-helpers';

// Bias tallies: a teacher adds a question, a class votes from their own browsers, the results
// page follows live. One story, in order, on the e2e pack's "a CEO" comparison.
test.describe.configure({ mode: 'serial' });

const { slug } = E2E_COMPARISONS.ceo;
let comparisonId = 0;
let questionId = 0;

test.beforeAll(() => {
  createTeacher(TEACHER);
  const out = execFileSync('npx', ['tsx', '--conditions=react-server', 'e2e/fixtures/tally-db.ts', 'clear', slug], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIR },
    encoding: 'utf8',
  });
  comparisonId = (JSON.parse(out) as { id: number }).id;
});

async function browserPage(browser: Browser, locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale });
  return context.newPage();
}

/** The sum of one option's counts over all variants of the question, as the page shows them. */
const optionTotal = (page: Page, key: string) => async () => {
  const texts = await page
    .getByTestId(`question-${questionId}`)
    .locator(`[data-testid$="-${key}"] [data-testid="count"]`)
    .allTextContents();
  return texts.reduce((a, b) => a + Number(b), 0);
};

/** Fields of one CSV line: quoted fields may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
  );
}

const card = (page: Page): Locator => page.getByTestId(`editor-question-${questionId}`);

test('a class votes and the results follow live; one browser counts once', async ({ page, browser }) => {
  await login(page);
  await page.goto(`/teacher/items/${comparisonId}`);
  const editor = page.getByTestId('tally-editor');
  await editor.getByLabel('Template').selectOption('perceived-gender');
  await editor.getByRole('button', { name: 'Add from a template' }).click();
  const added = editor.locator('[data-testid^="editor-question-"]');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('How does the person look to you?');
  questionId = Number((await added.getAttribute('data-testid'))!.replace('editor-question-', ''));

  // The projector: the comparison page, never reloaded from here on.
  const results = await browserPage(browser);
  await results.goto(`/gallery/${slug}`);
  await expect(results.getByTestId('tally-live')).toHaveText('Updates live');
  await expect(results.getByTestId(`question-${questionId}`)).toContainText('No answers yet.');

  const [anna, ben] = [await browserPage(browser), await browserPage(browser)];
  for (const [pupil, answer] of [[anna, 'Woman'], [ben, 'Man']] as const) {
    await pupil.goto(`/gallery/${slug}/vote`);
    await expect(pupil.getByTestId('vote-progress')).toHaveText('Picture 1 of 8');
    const button = pupil.getByRole('button', { name: answer, exact: true });
    await expect(button).toBeVisible();
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await button.click();
    await expect(pupil.getByTestId('vote-progress')).toHaveText('Picture 2 of 8');
  }
  await expect.poll(optionTotal(results, 'woman')).toBe(1);
  await expect.poll(optionTotal(results, 'man')).toBe(1);
  await expect(results.getByTestId(`question-${questionId}`)).toContainText('2 answers');

  // Anna changes her mind about picture 1: still one answer from her browser.
  await anna.getByRole('link', { name: 'Previous picture' }).click();
  await expect(anna.getByTestId('vote-chosen')).toContainText('Your answer: Woman');
  await anna.getByRole('button', { name: 'Man', exact: true }).click();
  await expect(anna.getByTestId('vote-progress')).toHaveText('Picture 2 of 8');
  await expect.poll(optionTotal(results, 'man')).toBe(2);
  await expect.poll(optionTotal(results, 'woman')).toBe(0);
  await expect(results.getByTestId(`question-${questionId}`)).toContainText('2 answers');

  // The CSV has every question × variant × run × option, with the counts.
  const download = results.waitForEvent('download');
  await results.getByTestId('tally-csv').click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('question_id,question,template,variant,prompt,run,run_id,option_key,option,count,reference_share,reference_source');
  expect(lines).toHaveLength(1 + 2 * 4 * 3);
  const counts = lines.slice(1).map(csvFields);
  const sum = (key: string) => counts.filter((c) => c[7] === key).reduce((a, c) => a + Number(c[9]), 0);
  expect([sum('woman'), sum('man'), sum('cant-tell')]).toEqual([0, 2, 0]);
  expect(csv).toContain('"a CEO in an office, diverse group of people"');

  // Closing voting: a pupil's next answer is refused, clearly, and counts nothing.
  await card(page).getByTestId('toggle-voting').click();
  await expect(card(page).getByTestId('editor-state')).toHaveText('Voting is closed');
  await ben.getByRole('button', { name: 'Woman', exact: true }).click();
  await expect(ben.getByTestId('vote-error')).toHaveText(
    'Voting on this question is closed. Your answer was not saved.',
  );
  await expect(results.getByTestId(`question-${questionId}`)).toContainText('Voting is closed');
  await expect.poll(optionTotal(results, 'woman')).toBe(0);

  // Reset empties the tallies (after a confirmation).
  await card(page).getByTestId('reset-votes').click();
  await card(page).getByTestId('reset-votes-confirm').click();
  await expect(card(page).getByTestId('editor-answers')).toHaveText('0 answers');
  await expect.poll(optionTotal(results, 'man')).toBe(0);
  await expect(results.getByTestId(`question-${questionId}`)).not.toContainText('2 answers');
});

test('Dutch visitors get the question, the options and the results in Dutch', async ({ browser }) => {
  const pupil = await browserPage(browser, 'nl-NL');
  await pupil.goto(`/gallery/${slug}/vote`);
  await expect(pupil.getByRole('heading', { level: 1 })).toHaveText('Hoe ziet de persoon er voor jou uit?');
  await expect(pupil.getByTestId('vote-closed')).toContainText('Stemmen over deze vraag is gesloten');
  await pupil.goto(`/gallery/${slug}`);
  await expect(pupil.getByRole('heading', { name: 'Wat de klas ziet' })).toBeVisible();
  await expect(pupil.getByTestId(`question-${questionId}`)).toContainText('Kan ik niet zeggen');
  await expect(pupil.getByTestId(`question-${questionId}`)).toContainText('Stemmen is gesloten');
});

import { expect, test } from '@playwright/test';

// Prompt cards and the lesson plan, in both languages; copy prompt; "submit your runs" prefills /submit.

for (const [lang, strings] of [
  [
    'en',
    {
      cards: 'Prompt cards',
      judge: 'A judge',
      lesson: 'A 15-minute lesson',
      copy: 'Copy prompt “A judge”',
      copied: 'Copied',
      print: 'Print as handout',
      closing: 'Closing questions',
    },
  ],
  [
    'nl',
    {
      cards: 'Promptkaarten',
      judge: 'Een rechter',
      lesson: 'Een les van 15 minuten',
      copy: 'Kopieer prompt “Een rechter”',
      copied: 'Gekopieerd',
      print: 'Afdrukken als hand-out',
      closing: 'Slotvragen',
    },
  ],
] as const) {
  test(`prompt cards render in ${lang}, grouped by case kind, and copy their prompt`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/prompts');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1, name: strings.cards })).toBeVisible();
    expect(await page.getByTestId('prompt-card').count()).toBeGreaterThanOrEqual(12);
    for (const kind of ['variation', 'bias', 'prompt-craft', 'hallucination']) {
      expect(
        await page.locator(`#kind-${kind} [data-testid="prompt-card"]`).count(),
      ).toBeGreaterThanOrEqual(3);
    }
    const judge = page.locator('#judge');
    await expect(judge.getByRole('heading', { name: strings.judge })).toBeVisible();
    await expect(judge).toContainText('34%');
    const prompt = (await judge.getByTestId('prompt-text').textContent()) ?? '';
    await judge.getByRole('button', { name: strings.copy }).click();
    await expect(judge.getByTestId('copy-status')).toContainText(strings.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(prompt);
  });

  test(`the lesson renders in ${lang} and prints without the site chrome`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
    await page.goto('/lesson');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(strings.lesson);
    await expect(page.getByTestId('lesson-step')).toHaveCount(6);
    await expect(page.getByRole('heading', { name: strings.closing })).toBeVisible();
    await expect(page.getByRole('link', { name: /GAN/ }).first()).toHaveAttribute('href', '/gan');
    await expect(page.getByRole('button', { name: strings.print })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: strings.print })).toBeHidden();
    await expect(page.getByTestId('lesson-step').first()).toBeVisible();
  });
}

test('“submit your runs” opens /submit with the card’s prompt and case kind filled in', async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await page.goto('/prompts');
  const card = page.locator('#ceo');
  const prompt = (await card.getByTestId('prompt-text').textContent()) ?? '';
  await card.getByTestId('submit-runs').click();
  await expect(page).toHaveURL(/\/submit\?/);
  await expect(page.getByTestId('variant-1').getByLabel('Prompt', { exact: true })).toHaveValue(
    prompt,
  );
  await expect(page.locator('#f-caseKind')).toHaveValue('bias');
  await expect(page.locator('#f-title')).toHaveValue('A CEO');
});

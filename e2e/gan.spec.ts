import { expect, test, type Page } from '@playwright/test';

/**
 * The GAN demo trains in a Web Worker, which is slow on a loaded 2-core machine: every wait on
 * training is generous, and every wait is on a condition (never on a fixed sleep).
 */
const TRAINING = { timeout: 120_000 };
test.describe.configure({ timeout: 240_000 });

/** The models are loaded once the Play button is enabled. */
async function whenReady(page: Page) {
  await expect(page.getByTestId('play-pause')).toBeEnabled(TRAINING);
}

/** A short fingerprint of what a canvas shows (a data URL would flood failure messages). */
const fingerprint = (canvas: HTMLCanvasElement) => {
  const url = canvas.toDataURL();
  let h = 0;
  for (let i = 0; i < url.length; i++) h = (Math.imul(h, 31) + url.charCodeAt(i)) | 0;
  return h;
};

/** Share of a canvas's pixels that are ink (dark): none on a blank grid, ~15% on drawn digits. */
const inkShare = (canvas: HTMLCanvasElement) => {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 128) ink++;
  return ink / (data.length / 4);
};

/**
 * Records every text the element with this test id shows, from before the page loads (an
 * observer), for texts that may come and go between two polls. Returns a reader of the record.
 */
async function recordTexts(page: Page, testId: string): Promise<() => Promise<string[]>> {
  type Recorded = { __texts?: { [id: string]: string[] } };
  await page.addInitScript((id) => {
    const all = ((window as unknown as Recorded).__texts ??= {});
    const seen: string[] = (all[id] = []);
    new MutationObserver(() => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent;
      if (text && !seen.includes(text)) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, testId);
  return () => page.evaluate((id) => (window as unknown as Recorded).__texts?.[id] ?? [], testId);
}

const stepOf = async (page: Page) =>
  Number(await page.getByTestId('step-count').getAttribute('data-value'));

test.describe('GAN demo', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  });

  test('loads in English and, after the switch, in Dutch, with the MNIST credit', async ({
    page,
  }) => {
    // Without a GPU the trial skips WebGL and lasts about a second, so the notice may come and go
    // between two polls.
    const measuring = await recordTexts(page, 'measuring');
    await page.goto('/gan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A GAN learns to draw digits');
    await expect(
      page.getByText('MNIST by Yann LeCun and Corinna Cortes, CC BY-SA 3.0'),
    ).toBeVisible();
    await whenReady(page);
    // A first visit in this browser: the worker times its backends, and the page says so while
    // commands wait for it.
    await expect(page.getByTestId('measuring')).toBeHidden(TRAINING);
    expect((await measuring()).join(' ')).toContain(
      'Testing which engine runs fastest on this computer',
    );
    await expect(page.getByTestId('backend')).toHaveAttribute(
      'data-backend',
      /^(webgpu|webgl|wasm|cpu)$/,
    );
    await expect(page.getByTestId('model-source')).toContainText('the trained model');

    await page.getByTestId('language-switch').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Een GAN leert cijfers tekenen',
    );
    await whenReady(page);
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect(page.getByTestId('model-source')).toContainText('het getrainde model');
  });

  test('on a slow connection, a bar shows how many MB of digits and models have arrived', async ({
    page,
  }) => {
    // ~3 Mbit/s: the ~1.2 MB of files take several seconds, as on a busy school network. The
    // throttling covers the worker's requests too (same page, same network conditions).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: (3 * 1024 * 1024) / 8,
      uploadThroughput: (1024 * 1024) / 8,
    });
    // The last count may show only briefly before 'ready'.
    const amounts = await recordTexts(page, 'download-amount');
    await page.goto('/gan');
    const bar = page.getByTestId('download-progress');
    const amount = page.getByTestId('download-amount');
    await expect(bar).toBeVisible(TRAINING);
    await expect(bar).toHaveAccessibleName(
      /^Loading the (digits and the trained model|handwritten digits)…$/,
    );
    await expect(amount).toHaveText(/^\d+\.\d of 1\.2 MB$/);
    const value = () => bar.evaluate((el) => (el as HTMLProgressElement).value);
    const first = await value();
    expect(await bar.evaluate((el) => (el as HTMLProgressElement).max)).toBeGreaterThan(1.2e6);
    await expect.poll(value, TRAINING).toBeGreaterThan(first); // it moves while bytes arrive
    // Screen readers hear it in quarters (a status region), not at every count.
    await expect(page.getByTestId('download-announce')).toHaveText(
      /^(25|50|75|100)% loaded$/,
      TRAINING,
    );
    // The trained generator (downloaded first) draws before the digits are in: a grid with
    // digits in it while Play still waits.
    await expect(page.getByTestId('preview-note')).toHaveText(
      'The grid already shows what the trained forger draws. Training can start once the handwritten digits are in.',
      TRAINING,
    );
    const grid = page.getByTestId('sample-grid');
    await expect(grid).toHaveAttribute('data-step', /^\d+$/);
    expect(await grid.evaluate(inkShare)).toBeGreaterThan(0.05);
    await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled();
    // Only the digits are missing now, and the loading line (a status region, the bar's name) says so.
    await expect(bar).toHaveAccessibleName('Loading the handwritten digits…');
    const previewStep = await grid.getAttribute('data-step');
    const previewImage = await grid.evaluate(fingerprint);
    await whenReady(page);
    await expect(page.getByTestId('preview-note')).toBeHidden();
    // The session loads the same model: the same step and the same drawings.
    await expect(grid).toHaveAttribute('data-step', previewStep!);
    expect(await grid.evaluate(fingerprint)).toBe(previewImage);
    await expect(bar).toBeHidden();
    expect((await amounts()).at(-1)).toBe('1.2 MB loaded; starting the model…');
    // The judge comes after the digits, outside the bar; the first measurement waits for it.
    const quality = page.getByTestId('quality');
    await expect(quality).toContainText(/\d+% of 256 drawings/, TRAINING);
    await expect(quality).toContainText(/(?<!\d)(9|10) of 10/);
  });

  test('training runs, the grid and charts change, pause stops it, one step is one step', async ({
    page,
  }) => {
    await page.goto('/gan');
    await whenReady(page);
    const grid = page.getByTestId('sample-grid');
    await expect(grid).toHaveAttribute('data-step', /\d+/, TRAINING);
    const gridStep = await grid.getAttribute('data-step');
    const gridImage = await grid.evaluate(fingerprint);
    const start = await stepOf(page);

    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByTestId('run-state')).toHaveAttribute('data-running', 'true', TRAINING);
    await expect.poll(() => stepOf(page), TRAINING).toBeGreaterThan(start + 5);
    await expect(grid).not.toHaveAttribute('data-step', gridStep!, TRAINING);
    await expect.poll(() => grid.evaluate(fingerprint), TRAINING).not.toBe(gridImage);
    const charts = page.getByTestId('charts');
    await expect(charts).toBeVisible(TRAINING);
    const chartStep = Number(await charts.getAttribute('data-step'));
    await expect
      .poll(async () => Number(await charts.getAttribute('data-step')), TRAINING)
      .toBeGreaterThan(chartStep);
    await expect
      .poll(
        async () => Number(await page.getByTestId('loss-chart').getAttribute('data-points')),
        TRAINING,
      )
      .toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('run-state')).toHaveAttribute('data-running', 'false', TRAINING);
    // Paused: the counter settles (the step under way when Pause arrived may still report).
    let previous = -1;
    await expect
      .poll(
        async () => {
          const now = await stepOf(page);
          const settled = now === previous;
          previous = now;
          return settled;
        },
        { ...TRAINING, intervals: [1500] },
      )
      .toBe(true);
    const paused = await stepOf(page);
    await page.getByRole('button', { name: 'One step' }).click();
    await expect(page.getByTestId('step-count')).toHaveAttribute(
      'data-value',
      String(paused + 1),
      TRAINING,
    );
    await page.getByRole('button', { name: 'One step' }).click();
    await expect(page.getByTestId('step-count')).toHaveAttribute(
      'data-value',
      String(paused + 2),
      TRAINING,
    );
    await expect(page.getByTestId('run-state')).toHaveAttribute('data-running', 'false');
  });

  test('the Real or fake? game can be played to the end', async ({ page }) => {
    await page.goto('/gan');
    await whenReady(page);
    const game = page.locator('#game');
    await game.getByRole('button', { name: 'Start a round' }).click();
    for (let i = 1; i <= 10; i++) {
      await expect(game.getByTestId('game-progress')).toHaveText(`Digit ${i} of 10`, TRAINING);
      await game.getByRole('button', { name: i % 2 ? 'Real' : 'Fake', exact: true }).click();
      await expect(game.getByText(/The inspector said \d+% real\./)).toBeVisible();
      await game.getByRole('button', { name: i === 10 ? 'See the score' : 'Next digit' }).click();
    }
    const result = game.getByTestId('game-result');
    await expect(result).toBeVisible();
    await expect(result.getByTestId('class-score')).toContainText(/\d+ of 10/);
    await expect(result.getByTestId('inspector-score')).toContainText(/\d+ of 10/);
    await expect(game.getByRole('button', { name: 'Play again' })).toBeVisible();
  });

  test('parts far below the grid draw their digits only once scrolled near', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/gan');
    await whenReady(page);
    const verdict = page.locator('#verdict');
    const interpolation = page.locator('#interpolation');
    // The caption's quality reading is asked for at ready, after the verdict cards would be: the
    // worker answers in order, so had the cards been asked for, they would be here now.
    await expect(page.getByTestId('grid-caption')).toContainText(
      'the classifier recognises',
      TRAINING,
    );
    await expect(verdict).toHaveAttribute('data-near', 'false');
    await expect(verdict.getByTestId('verdict')).toHaveCount(0);
    await expect(verdict.getByText('Press New mix to see the verdicts.')).toBeAttached();
    await expect(interpolation.getByTestId('interpolation')).toHaveCount(0);

    await verdict.scrollIntoViewIfNeeded();
    await expect(verdict).toHaveAttribute('data-near', 'true');
    await expect(verdict.getByTestId('verdict').getByRole('listitem')).toHaveCount(10, TRAINING);
    await expect(verdict.getByTestId('verdict-tally')).toContainText(
      /The inspector was right about \d+ of 10\./,
    );
    await interpolation.scrollIntoViewIfNeeded();
    await expect(interpolation.getByTestId('interpolation')).toBeVisible(TRAINING);
  });

  test('a model saved in the browser can be restored, exported and imported', async ({ page }) => {
    await page.goto('/gan');
    await whenReady(page);
    const storage = page.locator('#storage');
    await expect(storage.getByTestId('saved-info')).toHaveText(
      'No model saved in this browser yet.',
      TRAINING,
    );
    const saved = (await stepOf(page)) + 1;
    await page.getByRole('button', { name: 'One step' }).click();
    await expect(page.getByTestId('step-count')).toHaveAttribute(
      'data-value',
      String(saved),
      TRAINING,
    );

    await storage.getByRole('button', { name: 'Save in this browser' }).click();
    await expect(storage.getByTestId('storage-status')).toContainText(
      `Saved at step ${saved.toLocaleString('en')}.`,
      TRAINING,
    );
    await page.getByRole('button', { name: 'One step' }).click();
    await expect(page.getByTestId('step-count')).toHaveAttribute(
      'data-value',
      String(saved + 1),
      TRAINING,
    );

    await storage.getByRole('button', { name: 'Restore saved model' }).click();
    await expect(storage.getByTestId('storage-status')).toContainText(
      'Restored the saved model',
      TRAINING,
    );
    await expect(page.getByTestId('step-count')).toHaveAttribute(
      'data-value',
      String(saved),
      TRAINING,
    );
    await expect(page.getByTestId('model-source')).toContainText('the saved model');

    // It survives a reload.
    await page.reload();
    await expect(storage.getByTestId('saved-info')).toContainText(
      `step ${saved.toLocaleString('en')}`,
      TRAINING,
    );

    // Export as a file, then open that file again.
    await whenReady(page);
    const step = await stepOf(page);
    const download = page.waitForEvent('download');
    await storage.getByRole('button', { name: 'Download as file' }).click();
    // Named after the step the model is at, read when the file is ready.
    expect((await download).suggestedFilename()).toBe(`gan-digits-step-${step}.gan`);
    const file = await (await download).path();
    await expect(storage.getByTestId('storage-status')).toContainText('Downloaded', TRAINING);
    await storage.getByTestId('import-file').setInputFiles(file);
    await expect(storage.getByTestId('storage-status')).toContainText(
      'Opened the model file',
      TRAINING,
    );
  });
});

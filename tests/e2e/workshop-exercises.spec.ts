/**
 * The workshop exercises in a browser: the one flow only a browser shows (predict, lock, run the widget
 * in place at the exercise's state, reveal, reload, reset), and the handout printed to PDF as Chromium's
 * "Save as PDF" does, one exercise per page. What the pages say is checked without a browser in
 * tests/unit/workshop-pages.test.ts.
 */
import { expect, test } from '@playwright/test';
import { collectPageErrors, noProblems } from './helpers';

test('an exercise: predict, lock, run, reveal; a reload keeps the locked prediction; reset clears it', async ({
  page,
}) => {
  test.setTimeout(40_000);
  const problems = collectPageErrors(page);
  await page.goto('/workshop/exercises/light-in-fibre/');
  const input = page.getByLabel(/One-way delay/);
  await input.fill('3');
  await page.getByRole('button', { name: 'Lock my prediction' }).click();
  await expect(input).toBeDisabled();
  await expect(page.locator('[data-lock-status]')).toHaveText('Locked: 3 ms.');
  // Before the reveal the answer is not on screen.
  await expect(page.locator('details[data-answer]')).toBeHidden();

  await page.getByRole('button', { name: 'Open the widget here' }).click();
  const widget = page.locator('sf-widget[data-widget="latency"]');
  await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  // The widget reads the exercise's state from the address, as it would a shared link.
  await expect(widget.locator('#latency-a')).toHaveValue('fairwater-wisconsin');
  await expect(widget.locator('#latency-b')).toHaveValue('fairwater-atlanta');

  await page.getByRole('button', { name: 'Compare with the engine' }).click();
  const engineMs = Number(await page.locator('[data-exercise]').getAttribute('data-answer-value'));
  expect(engineMs).toBeGreaterThan(0);
  const off = engineMs / 3;
  await expect(page.locator('[data-verdict]')).toHaveText(
    new RegExp(
      `^${off > 1.5 ? 'Not close' : 'Close'}: ${String(Number(off.toPrecision(2))).replace('.', '\\.')} times too low\\.`,
    ),
  );
  await expect(page.locator('details[data-answer]')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(/One-way delay/)).toBeDisabled();
  await expect(page.getByLabel(/One-way delay/)).toHaveValue('3');
  await expect(page.locator('[data-verdict]')).not.toBeEmpty();
  await expect(page.locator('sf-widget[data-widget="latency"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Reset this exercise' }).click();
  await expect(page.getByLabel(/One-way delay/)).toBeEnabled();
  await expect(page.getByLabel(/One-way delay/)).toHaveValue('');
  await expect(page.locator('sf-widget')).toHaveCount(0);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('superfactory:workshop:'))),
  ).toEqual([]);
  expect(problems).toEqual(noProblems);
});

test('the handout prints one exercise per page', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/workshop/handout/', { waitUntil: 'networkidle' });
  const sheets = await page.locator('.handout__sheet').count();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
  });
  // Page objects are written uncompressed; "/Type /Pages" (the tree) is excluded by the word boundary.
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  process.stdout.write(`/workshop/handout/: ${pdf.length} bytes, ${pages} pages\n`);
  if (process.env.HANDOUT_PDF) (await import('node:fs')).writeFileSync(process.env.HANDOUT_PDF, pdf);
  expect(sheets).toBe(8);
  expect(pages).toBe(sheets);
});

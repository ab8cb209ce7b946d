/**
 * The power widget's one behaviour the generic widget tests do not reach: choosing a site sets the IT
 * power to that site's latest estimate, and the site's own milestones decide whether a build time shows.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectPageErrors, noProblems } from './helpers';

test('choosing a site sets its IT power and its published build time, or says none is published', async ({ page }) => {
  const problems = collectPageErrors(page);
  await page.goto('/widgets/power/');
  const root = page.locator('sf-widget[data-widget="power"]');
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  const build = root.locator('[data-out="build"]');
  await expect(build).toContainText('years');
  const sites = JSON.parse(readFileSync('content/data/sites.json', 'utf8')) as {
    id: string;
    figures: { itPowerMw?: { value: number }[] };
  }[];
  const atlanta = sites.find((s) => s.id === 'fairwater-atlanta')?.figures.itPowerMw?.at(-1)?.value;
  expect(typeof atlanta).toBe('number');
  await page.selectOption('#power-site', 'fairwater-atlanta');
  await expect(page.locator('#power-mw-n')).toHaveValue(String(atlanta));
  await expect(build).toContainText('not published');
  await expect(root.locator('[data-out="gpus"]')).toContainText('est.');
  expect(problems).toEqual(noProblems);
});

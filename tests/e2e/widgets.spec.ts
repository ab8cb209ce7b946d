/**
 * The widgets in a real browser: every preset renders, controls change the result, the URL restores the
 * state exactly, and hostile URLs leave a working widget. Axe checks each widget page, drawn, in both
 * themes in page-matrix.spec.ts.
 */
import { expect, type Page, test } from '@playwright/test';
import { collectPageErrors, noProblems } from './helpers';

const WIDGETS = ['latency', 'step', 'utilisation', 'memory', 'power', 'failures', 'build', 'talkless'] as const;
/** A URL value beyond each widget's bounds (the default: a distance no link has). */
const OUT_OF_RANGE: Partial<Record<(typeof WIDGETS)[number], string>> = {
  latency: 'latency.rf=99',
  memory: 'memory.tp=999',
  power: 'power.mw=99999',
  failures: 'failures.gpus=99999999',
  build: 'build.n=12',
};
/** Keys the shared hostile-URL list lacks, per widget. */
const OWN_HOSTILE_KEYS: Partial<Record<(typeof WIDGETS)[number], readonly string[]>> = {
  failures: ['gpus', 'days', 'ckpt', 'lps', 'oday', 'ohours', 'seed'],
  build: ['n', 's1', 's3', 'b1', 'x', 'tok'],
};
/**
 * Hostile URLs per widget in the browser, each mounted from the built markup: the parsing itself meets a
 * thousand seeded URLs per widget in widgets.fuzz.test.ts; here the browser path (URL read at mount,
 * clamps, notices, a worker result, the controls) meets a dozen.
 */
const HOSTILE_URLS = 12;
const FORBIDDEN = /\bNaN\b|\bInfinity\b|\bundefined\b/;

async function ready(page: Page, id: string) {
  const root = page.locator(`sf-widget[data-widget="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  await expect(root).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
  return root;
}

async function outputText(page: Page, id: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is what a reader sees (print-only text excluded).
  return page.locator(`sf-widget[data-widget="${id}"] [data-output]`).innerText();
}

test('the widget index lists every widget', async ({ page }) => {
  await page.goto('/widgets/');
  for (const id of WIDGETS) await expect(page.locator(`a[href="/widgets/${id}/"]`)).toHaveCount(1);
});

// A closed <select> never wraps: an option wider than the box is cut. Measured with the box's own font.
for (const width of [375, 1280]) {
  test(`every option of every widget <select> fits its box at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const id of WIDGETS) {
      await page.goto(`/widgets/${id}/`);
      const cut = await page.locator('sf-widget select').evaluateAll((selects) => {
        const ctx = document.createElement('canvas').getContext('2d');
        if (!ctx) return ['no canvas'];
        // A select not drawn (a row the widget hides, such as a build site past the count) shows no text to cut.
        return selects.flatMap((el) => {
          const select = el as HTMLSelectElement;
          if (select.getClientRects().length === 0) return [];
          const cs = getComputedStyle(select);
          ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          // Room for the text: the box less its padding and the drop-down arrow (about 1.5em).
          const room =
            select.clientWidth -
            parseFloat(cs.paddingLeft) -
            parseFloat(cs.paddingRight) -
            1.5 * parseFloat(cs.fontSize);
          return [...select.options]
            .filter((o) => ctx.measureText(o.text).width > room)
            .map(
              (o) =>
                `#${select.id}: "${o.text}" (${Math.round(ctx.measureText(o.text).width)} > ${Math.round(room)} px)`,
            );
        });
      });
      expect(cut, id).toEqual([]);
    }
  });
}

for (const id of WIDGETS) {
  test.describe(`${id} widget`, () => {
    test('renders from every preset with no errors and nothing non-finite', async ({ page }) => {
      const problems = collectPageErrors(page);
      await page.goto(`/widgets/${id}/`);
      await ready(page, id);
      const presets = await page
        .locator(`#${id}-preset option`)
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(presets.length).toBeGreaterThanOrEqual(4);
      const seen = new Set<string>();
      for (const preset of presets) {
        await page.selectOption(`#${id}-preset`, preset);
        await ready(page, id);
        const text = await outputText(page, id);
        expect(text).not.toMatch(FORBIDDEN);
        seen.add(text);
      }
      expect(seen.size).toBeGreaterThan(1);
      expect(problems).toEqual(noProblems);
    });

    test('reacts to its controls and restores the state from the URL', async ({ page }) => {
      await page.goto(`/widgets/${id}/`);
      await ready(page, id);
      const before = await outputText(page, id);
      if (id === 'latency') {
        await page.selectOption('#latency-b', 'stargate-abilene');
        await page.fill('#latency-rf-n', '2');
      } else if (id === 'memory') {
        await page.fill('#memory-tp', '2');
        await page.selectOption('#memory-gpu', 'h100');
        await page.selectOption('#memory-zero', 'zero3');
        await page.check('sf-widget[data-widget="memory"] [data-field="rc"]');
      } else if (id === 'power') {
        await page.selectOption('#power-site', 'fairwater-atlanta');
        await page.fill('#power-mw-n', '40');
        await page.selectOption('#power-gpu', 'h100');
        await page.selectOption('#power-n', '4');
      } else if (id === 'failures') {
        await page.fill('#failures-ckpt-n', '120');
        await page.fill('#failures-ohours', '24');
        await page.fill('#failures-seed', '7');
      } else if (id === 'build') {
        await page.fill('#build-n', '3');
        await page.selectOption('#build-s3', 'stargate-abilene');
        await page.fill('#build-b2', '2');
        await page.selectOption('#build-x', 'diloco');
      } else if (id === 'talkless') {
        await page.fill('#talkless-km-n', '3000');
        await page.fill('#talkless-bw-n', '0.05');
        await page.selectOption('#talkless-method', 'diloco');
        await page.fill('#talkless-h', '500');
      } else {
        await page.fill(`#${id}-km-n`, '3000');
        await page.fill(`#${id}-bw-n`, '2');
        await page.selectOption(`#${id}-cross`, 'pp');
      }
      await ready(page, id);
      await expect.poll(() => outputText(page, id)).not.toBe(before);
      const after = await outputText(page, id);
      // The URL is written a moment after the last input (debounced): wait until it has settled.
      let seen = '';
      await expect
        .poll(
          () => {
            const u = page.url();
            const settled = u === seen && u.includes(`${id}.`);
            seen = u;
            return settled;
          },
          { intervals: [1_000] },
        )
        .toBe(true);
      const url = page.url();
      await page.goto('about:blank');
      await page.goto(url);
      await ready(page, id);
      expect(await outputText(page, id)).toBe(after);
      // Reset brings back the default picture.
      await page.click(`sf-widget[data-widget="${id}"] [data-action="reset"]`);
      await ready(page, id);
      await expect.poll(() => outputText(page, id)).toBe(before);
    });

    test('clamps an out-of-range URL value with a visible notice', async ({ page }) => {
      const q = OUT_OF_RANGE[id] ?? `${id}.km=99999`;
      await page.goto(`/widgets/${id}/?v=1&${q}`);
      await ready(page, id);
      await expect(page.locator(`sf-widget[data-widget="${id}"] [data-notices]`)).toContainText('out of range');
    });

    test(`${HOSTILE_URLS} seeded hostile URLs leave a working widget`, async ({ page }) => {
      const problems = collectPageErrors(page);
      await page.goto(`/widgets/${id}/`);
      await ready(page, id);
      // The page as built: each hostile URL mounts a fresh copy of the built widget under that address, the
      // path a page load takes (the URL read at mount, clamps, notices, a worker result) without reloading
      // the page twenty times, which had made this the suite's slowest test after the page matrix.
      const built = await page.evaluate(async () => (await fetch(location.pathname)).text());
      // A small deterministic generator (mulberry32), so a failure names a reproducible case.
      let seed = 20261125 + id.length;
      const rand = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const values = [
        'NaN',
        'Infinity',
        '-1',
        '1e308',
        '',
        '__proto__',
        '١٢٣',
        '💥',
        '99999999',
        '-0',
        '90,999',
        'x'.repeat(80),
        '0.0001',
        'pp',
        'curves',
        'zero3',
        'v100',
        '128',
      ];
      const keys = [
        ...['preset', 'km', 'bw', 'loss', 'view', 'cross', 'overlap', 'a', 'b', 'pa', 'pb', 'rf', '__proto__'],
        ...['gpu', 'tp', 'pp', 'mbs', 'zero', 'rc'],
        // A newer widget's own keys only for it: the other widgets keep the hostile URLs they always drew.
        ...(OWN_HOSTILE_KEYS[id] ?? []),
      ];
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
      for (let i = 0; i < HOSTILE_URLS; i++) {
        const params = new URLSearchParams();
        params.append('v', rand() < 0.8 ? '1' : pick(values));
        for (let k = 0; k < 4; k++) params.append(`${id}.${pick(keys)}`, pick(values));
        await page.evaluate(
          ([query, html, widget]) => {
            history.replaceState(null, '', `${location.pathname}?${query}`);
            const selector = `sf-widget[data-widget="${widget}"]`;
            const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector(selector);
            if (!fresh) throw new Error(`no ${selector} in the built page`);
            document.querySelector(selector)?.replaceWith(document.adoptNode(fresh));
          },
          [params.toString(), built, id] as const,
        );
        await ready(page, id);
        // The notice may quote the hostile value it ignored ("NaN"); everything the widget computed may not.
        const text = await outputText(page, id);
        expect(text, params.toString()).not.toMatch(FORBIDDEN);
        const controlValues = await page
          .locator(`sf-widget[data-widget="${id}"] [data-controls] input`)
          .evaluateAll((xs) =>
            xs.map((x) => `${(x as HTMLInputElement).value} ${x.getAttribute('aria-valuetext') ?? ''}`).join(' '),
          );
        expect(controlValues, params.toString()).not.toMatch(FORBIDDEN);
      }
      expect(problems).toEqual(noProblems);
    });
  });
}

test('latency widget: a click on the map moves the chosen end, and the URL brings it back', async ({ page }) => {
  const problems = collectPageErrors(page);
  await page.goto('/widgets/latency/');
  const root = await ready(page, 'latency');
  const before = await outputText(page, 'latency');
  const svg = root.locator('[data-latency-map] svg');
  await expect(svg.locator('[data-site]')).not.toHaveCount(0);
  await root.getByLabel('B (to)').check();
  const box = await svg.boundingBox();
  if (!box) throw new Error('map has no box');
  // Upper left of the frame: the Pacific north-west, far from both default sites.
  await page.mouse.click(box.x + box.width * 0.15, box.y + box.height * 0.3);
  await ready(page, 'latency');
  await expect.poll(() => outputText(page, 'latency')).not.toBe(before);
  await expect(root.locator('#latency-b')).toHaveValue('custom');
  const lon = Number(await root.locator('#latency-b-lon').inputValue());
  expect(lon).toBeLessThan(-110);
  await expect.poll(() => page.url()).toContain('latency.pb=');
  const after = await outputText(page, 'latency');
  await page.goto(page.url());
  await ready(page, 'latency');
  expect(await outputText(page, 'latency')).toBe(after);
  // A site takes Enter from the keyboard and replaces the custom point.
  await root.getByLabel('B (to)').check();
  await svg.locator('[data-site="stargate-abilene"]').focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('#latency-b')).toHaveValue('stargate-abilene');
  expect(problems).toEqual(noProblems);
});

test('build widget: a click on the map adds a site to the URL, and the pulses follow the schedule or stand still', async ({
  page,
}) => {
  const problems = collectPageErrors(page);
  await page.goto('/widgets/build/');
  const root = await ready(page, 'build');
  const before = await outputText(page, 'build');
  const svg = root.locator('[data-build-map] svg');
  const box = await svg.boundingBox();
  if (!box) throw new Error('map has no box');
  // Upper left of the frame: the Pacific north-west, far from the two default sites.
  await page.mouse.click(box.x + box.width * 0.15, box.y + box.height * 0.3);
  await ready(page, 'build');
  await expect(root.locator('#build-n')).toHaveValue('3');
  await expect(root.locator('#build-s3')).toHaveValue('custom');
  expect(Number(await root.locator('#build-s3-lon').inputValue())).toBeLessThan(-110);
  await expect(root.locator('[data-link-row="3"]')).toBeVisible();
  await expect.poll(() => outputText(page, 'build')).not.toBe(before);
  // DiLoCo syncs every H steps: the pulse slows and the words say so.
  const dp = await root.locator('[data-sync]').textContent();
  await page.selectOption('#build-x', 'diloco');
  await ready(page, 'build');
  await expect(root.locator('[data-sync]')).not.toHaveText(dp ?? '');
  const pulse = root.locator('.build-map__pulse').first();
  expect(await pulse.evaluate((el) => getComputedStyle(el).animationName)).toBe('build-pulse');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await pulse.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await expect(root.locator('[data-sync]')).toContainText(/sync over the WAN every/);
  // The generic test restores a state from its URL; here the placed point must reach it.
  await expect.poll(() => page.url()).toContain('build.s3=');
  expect(problems).toEqual(noProblems);
});

test('a distance typed beyond the range is clamped with a notice, as a link would be', async ({ page }) => {
  await page.goto('/widgets/step/');
  const root = await ready(page, 'step');
  const notices = root.locator('[data-notices]');
  await expect(notices).toBeHidden();
  await root.locator('#step-km-n').fill('99999');
  await expect(notices).toBeVisible();
  await expect(notices).toContainText(/99999 is out of range; using 5000/);
  await expect(root.locator('#step-km')).toHaveValue('5000');
  // Back in range, the notice goes.
  await root.locator('#step-km-n').fill('1200');
  await expect(notices).toBeHidden();
});

test('the copy-link fallback shows the link to the current setting, also after later changes', async ({ page }) => {
  // A page without clipboard permission (an embed, plain http) gets the link to copy by hand.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/widgets/step/');
  const root = await ready(page, 'step');
  const status = root.locator('[data-action-status]');
  await root.locator('#step-km-n').fill('1500');
  await root.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toContainText(/Copy this link: .*step\.km=1500/);
  await root.locator('#step-km-n').fill('2500');
  await expect(status).toContainText(/step\.km=2500/);
  await expect(status).not.toContainText('1500');
  expect(new URL(((await status.textContent()) ?? '').replace('Copy this link: ', '')).href).toBe(page.url());
});
